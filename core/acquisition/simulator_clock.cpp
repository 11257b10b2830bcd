// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator_clock.h"

namespace han {
namespace {

constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kJulianDayOfEpoch = 2440588;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

QDateTime utcFromMs(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The EU rule (last Sunday of March to last Sunday of October, 01:00 UTC), for a system without
// time zone data; with data, QTimeZone answers.
bool euSummerTime(std::int64_t utcMs)
{
    const QDate date = QDate::fromJulianDay(floorDiv(utcMs, kDayMs) + kJulianDayOfEpoch);
    const auto lastSunday = [&](int month) {
        QDate d(date.year(), month, 31);
        return d.addDays(-(d.dayOfWeek() % 7));
    };
    const auto switchMs = [](const QDate& d) {
        return (d.toJulianDay() - kJulianDayOfEpoch) * kDayMs + kHourMs;
    };
    return utcMs >= switchMs(lastSunday(3)) && utcMs < switchMs(lastSunday(10));
}

} // namespace

SimulatorClock::SimulatorClock(SimulatorSettings::ClockMode mode)
    : m_mode(mode), m_oslo(QByteArrayLiteral("Europe/Oslo"))
{
}

QDateTime SimulatorClock::wallClock(const QDateTime& utc) const
{
    if (m_mode == SimulatorSettings::ClockMode::StandardTime)
        return utc.toOffsetFromUtc(kStandardTimeOffset);
    if (m_oslo.isValid())
        return utc.toTimeZone(m_oslo);
    return utc.toOffsetFromUtc(euSummerTime(utc.toMSecsSinceEpoch()) ? 2 * 3600 : 3600);
}

const SimulatorClock::ZoneOffset& SimulatorClock::osloAt(std::int64_t utcMs)
{
    // Norway changes its clocks at 01:00 UTC, on an hour boundary: one lookup per hour is exact
    // and keeps QTimeZone out of the per-frame path.
    const std::int64_t hour = floorDiv(utcMs, kHourMs);
    if (hour != m_zone.hour) {
        m_zone.hour = hour;
        if (m_oslo.isValid()) {
            const QDateTime at = utcFromMs(hour * kHourMs);
            m_zone.osloSeconds = m_oslo.offsetFromUtc(at);
            m_zone.osloDst = m_oslo.isDaylightTime(at);
        } else {
            m_zone.osloDst = euSummerTime(hour * kHourMs);
            m_zone.osloSeconds = m_zone.osloDst ? 2 * 3600 : 3600;
        }
    }
    return m_zone;
}

CosemDateTime SimulatorClock::stamp(std::int64_t utcMs, SimulatorSettings::Make make)
{
    const ZoneOffset& oslo = osloAt(utcMs);
    const bool followsDst = m_mode == SimulatorSettings::ClockMode::FollowsDst;
    const int offset = followsDst ? oslo.osloSeconds : kStandardTimeOffset;
    const bool kamstrup = make == SimulatorSettings::Make::KamstrupNorway ||
                          make == SimulatorSettings::Make::KamstrupDenmark;
    const std::uint8_t status = kamstrup && followsDst && oslo.osloDst
                                    ? CosemDateTime::kStatusDaylightSaving
                                    : std::uint8_t{0};
    // A UTC QDateTime serves as a zone-free carrier of the wall-clock fields.
    const CosemDateTime stamp =
        CosemDateTime::fromLocal(utcFromMs(utcMs + std::int64_t{offset} * 1000), status);
    if (make != SimulatorSettings::Make::Aidon)
        return stamp;
    auto bytes = stamp.toBytes();
    if (bytes[4] == 7)
        bytes[4] = 0; // Sunday
    bytes[9] = 0;     // deviation 0
    bytes[10] = 0;
    return CosemDateTime::fromBytes(bytes.data());
}

} // namespace han
