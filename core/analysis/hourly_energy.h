// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy_quality.h"

#include <cstdint>
#include <optional>

namespace han {

// The energy of one hour [hourStartUtcMs, hourStartUtcMs + 1 h). Shown in local time; a day
// has 23, 24 or 25 of these.
struct HourlyEnergy
{
    std::int64_t hourStartUtcMs = 0;
    double importKwh = 0;
    double exportKwh = 0;
    double reactiveImportKvarh = 0;
    double reactiveExportKvarh = 0;
    EnergyQuality quality = EnergyQuality::Missing;
    // The meter's registers at the hour's end (what its display showed then), when a List 2
    // was received for that moment; lets a homeowner check the table against the meter.
    std::optional<double> importRegisterKwh;
    std::optional<double> exportRegisterKwh;
};

} // namespace han
