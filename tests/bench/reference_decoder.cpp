// SPDX-License-Identifier: GPL-3.0-or-later
#include "reference_decoder.h"

#include "crc16.h"

#include <cstring>

namespace han::bench {
namespace {

constexpr std::uint8_t kFlag = 0x7E;

std::uint16_t readLe16(const std::uint8_t* p)
{
    return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}

// Content bytes of a fixed-size A-XDR type, 0 for any other tag.
std::size_t fixedSize(std::uint8_t tag)
{
    switch (tag) {
    case 0x03: case 0x0D: case 0x0F: case 0x11: case 0x16: return 1;
    case 0x10: case 0x12: return 2;
    case 0x05: case 0x06: case 0x17: case 0x1B: return 4;
    case 0x1A: return 5;
    case 0x14: case 0x15: case 0x18: return 8;
    case 0x19: return 12;
    default: return 0;
    }
}

// Walks one A-XDR value at p[pos]; false on anything malformed. Only short-form lengths: the
// HAN lists never need the long form, and the ceiling should not pay for what is not used.
bool walk(const std::uint8_t* p, std::size_t size, std::size_t& pos, std::uint64_t& sum, int depth)
{
    if (pos >= size || depth > 16)
        return false;
    const std::uint8_t tag = p[pos++];
    switch (tag) {
    case 0x00:
        return true;
    case 0x01:
    case 0x02: {
        if (pos >= size || p[pos] >= 0x80)
            return false;
        const std::size_t count = p[pos++];
        for (std::size_t i = 0; i < count; ++i)
            if (!walk(p, size, pos, sum, depth + 1))
                return false;
        return true;
    }
    case 0x09:
    case 0x0A:
    case 0x0C: {
        if (pos >= size || p[pos] >= 0x80 || p[pos] > size - pos - 1)
            return false;
        pos += 1U + p[pos];
        return true;
    }
    default: {
        const std::size_t n = fixedSize(tag);
        if (n == 0 || n > size - pos)
            return false;
        if (tag < 0x17) { // integers, enum, boolean, bcd: floats and date-times are not summed
            std::uint64_t value = 0;
            for (std::size_t i = 0; i < n; ++i)
                value = (value << 8) | p[pos + i];
            sum += value;
        }
        pos += n;
        return true;
    }
    }
}

// The information field: LLC header, data-notification header, then the body.
bool walkInfo(const std::uint8_t* p, std::size_t size, std::uint64_t& sum)
{
    std::size_t pos = 0;
    if (size >= 3 && p[0] == 0xE6 && p[2] == 0x00)
        pos = 3;
    if (size < pos + 6 || p[pos] != 0x0F)
        return false;
    pos += 5; // tag and long-invoke-id-and-priority
    if (p[pos] == 0x00)
        pos += 1;
    else if (p[pos] == 0x0C)
        pos += 13;
    else if (p[pos] == 0x09 && pos + 1 < size && p[pos + 1] == 0x0C)
        pos += 14;
    else
        return false;
    return walk(p, size, pos, sum, 0) && pos == size;
}

} // namespace

ReferenceDecoder::Result ReferenceDecoder::decode(const std::uint8_t* data, std::size_t size)
{
    Result result;
    std::size_t i = 0;
    while (i + 3 <= size) {
        if (data[i] != kFlag) {
            const void* flag = std::memchr(data + i, kFlag, size - i);
            if (flag == nullptr)
                break;
            i = static_cast<std::size_t>(static_cast<const std::uint8_t*>(flag) - data);
            continue;
        }
        const std::uint8_t* p = data + i;
        const std::size_t length = static_cast<std::size_t>(((p[1] & 0x07) << 8) | p[2]);
        if ((p[1] & 0xF0) != 0xA0 || length < 9 || i + length + 2 > size ||
            p[length + 1] != kFlag) {
            ++i;
            continue;
        }
        // Addresses end with a byte whose low bit is set; the control byte follows, then HCS.
        std::size_t h = 3;
        for (int address = 0; address < 2; ++address) {
            while (h < length && (p[h] & 0x01) == 0)
                ++h;
            ++h;
        }
        const std::size_t hcsAt = h + 1;
        if (hcsAt + 4 > length + 1 || crc16X25(p + 1, hcsAt - 1) != readLe16(p + hcsAt) ||
            crc16X25(p + 1, length - 2) != readLe16(p + length - 1) ||
            !walkInfo(p + hcsAt + 2, length - 2 - (hcsAt + 1), result.integerSum)) {
            ++result.rejected;
            ++i;
            continue;
        }
        ++result.frames;
        i += length + 1; // the closing flag may open the next frame
    }
    return result;
}

} // namespace han::bench
