// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_tree.h"
#include "list_shape.h"
#include "list_units.h"
#include "meter_reading.h"
#include "scale_settings.h"
#include "string_interner.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace han {

// Writes one list's values into a MeterReading for the per-make list mappers: identifiers
// through a bounded table of interned strings (decoding a frame allocates nothing), numbers as
// raw × 10^(exponent + the ScaleSettings shift of their quantity), OBIS items nobody maps kept
// as unknown items. One per ListMapper; a list is written between begin() and end().
class ReadingWriter
{
public:
    // Starts a list: `out` is cleared, but keeps its identifier strings, since the next list
    // nearly always carries the same ones and re-setting a shared string costs nothing.
    void begin(MeterReading& out, const ScaleSettings& scale);
    // Ends a list: empties the identifiers it did not set.
    void end();
    // Ends a list that did not map: nothing of it, nor of the previous one, stays.
    void discard();

    MeterReading& reading() { return *m_out; }

    void setListVersion(QByteArrayView name);
    // Text, or an integer written in decimal (the Danish "meter number", PROTOCOL.md §9.4).
    bool setMeterId(const CosemTree& body, std::size_t node);
    bool setMeterType(const CosemTree& body, std::size_t node);
    // A 12-byte COSEM date-time sent as an octet-string (or as a date-time value).
    bool setMeterClock(const CosemTree& body, std::size_t node);
    // raw × 10^(exponent + shift), when the node is an integer.
    static bool setScaled(std::optional<double>& field, const CosemTree& body, std::size_t node,
                          int exponent, int shift);

    // Every item by its OBIS code C.D.E, with the exponents of `units` unless the item carries
    // its own scaler; codes nobody maps, and values of the wrong type, become unknown items.
    void writeItems(const CosemTree& body, const std::vector<ListItem>& items,
                    const ListUnits& units);

    const ScaleSettings& scale() const { return m_scale; }

private:
    enum TextField : unsigned
    {
        kListVersion = 1U,
        kMeterId = 2U,
        kMeterType = 4U
    };

    void writeItem(const CosemTree& body, const ListItem& item, const ListUnits& units);
    void setText(QString& field, TextField which, const QString& value);
    bool setIdentifier(QString& field, TextField which, const CosemTree& body, std::size_t node);
    void addUnknown(const CosemTree& body, const Obis& obis, std::size_t node);

    MeterReading* m_out = nullptr;
    ScaleSettings m_scale;
    StringInterner m_strings;
    unsigned m_textSet = 0; // TextField bits set by the list being written
};

} // namespace han
