// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_settings.h"

#include <QString>

#include <cstdint>

namespace han {

// One row of the `meters` table.
struct MeterInfo
{
    QString meterId;
    QString meterType;
    QString listVersion;
    MeterSettings settings;
    std::int64_t firstUtcMs = 0; // of its stored readings
    std::int64_t lastUtcMs = 0;
    std::int64_t readingCount = 0;
};

} // namespace han
