// SPDX-License-Identifier: GPL-3.0-or-later
// han-cli decode takes the meter keys from the key store the desktop app writes (here the
// file, in a temporary config home), chooses whose keys by --port, the file or the only entry,
// and says whose it took without ever printing a key.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace {

const QString kCli = QStringLiteral(HAN_CLI_PATH);

struct CliResult
{
    int exitCode = -1;
    QByteArray err;
};

class HanCliKeys : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        // E01 (PROTOCOL.md §9.2), an encrypted Danish frame, as a hex capture.
        QFile frames(QStringLiteral(HAN_TEST_DATA_DIR "/other-meters/frames.txt"));
        ASSERT_TRUE(frames.open(QIODevice::ReadOnly | QIODevice::Text));
        QByteArray e01;
        while (!frames.atEnd()) {
            const QByteArray line = frames.readLine();
            if (line.startsWith("E01 "))
                e01 = line.mid(4).trimmed();
        }
        ASSERT_FALSE(e01.isEmpty());
        m_capture = m_home.filePath(QStringLiteral("e01.hex"));
        QFile out(m_capture);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(e01 + '\n');
    }

    // The key file as the app writes it (the app's organisation and name: han-cli's own).
    void writeKeys(const QByteArray& text)
    {
        const QString folder = m_home.filePath(QStringLiteral("config/HanMonitor/han-monitor"));
        ASSERT_TRUE(QDir().mkpath(folder));
        QFile f(folder + QStringLiteral("/meter-keys.conf"));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    CliResult decode(const QStringList& extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("HAN_KEY_STORE"), QStringLiteral("file"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(kCli, QStringList{QStringLiteral("decode")} + extra + QStringList{m_capture});
        EXPECT_TRUE(p.waitForFinished(60000));
        CliResult r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.err = p.readAllStandardError();
        return r;
    }

    QTemporaryDir m_home;
    QString m_capture;
};

constexpr char kEk[] = "5AD84121D9D20B364B7A11F3C1B5827F";
constexpr char kAk[] = "AFB3F93E3E7204EDB3C27F96DBD51AE0";

void expectNoKeyIn(const QByteArray& text)
{
    EXPECT_FALSE(text.toUpper().contains(kEk)) << text.constData();
    EXPECT_FALSE(text.toUpper().contains(kAk)) << text.constData();
}

} // namespace

TEST_F(HanCliKeys, TheKeysStoredForTheCaptureFileAreUsed)
{
    writeKeys("[file:" + QFileInfo(m_capture).absoluteFilePath().toUtf8() +
              "]\nencryption = " + kEk + "\nauthentication = " + kAk +
              "\n[port:/dev/ttyUSB7]\nencryption = 11111111111111111111111111111111\n");
    const CliResult r = decode({});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.err.contains("using the meter keys stored for file:" +
                               QFileInfo(m_capture).absoluteFilePath().toUtf8()))
        << r.err.constData();
    expectNoKeyIn(r.err);
}

TEST_F(HanCliKeys, PortChoosesTheAdaptersKeys)
{
    writeKeys(QByteArray("[port:/dev/ttyUSB7]\nencryption = ") + kEk +
              "\n[port:/dev/ttyUSB8]\nencryption = 11111111111111111111111111111111\n");
    const CliResult r = decode({QStringLiteral("--port"), QStringLiteral("ttyUSB7")});
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.err.contains("using the meter keys stored for port:/dev/ttyUSB7"))
        << r.err.constData();
    expectNoKeyIn(r.err);
}

TEST_F(HanCliKeys, TheOnlyStoredKeysAreTakenAndSeveralNeedAChoice)
{
    writeKeys(QByteArray("[adapter:A10KXYZ]\nencryption = ") + kEk + "\n");
    CliResult r = decode({});
    EXPECT_TRUE(r.err.contains("using the meter keys stored for adapter:A10KXYZ"))
        << r.err.constData();
    writeKeys(QByteArray("[adapter:A10KXYZ]\nencryption = ") + kEk +
              "\n[adapter:B20]\nencryption = " + kAk + "\n");
    r = decode({});
    EXPECT_FALSE(r.err.contains("using the meter keys")) << r.err.constData();
    expectNoKeyIn(r.err);
}

TEST_F(HanCliKeys, WithoutStoredKeysNothingIsSaidAboutKeys)
{
    const CliResult r = decode({});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_FALSE(r.err.contains("meter keys")) << r.err.constData();
}
