// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data_notification.h"
#include "frame_error.h"
#include "meter_reading.h"
#include "scale_settings.h"

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

    void collect(const CosemTree& body, QByteArrayView& version, bool& structured);
    void apply(const CosemTree& body, const Item& item, Layout layout, MeterReading& out);
    const QString& intern(QByteArrayView bytes, QByteArray& cacheBytes, QString& cacheString);

    ScaleSettings m_scale;
    std::vector<Item> m_items;
    QByteArray m_idBytes, m_typeBytes, m_versionBytes;
    QString m_id, m_type, m_version;
};

} // namespace han
