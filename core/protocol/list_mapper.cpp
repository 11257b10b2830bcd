// SPDX-License-Identifier: GPL-3.0-or-later
#include "list_mapper.h"

#include "aidon_list_mapper.h"
#include "kaifa_list_mapper.h"
#include "kamstrup_list_mapper.h"

#include <cstddef>
#include <cstdint>

namespace han {
namespace {

constexpr std::uint32_t cde(std::uint8_t c, std::uint8_t d, std::uint8_t e)
{
    return Obis::cde(c, d, e);
}

// Items that only the Danish "DLMS push" lists carry (PROTOCOL.md §9.4): their energies are in Wh.
bool isDanishMarker(std::uint32_t code)
{
    switch (code) {
    case cde(0, 0, 1):
    case cde(13, 7, 0):
    case cde(21, 7, 0):
    case cde(41, 7, 0):
    case cde(61, 7, 0):
    case cde(21, 8, 0):
        return true;
    default:
        return false;
    }
}

bool isObisNode(const CosemTree& body, std::size_t index)
{
    const CosemNode& n = body.node(index);
    return n.tag == AxdrTag::OctetString && n.count == 6;
}

bool isPrintable(QByteArrayView text)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E)
            return false;
    return !text.isEmpty();
}

} // namespace

void ListMapper::collect(const CosemTree& body, ListShape& shape)
{
    m_items.clear();
    // The list-version item and the Danish markers are noted here, in the one pass over the
    // body, rather than in further passes over the items.
    // The item is written in place: an item built on the stack and then copied was read back
    // with one 16-byte load after narrower stores, a store-forwarding stall that cost more
    // than the rest of this loop (perf annotate).
    const auto add = [this, &body, &shape](std::size_t obisNode, std::size_t value) -> ListItem& {
        ListItem& item = m_items.emplace_back();
        item.obis = Obis::fromBytes(body.contentData(obisNode));
        item.value = value;
        const std::uint32_t code = item.obis.cde();
        // The first list-version item with text names the list (an empty one does not).
        if (code == cde(0, 2, 129) && shape.versionItem == 0 && body.isText(value) &&
            body.node(value).count != 0)
            shape.versionItem = value;
        shape.danish = shape.danish || isDanishMarker(code);
        return item;
    };
    const std::size_t end = body.size();
    std::size_t pendingObis = 0;
    bool havePending = false;
    for (std::size_t i = CosemTree::firstChild(0); i < end; i = body.nextSibling(i)) {
        const CosemNode& n = body.node(i);
        if (havePending) {
            // The value of a pair; a null here means the meter sent the code without a value.
            if (n.tag != AxdrTag::NullData)
                add(pendingObis, i);
            havePending = false;
            continue;
        }
        if (n.tag == AxdrTag::NullData)
            continue;
        if (n.tag == AxdrTag::Structure && n.count >= 2 && isObisNode(body, i + 1)) {
            // Aidon style: structure {OBIS, value[, {scaler, unit}]}.
            shape.structured = true;
            const std::size_t value = body.nextSibling(i + 1);
            ListItem& item = add(i + 1, value);
            if (n.count >= 3) {
                const std::size_t scaler = body.nextSibling(value);
                if (body.node(scaler).tag == AxdrTag::Structure && body.node(scaler).count == 2)
                    item.scaler = scaler;
            }
            continue;
        }
        if (isObisNode(body, i)) {
            pendingObis = i;
            havePending = true;
            continue;
        }
        if (body.isText(i) && shape.version.isEmpty() && m_items.empty() &&
            isPrintable(body.content(i))) {
            shape.version = body.content(i);
            continue;
        }
        // Anything else is a positional value of a list without OBIS codes (Kaifa NO).
    }
}

bool ListMapper::map(const DataNotification& notification, MeterReading& out, FrameError& error)
{
    const CosemTree& body = notification.body;
    m_writer.begin(out, m_scale);
    error.listName.clear();

    if (body.isEmpty() ||
        (body.node(0).tag != AxdrTag::Structure && body.node(0).tag != AxdrTag::Array)) {
        error.kind = FrameError::Kind::UnsupportedList;
        m_writer.discard();
        return false;
    }

    ListShape shape;
    collect(body, shape);
    // A list may also name itself through the OBIS list-version item 0.2.129 (Aidon, Kaifa SE).
    shape.name = shape.version;
    if (shape.name.isEmpty() && shape.versionItem != 0)
        shape.name = body.content(shape.versionItem);
    const bool hasObisItems = !m_items.empty();

    // Kamstrup first: it is the common case, and its test is one comparison.
    bool mapped = false;
    if (KamstrupListMapper::recognises(shape, hasObisItems)) {
        KamstrupListMapper::map(body, m_items, shape, m_writer);
        mapped = true;
    } else if (AidonListMapper::recognises(shape)) {
        AidonListMapper::map(body, m_items, m_writer);
        mapped = true;
    } else if (KaifaListMapper::recognises(body, shape, hasObisItems)) {
        mapped = KaifaListMapper::map(body, m_items, shape, m_writer);
    }
    if (!mapped) {
        error.kind = FrameError::Kind::UnsupportedList;
        error.listName = shape.name.toByteArray();
        m_writer.discard();
        return false;
    }
    if (!shape.name.isEmpty())
        m_writer.setListVersion(shape.name);
    out.meterTime = notification.dateTime;
    m_writer.end();
    return true;
}

} // namespace han
