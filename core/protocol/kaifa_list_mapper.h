// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_tree.h"
#include "list_shape.h"
#include "reading_writer.h"

#include <vector>

namespace han {

// Kaifa's lists (PROTOCOL.md §6). Norway: a structure of bare values without OBIS codes, known
// by position: the name "KFM_001", meter id and meter type, then powers, currents and
// voltages, and in the hourly list the clock and the four energy registers (List 2: 13 items,
// 9 on single-phase meters; List 3: 18, or 14). List 1 is one value, the active power, with no
// name at all. Sweden: "KFM_001" by a 1.0.0.2.129.255 item and OBIS/value pairs (group B = 0).
// Both send current in mA, voltage in 0.1 V, power in W and energy in Wh.
class KaifaListMapper
{
public:
    // A list named "KFM…", or a nameless structure of one integer and nothing else.
    static bool recognises(const CosemTree& body, const ListShape& shape, bool hasObisItems);
    // False when a positional list has none of the known lengths, or a value of the wrong type.
    static bool map(const CosemTree& body, const std::vector<ListItem>& items,
                    const ListShape& shape, ReadingWriter& writer);

private:
    static bool mapPositional(const CosemTree& body, ReadingWriter& writer);
};

} // namespace han
