// SPDX-License-Identifier: GPL-3.0-or-later
// CRC-16/X.25 (PROTOCOL.md §3): check value, the worked example, the residue over real frames,
// and the slicing-by-8 continuation against a bit-at-a-time reference for every length and split.

#include "crc16.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <random>
#include <vector>

namespace han {
namespace {

// The textbook bitwise CRC-16/X.25, independent of the table-driven implementation.
std::uint16_t referenceCrc(const std::uint8_t* data, std::size_t size)
{
    std::uint16_t crc = 0xFFFF;
    for (std::size_t i = 0; i < size; ++i) {
        crc = static_cast<std::uint16_t>(crc ^ data[i]);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1U) ? static_cast<std::uint16_t>((crc >> 1) ^ 0x8408U)
                             : static_cast<std::uint16_t>(crc >> 1);
    }
    return static_cast<std::uint16_t>(crc ^ 0xFFFFU);
}

std::vector<std::uint8_t> randomBytes(std::size_t size, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> byte(0, 255);
    std::vector<std::uint8_t> out(size);
    for (auto& b : out)
        b = static_cast<std::uint8_t>(byte(rng));
    return out;
}

TEST(Crc16, CheckValue)
{
    const char* text = "123456789";
    EXPECT_EQ(crc16X25(reinterpret_cast<const std::uint8_t*>(text), std::strlen(text)), 0x906E);
}

TEST(Crc16, EmptyInputIsZero)
{
    // init 0xFFFF xor xorout 0xFFFF.
    EXPECT_EQ(crc16X25(nullptr, 0), 0x0000);
    EXPECT_EQ(crc16X25Update(0xFFFF, nullptr, 0), 0xFFFF);
}

TEST(Crc16, WorkedExampleK15Header)
{
    const std::array<std::uint8_t, 5> header{0xA0, 0xE2, 0x2B, 0x21, 0x13};
    EXPECT_EQ(crc16X25(header.data(), header.size()), 0x9A23);
}

TEST(Crc16, MatchesBitwiseReferenceForAllLengthsAndAlignments)
{
    const auto bytes = randomBytes(64, 1234);
    for (std::size_t start = 0; start < 8; ++start) {
        for (std::size_t length = 0; length + start <= 48; ++length) {
            EXPECT_EQ(crc16X25(bytes.data() + start, length),
                      referenceCrc(bytes.data() + start, length))
                << "start " << start << " length " << length;
        }
    }
}

TEST(Crc16, ContinuationEqualsOneShotForEverySplit)
{
    for (std::uint32_t seed : {1U, 2U, 3U}) {
        const auto bytes = randomBytes(40, seed);
        for (std::size_t length = 0; length <= 40; ++length) {
            const std::uint16_t oneShot = crc16X25(bytes.data(), length);
            for (std::size_t split = 0; split <= length; ++split) {
                std::uint16_t state = crc16X25Update(0xFFFF, bytes.data(), split);
                state = crc16X25Update(state, bytes.data() + split, length - split);
                EXPECT_EQ(static_cast<std::uint16_t>(state ^ 0xFFFFU), oneShot)
                    << "seed " << seed << " length " << length << " split " << split;
            }
        }
    }
}

TEST(Crc16, ContinuationOverThreePiecesAndSingleBytes)
{
    const auto bytes = randomBytes(40, 99);
    for (std::size_t length = 0; length <= 40; ++length) {
        const std::uint16_t oneShot = crc16X25(bytes.data(), length);
        for (std::size_t a = 0; a <= length; ++a) {
            for (std::size_t b = a; b <= length; ++b) {
                std::uint16_t state = crc16X25Update(0xFFFF, bytes.data(), a);
                state = crc16X25Update(state, bytes.data() + a, b - a);
                state = crc16X25Update(state, bytes.data() + b, length - b);
                ASSERT_EQ(static_cast<std::uint16_t>(state ^ 0xFFFFU), oneShot)
                    << "length " << length << " splits " << a << "," << b;
            }
        }
        std::uint16_t state = 0xFFFF;
        for (std::size_t i = 0; i < length; ++i)
            state = crc16X25Update(state, bytes.data() + i, 1);
        EXPECT_EQ(static_cast<std::uint16_t>(state ^ 0xFFFFU), oneShot) << "length " << length;
    }
}

TEST(Crc16, RealFramesCarryTheirHcsAndFcs)
{
    const auto frames = test::loadFrames(QStringLiteral("kamstrup/frames.txt"));
    ASSERT_FALSE(frames.empty());
    int checked = 0;
    for (const auto& frame : frames) {
        if (!frame.isWholeFrame())
            continue;
        const auto* p = test::u8(frame.bytes);
        const std::size_t size = test::usize(frame.bytes);
        // One-byte addresses in every Kamstrup frame: HCS over format, addresses, control.
        const auto hcs = static_cast<std::uint16_t>(p[6] | (p[7] << 8));
        EXPECT_EQ(crc16X25(p + 1, 5), hcs) << frame.id.toStdString();
        // Residue over everything between the flags, FCS included (RFC 1662: 0xF0B8 before xor).
        const std::uint16_t residue = crc16X25Update(0xFFFF, p + 1, size - 2);
        if (frame.id == QLatin1String("K08"))
            EXPECT_NE(residue, 0xF0B8) << "K08 is published with a bad FCS";
        else
            EXPECT_EQ(residue, 0xF0B8) << frame.id.toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, 13);
}

} // namespace
} // namespace han
