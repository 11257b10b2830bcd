// SPDX-License-Identifier: GPL-3.0-or-later
// CapacityCalculator on small hand-made months in Europe/Oslo: a day's maximum, the top three
// days, their average and step, local days across both DST changes of 2026 (29 March has 23
// hours, 25 October 25 with 02:00 twice), flagged hours, and the headroom of the current hour.
// Every expected value is worked out by hand in the comments; hour starts are written in UTC
// with the Oslo offset applied by hand (CET +01:00, CEST +02:00 from 29 March 01:00 UTC to 25
// October 01:00 UTC).
#include "capacity_calculator.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QTimeZone>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace han {
namespace {

constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kMinuteMs = 60'000;
constexpr double kInf = std::numeric_limits<double>::infinity();

const QTimeZone& oslo()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Oslo"));
    return zone;
}

std::int64_t utc(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

HourlyEnergy hour(std::int64_t startUtcMs, double importKwh,
                  EnergyQuality quality = EnergyQuality::Measured)
{
    HourlyEnergy h;
    h.hourStartUtcMs = startUtcMs;
    h.importKwh = importKwh;
    h.exportKwh = 0.5; // never part of the tariff
    h.quality = quality;
    return h;
}

CapacityMonth monthOf(const std::vector<HourlyEnergy>& hours, int year, int month,
                      bool excludeFlagged = false)
{
    return CapacityCalculator::month(hours, year, month, oslo(), CapacityLadder::defaultLadder(),
                                     excludeFlagged);
}

void expectPeak(const CapacityPeak& peak, const QDate& date, std::int64_t hourStartUtcMs,
                double kwh)
{
    EXPECT_EQ(peak.date, date);
    EXPECT_EQ(peak.hourStartUtcMs, hourStartUtcMs)
        << QDateTime::fromMSecsSinceEpoch(peak.hourStartUtcMs, Qt::UTC)
               .toString(Qt::ISODate)
               .toStdString();
    EXPECT_DOUBLE_EQ(peak.kwh, kwh);
}

// ---- the month ----------------------------------------------------------------------------

TEST(CapacityMonth, PeaksOnTheSameDayCountOnce)
{
    // January (CET): 5th 17:00 local 5.0 and 18:00 local 6.0; 6th 3.0; 7th 2.0; 8th 4.0.
    // Daily maxima 6, 3, 2, 4. Top three days: 6 (5th), 4 (8th), 3 (6th); average 13/3 =
    // 4.333 → step 2–5 (index 1). Counting the 5th twice would give (6+5+4)/3 = 5 → index 2.
    const std::vector<HourlyEnergy> hours = {
        hour(utc(2026, 1, 5, 16), 5.0), hour(utc(2026, 1, 5, 17), 6.0),
        hour(utc(2026, 1, 6, 7), 3.0),  hour(utc(2026, 1, 7, 12), 2.0),
        hour(utc(2026, 1, 8, 19), 4.0),
    };
    const CapacityMonth m = monthOf(hours, 2026, 1);
    EXPECT_EQ(m.year, 2026);
    EXPECT_EQ(m.month, 1);
    ASSERT_EQ(m.dailyMaxima.size(), 4u);
    expectPeak(m.dailyMaxima[0], QDate(2026, 1, 5), utc(2026, 1, 5, 17), 6.0);
    expectPeak(m.dailyMaxima[3], QDate(2026, 1, 8), utc(2026, 1, 8, 19), 4.0);
    ASSERT_EQ(m.peaks.size(), 3u);
    expectPeak(m.peaks[0], QDate(2026, 1, 5), utc(2026, 1, 5, 17), 6.0);
    expectPeak(m.peaks[1], QDate(2026, 1, 8), utc(2026, 1, 8, 19), 4.0);
    expectPeak(m.peaks[2], QDate(2026, 1, 6), utc(2026, 1, 6, 7), 3.0);
    EXPECT_NEAR(m.averageKw, 4.333333333, 1e-9);
    EXPECT_EQ(m.stepIndex, 1);
    EXPECT_EQ(m.excludedHours, 0);
}

TEST(CapacityMonth, TiesGoToTheEarlierDayAndTheEarlierHour)
{
    // February (CET), given in reverse order. 10th 3.0; 11th 5.0 at 08:00 and again at 19:00
    // local (the earlier hour is the peak); 12th 3.0; 13th 3.0. Top three: 5 (11th 08:00),
    // 3 (10th), 3 (12th) — the 13th loses the tie. Average 11/3 = 3.667 → index 1.
    const std::vector<HourlyEnergy> hours = {
        hour(utc(2026, 2, 13, 9), 3.0),  hour(utc(2026, 2, 12, 9), 3.0),
        hour(utc(2026, 2, 11, 18), 5.0), hour(utc(2026, 2, 11, 7), 5.0),
        hour(utc(2026, 2, 10, 9), 3.0),
    };
    const CapacityMonth m = monthOf(hours, 2026, 2);
    ASSERT_EQ(m.dailyMaxima.size(), 4u);
    EXPECT_EQ(m.dailyMaxima[0].date, QDate(2026, 2, 10)); // in date order
    ASSERT_EQ(m.peaks.size(), 3u);
    expectPeak(m.peaks[0], QDate(2026, 2, 11), utc(2026, 2, 11, 7), 5.0);
    expectPeak(m.peaks[1], QDate(2026, 2, 10), utc(2026, 2, 10, 9), 3.0);
    expectPeak(m.peaks[2], QDate(2026, 2, 12), utc(2026, 2, 12, 9), 3.0);
    EXPECT_NEAR(m.averageKw, 3.666666667, 1e-9);
    EXPECT_EQ(m.stepIndex, 1);
}

TEST(CapacityMonth, FewerThanThreeDaysAverageTheDaysThereAre)
{
    // Two days, 3.0 and 2.0: (3+2)/2 = 2.5 → index 1.
    const CapacityMonth two =
        monthOf({hour(utc(2026, 1, 20, 10), 3.0), hour(utc(2026, 1, 21, 10), 2.0)}, 2026, 1);
    ASSERT_EQ(two.peaks.size(), 2u);
    EXPECT_DOUBLE_EQ(two.averageKw, 2.5);
    EXPECT_EQ(two.stepIndex, 1);
    // One day, 7.5 → 7.5 → index 2 (5–10).
    const CapacityMonth one = monthOf({hour(utc(2026, 1, 20, 10), 7.5)}, 2026, 1);
    ASSERT_EQ(one.peaks.size(), 1u);
    EXPECT_DOUBLE_EQ(one.averageKw, 7.5);
    EXPECT_EQ(one.stepIndex, 2);
    // None: average 0, the first step.
    const CapacityMonth none = monthOf({}, 2026, 1);
    EXPECT_TRUE(none.peaks.empty());
    EXPECT_TRUE(none.dailyMaxima.empty());
    EXPECT_EQ(none.averageKw, 0.0);
    EXPECT_EQ(none.stepIndex, 0);
}

TEST(CapacityMonth, AverageOnABoundaryBelongsToTheStepStartingThere)
{
    // 4.5 + 5.0 + 5.5 = 15, /3 = 5.0 exactly → the 5–10 step (index 2).
    const CapacityMonth on =
        monthOf({hour(utc(2026, 1, 2, 10), 4.5), hour(utc(2026, 1, 3, 10), 5.0),
                 hour(utc(2026, 1, 4, 10), 5.5)},
                2026, 1);
    EXPECT_EQ(on.averageKw, 5.0);
    EXPECT_EQ(on.stepIndex, 2);
    // 4.5 + 5.0 + 5.25 = 14.75, /3 = 4.917 → index 1.
    const CapacityMonth below =
        monthOf({hour(utc(2026, 1, 2, 10), 4.5), hour(utc(2026, 1, 3, 10), 5.0),
                 hour(utc(2026, 1, 4, 10), 5.25)},
                2026, 1);
    EXPECT_EQ(below.stepIndex, 1);
}

TEST(CapacityMonth, MissingHoursNeverCount)
{
    // A missing hour carrying a value (it should not, but) is ignored, and a day with only
    // missing hours is no day of data: one day of 1.0 → average 1.0.
    const CapacityMonth m = monthOf({hour(utc(2026, 1, 2, 10), 1.0),
                                     hour(utc(2026, 1, 2, 11), 9.0, EnergyQuality::Missing),
                                     hour(utc(2026, 1, 3, 10), 8.0, EnergyQuality::Missing)},
                                    2026, 1);
    ASSERT_EQ(m.dailyMaxima.size(), 1u);
    EXPECT_DOUBLE_EQ(m.averageKw, 1.0);
    EXPECT_EQ(m.excludedHours, 0);
}

TEST(CapacityMonth, FlaggedHoursCountUnlessExcluded)
{
    // 1st 3.0 measured; 2nd 8.0 suspect; 3rd 6.0 estimated and 2.0 measured; 4th 1.0.
    const std::vector<HourlyEnergy> hours = {
        hour(utc(2026, 1, 1, 10), 3.0),
        hour(utc(2026, 1, 2, 10), 8.0, EnergyQuality::Suspect),
        hour(utc(2026, 1, 3, 10), 6.0, EnergyQuality::Estimated),
        hour(utc(2026, 1, 3, 11), 2.0),
        hour(utc(2026, 1, 4, 10), 1.0),
    };
    // Included: top three 8 (suspect), 6 (estimated), 3 → 17/3 = 5.667 → index 2; the peaks
    // keep their quality.
    const CapacityMonth in = monthOf(hours, 2026, 1, false);
    ASSERT_EQ(in.peaks.size(), 3u);
    EXPECT_EQ(in.peaks[0].quality, EnergyQuality::Suspect);
    EXPECT_EQ(in.peaks[1].quality, EnergyQuality::Estimated);
    EXPECT_EQ(in.peaks[2].quality, EnergyQuality::Measured);
    EXPECT_NEAR(in.averageKw, 5.666666667, 1e-9);
    EXPECT_EQ(in.stepIndex, 2);
    EXPECT_EQ(in.excludedHours, 0);
    // Excluded: the 2nd has no day left; the 3rd is 2.0. Top three 3, 2, 1 → 2.0 → index 1.
    const CapacityMonth out = monthOf(hours, 2026, 1, true);
    EXPECT_EQ(out.excludedHours, 2);
    ASSERT_EQ(out.dailyMaxima.size(), 3u);
    ASSERT_EQ(out.peaks.size(), 3u);
    expectPeak(out.peaks[1], QDate(2026, 1, 3), utc(2026, 1, 3, 11), 2.0);
    EXPECT_DOUBLE_EQ(out.averageKw, 2.0);
    EXPECT_EQ(out.stepIndex, 1);
}

TEST(CapacityMonth, OnlyHoursStartingInTheLocalMonthCount)
{
    // 31 January 23:00 UTC is 1 February 00:00 in Oslo: February's, not January's. 31 January
    // 22:00 UTC is 23:00 local on the 31st: January's. Hours of other months are ignored.
    const std::vector<HourlyEnergy> hours = {
        hour(utc(2026, 1, 31, 22), 2.0), hour(utc(2026, 1, 31, 23), 9.0),
        hour(utc(2025, 12, 31, 22), 7.0), // 23:00 on 31 December
    };
    const CapacityMonth january = monthOf(hours, 2026, 1);
    ASSERT_EQ(january.dailyMaxima.size(), 1u);
    expectPeak(january.dailyMaxima[0], QDate(2026, 1, 31), utc(2026, 1, 31, 22), 2.0);
    const CapacityMonth february = monthOf(hours, 2026, 2);
    ASSERT_EQ(february.dailyMaxima.size(), 1u);
    expectPeak(february.dailyMaxima[0], QDate(2026, 2, 1), utc(2026, 1, 31, 23), 9.0);
}

TEST(CapacityMonth, TheTwentyThreeHourMarchDay)
{
    // 29 March 2026: local 00:00 is 28 March 23:00 UTC, 02:00 does not exist, local 23:00 is
    // 21:00 UTC (CEST) and 22:00 UTC is already 30 March 00:00. Every hour of the 29th is 1.0
    // except its last (21:00 UTC) 4.0; 28 March 23:00 local (22:00 UTC) 6.0; 30 March 00:00
    // local (29 March 22:00 UTC) 7.0. A fixed +01:00 would put 7.0 on the 29th.
    std::vector<HourlyEnergy> hours = {hour(utc(2026, 3, 28, 22), 6.0)};
    for (std::int64_t h = utc(2026, 3, 28, 23); h < utc(2026, 3, 29, 21); h += kHourMs)
        hours.push_back(hour(h, 1.0));
    ASSERT_EQ(hours.size(), 23u); // the 28th's hour and 22 of the 29th's
    hours.push_back(hour(utc(2026, 3, 29, 21), 4.0));
    hours.push_back(hour(utc(2026, 3, 29, 22), 7.0));

    const CapacityMonth m = monthOf(hours, 2026, 3);
    ASSERT_EQ(m.dailyMaxima.size(), 3u);
    expectPeak(m.dailyMaxima[0], QDate(2026, 3, 28), utc(2026, 3, 28, 22), 6.0);
    expectPeak(m.dailyMaxima[1], QDate(2026, 3, 29), utc(2026, 3, 29, 21), 4.0);
    expectPeak(m.dailyMaxima[2], QDate(2026, 3, 30), utc(2026, 3, 29, 22), 7.0);
    // (7 + 6 + 4) / 3 = 5.667 → index 2.
    EXPECT_NEAR(m.averageKw, 5.666666667, 1e-9);
    EXPECT_EQ(m.stepIndex, 2);
}

TEST(CapacityMonth, EitherRepeatedOctoberHourCanBeTheDaysMaximum)
{
    // 25 October 2026: local 02:00 is first 00:00 UTC (+02:00), then 01:00 UTC (+01:00).
    // Local 00:00 is 24 October 22:00 UTC; local 23:00 is 22:00 UTC; 23:00 UTC is the 26th.
    const std::int64_t first = utc(2026, 10, 25, 0);
    const std::int64_t second = utc(2026, 10, 25, 1);
    const auto dayWith = [&](double firstKwh, double secondKwh) {
        std::vector<HourlyEnergy> hours;
        for (std::int64_t h = utc(2026, 10, 24, 22); h < utc(2026, 10, 25, 23); h += kHourMs)
            hours.push_back(hour(h, h == first ? firstKwh : h == second ? secondKwh : 0.5));
        EXPECT_EQ(hours.size(), 25u);
        hours.push_back(hour(utc(2026, 10, 25, 23), 9.0)); // 26 October 00:00
        return monthOf(hours, 2026, 10);
    };
    const CapacityMonth secondHigher = dayWith(2.0, 5.0);
    ASSERT_EQ(secondHigher.dailyMaxima.size(), 2u);
    expectPeak(secondHigher.dailyMaxima[0], QDate(2026, 10, 25), second, 5.0);
    expectPeak(secondHigher.dailyMaxima[1], QDate(2026, 10, 26), utc(2026, 10, 25, 23), 9.0);
    // (9 + 5) / 2 = 7 → index 2.
    EXPECT_DOUBLE_EQ(secondHigher.averageKw, 7.0);

    expectPeak(dayWith(5.0, 2.0).dailyMaxima[0], QDate(2026, 10, 25), first, 5.0);
    // Equal: the earlier of the two.
    expectPeak(dayWith(3.0, 3.0).dailyMaxima[0], QDate(2026, 10, 25), first, 3.0);
}

// ---- the current hour ---------------------------------------------------------------------

// January: other days 4.0 (5th), 3.0 (6th), 1.0 (7th); today the 8th, its 09:00 local hour
// finished at `todayKwh` (none when negative).
CapacityMonth january(double todayKwh)
{
    std::vector<HourlyEnergy> hours = {hour(utc(2026, 1, 5, 17), 4.0),
                                       hour(utc(2026, 1, 6, 17), 3.0),
                                       hour(utc(2026, 1, 7, 17), 1.0)};
    if (todayKwh >= 0)
        hours.push_back(hour(utc(2026, 1, 8, 8), todayKwh));
    return monthOf(hours, 2026, 1);
}

// 8 January 17:00 local.
const std::int64_t kJan8Hour = utc(2026, 1, 8, 16);

CapacityHeadroom headroomAt(const CapacityMonth& m, std::int64_t hourStart, std::int64_t now,
                            double soFar, double powerKw)
{
    return CapacityCalculator::headroom(m, oslo(), CapacityLadder::defaultLadder(), hourStart, now,
                                        soFar, powerKw);
}

TEST(CapacityHeadroom, LimitIsWhereTheTopThreeAverageReachesTheNextStep)
{
    // Today 0.5 so far, this hour 1.0 at 17:30, 4 kW. Top three 4, 3, max(1, 0.5, 1.0) =
    // (4+3+1)/3 = 2.667 → index 1, next step at 5 kW. Today's value v joins 4 and 3:
    // (4+3+v)/3 = 5 → v = 8.0 kWh. Headroom 8 − 1 = 7 kWh over half an hour = 14 kW.
    // Projection 1 + 4 × 0.5 = 3.0 → (4+3+3)/3 = 3.33 → still index 1.
    const CapacityHeadroom h =
        headroomAt(january(0.5), kJan8Hour, kJan8Hour + 30 * kMinuteMs, 1.0, 4.0);
    EXPECT_EQ(h.hourStartUtcMs, kJan8Hour);
    EXPECT_DOUBLE_EQ(h.soFarKwh, 1.0);
    EXPECT_DOUBLE_EQ(h.projectedKwh, 3.0);
    EXPECT_EQ(h.stepIndex, 1);
    EXPECT_EQ(h.projectedStepIndex, 1);
    EXPECT_DOUBLE_EQ(h.limitKwh, 8.0);
    EXPECT_DOUBLE_EQ(h.headroomKwh, 7.0);
    EXPECT_DOUBLE_EQ(h.headroomAverageKw, 14.0);
    EXPECT_FALSE(h.projectionCrossesStep());
}

TEST(CapacityHeadroom, AProjectionThatCrossesAStepMidHour)
{
    // 6.0 so far at 17:30, drawing 6 kW (an EV): now (6+4+3)/3 = 4.33 → index 1; projected
    // 6 + 6 × 0.5 = 9 → (9+4+3)/3 = 5.33 → index 2. Headroom 8 − 6 = 2 kWh, 4 kW on average
    // for the half hour left — less than the 6 kW drawn.
    const CapacityHeadroom h =
        headroomAt(january(0.5), kJan8Hour, kJan8Hour + 30 * kMinuteMs, 6.0, 6.0);
    EXPECT_DOUBLE_EQ(h.projectedKwh, 9.0);
    EXPECT_EQ(h.stepIndex, 1);
    EXPECT_EQ(h.projectedStepIndex, 2);
    EXPECT_TRUE(h.projectionCrossesStep());
    EXPECT_DOUBLE_EQ(h.limitKwh, 8.0);
    EXPECT_DOUBLE_EQ(h.headroomKwh, 2.0);
    EXPECT_DOUBLE_EQ(h.headroomAverageKw, 4.0);
}

TEST(CapacityHeadroom, ExactlyAtTheLimitTheMonthIsInTheNextStep)
{
    // 8.0 so far: (8+4+3)/3 = 5.0 exactly → the 5–10 step (index 2). Its limit: (4+3+v)/3 =
    // 10 → v = 23; headroom 23 − 8 = 15.
    const CapacityHeadroom at =
        headroomAt(january(0.5), kJan8Hour, kJan8Hour + 30 * kMinuteMs, 8.0, 0.0);
    EXPECT_EQ(at.stepIndex, 2);
    EXPECT_DOUBLE_EQ(at.limitKwh, 23.0);
    EXPECT_DOUBLE_EQ(at.headroomKwh, 15.0);
    // A quarter below: (7.75+4+3)/3 = 4.917 → index 1, limit 8, headroom 0.25.
    const CapacityHeadroom below =
        headroomAt(january(0.5), kJan8Hour, kJan8Hour + 30 * kMinuteMs, 7.75, 0.0);
    EXPECT_EQ(below.stepIndex, 1);
    EXPECT_DOUBLE_EQ(below.limitKwh, 8.0);
    EXPECT_DOUBLE_EQ(below.headroomKwh, 0.25);
    // Projected exactly onto the limit crosses: 7 + 2 kW × 0.5 h = 8.0 → index 2.
    const CapacityHeadroom onto =
        headroomAt(january(0.5), kJan8Hour, kJan8Hour + 30 * kMinuteMs, 7.0, 2.0);
    EXPECT_DOUBLE_EQ(onto.projectedKwh, 8.0);
    EXPECT_EQ(onto.stepIndex, 1);
    EXPECT_EQ(onto.projectedStepIndex, 2);
}

TEST(CapacityHeadroom, FewerThanThreeDays)
{
    const std::int64_t jan6 = utc(2026, 1, 6, 16);
    // One other day, 3.0; today (the 6th) nothing finished; 0.5 at 17:15, 2 kW. Now
    // (3+0.5)/2 = 1.75 → index 0, next step 2: (3+v)/2 = 2 → v = 1.0. Headroom 0.5 kWh over
    // 0.75 h = 0.667 kW. Projected 0.5 + 2 × 0.75 = 2.0 → (3+2)/2 = 2.5 → index 1.
    const CapacityMonth one = monthOf({hour(utc(2026, 1, 5, 17), 3.0)}, 2026, 1);
    const CapacityHeadroom h = headroomAt(one, jan6, jan6 + 15 * kMinuteMs, 0.5, 2.0);
    EXPECT_EQ(h.stepIndex, 0);
    EXPECT_DOUBLE_EQ(h.limitKwh, 1.0);
    EXPECT_DOUBLE_EQ(h.headroomKwh, 0.5);
    EXPECT_NEAR(h.headroomAverageKw, 0.666666667, 1e-9);
    EXPECT_DOUBLE_EQ(h.projectedKwh, 2.0);
    EXPECT_EQ(h.projectedStepIndex, 1);

    // The month's first hour: the hour alone, v = 2. 1.0 so far → headroom 1.0.
    const CapacityHeadroom first = headroomAt(monthOf({}, 2026, 1), jan6, jan6, 1.0, 0.0);
    EXPECT_EQ(first.stepIndex, 0);
    EXPECT_DOUBLE_EQ(first.limitKwh, 2.0);
    EXPECT_DOUBLE_EQ(first.headroomKwh, 1.0);
    EXPECT_DOUBLE_EQ(first.projectedKwh, 1.0);

    // Two other days, 1.0 and 0.5; 0.25 so far: (1+0.5+v)/3 = 2 → v = 4.5.
    const CapacityMonth two =
        monthOf({hour(utc(2026, 1, 4, 17), 1.0), hour(utc(2026, 1, 5, 17), 0.5)}, 2026, 1);
    const CapacityHeadroom h2 = headroomAt(two, jan6, jan6, 0.25, 0.0);
    EXPECT_EQ(h2.stepIndex, 0);
    EXPECT_DOUBLE_EQ(h2.limitKwh, 4.5);
    EXPECT_DOUBLE_EQ(h2.headroomKwh, 4.25);
}

TEST(CapacityHeadroom, TodayAlreadyHoldingAHigherHour)
{
    // Today's 09:00 hour was 6.0; this hour 0.5 so far. Today's value stays 6 until this hour
    // passes it: (6+4+3)/3 = 4.33 → index 1. The limit is still v = 8 (today joins 4 and 3,
    // it is not one more day beside them: that would give 3×5 − 6 − 4 = 5). Headroom 7.5.
    const CapacityHeadroom h =
        headroomAt(january(6.0), kJan8Hour, kJan8Hour + 30 * kMinuteMs, 0.5, 0.0);
    EXPECT_EQ(h.stepIndex, 1);
    EXPECT_DOUBLE_EQ(h.limitKwh, 8.0);
    EXPECT_DOUBLE_EQ(h.headroomKwh, 7.5);
    EXPECT_DOUBLE_EQ(h.headroomAverageKw, 15.0);
}

TEST(CapacityHeadroom, TheTopStepHasNoLimit)
{
    // 120, 110, 105 → 111.67 → index 9, open-ended.
    const CapacityMonth m =
        monthOf({hour(utc(2026, 1, 5, 17), 120.0), hour(utc(2026, 1, 6, 17), 110.0),
                 hour(utc(2026, 1, 7, 17), 105.0)},
                2026, 1);
    const CapacityHeadroom h = headroomAt(m, kJan8Hour, kJan8Hour + kMinuteMs, 1.0, 3.0);
    EXPECT_EQ(h.stepIndex, 9);
    EXPECT_EQ(h.projectedStepIndex, 9);
    EXPECT_EQ(h.limitKwh, kInf);
    EXPECT_EQ(h.headroomKwh, kInf);
    EXPECT_EQ(h.headroomAverageKw, kInf);
    EXPECT_FALSE(h.projectionCrossesStep());
}

TEST(CapacityHeadroom, TheHoursLastSecondsAndAfter)
{
    // Half a second left, headroom 7 kWh: spread over at least a minute, 7 × 60 = 420 kW,
    // not 50 400. The projection adds 4 kW × 0.5 s = 0.000556 kWh.
    const std::int64_t end = kJan8Hour + kHourMs;
    const CapacityHeadroom late = headroomAt(january(0.5), kJan8Hour, end - 500, 1.0, 4.0);
    EXPECT_DOUBLE_EQ(late.headroomKwh, 7.0);
    EXPECT_DOUBLE_EQ(late.headroomAverageKw, 420.0);
    EXPECT_NEAR(late.projectedKwh, 1.0 + 4.0 * 0.5 / 3600, 1e-12);
    // Past the end (a late reading): nothing more is projected.
    const CapacityHeadroom after = headroomAt(january(0.5), kJan8Hour, end + 5000, 1.0, 4.0);
    EXPECT_DOUBLE_EQ(after.projectedKwh, 1.0);
    EXPECT_DOUBLE_EQ(after.headroomAverageKw, 420.0);
    // Before it began (clock skew): a whole hour left; export is no import.
    const CapacityHeadroom early = headroomAt(january(0.5), kJan8Hour, kJan8Hour - 5000, 0, -3);
    EXPECT_DOUBLE_EQ(early.projectedKwh, 0.0);
    EXPECT_DOUBLE_EQ(early.headroomAverageKw, 8.0);
}

TEST(CapacityHeadroom, TodayIsTheLocalDay)
{
    // October: 24th 4.0; 25th 3.0 in the second 02:00 (01:00 UTC). The current hour is 26
    // October 00:00 local = 25 October 23:00 UTC: a new day with nothing finished, so the
    // other days are 4 and 3: 1.0 so far → (4+3+1)/3 = 2.67 → index 1; (4+3+v)/3 = 5 → v = 8,
    // headroom 7. Taking the UTC date would make the 25th "today" and give 2×5 − 4 = 6.
    const CapacityMonth m =
        monthOf({hour(utc(2026, 10, 24, 16), 4.0), hour(utc(2026, 10, 25, 1), 3.0)}, 2026, 10);
    const std::int64_t start = utc(2026, 10, 25, 23);
    const CapacityHeadroom h = headroomAt(m, start, start, 1.0, 0.0);
    EXPECT_EQ(h.stepIndex, 1);
    EXPECT_DOUBLE_EQ(h.limitKwh, 8.0);
    EXPECT_DOUBLE_EQ(h.headroomKwh, 7.0);
}

TEST(CapacityHeadroom, ANewMonthStartsEmpty)
{
    // January's days do not count for 1 February 00:00 local (31 January 23:00 UTC): the hour
    // alone, limit 2.
    const std::int64_t start = utc(2026, 1, 31, 23);
    const CapacityHeadroom h = headroomAt(january(0.5), start, start, 0.5, 0.0);
    EXPECT_EQ(h.stepIndex, 0);
    EXPECT_DOUBLE_EQ(h.limitKwh, 2.0);
}

TEST(CapacityHeadroom, TheLimitAgreesWithTheMonthOnRandomMonths)
{
    // Not a hand-computed case but a cross-check against month(): finishing this hour just
    // below limitKwh keeps the month in stepIndex, finishing it at limitKwh puts it a step
    // higher.
    std::mt19937 random(42);
    std::uniform_real_distribution<double> kwh(0.0, 12.0);
    std::uniform_int_distribution<int> dayCount(0, 6);
    const CapacityLadder ladder = CapacityLadder::defaultLadder();
    for (int round = 0; round < 500; ++round) {
        std::vector<HourlyEnergy> hours;
        const int days = dayCount(random);
        for (int day = 1; day <= days; ++day)
            hours.push_back(hour(utc(2026, 1, day, 10), kwh(random)));
        if (round % 2 == 0)
            hours.push_back(hour(utc(2026, 1, 8, 8), kwh(random))); // today's finished hour
        const CapacityMonth m = monthOf(hours, 2026, 1);
        const double soFar = kwh(random) / 4;
        const CapacityHeadroom h = headroomAt(m, kJan8Hour, kJan8Hour, soFar, 0.0);
        if (std::isinf(h.limitKwh))
            continue;
        const auto finished = [&](double x) {
            std::vector<HourlyEnergy> with = hours;
            with.push_back(hour(kJan8Hour, x));
            return monthOf(with, 2026, 1).stepIndex;
        };
        EXPECT_EQ(finished(soFar), h.stepIndex) << round;
        EXPECT_EQ(finished(h.limitKwh * (1 - 1e-9)), h.stepIndex) << round;
        EXPECT_EQ(finished(h.limitKwh * (1 + 1e-9)), h.stepIndex + 1) << round;
        EXPECT_GT(h.headroomKwh, 0.0) << round;
    }
}

} // namespace
} // namespace han
