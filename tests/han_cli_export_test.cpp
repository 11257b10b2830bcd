// SPDX-License-Identifier: GPL-3.0-or-later
// `han-cli export` run as a process on a database filled from the meter simulator: standard
// output equals the library's export, files appear only when complete, the meter choice, the
// exit codes (0 done, 1 failed, 2 bad usage) and the reasons on stderr.

#include "csv_exporter.h"
#include "export_history.h"
#include "history_reader.h"
#include "python_csv.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

namespace han {
namespace {

const QString kCli = QStringLiteral(HAN_CLI_PATH);
const QString kMeter = QStringLiteral("5706567000000042");
const QString kOtherMeter = QStringLiteral("5706567000000099");

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun run(const QString& program, const QStringList& args,
           const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    EXPECT_TRUE(p.waitForStarted(10000)) << program.toStdString();
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(120000));
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

CliRun cli(const QStringList& args,
           const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    return run(kCli, QStringList{QStringLiteral("export")} + args, env);
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// One database of two meters around Norway's October 2024 change (27 October has 25 hours):
// dates in the past, so "hours that have not ended yet" never cuts these tables short.
class HanCliExportTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        ASSERT_TRUE(s_dir->isValid());
        s_db = s_dir->filePath(QStringLiteral("history.sqlite"));
        s_single = s_dir->filePath(QStringLiteral("single.sqlite"));
        for (const QString& path : {s_db, s_single}) {
            const test::FilledHistory filled =
                test::fillHistory(path, test::exportSimulator(utc("2024-10-26T18:00:00Z"), kMeter),
                                  utc("2024-10-28T01:00:00Z"));
            ASSERT_TRUE(filled.ok) << filled.error.toStdString();
        }
        SimulatorSettings other = test::exportSimulator(utc("2024-10-27T00:00:00Z"), kOtherMeter);
        other.seed = 2;
        const test::FilledHistory filled =
            test::fillHistory(s_db, other, utc("2024-10-27T06:00:00Z"));
        ASSERT_TRUE(filled.ok) << filled.error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(m_out.isValid()); }

    // What the library writes for the same request, in memory.
    static QByteArray libraryExport(const QString& db, const QString& meter,
                                    CsvExporter::Resolution resolution, CsvWriter::Dialect dialect)
    {
        HistoryReader reader;
        EXPECT_TRUE(reader.open(db)) << reader.errorString().toStdString();
        CsvExporter::Options o;
        o.meterId = meter;
        o.firstDay = QDate(2024, 10, 27);
        o.lastDay = QDate(2024, 10, 27);
        o.resolution = resolution;
        o.dialect = dialect;
        o.zone = QTimeZone(QByteArrayLiteral("Europe/Oslo"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvExporter exporter(reader);
        const CsvExporter::Result result = exporter.exportToDevice(o, buffer, QStringLiteral("-"));
        EXPECT_TRUE(result.ok) << result.errorString.toStdString();
        return buffer.data();
    }

    static QStringList dayArgs(const QString& db)
    {
        return {QStringLiteral("--db"),   db,
                QStringLiteral("--from"), QStringLiteral("2024-10-27"),
                QStringLiteral("--to"),   QStringLiteral("2024-10-27")};
    }

    static QTemporaryDir* s_dir;
    static QString s_db;     // two meters
    static QString s_single; // one meter
    QTemporaryDir m_out;
};

QTemporaryDir* HanCliExportTest::s_dir = nullptr;
QString HanCliExportTest::s_db;
QString HanCliExportTest::s_single;

TEST_F(HanCliExportTest, HourlyToStandardOutputEqualsTheLibrary)
{
    const CliRun r = cli(dayArgs(s_single) +
                         QStringList{QStringLiteral("--resolution"), QStringLiteral("hourly"),
                                     QStringLiteral("--zone"), QStringLiteral("Europe/Oslo")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(r.out, libraryExport(s_single, kMeter, CsvExporter::Resolution::Hourly,
                                   CsvWriter::Dialect::Rfc4180));
    EXPECT_TRUE(r.out.startsWith(
        "hour_start_local,hour_start_utc,import_kwh,export_kwh,reactive_import_kvarh,"
        "reactive_export_kvarh,quality,import_register_kwh,export_register_kwh\r\n"));
    EXPECT_EQ(r.out.count("\r\n"), 1 + 25);
    EXPECT_TRUE(r.out.contains("\r\n2024-10-27T02:00:00+02:00,2024-10-27T00:00:00Z,"));
    EXPECT_TRUE(r.out.contains("\r\n2024-10-27T02:00:00+01:00,2024-10-27T01:00:00Z,"));
}

TEST_F(HanCliExportTest, LocalTimeIsTheSystemZoneUnlessTold)
{
    QProcessEnvironment oslo = QProcessEnvironment::systemEnvironment();
    oslo.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Oslo"));
    const QStringList args =
        dayArgs(s_single) + QStringList{QStringLiteral("--resolution"), QStringLiteral("daily")};
    const CliRun system = cli(args, oslo);
    ASSERT_EQ(system.exitCode, 0) << system.err.toStdString();
    EXPECT_EQ(system.out, libraryExport(s_single, kMeter, CsvExporter::Resolution::Daily,
                                        CsvWriter::Dialect::Rfc4180));
    EXPECT_TRUE(system.out.endsWith(",measured,25\r\n")) << system.out.toStdString();

    // The same day in UTC is another 24 hours.
    QProcessEnvironment utcEnv = QProcessEnvironment::systemEnvironment();
    utcEnv.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    const CliRun inUtc = cli(args, utcEnv);
    ASSERT_EQ(inUtc.exitCode, 0) << inUtc.err.toStdString();
    EXPECT_TRUE(inUtc.out.endsWith(",24\r\n")) << inUtc.out.toStdString();
    const CliRun told =
        cli(args + QStringList{QStringLiteral("--zone"), QStringLiteral("Europe/Oslo")}, utcEnv);
    EXPECT_EQ(told.out, system.out);
}

TEST_F(HanCliExportTest, FileWithProgressOnStderr)
{
    const QString out = m_out.filePath(QStringLiteral("raw.csv"));
    const CliRun r =
        cli(dayArgs(s_single) + QStringList{QStringLiteral("--resolution"), QStringLiteral("raw"),
                                            QStringLiteral("--dialect"), QStringLiteral("nordic"),
                                            QStringLiteral("--zone"), QStringLiteral("Europe/Oslo"),
                                            QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains("exporting to")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("100%")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("rows written to")) << r.err.toStdString();
    EXPECT_EQ(filesIn(m_out.path()), QStringList{QStringLiteral("raw.csv")});

    const QByteArray bytes = fileBytes(out);
    EXPECT_EQ(bytes, libraryExport(s_single, kMeter, CsvExporter::Resolution::Raw,
                                   CsvWriter::Dialect::Nordic));
    const test::ParsedCsv csv = test::PythonCsv::parseFile(out, ';', "utf-8-sig");
    ASSERT_TRUE(csv.ok) << csv.error.toStdString();
    HistoryReader reader;
    ASSERT_TRUE(reader.open(s_single));
    const auto from = utc("2024-10-26T22:00:00Z").toMSecsSinceEpoch();
    const auto to = utc("2024-10-27T23:00:00Z").toMSecsSinceEpoch();
    EXPECT_EQ(static_cast<std::int64_t>(csv.rows.size()),
              1 + reader.countReadings(kMeter, from, to));
    EXPECT_EQ(csv.rows[1][0], QLatin1String("2024-10-27T00:00:00+02:00"));
    for (std::size_t i = 1; i < csv.rows.size(); ++i) {
        for (int c = 3; c <= 12; ++c) // the values: decimal comma, never a point
            ASSERT_FALSE(csv.rows[i][c].contains(QLatin1Char('.'))) << i << ' ' << c;
    }
    EXPECT_TRUE(bytes.contains(",01;") || bytes.contains(",5;")); // some decimals at all
}

TEST_F(HanCliExportTest, SeveralMetersNeedMeter)
{
    const QStringList args =
        dayArgs(s_db) + QStringList{QStringLiteral("--resolution"), QStringLiteral("hourly")};
    CliRun r = cli(args);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(kMeter.toUtf8())) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(kOtherMeter.toUtf8())) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("--meter")) << r.err.toStdString();

    r = cli(args + QStringList{QStringLiteral("--meter"), QStringLiteral("1234")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("1234")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(kOtherMeter.toUtf8())) << r.err.toStdString();

    r = cli(dayArgs(s_db) + QStringList{QStringLiteral("--resolution"), QStringLiteral("raw"),
                                        QStringLiteral("--meter"), kOtherMeter});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const test::ParsedCsv csv = test::PythonCsv::parseBytes(r.out, ',', "utf-8");
    ASSERT_TRUE(csv.ok) << csv.error.toStdString();
    ASSERT_GT(csv.rows.size(), 1u);
    for (std::size_t i = 1; i < csv.rows.size(); ++i)
        ASSERT_EQ(csv.rows[i][13], kOtherMeter) << i;
}

TEST_F(HanCliExportTest, BadUsageExitsWith2)
{
    const QString out = m_out.filePath(QStringLiteral("x.csv"));
    const QStringList base{QStringLiteral("--db"), s_single, QStringLiteral("--out"), out};
    const std::vector<QStringList> bad{
        {QStringLiteral("--to"), QStringLiteral("2024-10-27"), QStringLiteral("--resolution"),
         QStringLiteral("hourly")},
        {QStringLiteral("--from"), QStringLiteral("2024-10-27"), QStringLiteral("--to"),
         QStringLiteral("2024-10-27")},
        {QStringLiteral("--from"), QStringLiteral("2024-13-01"), QStringLiteral("--to"),
         QStringLiteral("2024-10-27"), QStringLiteral("--resolution"), QStringLiteral("daily")},
        {QStringLiteral("--from"), QStringLiteral("27.10.2024"), QStringLiteral("--to"),
         QStringLiteral("2024-10-27"), QStringLiteral("--resolution"), QStringLiteral("daily")},
        {QStringLiteral("--from"), QStringLiteral("2024-10-28"), QStringLiteral("--to"),
         QStringLiteral("2024-10-27"), QStringLiteral("--resolution"), QStringLiteral("daily")},
        {QStringLiteral("--from"), QStringLiteral("2024-10-27"), QStringLiteral("--to"),
         QStringLiteral("2024-10-27"), QStringLiteral("--resolution"), QStringLiteral("weekly")},
        {QStringLiteral("--from"), QStringLiteral("2024-10-27"), QStringLiteral("--to"),
         QStringLiteral("2024-10-27"), QStringLiteral("--resolution"), QStringLiteral("daily"),
         QStringLiteral("--dialect"), QStringLiteral("excel")},
        {QStringLiteral("--from"), QStringLiteral("2024-10-27"), QStringLiteral("--to"),
         QStringLiteral("2024-10-27"), QStringLiteral("--resolution"), QStringLiteral("daily"),
         QStringLiteral("--zone"), QStringLiteral("Mars/Olympus_Mons")},
        {QStringLiteral("--from"), QStringLiteral("2024-10-27"), QStringLiteral("--to"),
         QStringLiteral("2024-10-27"), QStringLiteral("--resolution"), QStringLiteral("daily"),
         QStringLiteral("stray")},
        {QStringLiteral("--bogus")},
    };
    for (const QStringList& args : bad) {
        const CliRun r = cli(base + args);
        EXPECT_EQ(r.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(r.err.contains("usage:")) << r.err.toStdString();
    }
    EXPECT_TRUE(filesIn(m_out.path()).isEmpty());

    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--resolution"));
}

TEST_F(HanCliExportTest, MissingDatabaseExitsWith1AndNamesIt)
{
    const QString db = m_out.filePath(QStringLiteral("nowhere.sqlite"));
    const CliRun r =
        cli({QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2024-10-27"),
             QStringLiteral("--to"), QStringLiteral("2024-10-27"), QStringLiteral("--resolution"),
             QStringLiteral("daily")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains(db.toUtf8())) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(db)); // reading never creates a database
}

TEST_F(HanCliExportTest, ReadOnlyFolderLeavesNoFile)
{
    // The database where an unprivileged user can read it; the target folder read-only.
    const QString shared = m_out.filePath(QStringLiteral("shared"));
    const QString readOnly = m_out.filePath(QStringLiteral("read-only"));
    ASSERT_TRUE(QDir().mkpath(shared));
    ASSERT_TRUE(QDir().mkpath(readOnly));
    const QString db = shared + QStringLiteral("/history.sqlite");
    ASSERT_TRUE(QFile::copy(s_single, db));
    const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                     QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
                     QFile::ExeOther;
    const auto readable = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                          QFile::ReadOther | QFile::ExeOther;
    QFile::setPermissions(m_out.path(), readable | QFile::WriteOwner);
    QFile::setPermissions(shared, all);
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                  QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther);
    QFile::setPermissions(readOnly, readable);

    // Root ignores permissions: run han-cli as the unprivileged user `nobody` then.
    QString program = kCli;
    QStringList args{QStringLiteral("export")};
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            GTEST_SKIP() << "running as root without setpriv: permissions cannot be tested";
        program = setpriv;
        args = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                           QStringLiteral("--clear-groups"), kCli, QStringLiteral("export")};
    }
    const QString out = readOnly + QStringLiteral("/hourly.csv");
    const CliRun r =
        run(program, args + dayArgs(db) +
                         QStringList{QStringLiteral("--resolution"), QStringLiteral("hourly"),
                                     QStringLiteral("--out"), out});
    QFile::setPermissions(readOnly, all);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(out.toUtf8())) << r.err.toStdString();
    EXPECT_TRUE(filesIn(readOnly).isEmpty());
}

TEST_F(HanCliExportTest, FullDiskKeepsTheOldFile)
{
    // `ulimit -f` makes writes fail (EFBIG) like a full disk; SIGXFSZ ignored, as the shell's
    // trap passes on through exec, so han-cli sees the error instead of being killed.
    const QString out = m_out.filePath(QStringLiteral("raw.csv"));
    {
        QFile old(out);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("yesterday's export\n");
    }
    QStringList args = dayArgs(s_single);
    args << QStringLiteral("--resolution") << QStringLiteral("raw") << QStringLiteral("--out")
         << out;
    const QString command = QStringLiteral("trap '' XFSZ; ulimit -f 64; exec \"$0\" export \"$@\"");
    const CliRun r =
        run(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), command, kCli} + args);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("Could not write " + out.toUtf8())) << r.err.toStdString();
    EXPECT_EQ(fileBytes(out), QByteArray("yesterday's export\n"));
    EXPECT_EQ(filesIn(m_out.path()), QStringList{QStringLiteral("raw.csv")});
}

TEST_F(HanCliExportTest, RefusesToOverwriteTheDatabase)
{
    const CliRun r =
        cli(dayArgs(s_single) + QStringList{QStringLiteral("--resolution"), QStringLiteral("daily"),
                                            QStringLiteral("--out"), s_single});
    EXPECT_EQ(r.exitCode, 2);
    HistoryReader reader;
    EXPECT_TRUE(reader.open(s_single)) << reader.errorString().toStdString();
}

} // namespace
} // namespace han
