// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_tree.h"

#include <cstddef>
#include <cstdint>

namespace han {

// Decodes one A-XDR "Data" value (IEC 62056-6-2) into a CosemTree. Pure and bounded: nesting is
// limited, and a count is never trusted beyond the bytes that could hold it.
class AxdrDecoder
{
public:
    static constexpr int kMaxDepth = 16;

    // Decodes the value at data[pos] and appends it to `out`. On success `pos` points past it.
    // On failure returns false, `pos` is the offset of the offending byte and `out` is left as
    // it was before the call.
    static bool decode(const std::uint8_t* data, std::size_t size, std::size_t& pos, CosemTree& out);

    // A BER length: one byte < 0x80, or 0x8n followed by n bytes (n = 1..4). Returns false when
    // the bytes run out or the form is not supported; `lengthBytes` gets n (0 for the short form).
    static bool readLength(const std::uint8_t* data, std::size_t size, std::size_t& pos,
                           std::uint32_t& length, std::uint8_t& lengthBytes);

private:
    static bool decodeValue(const std::uint8_t* data, std::size_t size, std::size_t& pos,
                            CosemTree& out, int depth);
};

} // namespace han
