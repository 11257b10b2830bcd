// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacity_peak.h"

#include <vector>

namespace han {

// What the capacity tariff sees of one local calendar month.
struct CapacityMonth
{
    int year = 0;
    int month = 0; // 1–12
    // Each local day of the month that has at least one usable hour, in date order.
    std::vector<CapacityPeak> dailyMaxima;
    // Up to three of dailyMaxima, highest first; equal kWh: the earlier day first.
    std::vector<CapacityPeak> peaks;
    // Mean of peaks' kWh (kWh in one hour = average kW); 0 with no peaks. A month with fewer
    // than three days of data averages the days it has.
    double averageKw = 0;
    int stepIndex = 0; // into the ladder used
    // Hours left out because they were suspect or estimated (only when excluding flagged).
    int excludedHours = 0;
};

} // namespace han
