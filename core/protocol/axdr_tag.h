// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace han {

// The A-XDR type tags of the DLMS "Data" CHOICE (IEC 62056-6-2) that a HAN push can carry.
enum class AxdrTag : std::uint8_t {
    NullData = 0x00,
    Array = 0x01,
    Structure = 0x02,
    Boolean = 0x03,
    BitString = 0x04,
    DoubleLong = 0x05,         // i32
    DoubleLongUnsigned = 0x06, // u32
    OctetString = 0x09,
    VisibleString = 0x0A,
    Utf8String = 0x0C,
    Bcd = 0x0D,
    Integer = 0x0F,      // i8
    Long = 0x10,         // i16
    Unsigned = 0x11,     // u8
    LongUnsigned = 0x12, // u16
    Long64 = 0x14,
    Long64Unsigned = 0x15,
    Enum = 0x16,
    Float32 = 0x17,
    Float64 = 0x18,
    DateTime = 0x19, // 12 bytes, no length
    Date = 0x1A,     // 5 bytes
    Time = 0x1B,     // 4 bytes
};

// Properties of a tag: how its content is laid out on the wire.
struct AxdrTagInfo
{
    enum class Layout : std::uint8_t { Unknown, Empty, Container, Fixed, Counted, Bits };
    Layout layout = Layout::Unknown;
    std::uint8_t fixedSize = 0; // bytes of content for Layout::Fixed
    bool isSigned = false;
    bool isFloat = false;
};

constexpr AxdrTagInfo axdrTagInfo(std::uint8_t tag)
{
    using L = AxdrTagInfo::Layout;
    switch (tag) {
    case 0x00: return {L::Empty, 0, false, false};
    case 0x01:
    case 0x02: return {L::Container, 0, false, false};
    case 0x03: return {L::Fixed, 1, false, false};
    case 0x04: return {L::Bits, 0, false, false};
    case 0x05: return {L::Fixed, 4, true, false};
    case 0x06: return {L::Fixed, 4, false, false};
    case 0x09:
    case 0x0A:
    case 0x0C: return {L::Counted, 0, false, false};
    case 0x0D: return {L::Fixed, 1, false, false};
    case 0x0F: return {L::Fixed, 1, true, false};
    case 0x10: return {L::Fixed, 2, true, false};
    case 0x11: return {L::Fixed, 1, false, false};
    case 0x12: return {L::Fixed, 2, false, false};
    case 0x14: return {L::Fixed, 8, true, false};
    case 0x15: return {L::Fixed, 8, false, false};
    case 0x16: return {L::Fixed, 1, false, false};
    case 0x17: return {L::Fixed, 4, false, true};
    case 0x18: return {L::Fixed, 8, false, true};
    case 0x19: return {L::Fixed, 12, false, false};
    case 0x1A: return {L::Fixed, 5, false, false};
    case 0x1B: return {L::Fixed, 4, false, false};
    default: return {};
    }
}

} // namespace han
