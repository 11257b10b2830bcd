// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data_notification.h"
#include "hdlc_addressing.h"
#include "meter_reading.h"

namespace han {

// Turns a MeterReading into the Danish Kamstrup "DLMS push 1" list (PROTOCOL.md §9.4, the item
// order, types and scaling of vector E01): the bare list-version string, then (OBIS, value) pairs
// with the energy registers in Wh, the meter number as a u32, the clock, voltages, currents and
// the per-phase power, power factor and energy. 65 items for three phases. Items the reading does
// not carry are left out, as Danish single-phase meters leave out L2 and L3 (37 items, E08).
class KamstrupDanishListEncoder
{
public:
    static DataNotification encode(const MeterReading& reading);
    // 0x41 / 0x03 / UI, as E01 and the other Danish frames are sent.
    static HdlcAddressing addressing();
};

} // namespace han
