// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data_notification.h"
#include "hdlc_addressing.h"
#include "meter_reading.h"

namespace han {

// Turns a MeterReading into a Norwegian Aidon list (PROTOCOL.md §6, vectors A08-A10): an array of
// {OBIS, value} and {OBIS, value, {scaler, unit}} structures with OBIS group B = 0, no date-time
// in the APDU (`00`) and the clock 0.0.1.0.0.255 in the hourly list's body. Which list it becomes
// follows from what the reading carries, item for item as the real lists:
//   List 1 (every 2.5 s): active import power only, nothing else set;
//   List 2 (every 10 s): list id, meter id and type, four powers, currents (0.1 A, i16) and
//     voltages (0.1 V) per phase; 13 items for three phases, 9 for one;
//   List 3 (hourly): List 2, the clock and the four energy registers (10 Wh).
// Items the reading does not carry are left out (a single-phase meter's L2 and L3).
class AidonListEncoder
{
public:
    static DataNotification encode(const MeterReading& reading);
    // 0x41 / 0x08 0x83 / UI, as the Aidon frames are sent.
    static HdlcAddressing addressing();
};

} // namespace han
