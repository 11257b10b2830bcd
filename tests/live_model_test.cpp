// SPDX-License-Identifier: GPL-3.0-or-later
#include "live_model.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using han::MeterReading;
using han::ui::LiveModel;

namespace {

// 2026-06-21T10:00:00Z: midsummer midday, so the simulated house exports.
const QString kNoonUtc = QStringLiteral("2026-06-21T10:00:00Z");

} // namespace

TEST(LiveModel, CoalescesUpdatesInsteadOfOnePerReading)
{
    LiveModel model;
    QSignalSpy updates(&model, &LiveModel::updated);
    const auto readings = han::test::simulatedReadings(kNoonUtc, 200);
    for (const MeterReading& reading : readings)
        model.addReading(reading);
    ASSERT_TRUE(han::test::waitFor([&] { return updates.count() >= 1; }));
    han::test::waitFor([] { return false; }, 3 * LiveModel::kRefreshIntervalMs);
    EXPECT_EQ(updates.count(), 1) << "200 readings at once are one repaint, not 200";
    EXPECT_EQ(model.sampleSerial(), readings.size());
    EXPECT_EQ(model.samples().size(), readings.size());
}

TEST(LiveModel, KeepsTheLatestListsAndTheMeterIdentity)
{
    LiveModel model;
    const auto readings = han::test::simulatedReadings(QStringLiteral("2026-01-15T07:59:00Z"), 12);
    for (const MeterReading& reading : readings)
        model.addReading(reading);
    ASSERT_TRUE(model.hasReading());
    EXPECT_EQ(model.meterId(), QStringLiteral("5706567000000042"));
    EXPECT_EQ(*model.latestReading()->activeImportW, *readings.back().activeImportW);
    ASSERT_TRUE(model.latestRegisters().has_value()) << "the 08:00 List 2 was among them";
    EXPECT_TRUE(model.latestRegisters()->activeImportWh.has_value());
    // The meter clock (Oslo, UTC+1 in January) resolved to UTC.
    EXPECT_EQ(model.latestUtcMs(),
              QDateTime::fromString(QStringLiteral("2026-01-15T08:00:50Z"), Qt::ISODate)
                  .toMSecsSinceEpoch());
}

TEST(LiveModel, EnergySoFarThisHourIsTheIntegralOfPowerSinceTheHourBegan)
{
    LiveModel model;
    // 08:00:00 to 08:09:50 UTC: 60 List 1, the hour begins with the first.
    const auto readings = han::test::simulatedReadings(QStringLiteral("2026-01-15T08:00:00Z"), 60);
    double expectedKwh = 0;
    const MeterReading* previous = nullptr;
    for (const MeterReading& reading : readings) {
        model.addReading(reading);
        // The List 2 at 08:00:05 repeats the values of the interval it falls in; the List 1
        // every 10 s alone gives the expected integral.
        if (reading.hasRegisters())
            continue;
        if (previous)
            expectedKwh += *previous->activeImportW * 10.0 / 3600.0 / 1000.0;
        previous = &reading;
    }
    EXPECT_EQ(model.currentHourStartUtcMs(),
              QDateTime::fromString(QStringLiteral("2026-01-15T08:00:00Z"), Qt::ISODate)
                  .toMSecsSinceEpoch());
    EXPECT_NEAR(model.importKwhThisHour(), expectedKwh, 1e-9);
    EXPECT_GT(model.importKwhThisHour(), 0.0);
}

TEST(LiveModel, ReportsWhenTheHouseStartsAndStopsExporting)
{
    LiveModel model;
    QSignalSpy exporting(&model, &LiveModel::exportingChanged);
    MeterReading reading = han::test::simulatedReadings(kNoonUtc, 1).front();
    reading.activeImportW = 0.0;
    reading.activeExportW = 2500.0;
    model.addReading(reading);
    ASSERT_TRUE(han::test::waitFor([&] { return exporting.count() == 1; }));
    EXPECT_TRUE(exporting.at(0).at(0).toBool());
    EXPECT_TRUE(model.isExporting());

    reading.activeImportW = 800.0;
    reading.activeExportW = 0.0;
    model.addReading(reading);
    ASSERT_TRUE(han::test::waitFor([&] { return exporting.count() == 2; }));
    EXPECT_FALSE(exporting.at(1).at(0).toBool());
}

TEST(LiveModel, KeepsAtMostItsCapacityOfSamples)
{
    LiveModel model;
    model.setCapacity(50);
    const auto readings = han::test::simulatedReadings(kNoonUtc, 120);
    for (const MeterReading& reading : readings)
        model.addReading(reading);
    EXPECT_EQ(model.samples().size(), 50u);
    EXPECT_EQ(model.sampleSerial(), readings.size());
    EXPECT_EQ(model.samples().back().utcMs, model.latestUtcMs());
}
