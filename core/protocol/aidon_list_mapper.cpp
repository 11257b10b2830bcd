// SPDX-License-Identifier: GPL-3.0-or-later
#include "aidon_list_mapper.h"

#include "list_name.h"

namespace han {
namespace {

// Every Aidon register carries its scaler; a number that came without one is taken as sent.
constexpr ListUnits kWithoutScaler{0, 0, 0, 0, 0, false};

} // namespace

bool AidonListMapper::recognises(const ListShape& shape)
{
    return shape.structured && (shape.name.isEmpty() || ListName::startsWith(shape.name, "AIDON"));
}

void AidonListMapper::map(const CosemTree& body, const std::vector<ListItem>& items,
                          ReadingWriter& writer)
{
    writer.writeItems(body, items, kWithoutScaler);
}

} // namespace han
