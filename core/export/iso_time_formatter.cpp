// SPDX-License-Identifier: GPL-3.0-or-later
#include "iso_time_formatter.h"

#include <QDateTime>

#include <cstdio>
#include <cstdlib>

namespace han {
namespace {

constexpr std::int64_t kDayMs = 86'400'000;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Days since 1970-01-01 to the proleptic Gregorian date (H. Hinnant, "civil_from_days").
void civilFromDays(std::int64_t days, std::int64_t& year, int& month, int& day)
{
    days += 719'468;
    const std::int64_t era = floorDiv(days, 146'097);
    const std::int64_t dayOfEra = days - era * 146'097;
    const std::int64_t yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t mp = (5 * dayOfYear + 2) / 153;
    day = static_cast<int>(dayOfYear - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
}

} // namespace

IsoTimeFormatter::IsoTimeFormatter(const QTimeZone& zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
}

int IsoTimeFormatter::offsetSeconds(std::int64_t utcMs)
{
    if (utcMs >= m_validFrom && utcMs < m_validTo)
        return m_offset;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    m_offset = m_zone.offsetFromUtc(at);
    // Exports run forward in time: the offset holds from here to the zone's next transition.
    // Going backwards simply looks it up again.
    m_validFrom = utcMs;
    m_validTo = std::numeric_limits<std::int64_t>::max();
    if (m_zone.hasTransitions()) {
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        if (next.atUtc.isValid())
            m_validTo = next.atUtc.toMSecsSinceEpoch();
    }
    return m_offset;
}

void IsoTimeFormatter::appendDateTime(QByteArray& out, std::int64_t wallMs)
{
    const std::int64_t days = floorDiv(wallMs, kDayMs);
    const std::int64_t msOfDay = wallMs - days * kDayMs;
    std::int64_t year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    const int seconds = static_cast<int>(msOfDay / 1000);
    const int ms = static_cast<int>(msOfDay % 1000);
    char text[48];
    int n = std::snprintf(text, sizeof text, "%04lld-%02d-%02dT%02d:%02d:%02d",
                          static_cast<long long>(year), month, day, seconds / 3600,
                          seconds / 60 % 60, seconds % 60);
    if (ms != 0)
        n += std::snprintf(text + n, sizeof text - static_cast<std::size_t>(n), ".%03d", ms);
    out.append(text, n);
}

QByteArray IsoTimeFormatter::local(std::int64_t utcMs)
{
    const int offset = offsetSeconds(utcMs);
    QByteArray out;
    out.reserve(32);
    appendDateTime(out, utcMs + std::int64_t{offset} * 1000);
    const int minutes = std::abs(offset) / 60;
    char zone[8];
    const int n = std::snprintf(zone, sizeof zone, "%c%02d:%02d", offset < 0 ? '-' : '+',
                                minutes / 60, minutes % 60);
    out.append(zone, n);
    return out;
}

QByteArray IsoTimeFormatter::utc(std::int64_t utcMs)
{
    QByteArray out;
    out.reserve(28);
    appendDateTime(out, utcMs);
    out.append('Z');
    return out;
}

} // namespace han
