// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "power_sample.h"

#include <cstdint>
#include <vector>

namespace han {

// Energy from List 1 power samples: each sample's power is held until the next sample, but at
// most kMaxHoldMs, so a pulled cable adds no energy that was never reported. Only the part of
// each hold inside [fromUtcMs, toUtcMs) counts, so a sample shortly before `from` contributes
// its tail. Pure.
class PowerIntegrator
{
public:
    // Three List 1 periods: a lost frame or two is bridged, a longer outage is not.
    static constexpr std::int64_t kMaxHoldMs = 30'000;

    struct Result
    {
        double importKwh = 0;
        double exportKwh = 0;
        double reactiveImportKvarh = 0;
        double reactiveExportKvarh = 0;
        // How much of [from, to) the samples cover, for judging an estimate.
        std::int64_t coveredMs = 0;
    };

    // `samples` ordered by time.
    static Result integrate(const std::vector<PowerSample>& samples, std::int64_t fromUtcMs,
                            std::int64_t toUtcMs);
    static double integrateKwh(const std::vector<PowerSample>& samples, std::int64_t fromUtcMs,
                               std::int64_t toUtcMs, double PowerSample::*power);
};

} // namespace han
