// SPDX-License-Identifier: GPL-3.0-or-later
#include "iso_time_formatter.h"

#include "cosem_date_time.h"

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

// Two decimal digits of 0..99.
char* twoDigits(char* p, int value)
{
    p[0] = static_cast<char>('0' + value / 10);
    p[1] = static_cast<char>('0' + value % 10);
    return p + 2;
}

// The year as printf's "%04lld" writes it (zero-padded to four, longer years in full).
int writeYear(char* out, std::int64_t year)
{
    if (year < 0 || year > 9999)
        return std::snprintf(out, 24, "%04lld", static_cast<long long>(year));
    const int y = static_cast<int>(year);
    twoDigits(twoDigits(out, y / 100), y % 100);
    return 4;
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

int IsoTimeFormatter::formatDateTime(std::int64_t wallMs, char* out)
{
    const std::int64_t days = floorDiv(wallMs, kDayMs);
    const std::int64_t msOfDay = wallMs - days * kDayMs;
    std::int64_t year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    const int seconds = static_cast<int>(msOfDay / 1000);
    const int ms = static_cast<int>(msOfDay % 1000);
    char* p = out + writeYear(out, year);
    *p++ = '-';
    p = twoDigits(p, month);
    *p++ = '-';
    p = twoDigits(p, day);
    *p++ = 'T';
    p = twoDigits(p, seconds / 3600);
    *p++ = ':';
    p = twoDigits(p, seconds / 60 % 60);
    *p++ = ':';
    p = twoDigits(p, seconds % 60);
    if (ms != 0) {
        *p++ = '.';
        *p++ = static_cast<char>('0' + ms / 100);
        p = twoDigits(p, ms % 100);
    }
    return static_cast<int>(p - out);
}

int IsoTimeFormatter::formatLocal(std::int64_t utcMs, char* out)
{
    const int offset = offsetSeconds(utcMs);
    char* p = out + formatDateTime(utcMs + std::int64_t{offset} * 1000, out);
    const int minutes = std::abs(offset) / 60; // QTimeZone keeps offsets within +-16 h
    *p++ = offset < 0 ? '-' : '+';
    p = twoDigits(p, minutes / 60);
    *p++ = ':';
    p = twoDigits(p, minutes % 60);
    return static_cast<int>(p - out);
}

int IsoTimeFormatter::formatUtc(std::int64_t utcMs, char* out)
{
    const int n = formatDateTime(utcMs, out);
    out[n] = 'Z';
    return n + 1;
}

int IsoTimeFormatter::formatWallClock(const CosemDateTime& clock, char* out)
{
    if (!clock.isValidDateTime())
        return 0;
    const int second = clock.second() == CosemDateTime::kUnspecified ? 0 : clock.second();
    char* p = out + writeYear(out, clock.year());
    *p++ = '-';
    p = twoDigits(p, clock.month());
    *p++ = '-';
    p = twoDigits(p, clock.day());
    *p++ = 'T';
    p = twoDigits(p, clock.hour());
    *p++ = ':';
    p = twoDigits(p, clock.minute());
    *p++ = ':';
    p = twoDigits(p, second);
    return static_cast<int>(p - out);
}

QByteArray IsoTimeFormatter::local(std::int64_t utcMs)
{
    char text[kMaxLength];
    return QByteArray(text, formatLocal(utcMs, text));
}

QByteArray IsoTimeFormatter::utc(std::int64_t utcMs)
{
    char text[kMaxLength];
    return QByteArray(text, formatUtc(utcMs, text));
}

} // namespace han
