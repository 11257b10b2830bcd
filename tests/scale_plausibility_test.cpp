// SPDX-License-Identifier: GPL-3.0-or-later
// ScalePlausibility: register differences against integrated List 1 power on a simulated day,
// and with the scaling faults real meters have (PROTOCOL.md §10.7).
#include "scale_plausibility.h"
#include "simulated_history.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace han {
namespace {

using Verdict = ScalePlausibility::Verdict;

const test::SimulatedHistory& june()
{
    static const test::SimulatedHistory h = [] {
        test::SimulatedHistory::Options o;
        o.simulator.seed = 3;
        o.simulator.start = QDateTime(QDate(2026, 6, 10), QTime(4, 0), Qt::UTC);
        o.end = QDateTime(QDate(2026, 6, 10), QTime(16, 1), Qt::UTC);
        return test::SimulatedHistory::build(o);
    }();
    return h;
}

std::vector<RegisterSnapshot> registersTimes(double factor)
{
    std::vector<RegisterSnapshot> out = june().snapshots;
    for (RegisterSnapshot& s : out) {
        for (std::optional<double>* r :
             {&s.activeImportWh, &s.activeExportWh, &s.reactiveImportVarh, &s.reactiveExportVarh})
            **r *= factor;
    }
    return out;
}

std::vector<PowerSample> powerTimes(double factor)
{
    std::vector<PowerSample> out = june().samples;
    for (PowerSample& s : out) {
        s.activeImportW *= factor;
        s.activeExportW *= factor;
    }
    return out;
}

TEST(ScalePlausibility, NorwegianScalingIsConsistent)
{
    const ScaleSettings current;
    const auto r = ScalePlausibility::check(june().snapshots, june().samples, current);
    EXPECT_EQ(r.verdict, Verdict::Consistent) << r.ratio;
    EXPECT_EQ(r.hoursCompared, 12);
    EXPECT_GT(r.integratedKwh, 2.0);
    EXPECT_NEAR(r.ratio, 1.0, 0.02);
    EXPECT_EQ(r.powerOfTen, 0);
    EXPECT_EQ(r.suggested, current);
}

TEST(ScalePlausibility, EnergyInWhReadAsTenWhIsFound)
{
    // A Swedish or Danish meter sends Wh; read with the Norwegian 10 Wh its registers run ten
    // times too fast.
    ScaleSettings current;
    current.voltageShift = -2; // a setting of its own, kept as it is
    const auto r = ScalePlausibility::check(registersTimes(10), june().samples, current);
    EXPECT_EQ(r.verdict, Verdict::ScaleMismatch);
    EXPECT_EQ(r.powerOfTen, 1);
    EXPECT_NEAR(r.ratio, 10.0, 0.2);
    ScaleSettings expected = current;
    expected.energyShift = -1;
    EXPECT_EQ(r.suggested, expected);
}

TEST(ScalePlausibility, PowerTenTimesTooHighIsFound)
{
    // "An extra digit on power" (amsreader#421).
    const auto r = ScalePlausibility::check(june().snapshots, powerTimes(10), ScaleSettings{});
    EXPECT_EQ(r.verdict, Verdict::ScaleMismatch);
    EXPECT_EQ(r.powerOfTen, -1);
    ScaleSettings expected;
    expected.powerShift = -1;
    EXPECT_EQ(r.suggested, expected);

    // A meter already corrected once and still off by a hundred: the shifts add up.
    ScaleSettings current;
    current.powerShift = -1;
    const auto again = ScalePlausibility::check(june().snapshots, powerTimes(100), current);
    EXPECT_EQ(again.powerOfTen, -2);
    EXPECT_EQ(again.suggested.powerShift, -3);
}

TEST(ScalePlausibility, OtherDisagreementsAreNotCalledAScaleFault)
{
    const auto r = ScalePlausibility::check(registersTimes(3), june().samples, ScaleSettings{});
    EXPECT_EQ(r.verdict, Verdict::Inconsistent);
    EXPECT_EQ(r.suggested, ScaleSettings{});
    EXPECT_STREQ(ScalePlausibility::verdictName(r.verdict), "inconsistent");
}

TEST(ScalePlausibility, TooLittleToTell)
{
    const auto& h = june();
    // Two hours only.
    const std::vector<RegisterSnapshot> three(h.snapshots.begin(), h.snapshots.begin() + 3);
    const auto r = ScalePlausibility::check(three, h.samples, ScaleSettings{});
    EXPECT_EQ(r.verdict, Verdict::NotEnoughData);
    EXPECT_EQ(r.hoursCompared, 2);
    // No List 1 at all.
    EXPECT_EQ(ScalePlausibility::check(h.snapshots, {}, ScaleSettings{}).hoursCompared, 0);
    // A quiet cabin: the registers hardly move, List 1 shows little.
    ScalePlausibility::Settings strict;
    strict.minKwh = 1e6;
    EXPECT_EQ(ScalePlausibility::check(h.snapshots, h.samples, ScaleSettings{}, strict).verdict,
              Verdict::NotEnoughData);
    EXPECT_STREQ(ScalePlausibility::verdictName(Verdict::NotEnoughData), "not_enough_data");
}

TEST(ScalePlausibility, OnlyWholeHoursWithList1AreCompared)
{
    auto snaps = june().snapshots;
    snaps.erase(snaps.begin() + 4); // a List 2 lost: two hours cannot be compared
    std::vector<PowerSample> samples = june().samples;
    // List 1 lost for the first half of the eighth hour.
    const std::int64_t from = snaps.front().hourEndUtcMs() + 7 * RegisterSnapshot::kHourMs;
    samples.erase(std::remove_if(samples.begin(), samples.end(),
                                 [&](const PowerSample& s) {
                                     return s.utcMs >= from && s.utcMs < from + 1'800'000;
                                 }),
                  samples.end());
    const auto r = ScalePlausibility::check(snaps, samples, ScaleSettings{});
    EXPECT_EQ(r.hoursCompared, 12 - 2 - 1);
    EXPECT_EQ(r.verdict, Verdict::Consistent);
}

} // namespace
} // namespace han
