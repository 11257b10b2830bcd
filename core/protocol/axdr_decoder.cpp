// SPDX-License-Identifier: GPL-3.0-or-later
#include "axdr_decoder.h"

namespace han {
namespace {

// HAN lists write every count and length in the short form: that case is tried here, inline,
// before the general (out-of-line) reader.
bool readLengthFast(const std::uint8_t* data, std::size_t size, std::size_t& pos,
                    std::uint32_t& length, std::uint8_t& lengthBytes)
{
    if (pos < size && data[pos] < 0x80) {
        length = data[pos++];
        lengthBytes = 0;
        return true;
    }
    return AxdrDecoder::readLength(data, size, pos, length, lengthBytes);
}

} // namespace

bool AxdrDecoder::readLength(const std::uint8_t* data, std::size_t size, std::size_t& pos,
                             std::uint32_t& length, std::uint8_t& lengthBytes)
{
    if (pos >= size)
        return false;
    const std::uint8_t first = data[pos];
    if (first < 0x80) {
        length = first;
        lengthBytes = 0;
        ++pos;
        return true;
    }
    const std::uint8_t n = first & 0x7F;
    if (n == 0 || n > 4 || pos + 1 + n > size)
        return false;
    std::uint32_t value = 0;
    for (std::uint8_t i = 0; i < n; ++i)
        value = (value << 8) | data[pos + 1 + i];
    length = value;
    lengthBytes = n;
    pos += 1U + n;
    return true;
}

bool AxdrDecoder::decode(const std::uint8_t* data, std::size_t size, std::size_t& pos,
                         CosemTree& out)
{
    const std::size_t nodesBefore = out.size();
    if (decodeValue(data, size, pos, out, 0))
        return true;
    out.truncate(nodesBefore);
    return false;
}

bool AxdrDecoder::decodeValue(const std::uint8_t* data, std::size_t size, std::size_t& pos,
                              CosemTree& out, int depth)
{
    if (pos >= size)
        return false;
    const std::size_t tagPos = pos;
    const std::uint8_t tagByte = data[pos];
    const AxdrTagInfo info = axdrTagInfo(tagByte);
    const auto tag = static_cast<AxdrTag>(tagByte);
    ++pos;

    switch (info.layout) {
    case AxdrTagInfo::Layout::Unknown:
        pos = tagPos;
        return false;
    case AxdrTagInfo::Layout::Empty:
        out.addNull();
        return true;
    case AxdrTagInfo::Layout::Container: {
        std::uint32_t count = 0;
        std::uint8_t lengthBytes = 0;
        // Each element takes at least one byte, so a count larger than what is left is a lie.
        if (depth >= kMaxDepth || !readLengthFast(data, size, pos, count, lengthBytes) ||
            count > size - pos) {
            pos = tagPos;
            return false;
        }
        const std::size_t index = out.openContainer(tag, count, lengthBytes);
        for (std::uint32_t i = 0; i < count; ++i) {
            if (!decodeValue(data, size, pos, out, depth + 1))
                return false;
        }
        out.closeContainer(index);
        return true;
    }
    case AxdrTagInfo::Layout::Counted: {
        std::uint32_t length = 0;
        std::uint8_t lengthBytes = 0;
        if (!readLengthFast(data, size, pos, length, lengthBytes) || length > size - pos) {
            pos = tagPos;
            return false;
        }
        out.addBytes(tag, data + pos, length, lengthBytes);
        pos += length;
        return true;
    }
    case AxdrTagInfo::Layout::Bits: {
        std::uint32_t bits = 0;
        std::uint8_t lengthBytes = 0;
        // 64-bit arithmetic: a bit count near 2^32 must not wrap around to a small byte count.
        if (!readLengthFast(data, size, pos, bits, lengthBytes) ||
            (std::uint64_t{bits} + 7U) / 8U > size - pos) {
            pos = tagPos;
            return false;
        }
        out.addBits(data + pos, bits, lengthBytes);
        pos += static_cast<std::size_t>((std::uint64_t{bits} + 7U) / 8U);
        return true;
    }
    case AxdrTagInfo::Layout::Fixed: {
        if (info.fixedSize > size - pos) {
            pos = tagPos;
            return false;
        }
        if (tag >= AxdrTag::DateTime) {
            out.addBytes(tag, data + pos, info.fixedSize);
        } else {
            std::uint64_t raw = 0;
            for (std::uint8_t i = 0; i < info.fixedSize; ++i)
                raw = (raw << 8) | data[pos + i];
            if (info.isSigned && info.fixedSize < 8) {
                const unsigned shift = 64U - 8U * info.fixedSize;
                raw = static_cast<std::uint64_t>(static_cast<std::int64_t>(raw << shift) >> shift);
            }
            out.addInteger(tag, raw);
        }
        pos += info.fixedSize;
        return true;
    }
    }
    return false;
}

} // namespace han
