// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "obis.h"

#include <QByteArrayView>

#include <cstddef>

namespace han {

// One OBIS-coded item of a list body: where its code, value and (Aidon style) scaler-unit
// structure are in the CosemTree.
struct ListItem
{
    Obis obis;
    std::size_t value = 0;  // node index of the value
    std::size_t scaler = 0; // node index of a {scaler, unit} structure, 0 when none
};

// What ListMapper's one pass over a body finds besides the OBIS-coded items: the facts the
// makes are told apart by (PROTOCOL.md §6, §10.10).
struct ListShape
{
    QByteArrayView version;      // a bare text before the first OBIS code (Kamstrup, Kaifa NO)
    std::size_t versionItem = 0; // node of the first named 0.2.129 list-version item, 0 when none
    bool structured = false;     // Aidon-style {OBIS, value[, {scaler, unit}]} structures
    bool danish = false;         // an item only the Danish Kamstrup lists carry

    // The list's name: the bare text, else the list-version item's text (set by ListMapper).
    QByteArrayView name;
};

} // namespace han
