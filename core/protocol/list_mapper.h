// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data_notification.h"
#include "frame_error.h"
#include "list_shape.h"
#include "meter_reading.h"
#include "reading_writer.h"
#include "scale_settings.h"

#include <vector>

namespace han {

// Maps a data-notification body to a MeterReading, whatever the make. One pass over the body
// collects its OBIS-coded items and the facts the makes are told apart by (ListShape); then
// the make's mapper writes the reading: KamstrupListMapper, AidonListMapper or
// KaifaListMapper. Makes are recognised by their name and the shape of the body together,
// layouts by content (OBIS codes, item counts), never by the name alone. Null-data items are
// tolerated anywhere; unknown OBIS codes are kept, not errors.
// Holds only caches (interned identifier strings, a reused item list): one mapper per stream.
class ListMapper
{
public:
    void setScaleSettings(const ScaleSettings& settings) { m_scale = settings; }
    const ScaleSettings& scaleSettings() const { return m_scale; }

    // Fills `out` (cleared first) and returns true, or returns false with `error` of kind
    // UnsupportedList (listName set when the list names itself) and `out` cleared.
    bool map(const DataNotification& notification, MeterReading& out, FrameError& error);

private:
    void collect(const CosemTree& body, ListShape& shape);

    ScaleSettings m_scale;
    std::vector<ListItem> m_items;
    ReadingWriter m_writer;
};

} // namespace han
