// SPDX-License-Identifier: GPL-3.0-or-later
#include "hdlc_framer.h"

#include "crc16.h"

#include <algorithm>
#include <cstring>

namespace han {
namespace {

constexpr std::uint8_t kFlag = 0x7E;

bool isFrameStart(const std::uint8_t* p) { return p[0] == kFlag && (p[1] & 0xF0) == 0xA0; }

std::uint16_t readLe16(const std::uint8_t* p)
{
    return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}

} // namespace

void HdlcFramer::feed(const std::uint8_t* data, std::size_t size, Sink& sink)
{
    m_stats.bytesFed += size;
    while (size > 0) {
        if (m_end == kCapacity) {
            // Compact: process() leaves less than one frame pending, so this always frees room.
            const std::size_t pending = m_end - m_begin;
            std::memmove(m_buffer.data(), m_buffer.data() + m_begin, pending);
            m_streamBase += static_cast<std::int64_t>(m_begin);
            m_begin = 0;
            m_end = pending;
        }
        const std::size_t take = std::min(size, kCapacity - m_end);
        std::memcpy(m_buffer.data() + m_end, data, take);
        m_end += take;
        data += take;
        size -= take;
        process(sink);
        if (m_begin == m_end) {
            m_streamBase += static_cast<std::int64_t>(m_end);
            m_begin = m_end = 0;
        }
    }
}

void HdlcFramer::finish(Sink& sink)
{
    process(sink);
    // Whatever is left is an incomplete frame or garbage. Report a frame whose header checked
    // out as truncated, then let the hunt run over the rest so nothing after it is missed.
    while (m_begin < m_end) {
        const std::uint8_t* p = m_buffer.data() + m_begin;
        const std::size_t avail = m_end - m_begin;
        Header header;
        if (avail >= 2 && isFrameStart(p) && checkHeader(p, avail, header) == HeaderCheck::Ok) {
            reject(FrameError::Kind::Truncated, p, avail, sink);
            ++m_stats.truncatedFrames;
        }
        skip(1, !(avail >= 1 && p[0] == kFlag && streamOffsetOf(m_begin) == m_lastClosingFlag));
        process(sink);
    }
    m_streamBase += static_cast<std::int64_t>(m_end);
    m_begin = m_end = 0;
}

void HdlcFramer::reset()
{
    m_stats.skippedBytes += m_end - m_begin;
    m_streamBase += static_cast<std::int64_t>(m_end);
    m_begin = m_end = 0;
    m_lastClosingFlag = -1;
}

void HdlcFramer::skip(std::size_t count, bool counted)
{
    m_begin += count;
    if (counted)
        m_stats.skippedBytes += count;
}

void HdlcFramer::reject(FrameError::Kind kind, const std::uint8_t* p, std::size_t size, Sink& sink)
{
    FrameError error;
    error.kind = kind;
    error.streamOffset = streamOffsetOf(static_cast<std::size_t>(p - m_buffer.data()));
    error.bytes = QByteArray(reinterpret_cast<const char*>(p), static_cast<qsizetype>(size));
    sink.frameRejected(error);
}

HdlcFramer::HeaderCheck HdlcFramer::checkHeader(const std::uint8_t* p, std::size_t avail,
                                                Header& header) const
{
    // p[0] is the opening flag, p[1..2] the format field.
    if (avail < 3)
        return HeaderCheck::NeedMore;
    header.length = static_cast<std::size_t>(((p[1] & 0x07) << 8) | p[2]);
    if (header.length < kMinFrameLength)
        return HeaderCheck::NotAFrame;
    // Addresses: 1-4 bytes each, the last with LSB = 1. Do not hard-code them (PROTOCOL.md §2).
    std::size_t i = 3;
    for (std::size_t* size : {&header.destSize, &header.srcSize}) {
        *size = 0;
        for (;;) {
            if (i >= avail)
                return HeaderCheck::NeedMore;
            ++*size;
            if (p[i++] & 0x01)
                break;
            if (*size == kMaxAddressSize)
                return HeaderCheck::NotAFrame;
        }
    }
    // i now indexes the control byte; HCS follows it. The header must leave room for the FCS.
    const std::size_t hcsAt = i + 1;
    if (hcsAt + 2 + 2 > header.length + 1)
        return HeaderCheck::NotAFrame;
    if (hcsAt + 2 > avail)
        return HeaderCheck::NeedMore;
    if (crc16X25(p + 1, hcsAt - 1) != readLe16(p + hcsAt))
        return HeaderCheck::BadHcs;
    header.infoOffset = hcsAt + 2;
    return HeaderCheck::Ok;
}

HdlcFramer::InnerHeader HdlcFramer::findHeaderInside(const std::uint8_t* p, std::size_t from,
                                                     std::size_t to, std::size_t avail) const
{
    // A header near the end of the span has its HCS beyond it. Until those bytes are here the
    // answer is "need more", never "no header": otherwise where a read happened to end would
    // decide between a truncated frame and a damaged flag.
    for (std::size_t j = from; j <= to; ++j) {
        if (p[j] != kFlag)
            continue;
        if (j + 1 >= avail)
            return InnerHeader::NeedMore;
        if (!isFrameStart(p + j))
            continue;
        Header inner;
        switch (checkHeader(p + j, avail - j, inner)) {
        case HeaderCheck::Ok:
            return InnerHeader::Found;
        case HeaderCheck::NeedMore:
            return InnerHeader::NeedMore;
        case HeaderCheck::NotAFrame:
        case HeaderCheck::BadHcs:
            break;
        }
    }
    return InnerHeader::NotFound;
}

void HdlcFramer::process(Sink& sink)
{
    while (m_begin < m_end) {
        const std::uint8_t* p = m_buffer.data() + m_begin;
        const std::size_t avail = m_end - m_begin;

        if (p[0] != kFlag) {
            const void* flag = std::memchr(p, kFlag, avail);
            skip(flag ? static_cast<std::size_t>(static_cast<const std::uint8_t*>(flag) - p) : avail,
                 true);
            continue;
        }
        if (avail < 2)
            return;
        const bool isLastClosingFlag = streamOffsetOf(m_begin) == m_lastClosingFlag;
        if ((p[1] & 0xF0) != 0xA0) {
            // A flag that opens no frame: idle fill between frames (7E 7E, or the closing flag
            // of the last frame) is normal; any other is garbage.
            skip(1, !(p[1] == kFlag || isLastClosingFlag));
            continue;
        }

        Header header;
        switch (checkHeader(p, avail, header)) {
        case HeaderCheck::NeedMore:
            return;
        case HeaderCheck::NotAFrame:
            skip(1, !isLastClosingFlag);
            continue;
        case HeaderCheck::BadHcs:
            reject(FrameError::Kind::Hcs, p, std::min(avail, header.infoOffset ? header.infoOffset : std::size_t{16}), sink);
            ++m_stats.hcsErrors;
            skip(1, !isLastClosingFlag);
            continue;
        case HeaderCheck::Ok:
            break;
        }

        const std::size_t frameSize = header.length + 2;
        if (avail < frameSize)
            return;
        const bool flagOk = p[header.length + 1] == kFlag;
        const bool fcsOk =
            flagOk && crc16X25(p + 1, header.length - 2) == readLe16(p + header.length - 1);
        if (!flagOk) {
            // A frame cut short shows as the next frame's header inside this one's span.
            const InnerHeader inner = findHeaderInside(p, 1, header.length + 1, avail);
            if (inner == InnerHeader::NeedMore)
                return; // finish() reports it as truncated if the stream ends here
            if (inner == InnerHeader::Found) {
                reject(FrameError::Kind::Truncated, p, frameSize, sink);
                ++m_stats.truncatedFrames;
            } else {
                reject(FrameError::Kind::Flag, p, frameSize, sink);
                ++m_stats.flagErrors;
            }
            skip(1, !isLastClosingFlag);
            continue;
        }
        if (!fcsOk) {
            // The closing flag is where the length says: a whole frame with damaged content.
            reject(FrameError::Kind::Fcs, p, frameSize, sink);
            ++m_stats.fcsErrors;
            skip(1, !isLastClosingFlag);
            continue;
        }

        HdlcFrame frame;
        frame.data = p;
        frame.size = frameSize;
        frame.streamOffset = streamOffsetOf(m_begin);
        frame.destAddress = p + 3;
        frame.destAddressSize = static_cast<std::uint8_t>(header.destSize);
        frame.srcAddress = p + 3 + header.destSize;
        frame.srcAddressSize = static_cast<std::uint8_t>(header.srcSize);
        frame.control = p[3 + header.destSize + header.srcSize];
        frame.info = p + header.infoOffset;
        frame.infoSize = header.length - 2 - (header.infoOffset - 1);
        ++m_stats.goodFrames;
        // Keep the closing flag: it may be shared as the next frame's opening flag.
        m_lastClosingFlag = streamOffsetOf(m_begin + header.length + 1);
        m_begin += header.length + 1;
        sink.frameReceived(frame);
    }
}

} // namespace han
