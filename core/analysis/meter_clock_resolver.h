// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_date_time.h"

#include <QTimeZone>

#include <cstdint>
#include <optional>

namespace han {

// Turns a meter's wall-clock time (sent without an offset) into UTC, per meter. Meters differ:
// some follow daylight saving time, some stay on standard time all year, and the clock-status
// DST bit is not reliable (PROTOCOL.md §4, §10.8), so the mode is a per-meter setting:
//  - FollowsDst: the wall clock of `zone` (Europe/Oslo by default). In the repeated autumn hour
//    the earlier offset is taken until the wall clock steps back, then the later one, so the
//    October hour is two distinct hours, never duplicates.
//  - StandardTime: the zone's standard offset all year (UTC+1 for Norway).
//  - Learned: the meter-minus-host offset rounded to the quarter hour, learned while live.
// It also flags a meter clock that drifts from the host clock by more than a tolerance. One
// resolver per meter; not thread-safe.
class MeterClockResolver
{
public:
    enum class Mode { FollowsDst, StandardTime, Learned };

    struct Settings
    {
        Mode mode = Mode::FollowsDst;
        QTimeZone zone = QTimeZone(QByteArrayLiteral("Europe/Oslo"));
        std::int64_t driftToleranceMs = 5 * 60 * 1000;
    };

    struct Result
    {
        std::int64_t utcMs = 0;
        // |meter - host| beyond the tolerance (only when a host time was given).
        bool drifted = false;
        std::int64_t driftMs = 0; // meter minus host, after resolving
    };

    explicit MeterClockResolver(const Settings& settings = Settings{});

    // `hostUtcMs`: when the frame was received by the host, if known (live data, a timestamped
    // log). Empty for captures without host times: then the configured mode alone decides.
    std::optional<Result> resolve(const CosemDateTime& meterTime,
                                  std::optional<std::int64_t> hostUtcMs = std::nullopt);

    const Settings& settings() const { return m_settings; }
    // The learned offset in seconds (meter wall clock minus UTC), once known.
    std::optional<std::int64_t> learnedOffsetSeconds() const { return m_learnedOffsetSeconds; }
    void setLearnedOffsetSeconds(std::int64_t seconds) { m_learnedOffsetSeconds = seconds; }

    static const char* modeName(Mode mode);                 // "dst", "standard", "learned"
    static std::optional<Mode> modeFromName(const QString& name);

private:
    Settings m_settings;
    std::optional<std::int64_t> m_learnedOffsetSeconds;
    std::optional<std::int64_t> m_lastUtcMs;
};

} // namespace han
