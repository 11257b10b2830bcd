// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data_notification.h"
#include "meter_reading.h"

namespace han {

// Turns a MeterReading into a data-notification in the Norwegian Kamstrup_V0001 layout: the bare
// list-version string, then (OBIS, value) pairs with the data sheet's scaling. A reading with
// registers becomes a List 2 (0x23 items for three phases), otherwise a List 1 (0x19).
class KamstrupListEncoder
{
public:
    // What real single-phase meters do with the L2/L3 items (PROTOCOL.md §10.6).
    enum class MissingItems {
        NullPadded, // "00 00" where the pair would be, keeping 0x19/0x23 items (NO meters)
        Omitted,    // the pairs are left out (the Kamstrup spec's example 3)
    };

    struct Options
    {
        DataNotification::DateTimeEncoding dateTimeEncoding =
            DataNotification::DateTimeEncoding::LengthPrefix; // new firmware
        MissingItems missingItems = MissingItems::NullPadded;
    };

    static DataNotification encode(const MeterReading& reading, const Options& options);
    static DataNotification encode(const MeterReading& reading) { return encode(reading, Options{}); }
};

} // namespace han
