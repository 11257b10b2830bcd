// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_date_time.h"
#include "simulator_settings.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdint>

namespace han {

// The simulated meter's wall clock: Europe/Oslo with DST, or UTC+1 all year, and the date-time
// stamps each make writes from it (PROTOCOL.md §4):
//   Kamstrup: hundredths 0xFF, deviation unspecified, status 0x80 while DST is on;
//   Aidon: hundredths 0xFF, deviation 0 (it claims UTC for local time), status 0, and day of
//     week 0 on Sundays (vectors A05-A07);
//   Kaifa: hundredths 0xFF, deviation unspecified, status 0 all year.
class SimulatorClock
{
public:
    struct ZoneOffset
    {
        std::int64_t hour = -1; // UTC hour number this applies to
        int osloSeconds = 3600;
        bool osloDst = false;
    };

    explicit SimulatorClock(SimulatorSettings::ClockMode mode);

    // Norwegian time at a UTC instant (what the house lives by), looked up once per hour.
    const ZoneOffset& osloAt(std::int64_t utcMs);
    // The stamp the meter of `make` writes at a UTC instant.
    CosemDateTime stamp(std::int64_t utcMs, SimulatorSettings::Make make);
    // The meter's wall clock for a UTC instant, per the clock mode (a QDateTime in that zone).
    QDateTime wallClock(const QDateTime& utc) const;

    static constexpr int kStandardTimeOffset = 3600; // UTC+1

private:
    SimulatorSettings::ClockMode m_mode;
    QTimeZone m_oslo;
    ZoneOffset m_zone;
};

} // namespace han
