// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QTimeZone>

#include <cstdint>
#include <limits>

namespace han {

class CosemDateTime;

// ISO 8601 text for UTC instants, fast enough for a year of 10 s readings: the zone's offset is
// looked up once per stretch between two of its transitions (QTimeZone lookups cost
// microseconds each), and the calendar arithmetic and the digits are plain integers (no
// printf: the raw export formats three times per row). C locale, always.
// Not thread-safe (it caches); one per export.
class IsoTimeFormatter
{
public:
    // Room the format*() functions need: a year of up to 20 characters, the rest fixed.
    static constexpr int kMaxLength = 64;

    // An invalid zone is treated as UTC.
    explicit IsoTimeFormatter(const QTimeZone& zone);

    // Local wall clock with its offset: "2026-10-25T02:00:00+02:00" (and "+00:00" for an offset
    // of zero, so the column keeps one shape). Milliseconds (".250") only when not zero.
    QByteArray local(std::int64_t utcMs);
    // "2026-10-25T00:00:00Z", milliseconds as for local().
    static QByteArray utc(std::int64_t utcMs);

    // The same texts written to `out` (kMaxLength bytes), for callers that format a row at a
    // time into one buffer; they return the length.
    int formatLocal(std::int64_t utcMs, char* out);
    static int formatUtc(std::int64_t utcMs, char* out);
    // A meter's wall clock exactly as CosemDateTime::toIsoString() writes it
    // ("2026-03-29T02:00:05", unspecified seconds as 00); 0 when that is empty.
    static int formatWallClock(const CosemDateTime& clock, char* out);

    const QTimeZone& zone() const { return m_zone; }

    // The zone's offset from UTC at that instant, in seconds.
    int offsetSeconds(std::int64_t utcMs);

private:
    static int formatDateTime(std::int64_t wallMs, char* out);

    QTimeZone m_zone;
    int m_offset = 0;
    // The cached offset holds for [m_validFrom, m_validTo).
    std::int64_t m_validFrom = std::numeric_limits<std::int64_t>::max();
    std::int64_t m_validTo = std::numeric_limits<std::int64_t>::min();
};

} // namespace han
