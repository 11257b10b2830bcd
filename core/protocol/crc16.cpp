// SPDX-License-Identifier: GPL-3.0-or-later
#include "crc16.h"

#include <array>

namespace han {
namespace {

// Slicing-by-8 tables: table[0] is the classic byte-wise table, table[k] advances a byte that
// sits k positions further back. Eight bytes per step take the CRC from the largest share of
// decoding time to a small one (docs/PERFORMANCE.md); the tables are 4 KiB and stay in L1.
// The reference decoder of the benchmarks uses this same function, so their ratio stays fair.
using CrcTables = std::array<std::array<std::uint16_t, 256>, 8>;

constexpr CrcTables makeTables()
{
    CrcTables t{};
    for (unsigned i = 0; i < 256; ++i) {
        std::uint16_t crc = static_cast<std::uint16_t>(i);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1U) ? static_cast<std::uint16_t>((crc >> 1) ^ 0x8408U)
                             : static_cast<std::uint16_t>(crc >> 1);
        t[0][i] = crc;
    }
    for (unsigned i = 0; i < 256; ++i)
        for (unsigned k = 1; k < 8; ++k)
            t[k][i] = static_cast<std::uint16_t>((t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xFFU]);
    return t;
}

constexpr CrcTables kTables = makeTables();

} // namespace

std::uint16_t crc16X25Update(std::uint16_t state, const std::uint8_t* data, std::size_t size)
{
    std::uint32_t crc = state;
    while (size >= 8) {
        // The 16-bit state only mixes into the first two bytes; the other six are looked up as
        // they are. Byte-wise loads keep this independent of alignment and endianness.
        crc ^= static_cast<std::uint32_t>(data[0]) | (static_cast<std::uint32_t>(data[1]) << 8);
        crc = kTables[7][crc & 0xFFU] ^ kTables[6][(crc >> 8) & 0xFFU] ^ kTables[5][data[2]] ^
              kTables[4][data[3]] ^ kTables[3][data[4]] ^ kTables[2][data[5]] ^
              kTables[1][data[6]] ^ kTables[0][data[7]];
        data += 8;
        size -= 8;
    }
    while (size-- > 0)
        crc = (crc >> 8) ^ kTables[0][(crc ^ *data++) & 0xFFU];
    return static_cast<std::uint16_t>(crc);
}

std::uint16_t crc16X25(const std::uint8_t* data, std::size_t size)
{
    return static_cast<std::uint16_t>(crc16X25Update(0xFFFF, data, size) ^ 0xFFFFU);
}

} // namespace han
