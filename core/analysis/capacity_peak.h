// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy_quality.h"

#include <QDate>

#include <cstdint>

namespace han {

// A local calendar day's highest hourly import: the candidate the grid company's top-3 picks
// from.
struct CapacityPeak
{
    QDate date;                      // local calendar day the hour starts on
    std::int64_t hourStartUtcMs = 0; // the hour [start, start + 1 h)
    double kwh = 0;                  // import in that hour (= its average kW)
    EnergyQuality quality = EnergyQuality::Measured;
};

} // namespace han
