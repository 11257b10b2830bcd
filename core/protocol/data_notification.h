// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_date_time.h"
#include "cosem_tree.h"

#include <cstdint>
#include <optional>

namespace han {

// An xDLMS data-notification APDU (tag 0x0F), as pushed by HAN meters.
struct DataNotification
{
    // How the optional date-time was written; meters differ (PROTOCOL.md §4).
    enum class DateTimeEncoding : std::uint8_t {
        Absent,       // 00: no date-time (Aidon)
        LengthPrefix, // 0C + 12 bytes (Kamstrup, new firmware)
        TypedOctets,  // 09 0C + 12 bytes (Kamstrup old firmware, Kaifa)
    };

    std::uint32_t longInvokeIdAndPriority = 0; // opaque: nothing in a push depends on it
    DateTimeEncoding dateTimeEncoding = DateTimeEncoding::Absent;
    std::optional<CosemDateTime> dateTime;
    CosemTree body;

    void clear()
    {
        longInvokeIdAndPriority = 0;
        dateTimeEncoding = DateTimeEncoding::Absent;
        dateTime.reset();
        body.clear();
    }
};

} // namespace han
