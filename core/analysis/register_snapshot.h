// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_date_time.h"

#include <cstdint>
#include <optional>

namespace han {

// The cumulative registers of one List 2: the meter's readings at hh:00 of its clock.
struct RegisterSnapshot
{
    // The UTC instant of the List 2's meter clock (resolved by MeterClockResolver), i.e. a few
    // seconds after the hour whose end the registers describe.
    std::int64_t clockUtcMs = 0;
    CosemDateTime meterClock; // as sent
    std::optional<double> activeImportWh;
    std::optional<double> activeExportWh;
    std::optional<double> reactiveImportVarh;
    std::optional<double> reactiveExportVarh;

    // The hour boundary the registers belong to: the clock rounded down to the whole hour (UTC;
    // Norway's offsets are whole hours). A List 2 stamped 14:00:55 is the reading at 14:00.
    std::int64_t hourEndUtcMs() const { return clockUtcMs - (clockUtcMs % kHourMs + kHourMs) % kHourMs; }

    static constexpr std::int64_t kHourMs = 3'600'000;
};

} // namespace han
