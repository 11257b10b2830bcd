// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hourly_energy.h"
#include "power_sample.h"
#include "register_snapshot.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace han {

// Hourly energy from the meter's own registers. A List 2 carries the registers at hh:00 of the
// meter clock, so its difference to the previous List 2 is the energy of the hour that ENDS at
// hh:00 — never the hour in which the frame arrived (the wrong-hour bug peers report).
// Pure: the caller supplies the snapshots and, for gaps, the List 1 power samples.
//
// Each quantity (import, export, reactive import, reactive export) is worked out on its own:
//  - measured: two snapshots whose hour-ends are exactly one hour apart; their difference.
//  - estimated: the hour lies in a gap between two snapshots more than an hour apart (a List 2
//    was lost). List 1 power is integrated per hour of the gap and scaled so the gap's hours
//    add up to the register difference across it, so day totals still equal the registers.
//    An hour of the gap without List 1 gets the gap's mean; with no List 1 at all the register
//    difference is spread evenly. An hour with no snapshot on either side (before the first or
//    after the last) is estimated from List 1 alone when samples cover at least
//    minSampleCoverage of it.
//  - missing: none of that (the values are then 0).
//  - suspect: a difference that goes backwards or exceeds maxPlausibleKwhPerHour per hour (the
//    values are the register differences as they are, so sums still telescope); or repeated
//    registers: a snapshot whose registers all equal the previous one's although List 1 shows
//    at least staleMinKwh (import + export) in its hour (Aidon meters sometimes resend the last
//    List 2). Such a snapshot is not trusted as the reading at its hour: the hour it ends is
//    suspect, and it and the following hour(s), up to the next good snapshot, share the
//    register jump in proportion to List 1 (the jump hour is estimated), so the jump is never
//    shown as one doubled hour and the day still adds up to the registers.
// A row's quality is the worst of its quantities' (measured < estimated < suspect < missing),
// counting only quantities the snapshots carry at all.
class HourlyEnergyCalculator
{
public:
    // List 1 power samples in [fromUtcMs, toUtcMs), ordered by time; called only for gaps,
    // repeated snapshots and hours without snapshots around them (adjacent hours are fetched
    // together, so a clean day costs no call and a gap one). `fromUtcMs` is 30 s before an hour, so
    // a sample just before the hour contributes its hold. May be empty (no List 1 at all).
    using SampleProvider =
        std::function<std::vector<PowerSample>(std::int64_t fromUtcMs, std::int64_t toUtcMs)>;

    struct Settings
    {
        // A delta above this in one hour no fuse could carry (3 x 63 A x 230 V ~ 43 kW,
        // with margin): suspect.
        double maxPlausibleKwhPerHour = 100.0;
        // List 1 energy in an hour above which an unchanged register is a repeated List 2,
        // not a quiet hour (five steps of the 10 Wh register resolution).
        double staleMinKwh = 0.05;
        // Share of an hour List 1 must cover to estimate it from List 1 alone.
        double minSampleCoverage = 0.9;
    };

    // One row per hour in [fromUtcMs, toUtcMs) (whole hours; other values are widened to whole
    // hours), ordered. `snapshots` ordered by clockUtcMs; to be exact at the range's edges they
    // should include the snapshots with hour-ends fromUtcMs and toUtcMs (clock up to a minute
    // after toUtcMs), and to reconcile a gap across an edge, the last snapshot before and the
    // first after the range. Several snapshots for one hour-end: the first counts.
    static std::vector<HourlyEnergy> compute(const std::vector<RegisterSnapshot>& snapshots,
                                             const SampleProvider& samples, std::int64_t fromUtcMs,
                                             std::int64_t toUtcMs, const Settings& settings);
    static std::vector<HourlyEnergy> compute(const std::vector<RegisterSnapshot>& snapshots,
                                             const SampleProvider& samples, std::int64_t fromUtcMs,
                                             std::int64_t toUtcMs)
    {
        return compute(snapshots, samples, fromUtcMs, toUtcMs, Settings{});
    }

    // "So far this hour": energy integrated from List 1 samples since the hour began (each
    // sample's power held until the next sample, at most 30 s; see PowerIntegrator).
    static double integrateKwh(const std::vector<PowerSample>& samples, std::int64_t fromUtcMs,
                               std::int64_t toUtcMs, double PowerSample::*power);
};

} // namespace han
