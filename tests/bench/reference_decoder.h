// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace han::bench {

// The ceiling the real pipeline is measured against: the least work that still decodes a HAN
// stream. It finds frames by flag and length field, checks HCS and FCS with the project's own
// crc16X25, and walks each frame's A-XDR body summing its integers; it builds nothing and keeps
// no state between calls (the whole stream is in memory, so nothing is ever split).
class ReferenceDecoder
{
public:
    struct Result
    {
        std::uint64_t frames = 0;     // frames whose HCS, FCS and A-XDR were good
        std::uint64_t rejected = 0;   // frame starts that failed a check
        std::uint64_t integerSum = 0; // every integer of every body, wrapped: proof of work
    };

    static Result decode(const std::uint8_t* data, std::size_t size);
};

} // namespace han::bench
