// SPDX-License-Identifier: GPL-3.0-or-later
// han-cli import, backup and listen --db run as processes on the test data.
#include "history_reader.h"
#include "pty_pair.h"
#include "raw_database.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <grp.h>
#include <unistd.h>

namespace han {
namespace {

using test::RawDatabase;

const QString kCli = QStringLiteral(HAN_CLI_PATH);
const QString kLog = QStringLiteral(HAN_TEST_DATA_DIR "/kamstrup/stream-2017-10-20.log");
const QString kMeter = QStringLiteral("5706567274389702");

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& args, bool asNobody = false)
{
    QProcess p;
    if (asNobody) {
        // Root may write anywhere; a homeowner may not. Run as "nobody" to see what they see.
        p.setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    }
    p.start(kCli, args);
    EXPECT_TRUE(p.waitForStarted(10000));
    EXPECT_TRUE(p.waitForFinished(60000));
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

std::int64_t count(const QString& path, const char* table)
{
    RawDatabase raw(path, true);
    return raw.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toLongLong();
}

TEST(HanCliHistory, ImportStoresTheTwoHourStreamOnce)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    const CliRun first = runCli({QStringLiteral("import"), kLog, QStringLiteral("--db"), db});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.err.contains("689 lists decoded: 689 readings stored, 2 register snapshots"))
        << first.err.toStdString();
    EXPECT_TRUE(first.err.contains("importing stream-2017-10-20.log: 100%"))
        << first.err.toStdString();
    EXPECT_TRUE(first.out.isEmpty());
    EXPECT_EQ(count(db, "readings"), 689);
    EXPECT_EQ(count(db, "registers"), 2);

    HistoryReader reader;
    ASSERT_TRUE(reader.open(db));
    const auto meters = reader.meters();
    ASSERT_EQ(meters.size(), 1u);
    EXPECT_EQ(meters[0].meterId, kMeter);
    EXPECT_EQ(meters[0].listVersion, QStringLiteral("Kamstrup_V0001"));
    EXPECT_EQ(meters[0].settings.clockMode, MeterClockResolver::Mode::FollowsDst);
    // 2017-10-20T03:43:30 on the meter's clock, Norwegian summer time: 01:43:30 UTC.
    EXPECT_EQ(meters[0].firstUtcMs,
              QDateTime(QDate(2017, 10, 20), QTime(1, 43, 30), Qt::UTC).toMSecsSinceEpoch());
    const auto snapshots =
        reader.registerSnapshots(kMeter, 0, std::numeric_limits<std::int64_t>::max());
    ASSERT_EQ(snapshots.size(), 2u);
    EXPECT_EQ(snapshots[0].activeImportWh, 4272440.0);
    EXPECT_EQ(snapshots[0].meterClock.toIsoString(), QStringLiteral("2017-10-20T04:00:05"));
    reader.close();

    const CliRun again = runCli({QStringLiteral("import"), kLog, QStringLiteral("--db"), db});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(
        again.err.contains("0 readings stored, 0 register snapshots, 691 already in the history"))
        << again.err.toStdString();
    EXPECT_EQ(count(db, "readings"), 689);
}

TEST(HanCliHistory, ImportWithTheMetersClockOnStandardTime)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    const CliRun run = runCli({QStringLiteral("import"), kLog, QStringLiteral("--db"), db,
                               QStringLiteral("--clock"), QStringLiteral("standard"),
                               QStringLiteral("--input"), QStringLiteral("log")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    HistoryReader reader;
    ASSERT_TRUE(reader.open(db));
    ASSERT_EQ(reader.meters().size(), 1u);
    EXPECT_EQ(reader.meters()[0].settings.clockMode, MeterClockResolver::Mode::StandardTime);
    EXPECT_EQ(reader.meters()[0].firstUtcMs,
              QDateTime(QDate(2017, 10, 20), QTime(2, 43, 30), Qt::UTC).toMSecsSinceEpoch());
}

// A meter that sends Wh and mA where the Norwegian data sheet has 10 Wh and 0.01 A: set up
// with `han-cli meter` before the first import, its readings are stored in Wh and A.
TEST(HanCliHistory, MeterSettingsMadeBeforeAnImportApplyToIt)
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("import"), kLog, QStringLiteral("--db"), plain}).exitCode, 0);

    const CliRun set = runCli({QStringLiteral("meter"), QStringLiteral("--db"), db, kMeter,
                               QStringLiteral("--energy-shift"), QStringLiteral("-1"),
                               QStringLiteral("--current-shift"), QStringLiteral("-1"),
                               QStringLiteral("--clock"), QStringLiteral("standard")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_EQ(set.out, kMeter.toLatin1() +
                           " clock=standard power-shift=0 current-shift=-1 voltage-shift=0 "
                           "energy-shift=-1 readings=0\n");
    // Changing one setting keeps the others.
    const CliRun clock = runCli({QStringLiteral("meter"), QStringLiteral("--db"), db, kMeter,
                                 QStringLiteral("-clock"), QStringLiteral("dst")});
    ASSERT_EQ(clock.exitCode, 0) << clock.err.toStdString();
    EXPECT_TRUE(clock.out.startsWith(kMeter.toLatin1() + " clock=dst power-shift=0 "
                                                         "current-shift=-1 voltage-shift=0 "
                                                         "energy-shift=-1"))
        << clock.out.toStdString();

    const CliRun import = runCli({QStringLiteral("import"), kLog, QStringLiteral("--db"), db});
    ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
    const CliRun list = runCli({QStringLiteral("meter"), QStringLiteral("--db"), db});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.startsWith(kMeter.toLatin1() + " clock=dst")) << list.out.toStdString();
    EXPECT_TRUE(list.out.contains(" readings=689 first=2017-10-20T01:43:30Z "))
        << list.out.toStdString();
    EXPECT_EQ(list.out.count('\n'), 1);

    HistoryReader expected;
    HistoryReader got;
    ASSERT_TRUE(expected.open(plain));
    ASSERT_TRUE(got.open(db));
    const std::int64_t all = std::numeric_limits<std::int64_t>::max();
    const auto plainSnapshots = expected.registerSnapshots(kMeter, 0, all);
    const auto snapshots = got.registerSnapshots(kMeter, 0, all);
    ASSERT_EQ(snapshots.size(), 2u);
    ASSERT_EQ(plainSnapshots.size(), 2u);
    EXPECT_EQ(plainSnapshots[0].activeImportWh, 4272440.0);
    EXPECT_EQ(snapshots[0].activeImportWh, 427244.0);
    EXPECT_EQ(snapshots[1].reactiveExportVarh, *plainSnapshots[1].reactiveExportVarh / 10);
    std::vector<StoredReading> plainReadings;
    std::vector<StoredReading> readings;
    const auto collect = [](std::vector<StoredReading>& into) {
        return [&into](const StoredReading& r) {
            into.push_back(r);
            return true;
        };
    };
    ASSERT_TRUE(expected.forEachReading(kMeter, 0, all, collect(plainReadings)));
    ASSERT_TRUE(got.forEachReading(kMeter, 0, all, collect(readings)));
    ASSERT_EQ(readings.size(), 689u);
    ASSERT_EQ(plainReadings.size(), 689u);
    EXPECT_EQ(plainReadings[0].reading.currentL1A, 5.64);
    EXPECT_EQ(readings[0].reading.currentL1A, 0.564);
    for (std::size_t i = 0; i < readings.size(); ++i) {
        EXPECT_EQ(readings[i].utcMs, plainReadings[i].utcMs) << i;
        EXPECT_EQ(readings[i].reading.activeImportW, plainReadings[i].reading.activeImportW) << i;
        EXPECT_DOUBLE_EQ(*readings[i].reading.currentL2A, *plainReadings[i].reading.currentL2A / 10)
            << i;
    }
}

TEST(HanCliHistory, MeterSaysWhatIsWrong)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    const CliRun none = runCli({QStringLiteral("meter"), QStringLiteral("--db"), missing});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(missing.toLocal8Bit())) << none.err.toStdString();
    EXPECT_FALSE(QFile::exists(missing)) << "showing settings must not create a history";

    for (const QStringList& bad :
         {QStringList{QStringLiteral("--energy-shift"), QStringLiteral("-1")}, // which meter?
          QStringList{kMeter, QStringLiteral("--energy-shift"), QStringLiteral("ten")},
          QStringList{kMeter, QStringLiteral("--voltage-shift"), QStringLiteral("12")},
          QStringList{kMeter, QStringLiteral("--clock"), QStringLiteral("summer")},
          QStringList{kMeter, kMeter}}) {
        const CliRun r =
            runCli(QStringList{QStringLiteral("meter"), QStringLiteral("--db"), db} + bad);
        EXPECT_EQ(r.exitCode, 2) << bad.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains("usage: han-cli meter")) << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(db)) << "bad usage must not create a history";

    ASSERT_EQ(runCli({QStringLiteral("import"), kLog, QStringLiteral("--db"), db}).exitCode, 0);
    const CliRun unknown =
        runCli({QStringLiteral("meter"), QStringLiteral("--db"), db, QStringLiteral("123")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("holds no meter '123'")) << unknown.err.toStdString();
}

TEST(HanCliHistory, ImportSaysWhatIsWrong)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    EXPECT_EQ(runCli({QStringLiteral("import")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("import"), kLog, QStringLiteral("--clock"),
                      QStringLiteral("learned"), QStringLiteral("--db"), db})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("import"), kLog, QStringLiteral("--input"),
                      QStringLiteral("xml"), QStringLiteral("--db"), db})
                  .exitCode,
              2);
    const CliRun missing =
        runCli({QStringLiteral("import"), dir.filePath(QStringLiteral("none.log")),
                QStringLiteral("--db"), db});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("none.log")) << missing.err.toStdString();
    EXPECT_FALSE(QFile::exists(db));

    // A history from a newer version: refused, named, untouched.
    ASSERT_EQ(runCli({QStringLiteral("import"), kLog, QStringLiteral("--db"), db}).exitCode, 0);
    {
        RawDatabase raw(db);
        ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
    }
    const CliRun newer = runCli({QStringLiteral("import"), kLog, QStringLiteral("--db"), db});
    EXPECT_EQ(newer.exitCode, 1);
    EXPECT_TRUE(newer.err.contains(db.toUtf8())) << newer.err.toStdString();
    EXPECT_TRUE(newer.err.contains("newer version")) << newer.err.toStdString();
}

TEST(HanCliHistory, ImportIntoAReadOnlyFolderGivesAClearError)
{
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                          QFile::ReadOther | QFile::ExeOther);
    const QString folder = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkdir(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner |
                                                  QFile::ReadOther | QFile::ExeOther));
    const QString db = folder + QStringLiteral("/history.sqlite");
    const CliRun run =
        runCli({QStringLiteral("import"), kLog, QStringLiteral("--db"), db}, ::geteuid() == 0);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("read-only")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(db.toUtf8())) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(db));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST(HanCliHistory, BackupWritesAnOpenableCopyAndNeverReplacesAFile)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("import"), kLog, QStringLiteral("--db"), db}).exitCode, 0);
    const CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, copy});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("backed up")) << run.err.toStdString();
    HistoryReader reader;
    ASSERT_TRUE(reader.open(copy)) << reader.errorString().toStdString();
    EXPECT_EQ(reader.countReadings(kMeter, 0, std::numeric_limits<std::int64_t>::max()), 689);
    reader.close();

    QFile precious(dir.filePath(QStringLiteral("precious.txt")));
    ASSERT_TRUE(precious.open(QIODevice::WriteOnly));
    precious.write("keep me");
    precious.close();
    const CliRun exists =
        runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, precious.fileName()});
    EXPECT_EQ(exists.exitCode, 1);
    EXPECT_TRUE(exists.err.contains("already exists")) << exists.err.toStdString();
    ASSERT_TRUE(precious.open(QIODevice::ReadOnly));
    EXPECT_EQ(precious.readAll(), QByteArray("keep me"));

    const CliRun noDb =
        runCli({QStringLiteral("backup"), QStringLiteral("--db"),
                dir.filePath(QStringLiteral("none.sqlite")), dir.filePath(QStringLiteral("x"))});
    EXPECT_EQ(noDb.exitCode, 1);
    EXPECT_TRUE(noDb.err.contains("does not exist")) << noDb.err.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("backup")}).exitCode, 2);
}

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

TEST(HanCliHistory, ListenStoresWhatItHears)
{
    if (!test::PtyPair::socatAvailable())
        GTEST_SKIP() << "socat is not installed (scripts/test installs it)";
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    test::PtyPair pty;
    ASSERT_TRUE(pty.start());
    QProcess cli;
    QByteArray out;
    QByteArray err;
    QObject::connect(&cli, &QProcess::readyReadStandardOutput,
                     [&] { out += cli.readAllStandardOutput(); });
    QObject::connect(&cli, &QProcess::readyReadStandardError,
                     [&] { err += cli.readAllStandardError(); });
    cli.start(kCli,
              {QStringLiteral("listen"), QStringLiteral("--port"), pty.adapterEnd(),
               QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--db"), db});
    ASSERT_TRUE(cli.waitForStarted(5000));
    ASSERT_TRUE(waitFor([&] {
        return err.contains("storing the history in") && err.contains("waiting for the meter");
    })) << err.toStdString();

    // The first five List 1 of the two-hour log, as the meter sent them.
    QFile log(kLog);
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    QByteArray stream;
    for (const QByteArray& line : log.readAll().split('\n'))
        if (!line.startsWith('[') && !line.trimmed().isEmpty())
            stream += QByteArray::fromHex(line.trimmed().replace(' ', ""));
    std::vector<QByteArray> frames;
    for (qsizetype at = 0; at + 3 < stream.size() && frames.size() < 5;) {
        const int length = ((static_cast<unsigned char>(stream[at + 1]) & 0x07) << 8) |
                           static_cast<unsigned char>(stream[at + 2]);
        frames.push_back(stream.mid(at, length + 2));
        at += length + 2;
    }
    ASSERT_EQ(frames.size(), 5u);
    for (const QByteArray& frame : frames)
        ASSERT_TRUE(pty.write(frame));
    ASSERT_TRUE(waitFor([&] { return out.count('\n') == 5; })) << err.toStdString();

    cli.terminate();
    ASSERT_TRUE(cli.waitForFinished(10000));
    err += cli.readAllStandardError();
    EXPECT_EQ(cli.exitCode(), 0) << err.toStdString();
    EXPECT_EQ(count(db, "readings"), 5);
    HistoryReader reader;
    ASSERT_TRUE(reader.open(db)) << reader.errorString().toStdString();
    const auto events = reader.events(0, std::numeric_limits<std::int64_t>::max());
    ASSERT_GE(events.size(), 2u);
    EXPECT_EQ(events.front().kind, HistoryEvent::Kind::LinkUp);
    EXPECT_EQ(events.back().kind, HistoryEvent::Kind::LinkDown);
    EXPECT_EQ(events.back().meterId, kMeter);
}

} // namespace
} // namespace han
