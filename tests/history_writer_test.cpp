// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryWriter and HistoryReader on a real SQLite file: what goes in comes out, a reading's
// identity, meters kept apart, hourly energy through the store.
#include "history_reader.h"
#include "history_writer.h"
#include "raw_database.h"
#include "reading_scaler.h"
#include "simulated_readings.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <set>

namespace han {
namespace {

using test::RawDatabase;

using test::msOf;

const QDateTime kStart(QDate(2026, 3, 2), QTime(11, 0, 0), Qt::UTC);

struct Stored
{
    std::vector<StoredReading> readings;
    std::vector<RegisterSnapshot> snapshots;
};

Stored readBack(const QString& path, const QString& meterId)
{
    HistoryReader reader;
    EXPECT_TRUE(reader.open(path)) << reader.errorString().toStdString();
    Stored s;
    EXPECT_TRUE(reader.forEachReading(meterId, 0, std::numeric_limits<std::int64_t>::max(),
                                      [&](const StoredReading& r) {
                                          s.readings.push_back(r);
                                          return true;
                                      }));
    s.snapshots = reader.registerSnapshots(meterId, 0, std::numeric_limits<std::int64_t>::max());
    return s;
}

// The instantaneous part of a reading as the history keeps it: everything but the List 2
// clock and registers (those are the snapshot), host time and unknown items.
MeterReading instantaneous(MeterReading r)
{
    r.meterClock.reset();
    r.activeImportWh.reset();
    r.activeExportWh.reset();
    r.reactiveImportVarh.reset();
    r.reactiveExportVarh.reset();
    r.receivedAt.reset();
    r.unknownItems.clear();
    return r;
}

void expectRoundTrip(const std::vector<SimulatedFrame>& frames, const Stored& stored)
{
    ASSERT_EQ(stored.readings.size(), frames.size());
    std::size_t list2 = 0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const SimulatedFrame& f = frames[i];
        const StoredReading& r = stored.readings[i];
        EXPECT_EQ(r.utcMs, msOf(f.sentAtUtc)) << i;
        EXPECT_EQ(r.meterId, f.reading.meterId);
        EXPECT_EQ(r.reading, instantaneous(f.reading)) << "reading " << i;
        if (!f.reading.hasRegisters())
            continue;
        ASSERT_LT(list2, stored.snapshots.size());
        const RegisterSnapshot& s = stored.snapshots[list2++];
        EXPECT_EQ(s.clockUtcMs, msOf(f.sentAtUtc));
        EXPECT_EQ(s.meterClock, *f.reading.meterClock);
        EXPECT_EQ(s.activeImportWh, f.reading.activeImportWh);
        EXPECT_EQ(s.activeExportWh, f.reading.activeExportWh);
        EXPECT_EQ(s.reactiveImportVarh, f.reading.reactiveImportVarh);
        EXPECT_EQ(s.reactiveExportVarh, f.reading.reactiveExportVarh);
    }
    EXPECT_EQ(list2, stored.snapshots.size());
}

TEST(HistoryWriter, ThreePhaseReadingsAndSnapshotsComeBackAsTheyWent)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const auto frames =
        test::simulate(test::simulatorSettings(kStart), kStart.addSecs(2 * 3600 + 60));
    HistoryWriter writer;
    ASSERT_TRUE(writer.open(path)) << writer.errorString().toStdString();
    for (const SimulatedFrame& f : frames)
        ASSERT_TRUE(writer.addReading(f.reading));
    ASSERT_TRUE(writer.commit()) << writer.errorString().toStdString();
    EXPECT_EQ(writer.lastBatch().id, 1);
    EXPECT_EQ(writer.lastBatch().rows, static_cast<int>(frames.size()) + 3);
    EXPECT_EQ(writer.statistics().readingsStored, static_cast<std::int64_t>(frames.size()));
    EXPECT_EQ(writer.statistics().snapshotsStored, 3);
    writer.close();

    const Stored stored = readBack(path, frames.front().reading.meterId);
    expectRoundTrip(frames, stored);
    EXPECT_EQ(stored.snapshots.size(), 3u);
    EXPECT_EQ(stored.readings.front().reading.phaseCount(), 3);
}

TEST(HistoryWriter, SinglePhaseAndUnusualValuesStayAbsentOrExact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    SimulatorSettings settings =
        test::simulatorSettings(kStart, QStringLiteral("5706567000000001"));
    settings.phases = 1;
    const auto frames = test::simulate(settings, kStart.addSecs(3600 + 30));
    HistoryWriter writer;
    ASSERT_TRUE(writer.open(path));
    for (const SimulatedFrame& f : frames)
        writer.addReading(f.reading);

    const QString odd = QStringLiteral("5706567000000002");
    const MeterReading unusual =
        test::unusualReading(odd, QDateTime(QDate(2026, 3, 2), QTime(13, 0, 7), Qt::UTC));
    MeterReading registersOnly; // a list of registers without instantaneous values
    registersOnly.meterId = odd;
    registersOnly.meterTime =
        CosemDateTime::fromLocal(QDateTime(QDate(2026, 3, 2), QTime(14, 0, 10), Qt::UTC));
    registersOnly.activeImportWh = 98765.0; // Wh, as Swedish meters send
    MeterReading withDeviation = unusual;   // a meter that sends its offset: -60 min is UTC+1
    auto bytes =
        CosemDateTime::fromLocal(QDateTime(QDate(2026, 3, 2), QTime(15, 0, 0), Qt::UTC)).toBytes();
    bytes[9] = 0xFF;
    bytes[10] = 0xC4;
    withDeviation.meterTime = CosemDateTime::fromBytes(bytes.data());
    for (const MeterReading& r : {unusual, registersOnly, withDeviation})
        ASSERT_TRUE(writer.addReading(r));
    ASSERT_TRUE(writer.close());

    const Stored single = readBack(path, settings.meterId);
    expectRoundTrip(frames, single);
    for (const StoredReading& r : single.readings) {
        EXPECT_EQ(r.reading.phaseCount(), 1);
        EXPECT_FALSE(r.reading.currentL2A || r.reading.currentL3A || r.reading.voltageL2V ||
                     r.reading.voltageL3V);
    }

    const Stored other = readBack(path, odd);
    ASSERT_EQ(other.readings.size(), 2u);
    EXPECT_EQ(other.readings[0].reading, instantaneous(unusual));
    EXPECT_FALSE(other.readings[0].reading.reactiveImportVar);
    EXPECT_EQ(other.readings[0].utcMs,
              msOf(QDateTime(QDate(2026, 3, 2), QTime(12, 0, 7), Qt::UTC)));
    EXPECT_EQ(other.readings[1].reading.meterTime, withDeviation.meterTime);
    EXPECT_EQ(other.readings[1].utcMs,
              msOf(QDateTime(QDate(2026, 3, 2), QTime(14, 0, 0), Qt::UTC)));
    ASSERT_EQ(other.snapshots.size(), 1u);
    EXPECT_EQ(other.snapshots[0].activeImportWh, 98765.0);
    EXPECT_FALSE(other.snapshots[0].activeExportWh);
    EXPECT_EQ(other.snapshots[0].meterClock, *registersOnly.meterTime);
    EXPECT_EQ(other.snapshots[0].hourEndUtcMs(),
              msOf(QDateTime(QDate(2026, 3, 2), QTime(13, 0, 0), Qt::UTC)));
}

TEST(HistoryWriter, TheSameReadingTwiceIsStoredOnce)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const auto frames = test::simulate(test::simulatorSettings(kStart), kStart.addSecs(3600 + 30));
    HistoryWriter writer;
    ASSERT_TRUE(writer.open(path));
    for (const SimulatedFrame& f : frames) {
        writer.addReading(f.reading);
        writer.addReading(f.reading); // within one batch
    }
    ASSERT_TRUE(writer.commit());
    for (const SimulatedFrame& f : frames) // and in a later one
        writer.addReading(f.reading);
    ASSERT_TRUE(writer.commit());
    const auto n = static_cast<std::int64_t>(frames.size());
    EXPECT_EQ(writer.statistics().readingsStored, n);
    EXPECT_EQ(writer.statistics().snapshotsStored, 2);
    EXPECT_EQ(writer.statistics().duplicates, 2 * (n + 2));
    writer.close();

    HistoryWriter again; // a later import of the same capture
    ASSERT_TRUE(again.open(path));
    for (const SimulatedFrame& f : frames)
        again.addReading(f.reading);
    ASSERT_TRUE(again.close());
    EXPECT_EQ(again.statistics().readingsStored, 0);

    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    EXPECT_EQ(reader.countReadings(frames[0].reading.meterId, 0, msOf(kStart.addDays(1))), n);
    const std::vector<MeterInfo> meters = reader.meters();
    ASSERT_EQ(meters.size(), 1u);
    EXPECT_EQ(meters[0].readingCount, n);
    EXPECT_EQ(meters[0].firstUtcMs, msOf(frames.front().sentAtUtc));
    EXPECT_EQ(meters[0].lastUtcMs, msOf(frames.back().sentAtUtc));
}

// 2026-10-25: Norway leaves summer time at 03:00 CEST = 01:00 UTC, and the meter's clock reads
// 02:00-02:59 twice. Each of those wall-clock readings is two distinct moments.
TEST(HistoryWriter, TheRepeatedOctoberHourIsStoredAsTwoHours)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDateTime start(QDate(2026, 10, 25), QTime(0, 0, 0), Qt::UTC);
    const auto frames = test::simulate(test::simulatorSettings(start), start.addSecs(3 * 3600));
    HistoryWriter writer;
    ASSERT_TRUE(writer.open(path));
    for (const SimulatedFrame& f : frames)
        ASSERT_TRUE(writer.addReading(f.reading));
    ASSERT_TRUE(writer.close());
    EXPECT_EQ(writer.statistics().duplicates, 0);

    const Stored stored = readBack(path, frames[0].reading.meterId);
    expectRoundTrip(frames, stored); // every UTC is when the meter really sent it

    // The meter's clock repeated itself: 360 List 1 stamps and one List 2 stamp occur twice.
    std::multiset<QString> wallClocks;
    for (const StoredReading& r : stored.readings)
        wallClocks.insert(r.reading.meterTime->toIsoString());
    EXPECT_EQ(wallClocks.count(QStringLiteral("2026-10-25T02:00:00")), 2u);
    EXPECT_EQ(wallClocks.count(QStringLiteral("2026-10-25T02:30:00")), 2u);
    EXPECT_EQ(wallClocks.count(QStringLiteral("2026-10-25T02:00:05")), 2u);
    EXPECT_EQ(wallClocks.count(QStringLiteral("2026-10-25T03:00:05")), 1u);

    // Two snapshots stamped 02:00:05 by the meter, one hour apart: 00:00 and 01:00 UTC.
    ASSERT_EQ(stored.snapshots.size(), 3u);
    const std::int64_t hour = 3'600'000;
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_EQ(stored.snapshots[i].hourEndUtcMs(),
                  msOf(start) + static_cast<std::int64_t>(i) * hour);
    EXPECT_EQ(stored.snapshots[0].meterClock.toIsoString(), QStringLiteral("2026-10-25T02:00:05"));
    EXPECT_EQ(stored.snapshots[1].meterClock.toIsoString(), QStringLiteral("2026-10-25T02:00:05"));
    EXPECT_EQ(stored.snapshots[2].meterClock.toIsoString(), QStringLiteral("2026-10-25T03:00:05"));

    // The meter's DST flag is kept as sent (set before the change, clear after), but it is not
    // what told the two hours apart (PROTOCOL.md §10.8: it is not reliable).
    EXPECT_TRUE(stored.snapshots[0].meterClock.daylightSavingFlag());
    EXPECT_FALSE(stored.snapshots[1].meterClock.daylightSavingFlag());
    RawDatabase raw(path, true);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM registers")).toInt(), 3);
}

// han-cli import of a capture in pieces, or the app started again, inside the repeated October
// hour, without host times: each new writer goes on in the pass the stored history is in.
TEST(HistoryWriter, ARestartInTheRepeatedOctoberHourGoesOnInThePassTheHistoryIsIn)
{
    const QDateTime start(QDate(2026, 10, 25), QTime(0, 0, 0), Qt::UTC); // 02:00 CEST
    const auto frames = test::simulate(test::simulatorSettings(start), start.addSecs(3 * 3600));
    const auto firstAfter = [&frames](const QDateTime& utc) {
        return static_cast<std::size_t>(
            std::find_if(frames.begin(), frames.end(),
                         [&utc](const SimulatedFrame& f) { return f.sentAtUtc > utc; }) -
            frames.begin());
    };
    // Stopped after 02:30 of the second pass (01:30 UTC), after 02:30 of the first (00:30 UTC),
    // after 02:50 of the first (00:50 UTC) and back when the clock has stepped back to 02:10.
    struct Cut
    {
        QDateTime stop;
        QDateTime resume;
    };
    const QDateTime t0130(QDate(2026, 10, 25), QTime(1, 30, 0), Qt::UTC);
    const QDateTime t0030(QDate(2026, 10, 25), QTime(0, 30, 0), Qt::UTC);
    const QDateTime t0050(QDate(2026, 10, 25), QTime(0, 50, 0), Qt::UTC);
    const QDateTime t0110(QDate(2026, 10, 25), QTime(1, 10, 0), Qt::UTC);
    for (const Cut& cut : {Cut{t0130, t0130}, Cut{t0030, t0030}, Cut{t0050, t0110}}) {
        SCOPED_TRACE(cut.stop.toString(Qt::ISODate).toStdString() + " to " +
                     cut.resume.toString(Qt::ISODate).toStdString());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        std::vector<SimulatedFrame> sent(frames.begin(), frames.begin() + firstAfter(cut.stop));
        {
            HistoryWriter before;
            ASSERT_TRUE(before.open(path));
            for (const SimulatedFrame& f : sent)
                ASSERT_TRUE(before.addReading(f.reading));
            ASSERT_TRUE(before.close());
        }
        HistoryWriter after;
        ASSERT_TRUE(after.open(path));
        for (std::size_t i = firstAfter(cut.resume); i < frames.size(); ++i) {
            ASSERT_TRUE(after.addReading(frames[i].reading));
            sent.push_back(frames[i]);
        }
        ASSERT_TRUE(after.close());
        EXPECT_EQ(after.statistics().duplicates, 0) << "readings taken for ones already stored";
        expectRoundTrip(sent, readBack(path, frames[0].reading.meterId));
    }
}

TEST(HistoryWriter, AMeterOnStandardTimeIsResolvedByItsOwnSetting)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDateTime start(QDate(2026, 10, 25), QTime(0, 0, 0), Qt::UTC);
    SimulatorSettings settings = test::simulatorSettings(start);
    settings.clock = SimulatorSettings::ClockMode::StandardTime;
    const auto frames = test::simulate(settings, start.addSecs(3 * 3600));
    HistoryWriter writer;
    writer.setClockModeOverride(MeterClockResolver::Mode::StandardTime);
    ASSERT_TRUE(writer.open(path));
    for (const SimulatedFrame& f : frames)
        writer.addReading(f.reading);
    ASSERT_TRUE(writer.close());
    expectRoundTrip(frames, readBack(path, settings.meterId));

    // Remembered for the meter: a writer without the override resolves it the same way.
    HistoryWriter later;
    ASSERT_TRUE(later.open(path));
    ASSERT_TRUE(later.meterSettings(settings.meterId));
    EXPECT_EQ(later.meterSettings(settings.meterId)->clockMode,
              MeterClockResolver::Mode::StandardTime);
    EXPECT_FALSE(later.meterSettings(QStringLiteral("0000000000000000")));
    later.close();
    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    ASSERT_EQ(reader.meters().size(), 1u); // asking about an unknown meter did not create it
    EXPECT_EQ(reader.meters()[0].settings.clockMode, MeterClockResolver::Mode::StandardTime);
}

TEST(HistoryWriter, SeveralMetersAreKeptApart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QString a = QStringLiteral("5706567000000011");
    const QString b = QStringLiteral("5706567000000022");
    SimulatorSettings sa = test::simulatorSettings(kStart, a);
    SimulatorSettings sb = test::simulatorSettings(kStart, b);
    sb.seed = 7;
    sb.phases = 1;
    sb.initialImportWh = 500'000;
    const auto fa = test::simulate(sa, kStart.addSecs(3600 + 30));
    const auto fb = test::simulate(sb, kStart.addSecs(1800));
    HistoryWriter writer;
    ASSERT_TRUE(writer.open(path));
    for (std::size_t i = 0; i < std::max(fa.size(), fb.size()); ++i) { // interleaved, same instants
        if (i < fa.size())
            writer.addReading(fa[i].reading);
        if (i < fb.size())
            writer.addReading(fb[i].reading);
    }
    writer.addReading(fb.back().reading);       // again: meter b spoke last
    MeterReading anonymous = fb.back().reading; // a short list without a meter id
    anonymous.meterId.clear();
    anonymous.meterTime =
        CosemDateTime::fromLocal(QDateTime(QDate(2026, 3, 2), QTime(13, 0, 0), Qt::UTC));
    ASSERT_TRUE(writer.addReading(anonymous));
    ASSERT_TRUE(writer.close());

    expectRoundTrip(fa, readBack(path, a));
    const Stored storedB = readBack(path, b);
    ASSERT_EQ(storedB.readings.size(), fb.size() + 1); // the anonymous list went to the last meter
    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    const auto meters = reader.meters();
    ASSERT_EQ(meters.size(), 2u);
    EXPECT_EQ(meters[0].meterId, a);
    EXPECT_EQ(meters[0].readingCount, static_cast<std::int64_t>(fa.size()));
    EXPECT_EQ(meters[0].meterType, QStringLiteral("6841131BN243101040"));
    EXPECT_EQ(meters[1].meterId, b);
    EXPECT_EQ(meters[1].readingCount, static_cast<std::int64_t>(fb.size()) + 1);
    EXPECT_EQ(meters[1].meterType, QStringLiteral("6861111BN242101040"));
    EXPECT_EQ(reader.registerSnapshots(a, 0, msOf(kStart.addDays(1))).size(), 2u);
    EXPECT_EQ(reader.registerSnapshots(b, 0, msOf(kStart.addDays(1))).size(), 1u);
    EXPECT_EQ(reader.countReadings(QStringLiteral("no such meter"), 0, msOf(kStart.addDays(1))), 0);
}

TEST(HistoryWriter, ReaderStreamsRangesAndStopsWhenAsked)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const auto frames = test::simulate(test::simulatorSettings(kStart), kStart.addSecs(3600));
    HistoryWriter writer;
    ASSERT_TRUE(writer.open(path));
    for (const SimulatedFrame& f : frames)
        writer.addReading(f.reading);
    ASSERT_TRUE(writer.close());

    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    const QString id = frames[0].reading.meterId;
    const std::int64_t from = msOf(kStart.addSecs(600));
    const std::int64_t to = msOf(kStart.addSecs(1200));
    int seen = 0;
    EXPECT_TRUE(reader.forEachReading(id, from, to, [&](const StoredReading& r) {
        EXPECT_GE(r.utcMs, from);
        EXPECT_LT(r.utcMs, to);
        ++seen;
        return true;
    }));
    EXPECT_EQ(seen, 60); // half-open: 10:10:00 .. 10:19:50
    EXPECT_EQ(reader.countReadings(id, from, to), 60);
    seen = 0;
    EXPECT_FALSE(
        reader.forEachReading(id, from, to, [&](const StoredReading&) { return ++seen < 5; }));
    EXPECT_EQ(seen, 5);

    const auto samples = reader.powerSamples(id, from, to);
    ASSERT_EQ(samples.size(), 60u);
    EXPECT_EQ(samples[0].utcMs, from);
}

TEST(HistoryWriter, EventsAreKeptWithTheirMeter)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryWriter writer;
    ASSERT_TRUE(writer.open(path));
    HistoryEvent up;
    up.utcMs = 1000;
    up.kind = HistoryEvent::Kind::LinkUp;
    up.detail = QStringLiteral("serial port /dev/ttyUSB0, 2400 8N1");
    HistoryEvent rejected;
    rejected.meterId = QStringLiteral("5706567000000042");
    rejected.utcMs = 60'000;
    rejected.kind = HistoryEvent::Kind::RejectedFrames;
    rejected.count = 12;
    writer.addEvent(up);
    writer.addEvent(rejected);
    ASSERT_TRUE(writer.close());

    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    const auto events = reader.events(0, 120'000);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0], up);
    EXPECT_EQ(events[1], rejected);
    EXPECT_EQ(reader.events(0, 60'000).size(), 1u);
}

TEST(HistoryWriter, HourlyEnergyComesFromTheStoredRegisters)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDateTime start(QDate(2026, 3, 2), QTime(0, 0, 0), Qt::UTC);
    const auto frames =
        test::simulate(test::simulatorSettings(start), start.addSecs(6 * 3600 + 60));
    HistoryWriter writer;
    ASSERT_TRUE(writer.open(path));
    std::vector<const MeterReading*> list2;
    for (const SimulatedFrame& f : frames) {
        writer.addReading(f.reading);
        if (f.reading.hasRegisters())
            list2.push_back(&f.reading);
    }
    ASSERT_TRUE(writer.close());
    ASSERT_EQ(list2.size(), 7u);

    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    const std::int64_t hour = 3'600'000;
    const auto hours =
        reader.hourlyEnergy(frames[0].reading.meterId, msOf(start) + hour, msOf(start) + 5 * hour);
    ASSERT_EQ(hours.size(), 4u);
    for (std::size_t i = 0; i < hours.size(); ++i) {
        EXPECT_EQ(hours[i].hourStartUtcMs, msOf(start) + static_cast<std::int64_t>(i + 1) * hour);
        EXPECT_EQ(hours[i].quality, EnergyQuality::Measured);
        const double expected =
            (*list2[i + 2]->activeImportWh - *list2[i + 1]->activeImportWh) / 1000.0;
        EXPECT_NEAR(hours[i].importKwh, expected, 1e-9) << i;
        ASSERT_TRUE(hours[i].importRegisterKwh);
        EXPECT_NEAR(*hours[i].importRegisterKwh, *list2[i + 2]->activeImportWh / 1000.0, 1e-9);
    }
}

// Swedish and Danish meters send their registers in Wh and CT meters their currents in mA,
// where the Norwegian data sheet, which a plain StreamDecoder assumes, has 10 Wh and 0.01 A
// (PROTOCOL.md §10.7). The meter's ScaleSettings in the `meters` table put what it said into
// SI units before it is stored, whoever decoded it (`han-cli import`, the live HistoryStore);
// a reading already mapped with those settings is not corrected twice.
TEST(HistoryWriter, AMetersStoredScaleSettingsApplyToWhatItStores)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDateTime start(QDate(2026, 3, 2), QTime(0, 0, 0), Qt::UTC);
    const auto frames =
        test::simulate(test::simulatorSettings(start), start.addSecs(3 * 3600 + 60));
    const QString meterId = frames[0].reading.meterId;
    MeterSettings settings;
    settings.scale.energyShift = -1;  // Wh, not 10 Wh
    settings.scale.currentShift = -1; // mA, not 0.01 A
    settings.scale.voltageShift = 1;  // 0.1 V, which the mapper reads as 0.01 V (≥ 1000)
    {
        HistoryWriter setup; // the settings are in the file before the meter says a word
        ASSERT_TRUE(setup.open(path));
        setup.setMeterSettings(meterId, settings);
        ASSERT_TRUE(setup.close());
    }

    HistoryWriter writer;
    ASSERT_TRUE(writer.open(path));
    const std::size_t half = frames.size() / 2;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        MeterReading r = frames[i].reading; // as a plain decoder maps it
        if (i >= half)                      // as a decoder that knows the meter maps it
            ReadingScaler::rescale(r, settings.scale);
        ASSERT_TRUE(writer.addReading(r));
    }
    ASSERT_TRUE(writer.close());

    const Stored stored = readBack(path, meterId);
    ASSERT_EQ(stored.readings.size(), frames.size());
    std::size_t list2 = 0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const MeterReading& sent = frames[i].reading;
        const MeterReading& got = stored.readings[i].reading;
        ASSERT_TRUE(got.currentL1A && got.voltageL2V && got.activeImportW) << i;
        EXPECT_DOUBLE_EQ(*got.currentL1A, *sent.currentL1A / 10) << i;
        EXPECT_DOUBLE_EQ(*got.currentL3A, *sent.currentL3A / 10) << i;
        EXPECT_DOUBLE_EQ(*got.voltageL2V, *sent.voltageL2V * 10) << i;
        EXPECT_EQ(got.activeImportW, sent.activeImportW) << "power keeps its scale, " << i;
        if (!sent.hasRegisters())
            continue;
        ASSERT_LT(list2, stored.snapshots.size());
        const RegisterSnapshot& snapshot = stored.snapshots[list2++];
        EXPECT_EQ(snapshot.activeImportWh, *sent.activeImportWh / 10) << i;
        EXPECT_EQ(snapshot.activeExportWh, *sent.activeExportWh / 10) << i;
        EXPECT_EQ(snapshot.reactiveImportVarh, *sent.reactiveImportVarh / 10) << i;
    }
    EXPECT_EQ(list2, 4u);

    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    ASSERT_EQ(reader.meters().size(), 1u);
    EXPECT_EQ(reader.meters()[0].settings.scale, settings.scale);
}

TEST(HistoryWriter, DefaultPathIsTheApplicationsDataFolder)
{
    const QString path = HistoryWriter::defaultPath();
    EXPECT_TRUE(path.endsWith(QStringLiteral("/history.sqlite"))) << path.toStdString();
}

} // namespace
} // namespace han
