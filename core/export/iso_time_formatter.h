// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QTimeZone>

#include <cstdint>
#include <limits>

namespace han {

// ISO 8601 text for UTC instants, fast enough for a year of 10 s readings: the zone's offset is
// looked up once per stretch between two of its transitions (QTimeZone lookups cost
// microseconds each), and the calendar arithmetic is plain integers. C locale, always.
// Not thread-safe (it caches); one per export.
class IsoTimeFormatter
{
public:
    // An invalid zone is treated as UTC.
    explicit IsoTimeFormatter(const QTimeZone& zone);

    // Local wall clock with its offset: "2026-10-25T02:00:00+02:00" (and "+00:00" for an offset
    // of zero, so the column keeps one shape). Milliseconds (".250") only when not zero.
    QByteArray local(std::int64_t utcMs);
    // "2026-10-25T00:00:00Z", milliseconds as for local().
    static QByteArray utc(std::int64_t utcMs);

    const QTimeZone& zone() const { return m_zone; }

    // The zone's offset from UTC at that instant, in seconds.
    int offsetSeconds(std::int64_t utcMs);

private:
    static void appendDateTime(QByteArray& out, std::int64_t wallMs);

    QTimeZone m_zone;
    int m_offset = 0;
    // The cached offset holds for [m_validFrom, m_validTo).
    std::int64_t m_validFrom = std::numeric_limits<std::int64_t>::max();
    std::int64_t m_validTo = std::numeric_limits<std::int64_t>::min();
};

} // namespace han
