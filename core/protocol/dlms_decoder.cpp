// SPDX-License-Identifier: GPL-3.0-or-later
#include "dlms_decoder.h"

#include "axdr_decoder.h"

namespace han {
namespace {

bool fail(FrameError& error, FrameError::Kind kind, std::size_t offset)
{
    error.kind = kind;
    error.apduOffset = kind == FrameError::Kind::Axdr ? static_cast<std::int32_t>(offset) : -1;
    error.listName.clear();
    return false;
}

} // namespace

bool DlmsDecoder::decodeInfo(const std::uint8_t* info, std::size_t size, DataNotification& out,
                             FrameError& error)
{
    // LLC: destination LSAP E6, source LSAP E7 (a response), quality 00.
    const std::size_t llc = llcHeaderSize(info, size);
    return decodeApdu(info + llc, size - llc, out, error);
}

bool DlmsDecoder::decodeApdu(const std::uint8_t* apdu, std::size_t size, DataNotification& out,
                             FrameError& error)
{
    out.clear();
    if (size == 0)
        return fail(error, FrameError::Kind::Apdu, 0);
    if (apdu[0] == kTagGeneralGloCiphering)
        return fail(error, FrameError::Kind::Encrypted, 0);
    if (apdu[0] != kTagDataNotification)
        return fail(error, FrameError::Kind::Apdu, 0);

    std::size_t pos = 1;
    if (size < pos + 4 + 1)
        return fail(error, FrameError::Kind::Axdr, size);
    out.longInvokeIdAndPriority = (std::uint32_t{apdu[1]} << 24) | (std::uint32_t{apdu[2]} << 16) |
                                  (std::uint32_t{apdu[3]} << 8) | apdu[4];
    pos += 4;

    // The optional date-time: 00 (absent), 0C + 12 bytes, or 09 0C + 12 bytes (PROTOCOL.md §4).
    const std::uint8_t first = apdu[pos];
    if (first == 0x00) {
        out.dateTimeEncoding = DataNotification::DateTimeEncoding::Absent;
        ++pos;
    } else if (first == 0x0C) {
        if (size < pos + 1 + 12)
            return fail(error, FrameError::Kind::Axdr, pos);
        out.dateTimeEncoding = DataNotification::DateTimeEncoding::LengthPrefix;
        out.dateTime = CosemDateTime::fromBytes(apdu + pos + 1);
        pos += 1 + 12;
    } else if (first == 0x09 && pos + 1 < size && apdu[pos + 1] == 0x0C) {
        if (size < pos + 2 + 12)
            return fail(error, FrameError::Kind::Axdr, pos);
        out.dateTimeEncoding = DataNotification::DateTimeEncoding::TypedOctets;
        out.dateTime = CosemDateTime::fromBytes(apdu + pos + 2);
        pos += 2 + 12;
    } else {
        return fail(error, FrameError::Kind::Axdr, pos);
    }

    if (pos >= size)
        return fail(error, FrameError::Kind::Axdr, pos);
    if (!AxdrDecoder::decode(apdu, size, pos, out.body))
        return fail(error, FrameError::Kind::Axdr, pos);
    // Trailing bytes after a complete body would mean a length or count we misread.
    if (pos != size)
        return fail(error, FrameError::Kind::Axdr, pos);
    return true;
}

} // namespace han
