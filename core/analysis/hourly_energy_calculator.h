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
class HourlyEnergyCalculator
{
public:
    // List 1 power samples in [fromUtcMs, toUtcMs), ordered by time; called only for gaps and
    // the hour in progress.
    using SampleProvider =
        std::function<std::vector<PowerSample>(std::int64_t fromUtcMs, std::int64_t toUtcMs)>;

    struct Settings
    {
        // A delta above this in one hour no fuse could carry (3 x 63 A x 230 V ~ 43 kW,
        // with margin): suspect.
        double maxPlausibleKwhPerHour = 100.0;
    };

    // One row per hour in [fromUtcMs, toUtcMs) (both whole hours), ordered. `snapshots` ordered
    // by clockUtcMs and covering at least the hour before fromUtcMs when available.
    static std::vector<HourlyEnergy> compute(const std::vector<RegisterSnapshot>& snapshots,
                                             const SampleProvider& samples,
                                             std::int64_t fromUtcMs, std::int64_t toUtcMs,
                                             const Settings& settings);
    static std::vector<HourlyEnergy> compute(const std::vector<RegisterSnapshot>& snapshots,
                                             const SampleProvider& samples,
                                             std::int64_t fromUtcMs, std::int64_t toUtcMs)
    {
        return compute(snapshots, samples, fromUtcMs, toUtcMs, Settings{});
    }

    // "So far this hour": energy integrated from List 1 samples since the hour began (each
    // sample's power held until the next sample, at most 30 s).
    static double integrateKwh(const std::vector<PowerSample>& samples, std::int64_t fromUtcMs,
                               std::int64_t toUtcMs, double PowerSample::*power);
};

} // namespace han
