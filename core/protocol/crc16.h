// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace han {

// CRC-16/X.25 (the HDLC FCS-16 of RFC 1662): poly 0x1021 reflected, init 0xFFFF, xorout 0xFFFF.
// Both the HCS and the FCS of a HAN frame use it. Check value: crc16X25("123456789") == 0x906E.
std::uint16_t crc16X25(const std::uint8_t* data, std::size_t size);

// The same CRC continued over more bytes: pass the value without the final xor
// (start with 0xFFFF) and xor the result with 0xFFFF at the end.
std::uint16_t crc16X25Update(std::uint16_t state, const std::uint8_t* data, std::size_t size);

} // namespace han
