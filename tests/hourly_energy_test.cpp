// SPDX-License-Identifier: GPL-3.0-or-later
// HourlyEnergyCalculator on simulated weeks across both DST changes and on hand-made register
// series: measured hours are register differences, a List 2 belongs to the hour that ends at its
// hh:00, gaps are estimated and reconciled, repeated registers are suspect and never make a
// doubled hour.
#include "energy_totals.h"
#include "hourly_energy_calculator.h"
#include "simulated_history.h"

#include <gtest/gtest.h>

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace han {
namespace {

using ClockMode = SimulatorSettings::ClockMode;
using Mode = MeterClockResolver::Mode;
using test::osloLabel;
using test::osloMidnightMs;
using test::utcMs;

constexpr std::int64_t kHourMs = 3'600'000;

const QTimeZone& oslo()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Oslo"));
    return zone;
}

std::int64_t midnight(const QDate& day)
{
    return osloMidnightMs(day.year(), day.month(), day.day());
}

// A simulated meter over `days` local days from `firstDay`, with the List 2 of the hour before
// the first midnight and of the last midnight, so every hour of the range has both its ends.
test::SimulatedHistory::Options daysFrom(const QDate& firstDay, int days,
                                         ClockMode clock = ClockMode::FollowsDst)
{
    test::SimulatedHistory::Options o;
    o.simulator.seed = 7;
    o.simulator.clock = clock;
    o.simulator.start = QDateTime::fromMSecsSinceEpoch(midnight(firstDay) - kHourMs, Qt::UTC);
    o.end = QDateTime::fromMSecsSinceEpoch(midnight(firstDay.addDays(days)) + 60'000, Qt::UTC);
    o.resolver.mode = clock == ClockMode::FollowsDst ? Mode::FollowsDst : Mode::StandardTime;
    return o;
}

std::vector<HourlyEnergy> hoursOf(const test::SimulatedHistory& h, const QDate& firstDay, int days)
{
    return HourlyEnergyCalculator::compute(h.snapshots, h.provider(), midnight(firstDay),
                                           midnight(firstDay.addDays(days)));
}

const HourlyEnergy& rowAt(const std::vector<HourlyEnergy>& rows, std::int64_t hourStart)
{
    for (const HourlyEnergy& row : rows) {
        if (row.hourStartUtcMs == hourStart)
            return row;
    }
    ADD_FAILURE() << "no row at " << osloLabel(hourStart).toStdString();
    static const HourlyEnergy none;
    return none;
}

std::string name(EnergyQuality q)
{
    return energyQualityName(q);
}

// Every local day's totals equal the register difference between its midnights.
void expectDaysMatchRegisters(const test::SimulatedHistory& h,
                              const std::vector<HourlyEnergy>& rows)
{
    for (const EnergyTotal& day : EnergyTotals::daily(rows, oslo())) {
        const std::int64_t from = midnight(day.start);
        const std::int64_t to = midnight(day.start.addDays(1));
        EXPECT_NEAR(day.importKwh, h.truthKwh(0, from, to), 1e-9)
            << day.start.toString().toStdString();
        EXPECT_NEAR(day.exportKwh, h.truthKwh(1, from, to), 1e-9)
            << day.start.toString().toStdString();
        EXPECT_NEAR(day.reactiveImportKvarh, h.truthKwh(2, from, to), 1e-9);
        EXPECT_NEAR(day.reactiveExportKvarh, h.truthKwh(3, from, to), 1e-9);
    }
}

// --- the labels of the 23- and 25-hour days, written out by hand ---------------------------------

const std::vector<const char*> kOctober25Labels{
    "2026-10-25T00:00:00+02:00", "2026-10-25T01:00:00+02:00", "2026-10-25T02:00:00+02:00",
    "2026-10-25T02:00:00+01:00", "2026-10-25T03:00:00+01:00", "2026-10-25T04:00:00+01:00",
    "2026-10-25T05:00:00+01:00", "2026-10-25T06:00:00+01:00", "2026-10-25T07:00:00+01:00",
    "2026-10-25T08:00:00+01:00", "2026-10-25T09:00:00+01:00", "2026-10-25T10:00:00+01:00",
    "2026-10-25T11:00:00+01:00", "2026-10-25T12:00:00+01:00", "2026-10-25T13:00:00+01:00",
    "2026-10-25T14:00:00+01:00", "2026-10-25T15:00:00+01:00", "2026-10-25T16:00:00+01:00",
    "2026-10-25T17:00:00+01:00", "2026-10-25T18:00:00+01:00", "2026-10-25T19:00:00+01:00",
    "2026-10-25T20:00:00+01:00", "2026-10-25T21:00:00+01:00", "2026-10-25T22:00:00+01:00",
    "2026-10-25T23:00:00+01:00"};
// The same hours in UTC: the first starts at 22:00 the day before.
const char* const kOctober25FirstUtc = "2026-10-24T22:00:00Z";
const char* const kOctober25FourthUtc = "2026-10-25T01:00:00Z";

const std::vector<const char*> kMarch29Labels{
    "2026-03-29T00:00:00+01:00", "2026-03-29T01:00:00+01:00", "2026-03-29T03:00:00+02:00",
    "2026-03-29T04:00:00+02:00", "2026-03-29T05:00:00+02:00", "2026-03-29T06:00:00+02:00",
    "2026-03-29T07:00:00+02:00", "2026-03-29T08:00:00+02:00", "2026-03-29T09:00:00+02:00",
    "2026-03-29T10:00:00+02:00", "2026-03-29T11:00:00+02:00", "2026-03-29T12:00:00+02:00",
    "2026-03-29T13:00:00+02:00", "2026-03-29T14:00:00+02:00", "2026-03-29T15:00:00+02:00",
    "2026-03-29T16:00:00+02:00", "2026-03-29T17:00:00+02:00", "2026-03-29T18:00:00+02:00",
    "2026-03-29T19:00:00+02:00", "2026-03-29T20:00:00+02:00", "2026-03-29T21:00:00+02:00",
    "2026-03-29T22:00:00+02:00", "2026-03-29T23:00:00+02:00"};
const char* const kMarch29FirstUtc = "2026-03-28T23:00:00Z";
const char* const kMarch29ThirdUtc = "2026-03-29T01:00:00Z";

std::string utcLabel(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate).toStdString();
}

// --- simulated weeks across the DST changes ------------------------------------------------------

struct WeekCase
{
    ClockMode meter;
    bool hostTimes;
    int month; // 3: Thursday 26 March to Wednesday 1 April; 10: 22 to 28 October
};

class HourlyEnergyWeek : public ::testing::TestWithParam<WeekCase>
{
};

TEST_P(HourlyEnergyWeek, MeasuredHoursAreRegisterDifferencesAndDstDaysHaveTheirHours)
{
    const WeekCase c = GetParam();
    const QDate first(2026, c.month, c.month == 3 ? 26 : 22);
    test::SimulatedHistory::Options o = daysFrom(first, 7, c.meter);
    o.hostTimes = c.hostTimes;
    const test::SimulatedHistory h = test::SimulatedHistory::build(o);
    ASSERT_EQ(h.misresolved, 0);
    ASSERT_EQ(h.drifted, 0);

    const std::vector<HourlyEnergy> rows = hoursOf(h, first, 7);
    ASSERT_EQ(rows.size(), c.month == 3 ? 7u * 24u - 1u : 7u * 24u + 1u);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const HourlyEnergy& row = rows[i];
        const std::int64_t start = row.hourStartUtcMs;
        const std::int64_t end = start + kHourMs;
        SCOPED_TRACE(osloLabel(start).toStdString());
        ASSERT_EQ(row.quality, EnergyQuality::Measured);
        if (i > 0) {
            ASSERT_EQ(start - rows[i - 1].hourStartUtcMs, kHourMs);
        }
        ASSERT_DOUBLE_EQ(row.importKwh, h.truthKwh(0, start, end));
        ASSERT_DOUBLE_EQ(row.exportKwh, h.truthKwh(1, start, end));
        ASSERT_DOUBLE_EQ(row.reactiveImportKvarh, h.truthKwh(2, start, end));
        ASSERT_DOUBLE_EQ(row.reactiveExportKvarh, h.truthKwh(3, start, end));
        ASSERT_TRUE(row.importRegisterKwh && row.exportRegisterKwh);
        ASSERT_DOUBLE_EQ(*row.importRegisterKwh, h.truthWh.at(end)[0] / 1000.0);
        ASSERT_DOUBLE_EQ(*row.exportRegisterKwh, h.truthWh.at(end)[1] / 1000.0);
    }

    const std::vector<EnergyTotal> days = EnergyTotals::daily(rows, oslo());
    ASSERT_EQ(days.size(), 7u);
    for (const EnergyTotal& day : days) {
        const bool dstDay = day.start == QDate(2026, 3, 29) || day.start == QDate(2026, 10, 25);
        EXPECT_EQ(day.hours, dstDay ? (c.month == 3 ? 23 : 25) : 24)
            << day.start.toString().toStdString();
        EXPECT_EQ(day.quality, EnergyQuality::Measured);
    }
    expectDaysMatchRegisters(h, rows);

    // The DST day's rows, labelled in local time, against the table written out above.
    const QDate dstDay = c.month == 3 ? QDate(2026, 3, 29) : QDate(2026, 10, 25);
    const std::vector<const char*>& labels = c.month == 3 ? kMarch29Labels : kOctober25Labels;
    std::vector<std::string> actual;
    std::vector<std::int64_t> starts;
    for (const HourlyEnergy& row : rows) {
        const QString label = osloLabel(row.hourStartUtcMs);
        if (label.startsWith(dstDay.toString(Qt::ISODate))) {
            actual.push_back(label.toStdString());
            starts.push_back(row.hourStartUtcMs);
        }
    }
    EXPECT_EQ(actual, std::vector<std::string>(labels.begin(), labels.end()));
    ASSERT_EQ(starts.size(), labels.size());
    EXPECT_EQ(utcLabel(starts[0]), c.month == 3 ? kMarch29FirstUtc : kOctober25FirstUtc);
    EXPECT_EQ(utcLabel(starts[c.month == 3 ? 2 : 3]),
              c.month == 3 ? kMarch29ThirdUtc : kOctober25FourthUtc);
}

INSTANTIATE_TEST_SUITE_P(DstWeeks, HourlyEnergyWeek,
                         ::testing::Values(WeekCase{ClockMode::FollowsDst, false, 10},
                                           WeekCase{ClockMode::FollowsDst, true, 10},
                                           WeekCase{ClockMode::FollowsDst, true, 3},
                                           WeekCase{ClockMode::StandardTime, true, 10},
                                           WeekCase{ClockMode::StandardTime, false, 3}),
                         [](const ::testing::TestParamInfo<WeekCase>& tested) {
                             const WeekCase& c = tested.param;
                             std::string n =
                                 c.meter == ClockMode::FollowsDst ? "DstMeter" : "StandardMeter";
                             n += c.hostTimes ? "_host" : "_noHost";
                             n += c.month == 3 ? "_March" : "_October";
                             return n;
                         });

// --- a List 2 lost ------------------------------------------------------------------------------

TEST(HourlyEnergy, DroppedList2MakesItsHoursEstimatedAndTheDayStillAddsUp)
{
    const QDate first(2026, 10, 24);
    test::SimulatedHistory::Options o = daysFrom(first, 2);
    // One List 2 lost at 14:00 Oslo on the 24th, three in a row on the 25th: 02:00 CET (the
    // second 02:00), 03:00 and 04:00.
    const std::int64_t lone = utcMs(2026, 10, 24, 12, 0);
    const std::int64_t runFirst = utcMs(2026, 10, 25, 1, 0);
    o.list2Filter = [&](MeterReading&, std::int64_t hourEnd) {
        return hourEnd != lone && !(hourEnd >= runFirst && hourEnd <= runFirst + 2 * kHourMs);
    };
    const test::SimulatedHistory h = test::SimulatedHistory::build(o);
    const std::vector<HourlyEnergy> rows = hoursOf(h, first, 2);
    ASSERT_EQ(rows.size(), 49u);

    for (const HourlyEnergy& row : rows) {
        const std::int64_t start = row.hourStartUtcMs;
        const std::int64_t end = start + kHourMs;
        SCOPED_TRACE(osloLabel(start).toStdString());
        const bool inLoneGap = end == lone || start == lone;
        const bool inRun = start >= runFirst - kHourMs && start <= runFirst + 2 * kHourMs;
        if (inLoneGap || inRun) {
            EXPECT_EQ(name(row.quality), "estimated");
            // List 1 reports what the registers count, so the estimate is close to the truth:
            // within the registers' 10 Wh steps at either end.
            EXPECT_NEAR(row.importKwh, h.truthKwh(0, start, end), 0.021);
            EXPECT_NEAR(row.exportKwh, h.truthKwh(1, start, end), 0.021);
            // The register column is there when the List 2 at the hour's end was.
            const bool endLost = end == lone || (end >= runFirst && end <= runFirst + 2 * kHourMs);
            EXPECT_EQ(row.importRegisterKwh.has_value(), !endLost);
        } else {
            EXPECT_EQ(name(row.quality), "measured");
            EXPECT_DOUBLE_EQ(row.importKwh, h.truthKwh(0, start, end));
        }
    }
    // Reconciled: the gap's hours add up to the registers across it, exactly.
    EXPECT_NEAR(rowAt(rows, lone - kHourMs).importKwh + rowAt(rows, lone).importKwh,
                h.truthKwh(0, lone - kHourMs, lone + kHourMs), 1e-9);
    double run = 0;
    for (int k = -1; k <= 2; ++k)
        run += rowAt(rows, runFirst + k * kHourMs).importKwh;
    EXPECT_NEAR(run, h.truthKwh(0, runFirst - kHourMs, runFirst + 3 * kHourMs), 1e-9);

    const std::vector<EnergyTotal> days = EnergyTotals::daily(rows, oslo());
    ASSERT_EQ(days.size(), 2u);
    EXPECT_EQ(days[0].quality, EnergyQuality::Estimated);
    EXPECT_EQ(days[1].hours, 25);
    expectDaysMatchRegisters(h, rows);
}

TEST(HourlyEnergy, UnpluggedAdapterLosesList2AndList1)
{
    // The adapter is out for two minutes every seven hours, from hh:59:00: List 1 and the List 2
    // of hh:00 are lost, as with a loose cable. Start 21:59 UTC so the outages straddle hours.
    const QDate first(2026, 3, 28);
    test::SimulatedHistory::Options o = daysFrom(first, 2);
    o.simulator.start =
        QDateTime::fromMSecsSinceEpoch(midnight(first) - 60'000, Qt::UTC).addSecs(-3600);
    o.simulator.faults.unplugEveryHours = 7;
    o.simulator.faults.unplugSeconds = 120;
    const test::SimulatedHistory h = test::SimulatedHistory::build(o);
    const std::vector<HourlyEnergy> rows = hoursOf(h, first, 2);
    ASSERT_EQ(rows.size(), 47u);

    int estimated = 0;
    for (const HourlyEnergy& row : rows) {
        const std::int64_t start = row.hourStartUtcMs;
        const std::int64_t end = start + kHourMs;
        SCOPED_TRACE(osloLabel(start).toStdString());
        bool lost = false;
        for (const std::int64_t t : {start, end}) {
            lost = lost ||
                   std::none_of(h.snapshots.begin(), h.snapshots.end(),
                                [&](const RegisterSnapshot& s) { return s.hourEndUtcMs() == t; });
        }
        EXPECT_EQ(row.quality, lost ? EnergyQuality::Estimated : EnergyQuality::Measured);
        // Two minutes of List 1 missing are filled with the hour's mean power.
        EXPECT_NEAR(row.importKwh, h.truthKwh(0, start, end), lost ? 0.1 : 1e-9);
        estimated += lost ? 1 : 0;
    }
    EXPECT_EQ(estimated, 2 * 6); // six outages in the range, each costing two hours
    expectDaysMatchRegisters(h, rows);
}

// --- repeated registers -------------------------------------------------------------------------

TEST(HourlyEnergy, RepeatedRegistersAreSuspectNeverADoubledNextHour)
{
    const QDate first(2026, 10, 24);
    test::SimulatedHistory::Options o = daysFrom(first, 1);
    // Aidon-style: the List 2 of 10:00 Oslo repeats the registers of 09:00; 18:00 and 19:00 both
    // repeat 17:00's.
    const std::int64_t once = utcMs(2026, 10, 24, 8, 0);
    const std::int64_t twiceFirst = utcMs(2026, 10, 24, 16, 0);
    std::optional<std::array<double, 4>> previous;
    std::optional<std::array<double, 4>> held;
    o.list2Filter = [&](MeterReading& r, std::int64_t hourEnd) {
        const std::array<double, 4> now{*r.activeImportWh, *r.activeExportWh, *r.reactiveImportVarh,
                                        *r.reactiveExportVarh};
        const bool repeat =
            hourEnd == once || hourEnd == twiceFirst || hourEnd == twiceFirst + kHourMs;
        if (repeat) {
            if (!held)
                held = previous;
            r.activeImportWh = (*held)[0];
            r.activeExportWh = (*held)[1];
            r.reactiveImportVarh = (*held)[2];
            r.reactiveExportVarh = (*held)[3];
        } else {
            held.reset();
        }
        previous = now;
        return true;
    };
    const test::SimulatedHistory h = test::SimulatedHistory::build(o);
    const std::vector<HourlyEnergy> rows = hoursOf(h, first, 1);
    ASSERT_EQ(rows.size(), 24u);

    auto check = [&](std::int64_t start, const char* quality) {
        const HourlyEnergy& row = rowAt(rows, start);
        SCOPED_TRACE(osloLabel(start).toStdString());
        EXPECT_EQ(name(row.quality), quality);
        // Not zero, not two hours: close to what was really used in that hour.
        const double truth = h.truthKwh(0, start, start + kHourMs);
        EXPECT_GT(truth, 0.1);
        EXPECT_NEAR(row.importKwh, truth, 0.021);
    };
    check(once - kHourMs, "suspect"); // 09:00-10:00: its List 2 repeated 09:00
    check(once, "estimated");         // 10:00-11:00: the jump, shared back
    check(twiceFirst - kHourMs, "suspect");
    check(twiceFirst, "suspect");
    check(twiceFirst + kHourMs, "estimated");
    // The register column still says what the meter said at 10:00.
    EXPECT_DOUBLE_EQ(*rowAt(rows, once - kHourMs).importRegisterKwh,
                     h.truthWh.at(once - kHourMs)[0] / 1000.0);

    int measured = 0;
    for (const HourlyEnergy& row : rows)
        measured += row.quality == EnergyQuality::Measured ? 1 : 0;
    EXPECT_EQ(measured, 24 - 5);
    EXPECT_EQ(EnergyTotals::daily(rows, oslo()).front().quality, EnergyQuality::Suspect);
    expectDaysMatchRegisters(h, rows);
}

RegisterSnapshot snapshotAt(std::int64_t clockUtcMs, double importWh, double exportWh = 0)
{
    RegisterSnapshot s;
    s.clockUtcMs = clockUtcMs;
    s.activeImportWh = importWh;
    s.activeExportWh = exportWh;
    return s;
}

std::vector<PowerSample> steadyPower(std::int64_t from, std::int64_t to, double importW,
                                     double exportW = 0)
{
    std::vector<PowerSample> out;
    for (std::int64_t t = from; t < to; t += 10'000)
        out.push_back({t, importW, exportW, 0, 0});
    return out;
}

HourlyEnergyCalculator::SampleProvider serve(const std::vector<PowerSample>& samples,
                                             int* calls = nullptr)
{
    return [&samples, calls](std::int64_t from, std::int64_t to) {
        if (calls)
            ++*calls;
        std::vector<PowerSample> out;
        for (const PowerSample& s : samples) {
            if (s.utcMs >= from && s.utcMs < to)
                out.push_back(s);
        }
        return out;
    };
}

TEST(HourlyEnergy, UnchangedRegistersWithoutConsumptionAreMeasuredZero)
{
    // A cabin with the main switch off: the registers stand still and so does List 1.
    const std::int64_t t0 = utcMs(2026, 2, 1, 0, 0);
    const std::vector<RegisterSnapshot> snaps{snapshotAt(t0 + 5'000, 5000),
                                              snapshotAt(t0 + kHourMs + 5'000, 5000),
                                              snapshotAt(t0 + 2 * kHourMs + 5'000, 5400)};
    const std::vector<PowerSample> quiet = steadyPower(t0, t0 + kHourMs, 0);
    const auto rows = HourlyEnergyCalculator::compute(snaps, serve(quiet), t0, t0 + 2 * kHourMs);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].quality, EnergyQuality::Measured);
    EXPECT_EQ(rows[0].importKwh, 0.0);
    EXPECT_EQ(rows[1].quality, EnergyQuality::Measured);
    EXPECT_DOUBLE_EQ(rows[1].importKwh, 0.4);
}

TEST(HourlyEnergy, RepeatedLastList2IsSuspectWithList1sFigure)
{
    // The newest List 2 repeats the one before while List 1 shows 1 kW: nothing later to share
    // the jump with, so the hour shows List 1's energy, marked suspect.
    const std::int64_t t0 = utcMs(2026, 2, 1, 0, 0);
    const std::vector<RegisterSnapshot> snaps{snapshotAt(t0 + 5'000, 1000),
                                              snapshotAt(t0 + kHourMs + 5'000, 2000),
                                              snapshotAt(t0 + 2 * kHourMs + 5'000, 2000)};
    const std::vector<PowerSample> samples = steadyPower(t0, t0 + 2 * kHourMs, 1000);
    const auto rows = HourlyEnergyCalculator::compute(snaps, serve(samples), t0, t0 + 2 * kHourMs);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(name(rows[0].quality), "measured");
    EXPECT_DOUBLE_EQ(rows[0].importKwh, 1.0);
    EXPECT_EQ(name(rows[1].quality), "suspect");
    EXPECT_DOUBLE_EQ(rows[1].importKwh, 1.0);
    EXPECT_DOUBLE_EQ(*rows[1].importRegisterKwh, 2.0); // what the meter said
}

TEST(HourlyEnergy, BackwardsOrImplausibleRegistersAreSuspectAndKeptAsTheyAre)
{
    const std::int64_t t0 = utcMs(2026, 2, 1, 0, 0);
    const std::vector<RegisterSnapshot> snaps{
        snapshotAt(t0 + 5'000, 100'000), snapshotAt(t0 + kHourMs + 5'000, 101'000),
        snapshotAt(t0 + 2 * kHourMs + 5'000, 100'500), // backwards
        snapshotAt(t0 + 3 * kHourMs + 5'000, 251'000), // +150.5 kWh in an hour
        snapshotAt(t0 + 4 * kHourMs + 5'000, 252'000)};
    const auto rows = HourlyEnergyCalculator::compute(snaps, {}, t0, t0 + 4 * kHourMs);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(name(rows[0].quality), "measured");
    EXPECT_EQ(name(rows[1].quality), "suspect");
    EXPECT_DOUBLE_EQ(rows[1].importKwh, -0.5);
    EXPECT_EQ(name(rows[2].quality), "suspect");
    EXPECT_DOUBLE_EQ(rows[2].importKwh, 150.5);
    EXPECT_EQ(name(rows[3].quality), "measured");

    HourlyEnergyCalculator::Settings generous;
    generous.maxPlausibleKwhPerHour = 200;
    EXPECT_EQ(
        name(HourlyEnergyCalculator::compute(snaps, {}, t0, t0 + 4 * kHourMs, generous)[2].quality),
        "measured");
}

TEST(HourlyEnergy, NothingAtAllIsMissing)
{
    const std::int64_t t0 = utcMs(2026, 2, 1, 0, 0);
    const auto rows = HourlyEnergyCalculator::compute({}, {}, t0, t0 + 3 * kHourMs);
    ASSERT_EQ(rows.size(), 3u);
    for (const HourlyEnergy& row : rows) {
        EXPECT_EQ(name(row.quality), "missing");
        EXPECT_EQ(row.importKwh, 0.0);
        EXPECT_FALSE(row.importRegisterKwh);
    }
}

TEST(HourlyEnergy, List1AloneEstimatesOnlyHoursItCovers)
{
    // No List 2 at all; List 1 covers the first hour fully and the second for twenty minutes.
    const std::int64_t t0 = utcMs(2026, 2, 1, 0, 0);
    const std::vector<PowerSample> samples = steadyPower(t0, t0 + kHourMs + 20 * 60'000, 1200, 0);
    const auto rows = HourlyEnergyCalculator::compute({}, serve(samples), t0, t0 + 2 * kHourMs);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(name(rows[0].quality), "estimated");
    EXPECT_DOUBLE_EQ(rows[0].importKwh, 1.2);
    EXPECT_EQ(name(rows[1].quality), "missing");
    EXPECT_EQ(rows[1].importKwh, 0.0);
}

TEST(HourlyEnergy, GapWithoutList1IsSpreadEvenly)
{
    const std::int64_t t0 = utcMs(2026, 2, 1, 0, 0);
    const std::vector<RegisterSnapshot> snaps{snapshotAt(t0 + 5'000, 10'000, 500),
                                              snapshotAt(t0 + 4 * kHourMs + 5'000, 14'000, 500)};
    const auto rows = HourlyEnergyCalculator::compute(snaps, {}, t0, t0 + 4 * kHourMs);
    ASSERT_EQ(rows.size(), 4u);
    for (const HourlyEnergy& row : rows) {
        EXPECT_EQ(name(row.quality), "estimated");
        EXPECT_DOUBLE_EQ(row.importKwh, 1.0);
        EXPECT_EQ(row.exportKwh, 0.0);
    }
}

TEST(HourlyEnergy, GapFollowsTheShapeOfList1)
{
    // Three hours without List 2; List 1 says 1 kW, then 3 kW, then 2 kW for half an hour and
    // nothing after that (the cable came loose). The registers moved 6.5 kWh.
    const std::int64_t t0 = utcMs(2026, 2, 1, 0, 0);
    std::vector<PowerSample> samples = steadyPower(t0, t0 + kHourMs, 1000);
    for (const PowerSample& s : steadyPower(t0 + kHourMs, t0 + 2 * kHourMs, 3000))
        samples.push_back(s);
    for (const PowerSample& s : steadyPower(t0 + 2 * kHourMs, t0 + 2 * kHourMs + 30 * 60'000, 2000))
        samples.push_back(s);
    const std::vector<RegisterSnapshot> snaps{snapshotAt(t0 + 5'000, 10'000),
                                              snapshotAt(t0 + 3 * kHourMs + 5'000, 16'500)};
    const auto rows = HourlyEnergyCalculator::compute(snaps, serve(samples), t0, t0 + 3 * kHourMs);
    ASSERT_EQ(rows.size(), 3u);
    // Weights 1, 3 and 2 (the half hour seen at 2 kW stands for the whole hour): 6.5 kWh in
    // 1:3:2.
    EXPECT_NEAR(rows[0].importKwh, 6.5 / 6 * 1, 1e-9);
    EXPECT_NEAR(rows[1].importKwh, 6.5 / 6 * 3, 1e-9);
    EXPECT_NEAR(rows[2].importKwh, 6.5 / 6 * 2, 1e-9);
}

// --- the hour a List 2 belongs to
// -----------------------------------------------------------------

class HourlyEnergyList2Offset : public ::testing::TestWithParam<int>
{
};

TEST_P(HourlyEnergyList2Offset, List2AfterTheHourBelongsToTheHourThatEnds)
{
    // The wrong-hour bug: a List 2 stamped hh:00:10 carries the registers at hh:00, the end of
    // the hour before, not the start of the hour it arrived in.
    const QDate first(2026, 6, 10);
    test::SimulatedHistory::Options o = daysFrom(first, 1);
    o.simulator.list2OffsetSeconds = GetParam();
    const test::SimulatedHistory h = test::SimulatedHistory::build(o);
    const std::vector<HourlyEnergy> rows = hoursOf(h, first, 1);
    ASSERT_EQ(rows.size(), 24u);

    const std::int64_t noon = utcMs(2026, 6, 10, 10, 0); // 12:00 CEST
    const RegisterSnapshot* list2 = nullptr;
    for (const RegisterSnapshot& s : h.snapshots) {
        if (s.clockUtcMs == noon + GetParam() * 1000)
            list2 = &s;
    }
    ASSERT_NE(list2, nullptr);
    EXPECT_EQ(list2->meterClock.toIsoString().toStdString(),
              "2026-06-10T12:00:" + QString::asprintf("%02d", GetParam()).toStdString());
    EXPECT_EQ(list2->hourEndUtcMs(), noon);

    const HourlyEnergy& before = rowAt(rows, noon - kHourMs); // 11:00-12:00
    EXPECT_EQ(osloLabel(before.hourStartUtcMs).toStdString(), "2026-06-10T11:00:00+02:00");
    ASSERT_TRUE(before.importRegisterKwh);
    EXPECT_DOUBLE_EQ(*before.importRegisterKwh, *list2->activeImportWh / 1000.0);
    EXPECT_EQ(before.quality, EnergyQuality::Measured);
    EXPECT_DOUBLE_EQ(before.importKwh, h.truthKwh(0, noon - kHourMs, noon));
    // 12:00-13:00, the hour the frame arrived in, ends with the next List 2.
    const HourlyEnergy& arrival = rowAt(rows, noon);
    EXPECT_DOUBLE_EQ(*arrival.exportRegisterKwh, h.truthWh.at(noon + kHourMs)[1] / 1000.0);
    EXPECT_NE(*arrival.exportRegisterKwh, *list2->activeExportWh / 1000.0); // solar at noon
    for (const HourlyEnergy& row : rows)
        EXPECT_EQ(row.quality, EnergyQuality::Measured);
}

INSTANTIATE_TEST_SUITE_P(Seconds, HourlyEnergyList2Offset, ::testing::Values(5, 10, 55, 59));

TEST(HourlyEnergy, HandMadeList2TenSecondsAfterTheHour)
{
    const std::int64_t t13 = utcMs(2026, 2, 1, 13, 0);
    const std::vector<RegisterSnapshot> snaps{snapshotAt(t13 + 10'000, 1000),
                                              snapshotAt(t13 + kHourMs + 10'000, 1700)};
    const auto rows = HourlyEnergyCalculator::compute(snaps, {}, t13, t13 + 2 * kHourMs);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].hourStartUtcMs, t13); // 13:00-14:00 ends at the List 2 of 14:00:10
    EXPECT_EQ(rows[0].quality, EnergyQuality::Measured);
    EXPECT_DOUBLE_EQ(rows[0].importKwh, 0.7);
    EXPECT_DOUBLE_EQ(*rows[0].importRegisterKwh, 1.7);
    EXPECT_EQ(rows[1].quality, EnergyQuality::Missing); // 14:00-15:00: nothing ends it
}

// --- meters on standard time --------------------------------------------------------------------

TEST(HourlyEnergy, StandardTimeMeterInSummer)
{
    // The meter's clock reads an hour behind Oslo's in June; resolved as standard time, every
    // List 2 lands on the right hour.
    const QDate first(2026, 6, 10);
    test::SimulatedHistory::Options o = daysFrom(first, 1, ClockMode::StandardTime);
    const test::SimulatedHistory h = test::SimulatedHistory::build(o);
    ASSERT_EQ(h.misresolved, 0);
    const std::int64_t noon = utcMs(2026, 6, 10, 10, 0); // 12:00 CEST, 11:00 on the meter
    const auto it =
        std::find_if(h.snapshots.begin(), h.snapshots.end(),
                     [&](const RegisterSnapshot& s) { return s.hourEndUtcMs() == noon; });
    ASSERT_NE(it, h.snapshots.end());
    EXPECT_EQ(it->meterClock.toIsoString().toStdString(), "2026-06-10T11:00:05");

    const std::vector<HourlyEnergy> rows = hoursOf(h, first, 1);
    ASSERT_EQ(rows.size(), 24u);
    for (const HourlyEnergy& row : rows) {
        ASSERT_EQ(row.quality, EnergyQuality::Measured);
        ASSERT_DOUBLE_EQ(row.importKwh,
                         h.truthKwh(0, row.hourStartUtcMs, row.hourStartUtcMs + kHourMs));
    }
    EXPECT_DOUBLE_EQ(*rowAt(rows, noon - kHourMs).importRegisterKwh, *it->activeImportWh / 1000.0);

    // The same meter resolved as if it followed DST: every reading an hour early, and with host
    // times every one flagged.
    o.resolver.mode = Mode::FollowsDst;
    const test::SimulatedHistory wrong = test::SimulatedHistory::build(o);
    EXPECT_EQ(wrong.misresolved, wrong.frames);
    EXPECT_EQ(wrong.drifted, wrong.frames);
}

// --- the provider and "so far this hour" ------------------------------------------------------

TEST(HourlyEnergy, ProviderIsNotAskedWhenRegistersSayItAll)
{
    const std::int64_t t0 = utcMs(2026, 2, 1, 0, 0);
    std::vector<RegisterSnapshot> snaps;
    for (int k = 0; k <= 24; ++k) {
        snaps.push_back(snapshotAt(t0 + k * kHourMs + 5'000, 1000.0 + 400.0 * k, 50.0 * k));
        snaps.back().reactiveImportVarh = 20.0 * k;
        snaps.back().reactiveExportVarh = 30.0 * k;
    }
    const std::vector<PowerSample> samples;
    int calls = 0;
    const auto rows =
        HourlyEnergyCalculator::compute(snaps, serve(samples, &calls), t0, t0 + 24 * kHourMs);
    ASSERT_EQ(rows.size(), 24u);
    EXPECT_EQ(calls, 0);
    // One gap of three hours: one call for them together.
    snaps.erase(snaps.begin() + 5, snaps.begin() + 7);
    calls = 0;
    HourlyEnergyCalculator::compute(snaps, serve(samples, &calls), t0, t0 + 24 * kHourMs);
    EXPECT_EQ(calls, 1);
}

TEST(HourlyEnergy, IntegrateKwhHoldsEachSampleAtMostThirtySeconds)
{
    const std::int64_t t0 = utcMs(2026, 2, 1, 12, 0);
    const std::vector<PowerSample> samples{
        {t0 - 5'000, 3600, 0, 0, 0},   // before the hour: its last 5 s fall in it
        {t0 + 5'000, 1800, 360, 0, 0}, // held 10 s
        {t0 + 15'000, 7200, 0, 0, 0},  // held 30 s of the 50 s until the next
        {t0 + 65'000, 360, 0, 0, 0},   // the last: held 30 s, or until `to`
    };
    const auto kwh = [](double wattSeconds) {
        return wattSeconds / 3.6e6;
    };
    EXPECT_NEAR(HourlyEnergyCalculator::integrateKwh(samples, t0, t0 + kHourMs,
                                                     &PowerSample::activeImportW),
                kwh(3600 * 5 + 1800 * 10 + 7200 * 30 + 360 * 30), 1e-12);
    EXPECT_NEAR(
        HourlyEnergyCalculator::integrateKwh(samples, t0, t0 + 75'000, &PowerSample::activeImportW),
        kwh(3600 * 5 + 1800 * 10 + 7200 * 30 + 360 * 10), 1e-12);
    EXPECT_NEAR(HourlyEnergyCalculator::integrateKwh(samples, t0, t0 + kHourMs,
                                                     &PowerSample::activeExportW),
                kwh(360 * 10), 1e-12);
    EXPECT_EQ(
        HourlyEnergyCalculator::integrateKwh({}, t0, t0 + kHourMs, &PowerSample::activeImportW),
        0.0);
}

TEST(HourlyEnergy, SoFarThisHourMatchesTheRegistersAtTheHoursEnd)
{
    // The simulator's registers are the integral of its List 1, so the running figure at the
    // end of an hour equals that hour's register difference (to the registers' 10 Wh steps).
    const QDate first(2026, 6, 10);
    const test::SimulatedHistory h = test::SimulatedHistory::build(daysFrom(first, 1));
    const std::int64_t from = utcMs(2026, 6, 10, 7, 0);
    EXPECT_NEAR(HourlyEnergyCalculator::integrateKwh(h.samples, from, from + kHourMs,
                                                     &PowerSample::activeImportW),
                h.truthKwh(0, from, from + kHourMs), 0.011);
    EXPECT_NEAR(HourlyEnergyCalculator::integrateKwh(h.samples, from, from + kHourMs,
                                                     &PowerSample::activeExportW),
                h.truthKwh(1, from, from + kHourMs), 0.011);
}

} // namespace
} // namespace han
