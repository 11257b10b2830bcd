// SPDX-License-Identifier: GPL-3.0-or-later
// han-monitor run as a process, offscreen, with its settings and data in a temporary home.
#include "history_reader.h"
#include "meter_simulator.h"
#include "pty_pair.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>

namespace {

// A home of its own, so the process shares no settings and no single-instance lock with the
// user or with another test running at the same time. The runtime directory must be 0700: with
// any other mode Qt falls back to the shared /tmp/runtime-$USER, where two tests' instances found
// each other's lock and the second handed over and quit (a failure seen under `ctest -j2`).
QProcessEnvironment isolatedEnvironment(const QTemporaryDir& home)
{
    const QString run = home.filePath(QStringLiteral("run"));
    QDir().mkpath(run);
    QFile::setPermissions(run, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), run);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return env;
}

} // namespace

TEST(HanMonitorProcess, SigtermEndsItCleanlyAndCommandLineOptionsAreNotSaved)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QString db = home.filePath(QStringLiteral("elsewhere.sqlite"));

    QProcess monitor;
    monitor.setProcessEnvironment(isolatedEnvironment(home));
    monitor.start(QStringLiteral(HAN_MONITOR_PATH), {QStringLiteral("--db"), db});
    ASSERT_TRUE(monitor.waitForStarted());
    // The simulated meter writes its past into the database given on the command line.
    ASSERT_TRUE(han::test::waitFor([&] { return QFile(db).size() > 1'000'000; }, 60000))
        << monitor.readAllStandardError().toStdString();
    ASSERT_EQ(monitor.state(), QProcess::Running);

    ::kill(static_cast<pid_t>(monitor.processId()), SIGTERM);
    ASSERT_TRUE(monitor.waitForFinished(30000));
    EXPECT_EQ(monitor.exitStatus(), QProcess::NormalExit) << "ended by the signal, not killed";
    EXPECT_EQ(monitor.exitCode(), 0);

    // It saved its settings on the way out, but not the one-run --db.
    QFile settings(home.filePath(QStringLiteral("config/HanMonitor/han-monitor.conf")));
    ASSERT_TRUE(settings.open(QIODevice::ReadOnly)) << settings.fileName().toStdString();
    const QByteArray text = settings.readAll();
    EXPECT_TRUE(text.contains("window")) << text.toStdString();
    EXPECT_FALSE(text.contains("elsewhere.sqlite")) << text.toStdString();
}

// --port DEV records from that device for one run (the soak test points it at a pseudo-terminal)
// without changing the saved source.
TEST(HanMonitorProcess, PortOptionRecordsFromThatDeviceForThisRunOnly)
{
    if (!han::test::PtyPair::socatAvailable())
        GTEST_SKIP() << "socat is not installed";
    han::test::PtyPair pty;
    ASSERT_TRUE(pty.start());
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QString db = home.filePath(QStringLiteral("port.sqlite"));

    QProcess monitor;
    monitor.setProcessEnvironment(isolatedEnvironment(home));
    monitor.start(QStringLiteral(HAN_MONITOR_PATH),
                  {QStringLiteral("--db"), db, QStringLiteral("--port"), pty.adapterEnd()});
    ASSERT_TRUE(monitor.waitForStarted());

    han::SimulatorSettings settings;
    settings.start = QDateTime(QDate(2026, 7, 1), QTime(10, 0, 30), Qt::UTC);
    han::MeterSimulator simulator(settings);
    QByteArray bytes;
    constexpr int kFrames = 12; // 10:00:30 to 10:02:20, List 1 only
    for (int i = 0; i < kFrames; ++i)
        bytes += simulator.next().wire;
    // Written once the app has the device open, so no byte goes to a closed terminal.
    const auto count = [&] {
        han::HistoryReader reader;
        if (!reader.open(db))
            return std::int64_t{-1};
        return reader.countReadings(settings.meterId, 0, std::int64_t{1} << 50);
    };
    bool written = false;
    ASSERT_TRUE(han::test::waitFor(
        [&] {
            if (!written && QFile::exists(db))
                written = pty.write(bytes);
            return written && count() == kFrames;
        },
        60000))
        << "readings stored: " << count() << "; " << monitor.readAllStandardError().toStdString();

    ::kill(static_cast<pid_t>(monitor.processId()), SIGTERM);
    ASSERT_TRUE(monitor.waitForFinished(30000));
    EXPECT_EQ(monitor.exitCode(), 0);
    EXPECT_EQ(count(), kFrames) << "nothing but the device's frames, no simulated past";
    QFile saved(home.filePath(QStringLiteral("config/HanMonitor/han-monitor.conf")));
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_FALSE(saved.readAll().contains(pty.adapterEnd().toUtf8()));
}
