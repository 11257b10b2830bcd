// SPDX-License-Identifier: GPL-3.0-or-later
#include "kamstrup_list_mapper.h"

#include "list_name.h"

namespace han {
namespace {

// Norway's data sheet: W, 0.01 A, V, 10 Wh (PROTOCOL.md §7).
constexpr ListUnits kNorwegian{0, -2, 0, 1, -2, true};
// Denmark's "DLMS push" lists: the same, but energies in Wh (PROTOCOL.md §9.4).
constexpr ListUnits kDanish{0, -2, 0, 0, -2, true};

} // namespace

bool KamstrupListMapper::recognises(const ListShape& shape, bool hasObisItems)
{
    if (shape.name.isEmpty())
        return hasObisItems && !shape.structured;
    return ListName::startsWith(shape.name, "Kamstrup");
}

void KamstrupListMapper::map(const CosemTree& body, const std::vector<ListItem>& items,
                             const ListShape& shape, ReadingWriter& writer)
{
    writer.writeItems(body, items, shape.danish ? kDanish : kNorwegian);
}

} // namespace han
