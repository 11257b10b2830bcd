// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_date_time.h"
#include "meter_clock_resolver.h"

#include <QVariant>

#include <cstdint>
#include <optional>

namespace han {

// How values become SQLite columns and back, in one place so the writer, the reader and the
// tests agree. Pure functions, no SQL.
//
// Measurements are integers in a fixed unit per column (W, var, mA, cV, Wh, varh, 1/1000): small
// integers cost SQLite 1-3 bytes where a REAL costs 8, which is what keeps a year of 10 s
// readings well under 250 MB. A value the unit cannot hold exactly (a meter with a finer
// resolution than any we know) is kept as a REAL in the same unit rather than rounded: the
// history never silently changes what the meter said.
//
// The meter's raw clock is packed into one integer when it is an ordinary stamp (date and time
// specified, deviation 'not specified', as Kamstrup sends it), else stored as its 12 bytes.
class HistoryCodec
{
public:
    // Column units, as multipliers from SI base units.
    static constexpr double kWatts = 1.0;        // W, var, Wh, varh
    static constexpr double kMilliamps = 1000.0; // CT meters send mA (PROTOCOL.md §10.7)
    static constexpr double kCentivolts = 100.0; // some Danish meters send 0.01 V
    static constexpr double kPermille = 1000.0;  // power factors (Danish lists send 0.01)

    // Null for an absent value; an integer when value * scale is exact; else a REAL.
    static QVariant toColumn(const std::optional<double>& value, double scale);
    static std::optional<double> fromColumn(const QVariant& column, double scale);

    static QVariant packClock(const std::optional<CosemDateTime>& clock);
    static std::optional<CosemDateTime> unpackClock(const QVariant& column);

    // The integer form: bits 63..16 the wall clock in seconds since 1970-01-01T00:00 (read as
    // if it were UTC; no zone is applied), bits 15..9 the hundredths (100 = not specified),
    // bit 8 whether the day of week was sent, bits 7..0 the clock status. Six bytes in SQLite
    // until 2038. Empty when the stamp does not fit this form.
    static std::optional<std::int64_t> packClockInteger(const CosemDateTime& clock);
    static CosemDateTime unpackClockInteger(std::int64_t packed);

    // meters.clock_mode: 0 follows DST, 1 standard time, 2 learned. Fixed numbers, not the
    // enum's order, because they are stored. An unknown number reads as the default.
    static int clockModeToColumn(MeterClockResolver::Mode mode);
    static MeterClockResolver::Mode clockModeFromColumn(int column);
};

} // namespace han
