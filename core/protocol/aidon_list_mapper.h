// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_tree.h"
#include "list_shape.h"
#include "reading_writer.h"

#include <vector>

namespace han {

// Aidon's lists: an array of structures {OBIS, value} for the name, identifiers and clock, and
// {OBIS, value, {scaler, unit}} for registers, with OBIS group B = 0 (PROTOCOL.md §6). Every
// value is scaled by the scaler it came with. The Norwegian lists are named "AIDON_V0001" by a
// 1.1.0.2.129.255 item; List 1 (one structure, power only) and the Swedish 27-item list name
// nothing and are known by their shape. The clock is in the body (0.0.1.0.0.255), the APDU
// date-time is empty.
class AidonListMapper
{
public:
    // A list of {OBIS, value[, {scaler, unit}]} structures named "AIDON…", or not named.
    static bool recognises(const ListShape& shape);
    static void map(const CosemTree& body, const std::vector<ListItem>& items,
                    ReadingWriter& writer);
};

} // namespace han
