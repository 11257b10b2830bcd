// SPDX-License-Identifier: GPL-3.0-or-later
#include "cosem_date_time.h"

namespace han {

CosemDateTime CosemDateTime::fromBytes(const std::uint8_t* b)
{
    CosemDateTime t;
    t.m_year = static_cast<std::uint16_t>((b[0] << 8) | b[1]);
    t.m_month = b[2];
    t.m_day = b[3];
    t.m_dayOfWeek = b[4];
    t.m_hour = b[5];
    t.m_minute = b[6];
    t.m_second = b[7];
    t.m_hundredths = b[8];
    t.m_deviation = static_cast<std::int16_t>(static_cast<std::uint16_t>((b[9] << 8) | b[10]));
    t.m_clockStatus = b[11];
    return t;
}

CosemDateTime CosemDateTime::fromLocal(const QDateTime& wallClock, std::uint8_t clockStatus)
{
    const QDate date = wallClock.date();
    const QTime time = wallClock.time();
    CosemDateTime t;
    t.m_year = static_cast<std::uint16_t>(date.year());
    t.m_month = static_cast<std::uint8_t>(date.month());
    t.m_day = static_cast<std::uint8_t>(date.day());
    t.m_dayOfWeek = static_cast<std::uint8_t>(date.dayOfWeek());
    t.m_hour = static_cast<std::uint8_t>(time.hour());
    t.m_minute = static_cast<std::uint8_t>(time.minute());
    t.m_second = static_cast<std::uint8_t>(time.second());
    t.m_hundredths = kUnspecified;
    t.m_deviation = kDeviationUnspecified;
    t.m_clockStatus = clockStatus;
    return t;
}

std::array<std::uint8_t, 12> CosemDateTime::toBytes() const
{
    const auto deviation = static_cast<std::uint16_t>(m_deviation);
    return {static_cast<std::uint8_t>(m_year >> 8),
            static_cast<std::uint8_t>(m_year & 0xFF),
            m_month,
            m_day,
            m_dayOfWeek,
            m_hour,
            m_minute,
            m_second,
            m_hundredths,
            static_cast<std::uint8_t>(deviation >> 8),
            static_cast<std::uint8_t>(deviation & 0xFF),
            m_clockStatus};
}

bool CosemDateTime::isValidDateTime() const
{
    if (m_year == kYearUnspecified || m_month < 1 || m_month > 12 || m_day < 1 || m_day > 31 ||
        m_hour > 23 || m_minute > 59)
        return false;
    if (m_second != kUnspecified && m_second > 59)
        return false;
    return QDate(m_year, m_month, m_day).isValid();
}

std::optional<QDateTime> CosemDateTime::toNaiveDateTime() const
{
    if (!isValidDateTime())
        return std::nullopt;
    const int second = m_second == kUnspecified ? 0 : m_second;
    const int msec = (m_hundredths == kUnspecified || m_hundredths > 99) ? 0 : m_hundredths * 10;
    // UTC is used as a zone-free carrier: the fields are the wall clock, nothing is converted.
    return QDateTime(QDate(m_year, m_month, m_day), QTime(m_hour, m_minute, second, msec),
                     Qt::UTC);
}

QString CosemDateTime::toIsoString() const
{
    if (!isValidDateTime())
        return {};
    const int second = m_second == kUnspecified ? 0 : m_second;
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d", m_year, m_month, m_day, m_hour,
                             m_minute, second);
}

std::optional<QDateTime> CosemDateTime::toUtc(const QTimeZone& zone) const
{
    const auto naive = toNaiveDateTime();
    if (!naive)
        return std::nullopt;
    if (hasDeviation())
        return naive->addSecs(static_cast<qint64>(m_deviation) * 60);
    // The wall clock may fit two instants (the repeated autumn hour). Try the zone's standard and
    // daylight offsets; when both fit, the clock-status DST bit, if the meter set the status,
    // picks one, else the earlier is taken. (MeterClockResolver does better with context.)
    const qint64 wallSecs = naive->toSecsSinceEpoch();
    const int standard = zone.standardTimeOffset(*naive);
    const int daylight = standard + 3600;
    std::optional<QDateTime> fits[2];
    int index = 0;
    for (const int offset : {daylight, standard}) {
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(wallSecs - offset, Qt::UTC)
                                  .addMSecs(naive->time().msec());
        if (zone.offsetFromUtc(utc) == offset)
            fits[index] = utc;
        ++index;
    }
    if (fits[0] && fits[1]) {
        const bool statusKnown = m_clockStatus != kUnspecified;
        return (statusKnown && !daylightSavingFlag()) ? fits[1] : fits[0];
    }
    if (fits[0])
        return fits[0];
    if (fits[1])
        return fits[1];
    // A wall clock in the spring gap does not exist; read it with the offset before the gap.
    QDateTime local(naive->date(), naive->time(), zone);
    if (!local.isValid())
        return std::nullopt;
    return local.toUTC();
}

} // namespace han
