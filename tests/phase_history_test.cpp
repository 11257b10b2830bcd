// SPDX-License-Identifier: GPL-3.0-or-later
// The per-phase values of the Danish lists in the history (schema version 3): stored in
// phase_readings only for readings that carry them, read back with their reading; files of
// versions 1 and 2 read as they are and upgraded with their data; and the registers that the
// Danish lists send in every push booked once per hour boundary, so hourly energy is the
// register difference.
#include "danish_readings.h"
#include "history_reader.h"
#include "history_writer.h"
#include "raw_database.h"
#include "reading_fields.h"
#include "simulated_readings.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace han {
namespace {

using test::RawDatabase;

constexpr std::int64_t kAll = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kHourMs = 3'600'000;
const QString kNorwegianId = QStringLiteral("5706567000000042");

std::vector<StoredReading> readAll(const QString& path, const QString& meterId)
{
    HistoryReader reader;
    EXPECT_TRUE(reader.open(path)) << reader.errorString().toStdString();
    std::vector<StoredReading> out;
    EXPECT_TRUE(reader.forEachReading(meterId, 0, kAll, [&](const StoredReading& r) {
        out.push_back(r);
        return true;
    })) << reader.errorString().toStdString();
    return out;
}

bool write(const QString& path, const std::vector<MeterReading>& readings)
{
    HistoryWriter writer;
    if (!writer.open(path))
        return false;
    for (const MeterReading& r : readings)
        writer.addReading(r);
    return writer.close();
}

std::int64_t utcOf(const QDate& day, const QTime& time)
{
    return QDateTime(day, time, QTimeZone("Europe/Oslo")).toMSecsSinceEpoch();
}

TEST(PhaseHistory, PerPhaseValuesComeBackExactlyAndOnlyWhereSent)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDateTime t0(QDate(2026, 3, 10), QTime(14, 0, 20));
    MeterReading first = test::danishPush(t0, 866'636, 12'345);
    // A single-phase push: L2 and L3 omitted (PROTOCOL.md §9.4, E08), no total power factor.
    MeterReading second = test::danishPush(t0.addSecs(10), 866'640, 12'345);
    for (std::optional<double> MeterReading::*f :
         {&MeterReading::activeImportL2W, &MeterReading::activeImportL3W,
          &MeterReading::activeExportL2W, &MeterReading::activeExportL3W,
          &MeterReading::powerFactorL2, &MeterReading::powerFactorL3, &MeterReading::powerFactor,
          &MeterReading::activeImportL2Wh, &MeterReading::activeImportL3Wh,
          &MeterReading::activeExportL2Wh, &MeterReading::activeExportL3Wh})
        (second.*f).reset();
    second.powerFactorL1 = 0.999; // finer than the lists send: kept exactly all the same
    // The same meter, a push without per-phase values between two with.
    MeterReading plain = test::danishPush(t0.addSecs(20));
    for (const ReadingField& f : kPhaseReadingFields)
        (plain.*(f.member)).reset();
    MeterReading third = test::danishPush(t0.addSecs(30));
    ASSERT_TRUE(write(path, {first, second, plain, third}));

    const std::vector<StoredReading> stored = readAll(path, test::kDanishMeterId);
    ASSERT_EQ(stored.size(), 4u);
    const MeterReading& a = stored[0].reading;
    EXPECT_EQ(a.activeImportL1W, 1234.0);
    EXPECT_EQ(a.activeImportL2W, 567.0);
    EXPECT_EQ(a.activeImportL3W, 0.0);
    EXPECT_EQ(a.activeExportL3W, 890.0);
    EXPECT_EQ(a.powerFactorL1, 0.97);
    EXPECT_EQ(a.powerFactorL2, 0.85);
    EXPECT_EQ(a.powerFactorL3, 1.0);
    EXPECT_EQ(a.powerFactor, 0.93);
    EXPECT_EQ(a.activeImportL1Wh, 433'318.0); // 866 636 / 2
    EXPECT_EQ(a.activeImportL2Wh, 288'878.0); // floor(866 636 / 3)
    EXPECT_EQ(a.activeImportL3Wh, 144'440.0);
    EXPECT_EQ(a.activeExportL3Wh, 12'345.0);
    EXPECT_EQ(a.activeImportW, 1801.0);

    const MeterReading& b = stored[1].reading;
    EXPECT_EQ(b.activeImportL1W, 1234.0);
    EXPECT_EQ(b.powerFactorL1, 0.999);
    EXPECT_FALSE(b.activeImportL2W);
    EXPECT_FALSE(b.powerFactorL3);
    EXPECT_FALSE(b.powerFactor);
    EXPECT_FALSE(b.activeExportL3Wh);
    EXPECT_EQ(b.activeImportL1Wh, 433'320.0);

    for (const ReadingField& f : kPhaseReadingFields)
        EXPECT_FALSE(stored[2].reading.*(f.member)) << f.key << " leaked from the row before";
    EXPECT_EQ(stored[3].reading.powerFactorL2, 0.85);

    RawDatabase raw(path, true);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM phase_readings")).toInt(), 3);
    // Integers in the documented units: W, 1/1000, Wh.
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT power_factor_l1_pm FROM phase_readings ORDER BY "
                                        "utc_ms LIMIT 1"))
                  .toLongLong(),
              970);
    EXPECT_EQ(
        raw.scalar(QStringLiteral("SELECT typeof(power_factor_pm) || typeof(active_import_l1_w)"
                                  " || typeof(active_import_l1_wh) FROM phase_readings "
                                  "ORDER BY utc_ms LIMIT 1"))
            .toString()
            .toStdString(),
        "integerintegerinteger");
}

TEST(PhaseHistory, NorwegianReadingsWriteNoPhaseRows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDateTime start(QDate(2026, 3, 2), QTime(8, 0, 0), Qt::UTC);
    std::vector<MeterReading> readings;
    for (const SimulatedFrame& f :
         test::simulate(test::simulatorSettings(start, kNorwegianId), start.addSecs(3600)))
        readings.push_back(f.reading);
    ASSERT_TRUE(write(path, readings));
    RawDatabase raw(path, true);
    EXPECT_GT(raw.scalar(QStringLiteral("SELECT count(*) FROM readings")).toInt(), 300);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM phase_readings")).toInt(), 0);
    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    EXPECT_FALSE(reader.hasPhaseReadings(kNorwegianId, 0, kAll));
}

// Files of versions 1 and 2, as earlier releases wrote them: read as they are, upgraded by
// a writer with every reading and snapshot intact.
void checkUpgradeFrom(int version)
{
    SCOPED_TRACE(version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDateTime start(QDate(2026, 3, 2), QTime(8, 0, 0), Qt::UTC);
    std::vector<MeterReading> readings;
    for (const SimulatedFrame& f :
         test::simulate(test::simulatorSettings(start, kNorwegianId), start.addSecs(7200)))
        readings.push_back(f.reading);
    ASSERT_TRUE(write(path, readings));
    const std::vector<StoredReading> before = readAll(path, kNorwegianId);
    int snapshots = 0;
    {
        RawDatabase raw(path);
        snapshots = raw.scalar(QStringLiteral("SELECT count(*) FROM registers")).toInt();
        ASSERT_GE(snapshots, 1);
        ASSERT_TRUE(raw.exec(QStringLiteral("DROP TABLE phase_readings")));
        if (version < 2) {
            ASSERT_TRUE(raw.exec(QStringLiteral("DROP TABLE capacity_steps")));
        }
        ASSERT_TRUE(
            raw.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(version)));
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray oldBytes = test::fileBytes(path);
    {
        HistoryReader reader;
        ASSERT_TRUE(reader.open(path)) << reader.errorString().toStdString();
        EXPECT_FALSE(reader.hasPhaseReadings(kNorwegianId, 0, kAll));
        EXPECT_EQ(readAll(path, kNorwegianId).size(), before.size());
    }
    EXPECT_EQ(test::fileBytes(path), oldBytes) << "a reader changed the file";

    // A writer upgrades it and stores a Danish meter's per-phase values beside the old data.
    const QDateTime dk(QDate(2026, 3, 10), QTime(14, 0, 0));
    ASSERT_TRUE(write(path, {test::danishPush(dk)}));
    {
        RawDatabase raw(path, true);
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), 3);
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                  QStringLiteral("ok"));
        // The Norwegian hours and the Danish push's.
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM registers")).toInt(),
                  snapshots + 1);
    }
    const std::vector<StoredReading> after = readAll(path, kNorwegianId);
    ASSERT_EQ(after.size(), before.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].utcMs, before[i].utcMs);
        EXPECT_EQ(after[i].reading, before[i].reading) << i;
    }
    const std::vector<StoredReading> danish = readAll(path, test::kDanishMeterId);
    ASSERT_EQ(danish.size(), 1u);
    EXPECT_EQ(danish[0].reading.powerFactor, 0.93);
}

TEST(PhaseHistory, VersionOneAndTwoFilesAreReadAsTheyAreAndUpgradedWithTheirData)
{
    checkUpgradeFrom(2);
    checkUpgradeFrom(1);
}

// A day of a Danish meter, registers in each of its 8 641 pushes (midnight to midnight, both
// included): one snapshot per hour boundary, the push at hh:00:00, and each hour's energy the
// difference of the registers, i.e. what the house drew in it.
TEST(PhaseHistory, ADanishDayBooksOneSnapshotPerHourAndHourlyEnergyIsTheRegisterDifference)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDate day(2026, 3, 10);
    const std::vector<MeterReading> pushes =
        test::danishDay(QDateTime(day, QTime(0, 0)), QDateTime(day.addDays(1), QTime(0, 0)));
    ASSERT_EQ(pushes.size(), 8641u);
    HistoryWriter writer;
    ASSERT_TRUE(writer.open(path));
    for (std::size_t i = 0; i < pushes.size(); ++i) {
        ASSERT_TRUE(writer.addReading(pushes[i]));
        if (i % 1000 == 999) {
            ASSERT_TRUE(writer.commit());
        }
    }
    ASSERT_TRUE(writer.commit());
    EXPECT_EQ(writer.statistics().readingsStored, 8641);
    EXPECT_EQ(writer.statistics().snapshotsStored, 25);
    EXPECT_EQ(writer.statistics().duplicates, 0);
    writer.close();

    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    const std::int64_t from = utcOf(day, QTime(0, 0));
    const std::vector<RegisterSnapshot> snapshots =
        reader.registerSnapshots(test::kDanishMeterId, 0, kAll);
    ASSERT_EQ(snapshots.size(), 25u);
    for (std::size_t h = 0; h < snapshots.size(); ++h) {
        EXPECT_EQ(snapshots[h].clockUtcMs, from + static_cast<std::int64_t>(h) * kHourMs) << h;
        EXPECT_EQ(snapshots[h].hourEndUtcMs(), snapshots[h].clockUtcMs);
    }
    // Midnight's registers as the day began, 24:00's after every hour's 360 × (h + 1) Wh.
    EXPECT_EQ(snapshots.front().activeImportWh, 5'000'000.0);
    EXPECT_EQ(snapshots.back().activeImportWh, 5'000'000.0 + 360.0 * 300);
    EXPECT_EQ(snapshots.back().activeExportWh, 100'000.0 + 720.0 * 5);

    const std::vector<HourlyEnergy> hours =
        reader.hourlyEnergy(test::kDanishMeterId, from, from + 24 * kHourMs);
    ASSERT_EQ(hours.size(), 24u);
    for (int h = 0; h < 24; ++h) {
        const HourlyEnergy& e = hours[static_cast<std::size_t>(h)];
        EXPECT_EQ(e.hourStartUtcMs, from + h * kHourMs);
        EXPECT_EQ(e.quality, EnergyQuality::Measured) << h;
        EXPECT_NEAR(e.importKwh, 0.36 * (h + 1), 1e-9) << h;
        EXPECT_NEAR(e.exportKwh, h >= 10 && h < 15 ? 0.72 : 0.0, 1e-9) << h;
    }
}

// Pushes lost at 05:00:00 and 05:00:10: the 05:00:20 push is the snapshot of 05:00, so hour
// 04 gets the 20 s of hour 05 it includes (2 × 6 Wh) and hour 05 does without them.
TEST(PhaseHistory, ALostPushAtTheHourBooksTheNextOne)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDate day(2026, 3, 10);
    std::vector<MeterReading> pushes =
        test::danishDay(QDateTime(day, QTime(3, 0)), QDateTime(day, QTime(7, 0)));
    const auto lost = [](const MeterReading& r) {
        return r.meterTime->hour() == 5 && r.meterTime->minute() == 0 && r.meterTime->second() < 20;
    };
    pushes.erase(std::remove_if(pushes.begin(), pushes.end(), lost), pushes.end());
    ASSERT_TRUE(write(path, pushes));

    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    const std::vector<RegisterSnapshot> snapshots =
        reader.registerSnapshots(test::kDanishMeterId, 0, kAll);
    ASSERT_EQ(snapshots.size(), 5u); // 03:00 ... 07:00
    EXPECT_EQ(snapshots[2].clockUtcMs, utcOf(day, QTime(5, 0, 20)));
    const std::vector<HourlyEnergy> hours =
        reader.hourlyEnergy(test::kDanishMeterId, utcOf(day, QTime(3, 0)), utcOf(day, QTime(7, 0)));
    ASSERT_EQ(hours.size(), 4u);
    EXPECT_NEAR(hours[0].importKwh, 1.44, 1e-9);  // hour 03: 360 × 4 Wh
    EXPECT_NEAR(hours[1].importKwh, 1.812, 1e-9); // hour 04: 1 800 Wh + 12 Wh of hour 05
    EXPECT_NEAR(hours[2].importKwh, 2.148, 1e-9); // hour 05: 2 160 Wh − those 12 Wh
    EXPECT_NEAR(hours[3].importKwh, 2.52, 1e-9);
}

// Recording starts at 00:30: that push's registers are not those of 00:00, so the hour
// before 01:00 is not "measured" from them; the hours after are.
TEST(PhaseHistory, APushInTheMiddleOfAnHourIsNoSnapshot)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDate day(2026, 3, 10);
    ASSERT_TRUE(
        write(path, test::danishDay(QDateTime(day, QTime(0, 30)), QDateTime(day, QTime(3, 0)))));
    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    const std::vector<RegisterSnapshot> snapshots =
        reader.registerSnapshots(test::kDanishMeterId, 0, kAll);
    ASSERT_EQ(snapshots.size(), 3u);
    EXPECT_EQ(snapshots[0].clockUtcMs, utcOf(day, QTime(1, 0)));
    const std::vector<HourlyEnergy> hours =
        reader.hourlyEnergy(test::kDanishMeterId, utcOf(day, QTime(0, 0)), utcOf(day, QTime(3, 0)));
    ASSERT_EQ(hours.size(), 3u);
    EXPECT_NE(hours[0].quality, EnergyQuality::Measured);
    EXPECT_EQ(hours[1].quality, EnergyQuality::Measured);
    EXPECT_NEAR(hours[1].importKwh, 0.72, 1e-9);
    EXPECT_NEAR(hours[2].importKwh, 1.08, 1e-9);
}

// Imported newest first (captures in the wrong order): the earliest push at or after each
// boundary still wins.
TEST(PhaseHistory, PushesWrittenOutOfOrderStillBookTheFirstPushOfTheHour)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QDate day(2026, 3, 10);
    std::vector<MeterReading> pushes =
        test::danishDay(QDateTime(day, QTime(8, 0)), QDateTime(day, QTime(10, 0)));
    std::reverse(pushes.begin(), pushes.end());
    ASSERT_TRUE(write(path, pushes));
    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    const std::vector<RegisterSnapshot> snapshots =
        reader.registerSnapshots(test::kDanishMeterId, 0, kAll);
    ASSERT_EQ(snapshots.size(), 3u);
    for (std::size_t h = 0; h < 3; ++h)
        EXPECT_EQ(snapshots[h].clockUtcMs, utcOf(day, QTime(8 + static_cast<int>(h), 0))) << h;
    const std::vector<HourlyEnergy> hours = reader.hourlyEnergy(
        test::kDanishMeterId, utcOf(day, QTime(8, 0)), utcOf(day, QTime(10, 0)));
    ASSERT_EQ(hours.size(), 2u);
    EXPECT_NEAR(hours[0].importKwh, 3.24, 1e-9);
    EXPECT_NEAR(hours[1].importKwh, 3.6, 1e-9);
}

} // namespace
} // namespace han
