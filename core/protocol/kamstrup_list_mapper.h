// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_tree.h"
#include "list_shape.h"
#include "reading_writer.h"

#include <vector>

namespace han {

// Kamstrup's lists: a flat structure, the bare name "Kamstrup_V0001", then OBIS/value pairs
// (PROTOCOL.md §6, §7, §9.4). The name is the same for every layout, so the layout comes from
// the content: an item only the Danish "DLMS push" lists carry (the meter number 0.0.1,
// per-phase power or energy, the power factor) means energies in Wh; else the Norwegian
// data sheet's 10 Wh.
class KamstrupListMapper
{
public:
    // A flat OBIS-coded list named "Kamstrup…", or not named at all.
    static bool recognises(const ListShape& shape, bool hasObisItems);
    static void map(const CosemTree& body, const std::vector<ListItem>& items,
                    const ListShape& shape, ReadingWriter& writer);
};

} // namespace han
