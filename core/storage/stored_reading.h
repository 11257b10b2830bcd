// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_reading.h"

#include <QString>

#include <cstdint>

namespace han {

// A reading as the history keeps it: identified by (meter id, UTC). `reading.meterTime` keeps
// the meter's raw wall clock as sent.
struct StoredReading
{
    QString meterId;
    std::int64_t utcMs = 0;
    MeterReading reading;
};

} // namespace han
