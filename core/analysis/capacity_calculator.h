// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacity_headroom.h"
#include "capacity_ladder.h"
#include "capacity_month.h"
#include "hourly_energy.h"

#include <QTimeZone>

#include <cstdint>
#include <vector>

namespace han {

// The Norwegian capacity tariff from hourly energy: the average of the three highest hourly
// imports of a month, each on a different local day, and the ladder step it falls in. Pure.
class CapacityCalculator
{
public:
    // `hours` may cover more than the month; only hours starting in the local month (in `zone`)
    // count. Missing hours never count; suspect and estimated hours count unless
    // `excludeFlagged`, and a peak keeps its hour's quality so the UI can mark it.
    static CapacityMonth month(const std::vector<HourlyEnergy>& hours, int year, int month,
                               const QTimeZone& zone, const CapacityLadder& ladder,
                               bool excludeFlagged);

    // The hour starting at hourStartUtcMs, not yet in `month` (which holds the month's finished
    // hours, including the earlier hours of today): soFarKwh imported until nowUtcMs, the house
    // importing importPowerKw now. Today's maximum becomes the larger of its finished hours and
    // this one, the top-3 is taken again, and the limit is where that average reaches the next
    // step. The current hour makes today a day with data even when it is the day's first.
    // When `month` is not the local month the hour starts in (the month just turned), the
    // hour is the only data of its month. Import power below 0 is taken as 0.
    static CapacityHeadroom headroom(const CapacityMonth& month, const QTimeZone& zone,
                                     const CapacityLadder& ladder, std::int64_t hourStartUtcMs,
                                     std::int64_t nowUtcMs, double soFarKwh, double importPowerKw);
};

} // namespace han
