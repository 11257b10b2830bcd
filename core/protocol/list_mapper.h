// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data_notification.h"
#include "frame_error.h"
#include "meter_reading.h"
#include "scale_settings.h"
#include "string_interner.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace han {

// Maps a data-notification body to a MeterReading by OBIS code C.D.E, never by position. The one
// positional item is Kamstrup's list-version string, a bare visible-string before the first OBIS
// pair. Null-data items are tolerated anywhere; unknown OBIS codes are kept, not errors.
// Holds only caches (interned identifier strings, a reused item list): one mapper per stream.
class ListMapper
{
public:
    void setScaleSettings(const ScaleSettings& settings) { m_scale = settings; }
    const ScaleSettings& scaleSettings() const { return m_scale; }

    // Fills `out` (cleared first) and returns true, or returns false with `error` of kind
    // UnsupportedList (listName set when the list names itself).
    bool map(const DataNotification& notification, MeterReading& out, FrameError& error);

private:
    struct Item
    {
        Obis obis;
        std::size_t value = 0;  // node index of the value
        std::size_t scaler = 0; // node index of a scaler-unit structure, 0 when none
    };
    enum class Layout { Kamstrup, KamstrupDanish };

    // The reading's text fields, for knowing which ones a list did not carry.
    enum TextField : unsigned { kListVersion = 1U, kMeterId = 2U, kMeterType = 4U };

    // What one pass over the body finds besides the items.
    struct Scan
    {
        QByteArrayView version;       // the bare visible-string before the first OBIS pair
        std::size_t versionItem = 0;  // node of the first 0.2.129 list-version item, 0 when none
        bool structured = false;      // Aidon-style {OBIS, value} structures
        bool danish = false;          // an item only the Danish lists carry
    };

    void collect(const CosemTree& body, Scan& scan);
    void apply(const CosemTree& body, const Item& item, Layout layout, MeterReading& out);
    void setText(QString& field, TextField which, const QString& value);
    static void resetValues(MeterReading& out);

    ScaleSettings m_scale;
    std::vector<Item> m_items;
    StringInterner m_strings;
    unsigned m_textSet = 0; // TextField bits set by the frame being mapped
};

} // namespace han
