// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

#include <array>
#include <cstdint>
#include <optional>

namespace han {

// The 12-byte COSEM date-time (IEC 62056-6-2 §4.1.6.1) exactly as the meter sent it. Fields that
// the meter marks 'not specified' stay so; nothing here guesses a time zone (DESIGN.md, Time).
class CosemDateTime
{
public:
    static constexpr std::uint16_t kYearUnspecified = 0xFFFF;
    static constexpr std::uint8_t kUnspecified = 0xFF;
    static constexpr std::int16_t kDeviationUnspecified = static_cast<std::int16_t>(0x8000);
    static constexpr std::uint8_t kStatusInvalid = 0x01;
    static constexpr std::uint8_t kStatusDaylightSaving = 0x80;

    CosemDateTime() = default;
    static CosemDateTime fromBytes(const std::uint8_t* twelveBytes);
    // A wall-clock time with deviation 'not specified' and hundredths 0xFF, as Kamstrup sends it.
    // The day of week is computed from the date.
    static CosemDateTime fromLocal(const QDateTime& wallClock, std::uint8_t clockStatus = 0);
    std::array<std::uint8_t, 12> toBytes() const;

    std::uint16_t year() const { return m_year; }
    std::uint8_t month() const { return m_month; }
    std::uint8_t day() const { return m_day; }
    std::uint8_t dayOfWeek() const { return m_dayOfWeek; }
    std::uint8_t hour() const { return m_hour; }
    std::uint8_t minute() const { return m_minute; }
    std::uint8_t second() const { return m_second; }
    std::uint8_t hundredths() const { return m_hundredths; }
    std::int16_t deviation() const { return m_deviation; }
    std::uint8_t clockStatus() const { return m_clockStatus; }

    bool hasDeviation() const { return m_deviation != kDeviationUnspecified; }
    bool daylightSavingFlag() const { return m_clockStatus != kUnspecified && (m_clockStatus & kStatusDaylightSaving); }
    bool invalidFlag() const { return m_clockStatus != kUnspecified && (m_clockStatus & kStatusInvalid); }
    // Year, month, day, hour and minute all specified and in range.
    bool isValidDateTime() const;

    // The wall-clock reading "YYYY-MM-DDTHH:MM:SS" (no zone); unspecified seconds print as 00.
    // Empty when the date or time is not usable.
    QString toIsoString() const;
    // The wall-clock reading as a QDateTime without zone semantics (Qt::LocalTime is not used).
    std::optional<QDateTime> toNaiveDateTime() const;
    // UTC: uses the deviation when the meter sent one (local + deviation minutes = UTC), else
    // interprets the wall clock in `zone`.
    std::optional<QDateTime> toUtc(const QTimeZone& zone) const;

    friend bool operator==(const CosemDateTime& l, const CosemDateTime& r) { return l.toBytes() == r.toBytes(); }
    friend bool operator!=(const CosemDateTime& l, const CosemDateTime& r) { return !(l == r); }

private:
    std::uint16_t m_year = kYearUnspecified;
    std::uint8_t m_month = kUnspecified;
    std::uint8_t m_day = kUnspecified;
    std::uint8_t m_dayOfWeek = kUnspecified;
    std::uint8_t m_hour = kUnspecified;
    std::uint8_t m_minute = kUnspecified;
    std::uint8_t m_second = kUnspecified;
    std::uint8_t m_hundredths = kUnspecified;
    std::int16_t m_deviation = kDeviationUnspecified;
    std::uint8_t m_clockStatus = kUnspecified;
};

} // namespace han

Q_DECLARE_METATYPE(han::CosemDateTime)
