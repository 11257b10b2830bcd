// SPDX-License-Identifier: GPL-3.0-or-later
// han-cli simulate run as a process: its frames decode (with han-cli decode) to exactly its
// truth file, it is deterministic, paces and stops as documented, and says why it fails.
#include "pty_pair.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace {

const QString kCli = QStringLiteral(HAN_CLI_PATH);

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& args, int timeoutMs = 30000)
{
    QProcess p;
    p.start(kCli, args);
    EXPECT_TRUE(p.waitForStarted(10000)) << kCli.toStdString();
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(timeoutMs));
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

std::vector<QJsonObject> jsonLines(const QByteArray& text)
{
    std::vector<QJsonObject> out;
    for (const QByteArray& line : text.split('\n')) {
        if (!line.isEmpty())
            out.push_back(QJsonDocument::fromJson(line).object());
    }
    return out;
}

// The truth lines of the pushes that arrive intact, as han-cli decode would print them.
std::vector<QJsonObject> expectedReadings(const std::vector<QJsonObject>& truth)
{
    std::vector<QJsonObject> out;
    for (QJsonObject t : truth) {
        const QString damage = t.value(QLatin1String("damage")).toString();
        if (damage != QLatin1String("none") && damage != QLatin1String("noise"))
            continue;
        for (const char* key :
             {"seq", "sent_at", "list", "frame_counter", "damage", "damage_at", "noise_bytes"})
            t.remove(QLatin1String(key));
        out.push_back(t);
    }
    return out;
}

class SimulateCommand : public ::testing::Test
{
protected:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

TEST_F(SimulateCommand, FramesDecodeToTheTruth)
{
    const CliRun sim =
        runCli({QStringLiteral("simulate"), QStringLiteral("--duration"), QStringLiteral("2h"),
                QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--start"),
                QStringLiteral("2026-06-01T11:00"), QStringLiteral("--out"), path("sim.bin"),
                QStringLiteral("--truth"), path("truth.jsonl")});
    ASSERT_EQ(sim.exitCode, 0) << sim.err.toStdString();
    EXPECT_TRUE(sim.err.contains("simulated meter 5706567000000042, 3 phases, clock follows DST"))
        << sim.err.toStdString();

    const std::vector<QJsonObject> truth = jsonLines(readAll(path("truth.jsonl")));
    ASSERT_EQ(truth.size(), 720u + 2u); // 2 h of List 1 and the List 2 of 11:00 and 12:00
    EXPECT_EQ(truth.front().value(QLatin1String("sent_at")).toString(),
              QStringLiteral("2026-06-01T09:00:00.000Z"));
    EXPECT_EQ(truth[1].value(QLatin1String("meter_clock")).toString(),
              QStringLiteral("2026-06-01T11:00:05"));

    const CliRun decoded = runCli({QStringLiteral("decode"), path("sim.bin")});
    ASSERT_EQ(decoded.exitCode, 0);
    const std::vector<QJsonObject> readings = jsonLines(decoded.out);
    const std::vector<QJsonObject> expected = expectedReadings(truth);
    ASSERT_EQ(readings.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        ASSERT_EQ(readings[i], expected[i]) << i;
}

struct MakeRun
{
    const char* make;
    const char* description; // how the command names it
    std::size_t pushesPerHour;
    int hourlyList; // the list number of the hourly list
    const char* frameStart; // flag, format (first nibble), addresses and control, in hex
};

TEST_F(SimulateCommand, EveryMakeWritesItsListsAndTheyDecodeToTheTruth)
{
    const MakeRun runs[] = {
        {"kamstrup", "new firmware", 360 + 1, 2, "7ea0e22b2113"},
        {"kamstrup-dk", "kamstrup-dk", 360, 1, "7ea1cb410313"},
        {"aidon", "aidon", 1440, 3, "7ea18a41088313"}, // List 3 first, A08's length
        {"kaifa", "kaifa", 1800, 3, "7ea07801020110"},  // List 2 first, F10's length
    };
    for (const MakeRun& run : runs) {
        SCOPED_TRACE(run.make);
        const CliRun sim = runCli(
            {QStringLiteral("simulate"), QStringLiteral("--make"), QString::fromLatin1(run.make),
             QStringLiteral("--duration"), QStringLiteral("1h"), QStringLiteral("--start"),
             QStringLiteral("2026-06-01T11:00"), QStringLiteral("--out"), path("sim.bin"),
             QStringLiteral("--truth"), path("truth.jsonl")});
        ASSERT_EQ(sim.exitCode, 0) << sim.err.toStdString();
        EXPECT_TRUE(sim.err.contains(run.description)) << sim.err.toStdString();
        const std::vector<QJsonObject> truth = jsonLines(readAll(path("truth.jsonl")));
        ASSERT_EQ(truth.size(), run.pushesPerHour);
        int hourly = 0;
        for (const QJsonObject& t : truth)
            hourly += t.value(QLatin1String("list")).toInt() == run.hourlyList;
        EXPECT_EQ(hourly, run.hourlyList == 1 ? 360 : 1);
        const QByteArray bytes = readAll(path("sim.bin"));
        EXPECT_TRUE(bytes.startsWith(QByteArray::fromHex(run.frameStart)))
            << bytes.left(8).toHex(' ').toStdString();

        // Every frame is whole: han-cli decode rejects none for its framing or checksums.
        const CliRun decoded = runCli({QStringLiteral("decode"), path("sim.bin")});
        ASSERT_EQ(decoded.exitCode, 0) << decoded.err.toStdString();
        EXPECT_TRUE(decoded.err.contains("0 bytes skipped")) << decoded.err.toStdString();
        EXPECT_FALSE(decoded.err.contains("fcs") || decoded.err.contains("hcs"))
            << decoded.err.toStdString();
        // And every list decodes to exactly what the simulator says it sent.
        const std::vector<QJsonObject> readings = jsonLines(decoded.out);
        const std::vector<QJsonObject> expected = expectedReadings(truth);
        ASSERT_EQ(readings.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            ASSERT_EQ(readings[i], expected[i]) << i;
    }
}

TEST_F(SimulateCommand, KeysEncryptEveryFrame)
{
    const CliRun sim = runCli(
        {QStringLiteral("simulate"), QStringLiteral("--make"), QStringLiteral("kamstrup-dk"),
         QStringLiteral("--key"), QStringLiteral("5AD84121D9D20B364B7A11F3C1B5827F"),
         QStringLiteral("--auth-key"), QStringLiteral("afb3:f93e:3e72:04ed:b3c2:7f96:dbd5:1ae0"),
         QStringLiteral("--duration"), QStringLiteral("1m"), QStringLiteral("--out"),
         path("sim.bin"), QStringLiteral("--truth"), path("truth.jsonl")});
    ASSERT_EQ(sim.exitCode, 0) << sim.err.toStdString();
    EXPECT_TRUE(sim.err.contains("encrypted")) << sim.err.toStdString();
    const QByteArray bytes = readAll(path("sim.bin"));
    const std::vector<QJsonObject> truth = jsonLines(readAll(path("truth.jsonl")));
    ASSERT_EQ(truth.size(), 6u);
    // Six frames the size of E01, each: flag, A1 E9, 41 03 13, HCS, LLC, DB 08 "KAME" + the
    // meter number 27500042, 82 01 D0, SC 0x30, the frame counter of the truth.
    ASSERT_EQ(bytes.size(), 6 * 491);
    for (int i = 0; i < 6; ++i) {
        const QByteArray frame = bytes.mid(i * 491, 491);
        EXPECT_TRUE(frame.startsWith(QByteArray::fromHex("7ea1e9410313")));
        EXPECT_EQ(frame.mid(8, 17).toHex(), QByteArray("e6e700db084b414d4501a39e0a8201d030"));
        const auto counter = static_cast<quint32>(truth[static_cast<std::size_t>(i)]
                                                       .value(QLatin1String("frame_counter"))
                                                       .toDouble());
        EXPECT_EQ(frame.mid(25, 4).toHex(),
                  QByteArray::number(counter, 16).rightJustified(8, '0'));
        if (i > 0) {
            const auto previous = static_cast<quint32>(truth[static_cast<std::size_t>(i - 1)]
                                                           .value(QLatin1String("frame_counter"))
                                                           .toDouble());
            EXPECT_EQ(counter, previous + 1);
        }
    }
    // An encryption key alone encrypts without authentication (security control 0x20), any make.
    const CliRun plain = runCli(
        {QStringLiteral("simulate"), QStringLiteral("--make"), QStringLiteral("kaifa"),
         QStringLiteral("--key"), QStringLiteral("5AD84121D9D20B364B7A11F3C1B5827F"),
         QStringLiteral("--duration"), QStringLiteral("10s"), QStringLiteral("--out"),
         path("kaifa.bin")});
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    const QByteArray kaifa = readAll(path("kaifa.bin"));
    EXPECT_EQ(kaifa.mid(9, 7).toHex(), QByteArray("e6e700db084b46")); // "KF"
    // Flag, format, 01 02 01 10, HCS, LLC, DB 08 + title, a one-byte length, then the SC.
    EXPECT_EQ(static_cast<quint8>(kaifa.at(23)), 0x20);
}

TEST_F(SimulateCommand, FaultsBreakExactlyTheFramesTheTruthNames)
{
    const CliRun sim = runCli(
        {QStringLiteral("simulate"), QStringLiteral("--duration"), QStringLiteral("1d"),
         QStringLiteral("--start"), QStringLiteral("2026-03-28T12:00"), QStringLiteral("--phases"),
         QStringLiteral("1"), QStringLiteral("--firmware"), QStringLiteral("old"),
         QStringLiteral("--faults"),
         QStringLiteral("bitflip=0.02,drop=0.02,noise=0.02,truncate=0.02,unplug=5"),
         QStringLiteral("--out"), path("sim.bin"), QStringLiteral("--truth"), path("truth.jsonl")});
    ASSERT_EQ(sim.exitCode, 0) << sim.err.toStdString();
    const std::vector<QJsonObject> truth = jsonLines(readAll(path("truth.jsonl")));
    int unplugged = 0;
    for (const QJsonObject& t : truth)
        unplugged += t.value(QLatin1String("damage")).toString() == QLatin1String("unplugged");
    EXPECT_EQ(unplugged, 4 * 7); // at 5, 10, 15 and 20 h, for 60 s each

    const CliRun decoded =
        runCli({QStringLiteral("decode"), QStringLiteral("--errors"), path("sim.bin")});
    ASSERT_EQ(decoded.exitCode, 0);
    std::vector<QJsonObject> readings;
    int errors = 0;
    for (const QJsonObject& o : jsonLines(decoded.out)) {
        if (o.contains(QLatin1String("error")))
            ++errors;
        else
            readings.push_back(o);
    }
    const std::vector<QJsonObject> expected = expectedReadings(truth);
    EXPECT_GT(errors, 0);
    ASSERT_EQ(readings.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        ASSERT_EQ(readings[i], expected[i]) << i;
}

TEST_F(SimulateCommand, SameSeedSameBytesOnFileAndStandardOutput)
{
    const QStringList common{QStringLiteral("simulate"),
                             QStringLiteral("--duration"),
                             QStringLiteral("3h"),
                             QStringLiteral("--start"),
                             QStringLiteral("2026-07-01"),
                             QStringLiteral("--faults"),
                             QStringLiteral("noise=0.1,bitflip=0.1")};
    ASSERT_EQ(runCli(common + QStringList{QStringLiteral("--out"), path("a.bin")}).exitCode, 0);
    const CliRun piped = runCli(common + QStringList{QStringLiteral("-")});
    ASSERT_EQ(piped.exitCode, 0) << piped.err.toStdString();
    EXPECT_EQ(piped.out, readAll(path("a.bin")));
    ASSERT_EQ(runCli(common + QStringList{QStringLiteral("--seed"), QStringLiteral("2"),
                                          QStringLiteral("--out"), path("b.bin")})
                  .exitCode,
              0);
    EXPECT_NE(readAll(path("b.bin")), readAll(path("a.bin")));
}

// Without --start, a file written as fast as it goes holds the time that ends now, like a
// recording: imported and exported, none of it lies in the future (README, the history).
TEST_F(SimulateCommand, AFileWithoutAStartEndsNow)
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const CliRun sim = runCli({QStringLiteral("simulate"), QStringLiteral("--duration"),
                               QStringLiteral("3h"), QStringLiteral("--out"), path("sim.bin"),
                               QStringLiteral("--truth"), path("truth.jsonl")});
    const QDateTime after = QDateTime::currentDateTimeUtc();
    ASSERT_EQ(sim.exitCode, 0) << sim.err.toStdString();
    const std::vector<QJsonObject> truth = jsonLines(readAll(path("truth.jsonl")));
    ASSERT_GT(truth.size(), 1000u);
    const auto sentAt = [](const QJsonObject& t) {
        return QDateTime::fromString(t.value(QLatin1String("sent_at")).toString(),
                                     Qt::ISODateWithMs);
    };
    const QDateTime first = sentAt(truth.front());
    const QDateTime last = sentAt(truth.back());
    ASSERT_TRUE(first.isValid() && last.isValid());
    EXPECT_GE(first, before.addSecs(-3 * 3600)) << first.toString(Qt::ISODate).toStdString();
    EXPECT_LE(first, after.addSecs(-3 * 3600 + 10)) << first.toString(Qt::ISODate).toStdString();
    EXPECT_LE(last, after) << last.toString(Qt::ISODate).toStdString();
    EXPECT_GE(last, before.addSecs(-20)) << last.toString(Qt::ISODate).toStdString();
}

TEST_F(SimulateCommand, SpeedPacesAFile)
{
    QElapsedTimer timer;
    timer.start();
    // 60 s simulated at 100x: the last of 6 frames is due after 0.5 s.
    const CliRun sim =
        runCli({QStringLiteral("simulate"), QStringLiteral("--duration"), QStringLiteral("60s"),
                QStringLiteral("--speed"), QStringLiteral("100"), QStringLiteral("--start"),
                QStringLiteral("2026-07-01T10:20"), QStringLiteral("--out"), path("sim.bin")});
    ASSERT_EQ(sim.exitCode, 0) << sim.err.toStdString();
    EXPECT_GE(timer.elapsed(), 450);
    EXPECT_EQ(readAll(path("sim.bin")).size(), 6 * 228);
}

TEST_F(SimulateCommand, SigtermEndsCleanly)
{
    QProcess p;
    // From 10:20 at 10x: a List 1 every second, no List 2 for a long time.
    p.start(kCli, {QStringLiteral("simulate"), QStringLiteral("--speed"), QStringLiteral("10"),
                   QStringLiteral("--start"), QStringLiteral("2026-07-01T10:20"),
                   QStringLiteral("--duration"), QStringLiteral("1d"), QStringLiteral("--out"),
                   path("sim.bin"), QStringLiteral("--truth"), path("truth.jsonl")});
    ASSERT_TRUE(p.waitForStarted(10000));
    QThread::msleep(1500);
    p.terminate();
    ASSERT_TRUE(p.waitForFinished(10000));
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_TRUE(p.readAllStandardError().contains("stopped"));
    const QByteArray truth = readAll(path("truth.jsonl"));
    EXPECT_TRUE(truth.endsWith('\n'));
    const auto lines = jsonLines(truth);
    EXPECT_GE(lines.size(), 1u);
    EXPECT_LE(lines.size(), 3u);
    EXPECT_EQ(readAll(path("sim.bin")).size(), static_cast<qsizetype>(lines.size()) * 228);
}

TEST_F(SimulateCommand, SerialPortIsPacedByTheBaudRate)
{
    if (!han::test::PtyPair::socatAvailable())
        GTEST_SKIP() << "socat is not installed";
    han::test::PtyPair pty;
    ASSERT_TRUE(pty.start());
    const QByteArray adapterPath = QFile::encodeName(pty.adapterEnd());
    const int adapter =
        ::open(adapterPath.constData(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    ASSERT_GE(adapter, 0);

    QElapsedTimer timer;
    timer.start();
    // 20 s at 1000x would take 20 ms, but two 228-byte frames need 1.9 s at 2400 baud.
    const CliRun sim = runCli({QStringLiteral("simulate"), QStringLiteral("--port"), pty.meterEnd(),
                               QStringLiteral("--speed"), QStringLiteral("1000"),
                               QStringLiteral("--duration"), QStringLiteral("20s"),
                               QStringLiteral("--start"), QStringLiteral("2026-07-01T10:20")});
    ASSERT_EQ(sim.exitCode, 0) << sim.err.toStdString();
    EXPECT_GE(timer.elapsed(), 950); // the second write waited for the first frame's 0.95 s
    EXPECT_TRUE(sim.err.contains("2400 baud")) << sim.err.toStdString();

    QByteArray received;
    QElapsedTimer wait;
    wait.start();
    while (received.size() < 2 * 228 && wait.elapsed() < 5000) {
        pollfd pfd{adapter, POLLIN, 0};
        if (::poll(&pfd, 1, 100) <= 0)
            continue;
        char buffer[512];
        const ssize_t n = ::read(adapter, buffer, sizeof buffer);
        if (n > 0)
            received.append(buffer, static_cast<qsizetype>(n));
    }
    ::close(adapter);
    EXPECT_EQ(received.size(), 2 * 228);
    EXPECT_TRUE(received.startsWith(QByteArray::fromHex("7ea0e22b2113239a")));
}

// Aidon and Kaifa send at 8E1, which a pseudo-terminal refuses to be set to: the documented
// socat path (README) still works for them, the bytes arriving without a parity bit.
TEST_F(SimulateCommand, EvenParityMakesRunOnAPseudoTerminal)
{
    if (!han::test::PtyPair::socatAvailable())
        GTEST_SKIP() << "socat is not installed";
    han::test::PtyPair pty;
    ASSERT_TRUE(pty.start());
    const QByteArray adapterPath = QFile::encodeName(pty.adapterEnd());
    const int adapter =
        ::open(adapterPath.constData(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    ASSERT_GE(adapter, 0);
    const CliRun sim = runCli({QStringLiteral("simulate"), QStringLiteral("--port"), pty.meterEnd(),
                               QStringLiteral("--make"), QStringLiteral("kaifa"),
                               QStringLiteral("--speed"), QStringLiteral("1000"),
                               QStringLiteral("--duration"), QStringLiteral("4s"),
                               QStringLiteral("--start"), QStringLiteral("2026-07-01T10:20")});
    ASSERT_EQ(sim.exitCode, 0) << sim.err.toStdString();
    QByteArray received;
    QElapsedTimer wait;
    wait.start();
    while (received.size() < 122 + 41 && wait.elapsed() < 5000) {
        pollfd pfd{adapter, POLLIN, 0};
        if (::poll(&pfd, 1, 100) <= 0)
            continue;
        char buffer[512];
        const ssize_t n = ::read(adapter, buffer, sizeof buffer);
        if (n > 0)
            received.append(buffer, static_cast<qsizetype>(n));
    }
    ::close(adapter);
    // At 10:20:00 Kaifa pushes its List 2 first (F10's layout: format A0 78, Kaifa's
    // addresses 01 02 01 10), then the 41-byte List 1 of every 2 s.
    ASSERT_GE(received.size(), 122 + 41);
    EXPECT_TRUE(received.startsWith(QByteArray::fromHex("7ea07801020110")))
        << received.toHex(' ').toStdString();
}

// Reads the adapter end until the process ends and nothing more comes (a pseudo-terminal holds
// only a few KiB: the simulator blocks unless someone reads).
QByteArray readWhileRunning(int adapter, QProcess& process, int timeoutMs)
{
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    int quiet = 0;
    while (timer.elapsed() < timeoutMs && quiet < 5) {
        pollfd pfd{adapter, POLLIN, 0};
        if (::poll(&pfd, 1, 100) > 0) {
            char buffer[4096];
            const ssize_t n = ::read(adapter, buffer, sizeof buffer);
            if (n > 0) {
                received.append(buffer, static_cast<qsizetype>(n));
                continue;
            }
        }
        process.waitForFinished(0);
        quiet = process.state() == QProcess::NotRunning ? quiet + 1 : 0;
    }
    process.waitForFinished(5000);
    return received;
}

// With --no-line-limit a port follows --speed alone: an hour (361 pushes, 343 s of a 2400 baud
// line) at x10000 takes well under the 30 s this allows, and carries the same bytes as a file.
TEST_F(SimulateCommand, NoLineLimitFollowsTheSpeedOnAPortAndUnplugCommandRunsAroundUnplugs)
{
    if (!han::test::PtyPair::socatAvailable())
        GTEST_SKIP() << "socat is not installed";
    han::test::PtyPair pty;
    ASSERT_TRUE(pty.start());
    const QByteArray adapterPath = QFile::encodeName(pty.adapterEnd());
    const int adapter =
        ::open(adapterPath.constData(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    ASSERT_GE(adapter, 0);
    // The command logs each call; "$1" is the action simulate adds.
    QFile hook(path("hook.sh"));
    ASSERT_TRUE(hook.open(QIODevice::WriteOnly));
    hook.write("#!/bin/sh\necho \"$1\" >> '" + QFile::encodeName(path("hook.log")) + "'\n");
    hook.close();
    hook.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QStringList common{QStringLiteral("--start"), QStringLiteral("2026-07-01T10:00"),
                             QStringLiteral("--duration"), QStringLiteral("3h"),
                             QStringLiteral("--faults"), QStringLiteral("unplug=1,unplug-for=90s")};
    QProcess sim;
    sim.start(kCli, QStringList{QStringLiteral("simulate"), QStringLiteral("--port"),
                                pty.meterEnd(), QStringLiteral("--speed"), QStringLiteral("10000"),
                                QStringLiteral("--no-line-limit"),
                                QStringLiteral("--unplug-command"), path("hook.sh")} +
                    common);
    ASSERT_TRUE(sim.waitForStarted(10000));
    const QByteArray received = readWhileRunning(adapter, sim, 30000);
    ::close(adapter);
    ASSERT_EQ(sim.state(), QProcess::NotRunning);
    EXPECT_EQ(sim.exitCode(), 0) << sim.readAllStandardError().toStdString();
    EXPECT_FALSE(sim.readAllStandardError().contains("2400 baud"));

    const CliRun file =
        runCli(QStringList{QStringLiteral("simulate"), QStringLiteral("--out"), path("sim.bin")} +
               common);
    ASSERT_EQ(file.exitCode, 0) << file.err.toStdString();
    const QByteArray expected = readAll(path("sim.bin"));
    EXPECT_GT(expected.size(), 1000 * 228);
    EXPECT_EQ(received.size(), expected.size());
    EXPECT_TRUE(received == expected);
    // Unplugged after 1 h and 2 h, each time plugged in again before the next frame.
    EXPECT_EQ(readAll(path("hook.log")), QByteArray("unplug\nplug\nunplug\nplug\n"));
}

TEST_F(SimulateCommand, ExplainsBadUsageAndUnopenableOutputs)
{
    const CliRun none = runCli({QStringLiteral("simulate")});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.contains("usage: han-cli simulate"));
    for (const QStringList& bad :
         {QStringList{QStringLiteral("--faults"), QStringLiteral("bitflip=2")},
          QStringList{QStringLiteral("--duration"), QStringLiteral("soon")},
          QStringList{QStringLiteral("--speed"), QStringLiteral("20000")},
          QStringList{QStringLiteral("--phases"), QStringLiteral("2")},
          QStringList{QStringLiteral("--list2-offset"), QStringLiteral("60")},
          QStringList{QStringLiteral("--start"), QStringLiteral("yesterday")},
          QStringList{QStringLiteral("--no-line-limit")},
          QStringList{QStringLiteral("--make"), QStringLiteral("landis")},
          QStringList{QStringLiteral("--key"), QStringLiteral("5AD84121D9D20B364B7A11F3C1B582")},
          QStringList{QStringLiteral("--key"), QStringLiteral("5AD84121D9D20B364B7A11F3C1B5827F"),
                      QStringLiteral("--auth-key"), QStringLiteral("xyz")},

          QStringList{QStringLiteral("--unplug-command"), QStringLiteral("unplug-hook")}}) {
        const CliRun r = runCli(
            QStringList{QStringLiteral("simulate"), QStringLiteral("--out"), path("x.bin")} + bad);
        EXPECT_EQ(r.exitCode, 2) << bad.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(bad.last().toUtf8())) << r.err.toStdString();
    }

    const CliRun authOnly =
        runCli({QStringLiteral("simulate"), QStringLiteral("--out"), path("x.bin"),
                QStringLiteral("--auth-key"), QStringLiteral("AFB3F93E3E7204EDB3C27F96DBD51AE0")});
    EXPECT_EQ(authOnly.exitCode, 2);
    EXPECT_TRUE(authOnly.err.contains("--auth-key needs --key")) << authOnly.err.toStdString();

    const QString missing = path("no/such/folder/x.bin");
    const CliRun file = runCli({QStringLiteral("simulate"), QStringLiteral("--out"), missing});
    EXPECT_EQ(file.exitCode, 1);
    EXPECT_TRUE(file.err.contains(missing.toUtf8())) << file.err.toStdString();

    const CliRun port =
        runCli({QStringLiteral("simulate"), QStringLiteral("--port"), path("ttyNOPE")});
    EXPECT_EQ(port.exitCode, 1);
    EXPECT_TRUE(port.err.contains("ttyNOPE")) << port.err.toStdString();
}

} // namespace
