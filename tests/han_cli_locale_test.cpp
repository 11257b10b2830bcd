// SPDX-License-Identifier: GPL-3.0-or-later
// han-cli's data (jsonl, csv, text, CSV exports) stays in the C locale when the user's locale is
// Norwegian: run as a process under LANG/LC_ALL=nb_NO.UTF-8 with that glibc locale really present
// (made with localedef into a temporary LOCPATH, so printf-style formatting would use decimal
// commas too), its output must equal the C locale's byte for byte and carry decimal points.
#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace {

const QString kCli = QStringLiteral(HAN_CLI_PATH);
const QString kLog = QStringLiteral(HAN_TEST_DATA_DIR "/kamstrup/stream-2017-10-20.log");

struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProcessRun run(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    EXPECT_TRUE(p.waitForStarted(10000)) << program.toStdString();
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
    ProcessRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

class HanCliLocaleTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        ASSERT_TRUE(s_dir->isValid());
        QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
        base.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Oslo"));
        for (const char* name : {"LANG", "LC_ALL", "LC_NUMERIC", "LANGUAGE", "LOCPATH"})
            base.remove(QString::fromLatin1(name));

        s_c = base;
        s_c.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));

        // The Norwegian locale built here, so the test does not depend on locale-gen.
        const QString locales = s_dir->filePath(QStringLiteral("locales"));
        QDir().mkpath(locales);
        const QString localedef = QStandardPaths::findExecutable(QStringLiteral("localedef"));
        ASSERT_FALSE(localedef.isEmpty()) << "localedef not found (Debian package libc-bin)";
        const ProcessRun made = run(localedef,
                             {QStringLiteral("-i"), QStringLiteral("nb_NO"), QStringLiteral("-f"),
                              QStringLiteral("UTF-8"), locales + QStringLiteral("/nb_NO.UTF-8")},
                             base);
        // localedef exits 1 for warnings; the locale is written all the same.
        ASSERT_TRUE(QFileInfo::exists(locales + QStringLiteral("/nb_NO.UTF-8/LC_NUMERIC")))
            << "localedef failed (install the Debian package locales): " << made.err.toStdString();

        s_nb = base;
        s_nb.insert(QStringLiteral("LOCPATH"), locales);
        s_nb.insert(QStringLiteral("LANG"), QStringLiteral("nb_NO.UTF-8"));
        s_nb.insert(QStringLiteral("LC_ALL"), QStringLiteral("nb_NO.UTF-8"));
        s_nb.insert(QStringLiteral("LANGUAGE"), QStringLiteral("nb"));

        s_db = s_dir->filePath(QStringLiteral("history.sqlite"));
        const ProcessRun imported = run(kCli, {QStringLiteral("import"), kLog, QStringLiteral("--db"), s_db},
                                 s_c);
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }

    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    // The same command under C and under nb_NO.UTF-8: same bytes out, and decimal points.
    static QByteArray expectSameInBothLocales(const QStringList& args)
    {
        const ProcessRun c = run(kCli, args, s_c);
        const ProcessRun nb = run(kCli, args, s_nb);
        EXPECT_EQ(c.exitCode, 0) << c.err.toStdString();
        EXPECT_EQ(nb.exitCode, 0) << nb.err.toStdString();
        EXPECT_FALSE(c.out.isEmpty());
        // The first line that differs says more than two byte dumps.
        const QList<QByteArray> cLines = c.out.split('\n');
        const QList<QByteArray> nbLines = nb.out.split('\n');
        for (qsizetype i = 0; i < std::max(cLines.size(), nbLines.size()); ++i) {
            if (cLines.value(i) != nbLines.value(i)) {
                ADD_FAILURE() << "han-cli " << args.join(QLatin1Char(' ')).toStdString()
                              << "\nline " << i + 1 << " in C:     " << cLines.value(i).toStdString()
                              << "\nline " << i + 1 << " in nb_NO: " << nbLines.value(i).toStdString();
                break;
            }
        }
        return nb.out;
    }

    static inline QTemporaryDir* s_dir = nullptr;
    static inline QProcessEnvironment s_c;
    static inline QProcessEnvironment s_nb;
    static inline QString s_db;
};

// A digit, a decimal point and a digit, e.g. "5.64"; and no "5,64" where a number stands.
bool hasDecimalPoint(const QByteArray& text)
{
    return QString::fromUtf8(text).contains(QRegularExpression(QStringLiteral("\\d\\.\\d")));
}

TEST_F(HanCliLocaleTest, TheTestLocaleWritesDecimalCommas)
{
    // Guards the test itself: under s_nb, glibc's printf writes 1,5 (the locale is real), so
    // equal output below means han-cli does not use it for data.
    const QString printf = QStandardPaths::findExecutable(QStringLiteral("printf"));
    ASSERT_FALSE(printf.isEmpty());
    const ProcessRun r = run(printf, {QStringLiteral("%.1f"), QStringLiteral("1,5")}, s_nb);
    EXPECT_EQ(r.out, QByteArray("1,5")) << r.err.toStdString();
}

TEST_F(HanCliLocaleTest, DecodeJsonlCsvAndTextUseDecimalPoints)
{
    for (const char* format : {"jsonl", "csv", "text"}) {
        const QByteArray out = expectSameInBothLocales(
            {QStringLiteral("decode"), QStringLiteral("--format"), QString::fromLatin1(format),
             kLog});
        EXPECT_TRUE(hasDecimalPoint(out)) << format;
    }
    const QByteArray jsonl = expectSameInBothLocales({QStringLiteral("decode"), kLog});
    EXPECT_TRUE(jsonl.contains("\"current_l1_a\": 5.64")) << jsonl.left(400).toStdString();
}

TEST_F(HanCliLocaleTest, ExportCsvUsesDecimalPoints)
{
    for (const char* resolution : {"raw", "hourly", "daily"}) {
        const QByteArray out = expectSameInBothLocales(
            {QStringLiteral("export"), QStringLiteral("--db"), s_db, QStringLiteral("--from"),
             QStringLiteral("2017-10-20"), QStringLiteral("--to"), QStringLiteral("2017-10-20"),
             QStringLiteral("--resolution"), QString::fromLatin1(resolution),
             QStringLiteral("--zone"), QStringLiteral("Europe/Oslo")});
        EXPECT_TRUE(hasDecimalPoint(out)) << resolution << "\n" << out.left(400).toStdString();
    }
}

TEST_F(HanCliLocaleTest, MeterListingIsTheSameInBothLocales)
{
    expectSameInBothLocales({QStringLiteral("meter"), QStringLiteral("--db"), s_db});
}

} // namespace
