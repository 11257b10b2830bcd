// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame_error.h"
#include "hdlc_frame.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace han {

// Finds HDLC frames (format type 3) in a byte stream fed in pieces of any size.
//
// HAN meters do not escape 0x7E/0x7D inside frames (PROTOCOL.md §2), so a frame is delimited by
// its length field and then confirmed by HCS, closing flag and FCS. On any failure exactly one
// byte is dropped and the hunt starts again, so a corrupt length can never swallow the next good
// frame. Memory is a fixed buffer, whatever arrives. Pure code: no I/O, no threads, no QObject.
class HdlcFramer
{
public:
    // Receives what the framer finds. Called from inside feed()/finish(), on the caller's thread.
    class Sink
    {
    public:
        virtual ~Sink() = default;
        virtual void frameReceived(const HdlcFrame& frame) = 0;
        virtual void frameRejected(const FrameError& error) = 0;
    };

    struct Statistics
    {
        std::uint64_t bytesFed = 0;
        std::uint64_t goodFrames = 0;
        std::uint64_t hcsErrors = 0;
        std::uint64_t fcsErrors = 0;
        std::uint64_t flagErrors = 0;
        std::uint64_t truncatedFrames = 0;
        // Bytes that belonged to no good frame, except idle flags between frames.
        std::uint64_t skippedBytes = 0;
    };

    // The format field holds 11 bits of length: the longest frame is 2047 bytes plus two flags.
    static constexpr std::size_t kMaxFrameSize = 0x7FF + 2;
    // Format (2) + one-byte addresses (2) + control (1) + HCS (2) + FCS (2).
    static constexpr std::size_t kMinFrameLength = 9;
    static constexpr std::size_t kMaxAddressSize = 4;

    void feed(const std::uint8_t* data, std::size_t size, Sink& sink);
    // The stream has ended: a frame still incomplete is reported as truncated.
    void finish(Sink& sink);
    // Forgets buffered bytes (e.g. after reopening a port); statistics and offsets continue.
    void reset();

    const Statistics& statistics() const { return m_stats; }
    std::size_t bufferedBytes() const { return m_end - m_begin; }

private:
    enum class HeaderCheck { NeedMore, NotAFrame, BadHcs, Ok };
    enum class InnerHeader { Found, NotFound, NeedMore };
    struct Header
    {
        std::size_t length = 0; // bytes between the flags
        std::size_t destSize = 0;
        std::size_t srcSize = 0;
        std::size_t infoOffset = 0; // from the opening flag
    };

    void process(Sink& sink);
    HeaderCheck checkHeader(const std::uint8_t* p, std::size_t avail, Header& header) const;
    InnerHeader findHeaderInside(const std::uint8_t* p, std::size_t from, std::size_t to,
                                 std::size_t avail) const;
    void reject(FrameError::Kind kind, const std::uint8_t* p, std::size_t size, Sink& sink);
    void skip(std::size_t count, bool counted);
    std::int64_t streamOffsetOf(std::size_t bufferIndex) const { return m_streamBase + static_cast<std::int64_t>(bufferIndex); }

    // Twice the largest frame plus room for a read: enough that a pending partial frame never
    // blocks new bytes from arriving.
    static constexpr std::size_t kCapacity = 8192;
    std::array<std::uint8_t, kCapacity> m_buffer{};
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    std::int64_t m_streamBase = 0; // stream offset of m_buffer[0]
    // Stream offset of the closing flag of the last good frame: it may also open the next frame
    // (a shared flag) and is otherwise dropped without counting it as skipped.
    std::int64_t m_lastClosingFlag = -1;
    Statistics m_stats;
};

} // namespace han
