// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame_error.h"
#include "meter_reading.h"

#include <QByteArray>

namespace han::cli {

// Machine and people formats of a decoded list for han-cli. Machine output (JSON, CSV) is
// always in the C locale, whatever the user's language (STYLE.md).
class ReadingFormatter
{
public:
    // One JSON object, keys in the documented order, absent values left out; ends with '\n'.
    static QByteArray jsonLine(const MeterReading& reading);
    // {"error": "<kind>", "offset": <stream offset of the opening flag>}
    static QByteArray errorJsonLine(const FrameError& error);

    static QByteArray csvHeader();
    static QByteArray csvRow(const MeterReading& reading);

    // An aligned, readable block for a person; `number` counts lists from 1.
    static QByteArray textBlock(const MeterReading& reading, quint64 number);

    // The shortest decimal that reads back as exactly `value`, never in exponent form.
    static QByteArray formatNumber(double value);
};

} // namespace han::cli
