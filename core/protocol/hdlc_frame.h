// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace han {

// A checked HDLC frame as the framer hands it out: a view into the framer's buffer, valid only
// during the callback that receives it. Copy what you keep.
struct HdlcFrame
{
    const std::uint8_t* data = nullptr; // from the opening flag to the closing flag, inclusive
    std::size_t size = 0;
    std::int64_t streamOffset = 0; // position of the opening flag in the stream fed so far

    const std::uint8_t* destAddress = nullptr; // 1-4 bytes, the last with LSB = 1
    std::uint8_t destAddressSize = 0;
    const std::uint8_t* srcAddress = nullptr;
    std::uint8_t srcAddressSize = 0;
    std::uint8_t control = 0;

    const std::uint8_t* info = nullptr; // information field: LLC header and APDU
    std::size_t infoSize = 0;
};

} // namespace han
