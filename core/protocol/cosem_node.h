// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "axdr_tag.h"

#include <cstdint>

namespace han {

// One value of an A-XDR tree, stored flat (see CosemTree). Integers keep their bits in `raw`
// (sign-extended for signed types); strings and date-times keep their content in the tree's byte
// store at [offset, offset + count).
struct CosemNode
{
    AxdrTag tag = AxdrTag::NullData;
    // How the count or length was written: 0 = one byte (short form), n = BER long form
    // (0x80 | n followed by n bytes). Kept so the encoder re-creates a frame byte for byte.
    std::uint8_t lengthBytes = 0;
    std::uint32_t count = 0;  // children of an array/structure; bytes of a string; bits of a bit-string
    std::uint32_t offset = 0; // content offset in the byte store
    std::uint32_t span = 1;   // nodes in this subtree, itself included: next sibling = index + span
    std::uint64_t raw = 0;    // integer, enum, boolean and float bits
};

} // namespace han
