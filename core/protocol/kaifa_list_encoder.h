// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data_notification.h"
#include "hdlc_addressing.h"
#include "meter_reading.h"

namespace han {

// Turns a MeterReading into a Norwegian Kaifa list (PROTOCOL.md §6, vectors F01, F10-F12): a
// structure of bare values without OBIS codes, positions fixed, the APDU date-time as `09 0C`.
// Which list it becomes follows from what the reading carries:
//   List 1 (every 2 s): active import power only, nothing else set;
//   List 2 (every 10 s): "KFM_001", meter id and type (octet-strings), four powers (W), currents
//     (mA) and voltages (0.1 V) per phase, all u32; 13 items for three phases, 9 for one;
//   List 3 (hourly, hh:00:10): List 2, the clock and the four energy registers (Wh).
// Positions are fixed, so only whole phases may be missing (single-phase meters, F12).
class KaifaListEncoder
{
public:
    static DataNotification encode(const MeterReading& reading);
    // 0x01 / 0x02 0x01 / 0x10, as the Norwegian Kaifa frames are sent.
    static HdlcAddressing addressing();
};

} // namespace han
