// SPDX-License-Identifier: GPL-3.0-or-later
// `han-cli listen` as a person would use it: a live port that goes away and comes back.
#include "pty_pair.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <functional>

namespace {

const QString kCli = QStringLiteral(HAN_CLI_PATH);
const QString kData = QStringLiteral(HAN_TEST_DATA_DIR);

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 15000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    return true;
}

// Whole frames of the test data (K01...), one per entry.
std::vector<QByteArray> frames()
{
    std::vector<QByteArray> out;
    QFile f(kData + QStringLiteral("/kamstrup/frames.txt"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    for (const QByteArray& line : f.readAll().split('\n')) {
        const qsizetype space = line.indexOf(' ');
        const QByteArray bytes = QByteArray::fromHex(line.mid(space + 1).replace(" ", ""));
        if (line.startsWith('K') && bytes.startsWith('\x7E') && !line.startsWith("K08"))
            out.push_back(bytes);
    }
    return out;
}

TEST(HanCliListen, ReadingsResumeByThemselvesAfterTheAdapterIsPulledOutAndPutBack)
{
    if (!han::test::PtyPair::socatAvailable())
        GTEST_SKIP() << "socat is not installed (scripts/test installs it)";
    han::test::PtyPair pty;
    ASSERT_TRUE(pty.start());

    QProcess cli;
    QByteArray out;
    QByteArray err;
    QObject::connect(&cli, &QProcess::readyReadStandardOutput, [&] { out += cli.readAllStandardOutput(); });
    QObject::connect(&cli, &QProcess::readyReadStandardError, [&] { err += cli.readAllStandardError(); });
    cli.start(kCli, {QStringLiteral("listen"), QStringLiteral("--port"), pty.adapterEnd(),
                     QStringLiteral("--format"), QStringLiteral("jsonl")});
    ASSERT_TRUE(cli.waitForStarted(5000));
    ASSERT_TRUE(waitFor([&] { return err.contains("waiting for the meter"); })) << err.toStdString();

    const std::vector<QByteArray> sample = frames();
    ASSERT_GE(sample.size(), 10u);
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(pty.write(sample[static_cast<std::size_t>(i)]));
    // Each reading is a line of its own, flushed as it comes (a pipe sees it at once).
    ASSERT_TRUE(waitFor([&] { return out.count('\n') == 5; })) << out.toStdString();

    pty.stop(); // the cable is pulled
    ASSERT_TRUE(waitFor([&] { return err.contains("[reconnecting]"); })) << err.toStdString();
    ASSERT_TRUE(pty.start()); // and put back
    std::size_t next = 5;
    ASSERT_TRUE(waitFor([&] {
        pty.write(sample[next++ % sample.size()]);
        QThread::msleep(100);
        return out.count('\n') > 5;
    }, 20000)) << err.toStdString();

    cli.terminate(); // SIGTERM ends it cleanly
    ASSERT_TRUE(cli.waitForFinished(5000));
    err += cli.readAllStandardError();
    EXPECT_EQ(cli.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(cli.exitCode(), 0);
    EXPECT_EQ(err.count("[connected]"), 2) << err.toStdString();
    // One reconnect, in the singular (it said "1 reconnects").
    EXPECT_TRUE(err.contains(", 1 reconnect\n")) << err.toStdString();
    for (const QByteArray& line : out.trimmed().split('\n'))
        EXPECT_TRUE(line.startsWith("{\"list_version\": \"Kamstrup_V0001\"")) << line.toStdString();
}

TEST(HanCliListen, BadUsageExitsWithTwo)
{
    QProcess cli;
    cli.start(kCli, {QStringLiteral("listen")});
    ASSERT_TRUE(cli.waitForFinished(5000));
    EXPECT_EQ(cli.exitCode(), 2);
    cli.start(kCli, {QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("/dev/null"),
                     QStringLiteral("--parity"), QStringLiteral("odd")});
    ASSERT_TRUE(cli.waitForFinished(5000));
    EXPECT_EQ(cli.exitCode(), 2);
}

TEST(HanCliPorts, ListsPortsOrSaysThereAreNone)
{
    QProcess cli;
    cli.start(kCli, {QStringLiteral("ports")});
    ASSERT_TRUE(cli.waitForFinished(5000));
    EXPECT_EQ(cli.exitCode(), 0);
    const QByteArray all = cli.readAllStandardOutput() + cli.readAllStandardError();
    EXPECT_TRUE(all.contains("PORT") || all.contains("No serial ports found")) << all.toStdString();
}

} // namespace
