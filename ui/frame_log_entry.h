// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame_error.h"
#include "meter_reading.h"

#include <QByteArray>

#include <cstdint>
#include <optional>

namespace han::ui {

// One frame as the Diagnostics view lists it: the bytes, when this computer received them, and
// either the reading they decoded to or why they were rejected. A value, copied freely.
struct FrameLogEntry
{
    std::int64_t arrivedUtcMs = 0; // host clock
    QByteArray bytes;              // the whole frame, flags included (as far as it went)
    std::optional<MeterReading> reading;
    std::optional<FrameError> error;

    bool isOk() const { return reading.has_value(); }
    // 1 for the 10 s list, 2 for the hourly list with registers; 0 for a rejected frame.
    int listNumber() const { return reading ? (reading->hasRegisters() ? 2 : 1) : 0; }
};

} // namespace han::ui
