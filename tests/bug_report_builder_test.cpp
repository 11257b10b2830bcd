// SPDX-License-Identifier: GPL-3.0-or-later
#include "bug_report_builder.h"
#include "capture_reader.h"
#include "raw_byte_history.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QRegularExpression>

using han::FrameError;
using han::LinkStatistics;
using han::SourceSpec;
using han::ui::BugReportBuilder;
using han::ui::RawByteHistory;

namespace {

// 2026-03-01T12:00:00Z
constexpr std::int64_t kNoon = 1772366400000;

BugReportBuilder::Environment environment()
{
    return {QStringLiteral("1.2.3"),       QStringLiteral("6.4.2"),
            QStringLiteral("6.4.2"),       QStringLiteral("Debian GNU/Linux 12 (bookworm)"),
            QStringLiteral("linux 6.1.0"), QStringLiteral("x86_64"),
            QStringLiteral("xcb")};
}

FrameError error(FrameError::Kind kind, const QByteArray& bytes)
{
    FrameError e;
    e.kind = kind;
    e.bytes = bytes;
    e.streamOffset = 4711;
    return e;
}

QByteArray readBack(const QString& report, han::CaptureReader::Format* format,
                    std::uint64_t* ignored)
{
    QByteArray text = report.toUtf8();
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    han::CaptureReader reader(&buffer);
    QByteArray bytes;
    han::CaptureReader::Chunk chunk;
    while (reader.readChunk(chunk))
        bytes += chunk.bytes;
    *format = reader.format();
    *ignored = reader.ignoredCharacters();
    return bytes;
}

} // namespace

TEST(RawByteHistory, KeepsTheLastMinutesWithinItsSizeAndTheLastErrors)
{
    RawByteHistory history(60'000, 1000);
    const QByteArray frame(100, '\x7E');
    for (int i = 0; i < 5; ++i)
        history.add(kNoon + i * 10'000, frame);
    EXPECT_EQ(history.frames().size(), 5u);
    EXPECT_EQ(history.totalBytes(), 500);
    // 70 s later: the frames older than a minute are gone.
    history.add(kNoon + 70'000, frame);
    ASSERT_EQ(history.frames().size(), 5u);
    EXPECT_EQ(history.frames().front().arrivedUtcMs, kNoon + 10'000);
    // 1000 bytes at most: eleven frames of 100 in one second keep the newest ten.
    for (int i = 0; i < 11; ++i)
        history.add(kNoon + 80'000 + i, frame, error(FrameError::Kind::Fcs, frame));
    EXPECT_EQ(history.frames().size(), 10u);
    EXPECT_EQ(history.totalBytes(), 1000);
    EXPECT_EQ(history.frames().back().arrivedUtcMs, kNoon + 80'010);
    EXPECT_EQ(history.errors().size(), 11u);
    for (int i = 0; i < 30; ++i)
        history.add(kNoon + 90'000 + i, frame, error(FrameError::Kind::Hcs, frame));
    EXPECT_EQ(history.errors().size(), RawByteHistory::kMaxErrors);
    EXPECT_EQ(history.errors().back().error->kind, FrameError::Kind::Hcs);
    // A single frame larger than the limit is still kept, alone.
    history.add(kNoon + 100'000, QByteArray(3000, '\x01'));
    EXPECT_EQ(history.frames().size(), 1u);
}

TEST(BugReportBuilder, NamesVersionsSourceSettingsAndCounters)
{
    BugReportBuilder builder;
    builder.setEnvironment(environment());
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Serial;
    spec.port.portName = QStringLiteral("/dev/ttyUSB0");
    spec.port.serialNumber = QStringLiteral("A10KXYZ");
    spec.port.vendorId = 0x0403;
    spec.port.productId = 0x6001;
    spec.port.parity = han::PortSettings::Parity::Auto;
    builder.setSource(spec, QStringLiteral("Serial port /dev/ttyUSB0"), true);
    han::ui::AppSettings settings;
    settings.fuseAmps = 32;
    settings.grid = han::ui::AppSettings::Grid::It230;
    builder.setSettings(settings);
    LinkStatistics s;
    s.bytesReceived = 123456;
    s.framesOk = 512;
    s.hcsErrors = 3;
    s.fcsErrors = 7;
    s.flagErrors = 1;
    s.truncatedFrames = 2;
    s.unknownContent = 4;
    s.skippedBytes = 99;
    s.reconnects = 5;
    s.lastReadingUtc = QDateTime::fromMSecsSinceEpoch(kNoon - 10'000, Qt::UTC);
    builder.setLink(han::LinkState::NoData,
                    QStringLiteral("Bytes arrive but none forms a valid frame.\nWrong parity?"), s);
    const QString report = builder.build(kNoon);

    for (const char* expected :
         {"# HAN Monitor bug report, 2026-03-01T12:00:00.000Z\n", "# han-monitor 1.2.3\n",
          "# qt 6.4.2 (built with 6.4.2), platform xcb\n",
          "# os Debian GNU/Linux 12 (bookworm), linux 6.1.0, x86_64\n",
          "# source: Serial port /dev/ttyUSB0 (running)\n",
          "# serial: port /dev/ttyUSB0, adapter serial \"A10KXYZ\", usb 0403:6001, 2400 baud, "
          "parity auto\n",
          "# settings: fuse 32 A, grid IT 230 V", "# state: no-data\n",
          "# detail: Bytes arrive but none forms a valid frame. Wrong parity?\n",
          "# bytes_received: 123456\n", "# frames_ok: 512\n", "# hcs_errors: 3\n",
          "# fcs_errors: 7\n", "# flag_errors: 1\n", "# truncated_frames: 2\n",
          "# unknown_content: 4\n", "# skipped_bytes: 99\n", "# reconnects: 5\n",
          "# last_reading_utc: 2026-03-01T11:59:50.000Z\n"}) {
        EXPECT_TRUE(report.contains(QString::fromUtf8(expected))) << expected;
    }
}

TEST(BugReportBuilder, ReplayAndSimulatorSourcesAreDescribedWithoutTheUsersFolders)
{
    BugReportBuilder builder;
    SourceSpec replay;
    replay.kind = SourceSpec::Kind::Replay;
    replay.replayPath = QStringLiteral("/home/kari/Documents/meter.log");
    replay.replaySpeed = 0;
    builder.setSource(replay, QStringLiteral("Replay of meter.log"), false);
    QString report = builder.build(kNoon);
    EXPECT_TRUE(report.contains(
        QStringLiteral("# replay: file meter.log, format auto, speed as fast as possible\n")));
    EXPECT_FALSE(report.contains(QStringLiteral("kari")));
    EXPECT_TRUE(report.contains(QStringLiteral("(stopped)")));

    SourceSpec sim;
    sim.kind = SourceSpec::Kind::Simulator;
    sim.simulatorSpeed = 60;
    sim.simulator.seed = 7;
    sim.simulator.start = QDateTime::fromMSecsSinceEpoch(kNoon, Qt::UTC);
    sim.simulator.faults.noise = 0.05;
    builder.setSource(sim, QStringLiteral("Simulated meter"), true);
    report = builder.build(kNoon);
    EXPECT_TRUE(report.contains(QStringLiteral("# source: Simulated meter (running)\n")));
    EXPECT_TRUE(report.contains(
        QStringLiteral("# simulator: speed x60, seed 7, start 2026-03-01T12:00:00.000Z, clock "
                       "follows-dst, phases 3, list 2 at hh:00:05\n")));
    EXPECT_TRUE(report.contains(QStringLiteral("bitflip=0 drop=0 noise=0.05 truncate=0")));
}

TEST(BugReportBuilder, RawFramesReplayAsAHexCaptureAndErrorsStayOutOfIt)
{
    RawByteHistory history;
    const QByteArray good1 = QByteArray::fromHex("7EA0E22B2113239AE6E7000F00000000") +
                             QByteArray(60, '\x11') + QByteArray::fromHex("7E");
    const QByteArray bad = QByteArray::fromHex("7EA0E22B2113FFFF7E");
    const QByteArray good2 =
        QByteArray::fromHex("7EA0792B2113") + QByteArray(40, '\x22') + QByteArray::fromHex("7E");
    history.add(kNoon - 20'000, good1);
    history.add(kNoon - 15'000, bad, error(FrameError::Kind::Hcs, bad));
    history.add(kNoon - 10'000, good2);

    BugReportBuilder builder;
    builder.setEnvironment(environment());
    builder.setHistory(&history);
    const QString report = builder.build(kNoon);

    han::CaptureReader::Format format{};
    std::uint64_t ignored = 1;
    EXPECT_EQ(readBack(report, &format, &ignored), good1 + bad + good2)
        << "every frame once, in order; the errors section is commented out";
    EXPECT_EQ(format, han::CaptureReader::Format::Hex);
    EXPECT_EQ(ignored, 0u);
    // Every line is a comment or hex.
    const QRegularExpression line(QStringLiteral("^(#.*|([0-9A-F]{2} )*[0-9A-F]{2})$"));
    for (const QString& l : report.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        EXPECT_TRUE(line.match(l).hasMatch()) << l.toStdString();

    EXPECT_TRUE(report.contains(
        QStringLiteral("# == Last errors (1) ==\n# 2026-03-01T11:59:45.000Z hcs, 9 bytes, stream "
                       "offset 4711\n#   7E A0 E2 2B 21 13 FF FF 7E\n")));
    EXPECT_TRUE(report.contains(
        QStringLiteral("# 2026-03-01T11:59:50.000Z ok 47 bytes\n7E A0 79 2B 21 13 22")));
    EXPECT_TRUE(report.contains(QStringLiteral("3 frames, 133 bytes, 10 s")));
    const BugReportBuilder::Summary summary = builder.summary();
    EXPECT_EQ(summary.frames, 3);
    EXPECT_EQ(summary.errors, 1);
    EXPECT_EQ(summary.bytes, 77 + 9 + 47);
    EXPECT_EQ(summary.spanMs, 10'000);
}

// Meter keys: the report says whether keys are set, never the keys.
TEST(BugReportBuilder, SaysWhetherMeterKeysAreSetButNeverShowsThem)
{
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Serial;
    spec.port.portName = QStringLiteral("/dev/ttyUSB0");
    {
        BugReportBuilder builder;
        builder.setEnvironment(environment());
        builder.setSource(spec, QStringLiteral("Serial port /dev/ttyUSB0"), true);
        EXPECT_TRUE(builder.build(kNoon).contains(
            QStringLiteral("# keys: encryption not set, authentication not set\n")));
    }
    // E01's published keys (PROTOCOL.md §9.2).
    spec.keys.encryption = QByteArray::fromHex("5AD84121D9D20B364B7A11F3C1B5827F");
    spec.keys.authentication = QByteArray::fromHex("AFB3F93E3E7204EDB3C27F96DBD51AE0");
    BugReportBuilder builder;
    builder.setEnvironment(environment());
    builder.setSource(spec, QStringLiteral("Serial port /dev/ttyUSB0"), true);
    builder.setSettings(han::ui::AppSettings());
    const QString report = builder.build(kNoon);
    EXPECT_TRUE(report.contains(QStringLiteral("# keys: encryption set, authentication set\n")));
    // Neither key in any spelling: hex in either case, nor a part of one as long as a group.
    for (const char* key : {"5AD84121D9D20B364B7A11F3C1B5827F", "AFB3F93E3E7204EDB3C27F96DBD51AE0"}) {
        const QString hex = QString::fromLatin1(key);
        EXPECT_FALSE(report.contains(hex, Qt::CaseInsensitive)) << key;
        for (qsizetype i = 0; i + 8 <= hex.size(); i += 4)
            EXPECT_FALSE(report.contains(hex.mid(i, 8), Qt::CaseInsensitive)) << key << " at " << i;
    }
}
