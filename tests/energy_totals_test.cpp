// SPDX-License-Identifier: GPL-3.0-or-later
// EnergyTotals: hours summed per local calendar day, month and year of Europe/Oslo; the 23- and
// 25-hour days; the worst quality of a period. Hour boundaries are written out by hand.
#include "energy_quality.h"
#include "energy_totals.h"
#include "reading_json.h"
#include "simulated_history.h"

#include <gtest/gtest.h>

#include <QTimeZone>

#include <string>
#include <vector>

namespace han {
namespace {

using test::utcMs;

constexpr std::int64_t kHourMs = 3'600'000;

const QTimeZone& oslo()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Oslo"));
    return zone;
}

// Hours [fromUtc, toUtc), each importing 1 kWh and exporting 0.25 kWh, measured.
std::vector<HourlyEnergy> hours(std::int64_t fromUtc, std::int64_t toUtc)
{
    std::vector<HourlyEnergy> out;
    for (std::int64_t h = fromUtc; h < toUtc; h += kHourMs) {
        HourlyEnergy row;
        row.hourStartUtcMs = h;
        row.importKwh = 1.0;
        row.exportKwh = 0.25;
        row.reactiveImportKvarh = 0.5;
        row.reactiveExportKvarh = 0.125;
        row.quality = EnergyQuality::Measured;
        out.push_back(row);
    }
    return out;
}

TEST(EnergyTotals, OctoberChangeGivesA25HourDay)
{
    // Local midnights: 24 Oct 00:00 CEST = 23 Oct 22:00Z; 25 Oct 00:00 CEST = 24 Oct 22:00Z;
    // 26 Oct 00:00 CET = 25 Oct 23:00Z; 27 Oct 00:00 CET = 26 Oct 23:00Z.
    const auto rows = hours(utcMs(2026, 10, 23, 22), utcMs(2026, 10, 26, 23));
    const auto days = EnergyTotals::daily(rows, oslo());
    ASSERT_EQ(days.size(), 3u);
    EXPECT_EQ(days[0].start, QDate(2026, 10, 24));
    EXPECT_EQ(days[0].hours, 24);
    EXPECT_EQ(days[1].start, QDate(2026, 10, 25));
    EXPECT_EQ(days[1].hours, 25);
    EXPECT_DOUBLE_EQ(days[1].importKwh, 25.0);
    EXPECT_DOUBLE_EQ(days[1].exportKwh, 6.25);
    EXPECT_DOUBLE_EQ(days[1].reactiveImportKvarh, 12.5);
    EXPECT_DOUBLE_EQ(days[1].reactiveExportKvarh, 3.125);
    EXPECT_EQ(days[2].start, QDate(2026, 10, 26));
    EXPECT_EQ(days[2].hours, 24);
    for (const EnergyTotal& day : days)
        EXPECT_EQ(day.quality, EnergyQuality::Measured);
}

TEST(EnergyTotals, MarchChangeGivesA23HourDay)
{
    // 29 Mar 00:00 CET = 28 Mar 23:00Z; 30 Mar 00:00 CEST = 29 Mar 22:00Z.
    const auto rows = hours(utcMs(2026, 3, 28, 23), utcMs(2026, 3, 29, 22));
    const auto days = EnergyTotals::daily(rows, oslo());
    ASSERT_EQ(days.size(), 1u);
    EXPECT_EQ(days[0].start, QDate(2026, 3, 29));
    EXPECT_EQ(days[0].hours, 23);
    EXPECT_DOUBLE_EQ(days[0].importKwh, 23.0);
}

TEST(EnergyTotals, HoursBelongToTheLocalDayTheyStartOn)
{
    // 23:00Z on 9 June is 01:00 CEST on the 10th; 21:00Z is 23:00 on the 9th.
    const auto rows = hours(utcMs(2026, 6, 9, 21), utcMs(2026, 6, 9, 23));
    const auto days = EnergyTotals::daily(rows, oslo());
    ASSERT_EQ(days.size(), 2u);
    EXPECT_EQ(days[0].start, QDate(2026, 6, 9));
    EXPECT_EQ(days[0].hours, 1);
    EXPECT_EQ(days[1].start, QDate(2026, 6, 10));
    EXPECT_EQ(days[1].hours, 1);
    EXPECT_TRUE(EnergyTotals::daily({}, oslo()).empty());
}

TEST(EnergyTotals, MonthsAndYearsByLocalCalendar)
{
    // 1 Apr 00:00 CEST = 31 Mar 22:00Z; 1 Jan 2027 00:00 CET = 31 Dec 2026 23:00Z.
    auto rows =
        hours(utcMs(2026, 3, 31, 20), utcMs(2026, 3, 31, 23)); // 22:00, 23:00 Mar; 01:00 Apr
    const auto months = EnergyTotals::monthly(rows, oslo());
    ASSERT_EQ(months.size(), 2u);
    EXPECT_EQ(months[0].start, QDate(2026, 3, 1));
    EXPECT_EQ(months[0].hours, 2);
    EXPECT_EQ(months[1].start, QDate(2026, 4, 1));
    EXPECT_EQ(months[1].hours, 1);

    rows = hours(utcMs(2026, 12, 31, 22), utcMs(2027, 1, 1, 0)); // 23:00 and 00:00 local
    const auto years = EnergyTotals::yearly(rows, oslo());
    ASSERT_EQ(years.size(), 2u);
    EXPECT_EQ(years[0].start, QDate(2026, 1, 1));
    EXPECT_EQ(years[0].hours, 1);
    EXPECT_EQ(years[1].start, QDate(2027, 1, 1));
    EXPECT_EQ(years[1].hours, 1);

    // A whole year: 8,760 hours, March and October with their 743 and 745.
    rows = hours(utcMs(2025, 12, 31, 23), utcMs(2026, 12, 31, 23));
    const auto whole = EnergyTotals::yearly(rows, oslo());
    ASSERT_EQ(whole.size(), 1u);
    EXPECT_EQ(whole[0].hours, 8760);
    const auto all = EnergyTotals::monthly(rows, oslo());
    ASSERT_EQ(all.size(), 12u);
    EXPECT_EQ(all[2].hours, 31 * 24 - 1);
    EXPECT_EQ(all[9].hours, 31 * 24 + 1);
    EXPECT_EQ(all[1].hours, 28 * 24);
}

// 2026-11-19 of a simulated week: 24 register differences whose plain double sum is
// 47.55000000000001. The day's total is what the meter's registers say, 47.55 kWh, and so is
// what the CSV prints.
TEST(EnergyTotals, SumsDoNotCollectBinaryRoundingNoise)
{
    const std::vector<double> kwh{2.44, 2.03, 1.71, 1.7,  1.63, 1.99, 3.65, 3.5,
                                  3.31, 1.4,  0.96, 0.91, 0.9,  1.04, 1.6,  1.77,
                                  3.04, 1.56, 1.63, 2.02, 2.07, 2.43, 2.24, 2.02};
    std::vector<HourlyEnergy> day = hours(utcMs(2026, 11, 18, 23, 0), utcMs(2026, 11, 19, 23, 0));
    ASSERT_EQ(day.size(), kwh.size());
    double plain = 0;
    for (std::size_t i = 0; i < day.size(); ++i) {
        day[i].importKwh = kwh[i];
        day[i].reactiveImportKvarh = 0.1;
        plain += kwh[i];
    }
    ASSERT_NE(plain, 47.55) << "the case this test is about";
    const auto totals = EnergyTotals::daily(day, oslo());
    ASSERT_EQ(totals.size(), 1u);
    EXPECT_EQ(totals[0].importKwh, 47.55);
    EXPECT_EQ(ReadingJson::number(totals[0].importKwh), QByteArray("47.55"));
    EXPECT_EQ(totals[0].reactiveImportKvarh, 2.4); // 0.1 added 24 times is 2.400000000000001
    EXPECT_EQ(totals[0].exportKwh, 6.0);
    const auto year = EnergyTotals::yearly(day, oslo());
    ASSERT_EQ(year.size(), 1u);
    EXPECT_EQ(year[0].importKwh, 47.55);
}

TEST(EnergyTotals, PeriodQualityIsTheWorstOfItsHours)
{
    auto rows = hours(utcMs(2026, 6, 9, 22), utcMs(2026, 6, 10, 22)); // 10 June, local
    ASSERT_EQ(EnergyTotals::daily(rows, oslo()).front().quality, EnergyQuality::Measured);
    rows[3].quality = EnergyQuality::Estimated;
    EXPECT_EQ(EnergyTotals::daily(rows, oslo()).front().quality, EnergyQuality::Estimated);
    rows[7].quality = EnergyQuality::Suspect;
    EXPECT_EQ(EnergyTotals::daily(rows, oslo()).front().quality, EnergyQuality::Suspect);
    rows[9].quality = EnergyQuality::Missing;
    rows[9].importKwh = 0;
    const EnergyTotal day = EnergyTotals::daily(rows, oslo()).front();
    EXPECT_EQ(day.quality, EnergyQuality::Missing);
    EXPECT_DOUBLE_EQ(day.importKwh, 23.0);
    EXPECT_EQ(day.hours, 24);
}

TEST(EnergyQuality, MachineNames)
{
    EXPECT_STREQ(energyQualityName(EnergyQuality::Measured), "measured");
    EXPECT_STREQ(energyQualityName(EnergyQuality::Estimated), "estimated");
    EXPECT_STREQ(energyQualityName(EnergyQuality::Missing), "missing");
    EXPECT_STREQ(energyQualityName(EnergyQuality::Suspect), "suspect");
}

TEST(EnergyQuality, WorseQualityOrder)
{
    const std::vector<EnergyQuality> order{EnergyQuality::Measured, EnergyQuality::Estimated,
                                           EnergyQuality::Suspect, EnergyQuality::Missing};
    for (std::size_t i = 0; i < order.size(); ++i) {
        for (std::size_t j = 0; j < order.size(); ++j) {
            EXPECT_EQ(worseQuality(order[i], order[j]), order[std::max(i, j)]);
        }
    }
}

} // namespace
} // namespace han
