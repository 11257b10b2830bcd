// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_clock_resolver.h"
#include "scale_settings.h"

namespace han {

// Per-meter choices the history keeps in its `meters` table.
struct MeterSettings
{
    MeterClockResolver::Mode clockMode = MeterClockResolver::Mode::FollowsDst;
    // Corrections for meters that differ from the Norwegian data sheet (PROTOCOL.md §10.7).
    ScaleSettings scale;
};

} // namespace han
