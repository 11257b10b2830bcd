// SPDX-License-Identifier: GPL-3.0-or-later
#include "meter_clock_resolver.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace han {
namespace {

constexpr std::int64_t kSecondMs = 1000;
constexpr std::int64_t kQuarterHourMs = 15 * 60 * kSecondMs;
constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kJulianDayOfEpoch = 2440588;
// Norway's standard offset, used only when the zone has no data (no tzdata on the system), so
// FollowsDst degrades to standard time instead of to UTC.
constexpr int kFallbackStandardSeconds = 3600;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Round half away from zero to a multiple of `step`.
std::int64_t roundTo(std::int64_t value, std::int64_t step)
{
    const std::int64_t half = step / 2;
    return (value >= 0 ? floorDiv(value + half, step) : -floorDiv(-value + half, step)) * step;
}

} // namespace

MeterClockResolver::MeterClockResolver() : MeterClockResolver(Settings{}) {}

MeterClockResolver::MeterClockResolver(const Settings& settings) : m_settings(settings)
{
    m_settings.learnSamples = std::max(1, m_settings.learnSamples);
}

const char* MeterClockResolver::modeName(Mode mode)
{
    switch (mode) {
    case Mode::FollowsDst:
        return "dst";
    case Mode::StandardTime:
        return "standard";
    case Mode::Learned:
        return "learned";
    }
    return "dst";
}

std::optional<MeterClockResolver::Mode> MeterClockResolver::modeFromName(const QString& name)
{
    for (Mode mode : {Mode::FollowsDst, Mode::StandardTime, Mode::Learned}) {
        if (name == QLatin1String(modeName(mode)))
            return mode;
    }
    return std::nullopt;
}

std::optional<std::int64_t> MeterClockResolver::wallClockMs(const CosemDateTime& t)
{
    if (!t.isValidDateTime())
        return std::nullopt;
    const std::int64_t days = QDate(t.year(), t.month(), t.day()).toJulianDay() - kJulianDayOfEpoch;
    const int second = t.second() == CosemDateTime::kUnspecified ? 0 : t.second();
    const int hundredths = t.hundredths() > 99 ? 0 : t.hundredths();
    return days * kDayMs + ((t.hour() * 60 + t.minute()) * 60 + second) * kSecondMs +
           hundredths * 10;
}

int MeterClockResolver::offsetAtUtc(std::int64_t utcMs) const
{
    return m_settings.zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
}

MeterClockResolver::ZoneOffsets MeterClockResolver::computeOffsets(std::int64_t wallMs) const
{
    ZoneOffsets z;
    if (!m_settings.zone.isValid()) {
        z.count = 1;
        z.offsets[0] = z.before = z.standard = kFallbackStandardSeconds;
        return z;
    }
    // A wall-clock instant lies within 14 h of its UTC instant, and zones change their offset at
    // most a few times a year, so the offsets in force a day either side are the only candidates;
    // a candidate is real when the zone agrees at the UTC instant it gives.
    z.before = offsetAtUtc(wallMs - kDayMs);
    const int after = offsetAtUtc(wallMs + kDayMs);
    z.standard = m_settings.zone.standardTimeOffset(
        QDateTime::fromMSecsSinceEpoch(wallMs - std::int64_t{z.before} * kSecondMs, Qt::UTC));
    for (int candidate : {z.before, after}) {
        if (z.count == 1 && z.offsets[0] == candidate)
            continue;
        if (offsetAtUtc(wallMs - std::int64_t{candidate} * kSecondMs) == candidate)
            z.offsets[static_cast<std::size_t>(z.count++)] = candidate;
    }
    if (z.count == 2 && z.offsets[0] < z.offsets[1])
        std::swap(z.offsets[0], z.offsets[1]);
    return z;
}

const MeterClockResolver::ZoneOffsets& MeterClockResolver::offsetsAt(std::int64_t wallMs)
{
    const std::int64_t hour = floorDiv(wallMs, kHourMs);
    if (hour != m_cachedWallHour) {
        m_cachedWallHour = hour;
        m_cached = computeOffsets(hour * kHourMs);
        const ZoneOffsets last = computeOffsets(hour * kHourMs + kHourMs - 1);
        m_cachedHourUniform = last.count == m_cached.count && last.offsets == m_cached.offsets &&
                              last.before == m_cached.before && last.standard == m_cached.standard;
    }
    if (m_cachedHourUniform)
        return m_cached;
    // A transition inside this wall-clock hour (not Norway's, which fall on the hour).
    m_scratch = computeOffsets(wallMs);
    return m_scratch;
}

std::int64_t MeterClockResolver::followDst(std::int64_t wallMs,
                                           std::optional<std::int64_t> hostUtcMs)
{
    const ZoneOffsets& z = offsetsAt(wallMs);
    if (z.count == 0) // the skipped spring hour: a clock that has not sprung forward yet
        return wallMs - std::int64_t{z.before} * kSecondMs;
    const std::int64_t earlier = wallMs - std::int64_t{z.offsets[0]} * kSecondMs;
    if (z.count == 1)
        return earlier;
    const std::int64_t later = wallMs - std::int64_t{z.offsets[1]} * kSecondMs;
    if (hostUtcMs) {
        // The host decides only when its clock vouches for one of the two readings and agreed
        // with the meter's before. Otherwise (a PC kept an hour off, a simulated meter at x10000)
        // it would put the whole first pass into the second, where the real second pass then
        // collides with it and is lost.
        const std::int64_t toEarlier = std::llabs(earlier - *hostUtcMs);
        const std::int64_t toLater = std::llabs(later - *hostUtcMs);
        if (!m_hostDisagrees && std::min(toEarlier, toLater) <= m_settings.driftToleranceMs)
            return toLater < toEarlier ? later : earlier;
    }
    // Without a host clock (or one not to be trusted), the order of the stream decides: the
    // earlier reading of the repeated hour until the wall clock steps back behind what was
    // already resolved. A last time more than an hour past `later` is not this stream's (a
    // restart after an older capture): it tells nothing about the pass, and the stream then
    // starts with the earlier reading.
    return m_lastUtcMs && earlier < *m_lastUtcMs && *m_lastUtcMs <= later + kHourMs ? later
                                                                                    : earlier;
}

void MeterClockResolver::learn(std::int64_t wallMs, std::int64_t hostUtcMs)
{
    // Meter clocks are set to a zone, and zones are whole quarter hours away from UTC; the
    // rounding absorbs the meter's drift and the frame's transfer time.
    const std::int64_t offsetSeconds = roundTo(wallMs - hostUtcMs, kQuarterHourMs) / kSecondMs;
    if (m_candidateCount > 0 && offsetSeconds == m_candidateOffsetSeconds) {
        ++m_candidateCount;
    } else {
        m_candidateOffsetSeconds = offsetSeconds;
        m_candidateCount = 1;
    }
    if (m_candidateCount >= m_settings.learnSamples)
        m_learnedOffsetSeconds = m_candidateOffsetSeconds;
}

std::optional<MeterClockResolver::Result>
MeterClockResolver::resolve(const CosemDateTime& meterTime, std::optional<std::int64_t> hostUtcMs)
{
    if (meterTime.invalidFlag())
        return std::nullopt;
    const auto wall = wallClockMs(meterTime);
    if (!wall)
        return std::nullopt;

    std::int64_t utcMs = 0;
    if (meterTime.hasDeviation()) {
        // The meter said how its clock relates to UTC: that beats any configured guess.
        utcMs = *wall + std::int64_t{meterTime.deviation()} * 60 * kSecondMs;
    } else {
        switch (m_settings.mode) {
        case Mode::StandardTime:
            utcMs = *wall - std::int64_t{offsetsAt(*wall).standard} * kSecondMs;
            break;
        case Mode::Learned:
            if (!m_learnedOffsetSeconds && hostUtcMs)
                learn(*wall, *hostUtcMs);
            utcMs = m_learnedOffsetSeconds ? *wall - *m_learnedOffsetSeconds * kSecondMs
                                           : followDst(*wall, hostUtcMs);
            break;
        case Mode::FollowsDst:
            utcMs = followDst(*wall, hostUtcMs);
            break;
        }
    }
    m_lastUtcMs = utcMs;

    Result result;
    result.utcMs = utcMs;
    if (hostUtcMs) {
        result.driftMs = utcMs - *hostUtcMs;
        result.drifted = std::llabs(result.driftMs) > m_settings.driftToleranceMs;
        m_hostDisagrees = result.drifted;
    }
    return result;
}

} // namespace han
