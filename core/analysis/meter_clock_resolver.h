// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_date_time.h"

#include <QString>
#include <QTimeZone>

#include <array>
#include <cstdint>
#include <optional>

namespace han {

// Turns a meter's wall-clock time (sent without an offset) into UTC, per meter. Meters differ:
// some follow daylight saving time, some stay on standard time all year, and the clock-status
// DST bit is not reliable (PROTOCOL.md §4, §10.8), so the mode is a per-meter setting:
//  - FollowsDst: the wall clock of `zone` (Europe/Oslo by default). In the repeated autumn hour
//    the earlier offset is taken until the wall clock steps back behind the last time resolved
//    (or seeded, setLastUtcMs), then the later one, so the October hour is two distinct hours,
//    never duplicates. A last time more than an hour past the later reading (an older capture
//    imported into a history that goes on beyond it) says nothing about the pass: the earlier
//    offset then. With a host time within the drift tolerance of one reading, that reading
//    wins instead, unless the host's clock disagreed with the meter's on the reading before (a
//    PC an hour off would otherwise move the whole first pass into the second). A wall time in the
//    skipped spring hour (only a misconfigured meter sends one) is read with the offset before
//    the change, i.e. as a clock that has not sprung forward yet.
//  - StandardTime: the zone's standard offset all year (UTC+1 for Norway).
//  - Learned: the meter-minus-host offset rounded to the quarter hour, learned while live from
//    `learnSamples` consecutive samples that agree; until then as FollowsDst.
// A date-time whose deviation the meter did send (not 0x8000) is resolved by that deviation
// (UTC = wall clock + deviation minutes, PROTOCOL.md §4) whatever the mode. The DST bit is never
// used. An unspecified or out-of-range date, or a clock the meter marks invalid (status bit 0,
// e.g. a clock never set), gives no time at all.
// It also flags a meter clock that drifts from the host clock by more than a tolerance. One
// resolver per meter, fed in time order (List 1 and List 2 stamps alike); not thread-safe.
class MeterClockResolver
{
public:
    enum class Mode
    {
        FollowsDst,
        StandardTime,
        Learned
    };

    struct Settings
    {
        Mode mode = Mode::FollowsDst;
        QTimeZone zone = QTimeZone(QByteArrayLiteral("Europe/Oslo"));
        std::int64_t driftToleranceMs = 5 * 60 * 1000;
        // Learned mode: how many consecutive host-timed samples must agree on the offset.
        int learnSamples = 3;
    };

    struct Result
    {
        std::int64_t utcMs = 0;
        // |meter - host| beyond the tolerance (only when a host time was given).
        bool drifted = false;
        std::int64_t driftMs = 0; // meter minus host, after resolving
    };

    // (Two constructors: a default argument `Settings{}` cannot use the member initializers of a
    // nested struct before the enclosing class is complete.)
    MeterClockResolver();
    explicit MeterClockResolver(const Settings& settings);

    // `hostUtcMs`: when the frame was received by the host, if known (live data, a timestamped
    // log). Empty for captures without host times: then the configured mode alone decides.
    std::optional<Result> resolve(const CosemDateTime& meterTime,
                                  std::optional<std::int64_t> hostUtcMs = std::nullopt);

    const Settings& settings() const { return m_settings; }
    // The UTC of the last time resolved. A resolver set up after a restart is seeded with the
    // latest time the history holds for the meter, so that inside the repeated autumn hour it
    // knows which pass the stream is in (see FollowsDst).
    std::optional<std::int64_t> lastUtcMs() const { return m_lastUtcMs; }
    void setLastUtcMs(std::int64_t utcMs) { m_lastUtcMs = utcMs; }
    // The learned offset in seconds (meter wall clock minus UTC), once known.
    std::optional<std::int64_t> learnedOffsetSeconds() const { return m_learnedOffsetSeconds; }
    void setLearnedOffsetSeconds(std::int64_t seconds) { m_learnedOffsetSeconds = seconds; }

    static const char* modeName(Mode mode); // "dst", "standard", "learned"
    static std::optional<Mode> modeFromName(const QString& name);

    // The meter's wall clock as milliseconds on a zone-free UTC-like scale (the fields read as
    // if they were UTC); empty when the date-time is not usable.
    static std::optional<std::int64_t> wallClockMs(const CosemDateTime& meterTime);

private:
    // The offsets (seconds) that map a wall-clock instant of the zone to UTC: one normally, two
    // in the repeated autumn hour (larger first, i.e. the earlier instant), none in the skipped
    // spring hour. `before` is the offset in force a day earlier.
    struct ZoneOffsets
    {
        int count = 0;
        std::array<int, 2> offsets{};
        int before = 0;
        int standard = 0;
    };

    const ZoneOffsets& offsetsAt(std::int64_t wallMs);
    ZoneOffsets computeOffsets(std::int64_t wallMs) const;
    int offsetAtUtc(std::int64_t utcMs) const;
    std::int64_t followDst(std::int64_t wallMs, std::optional<std::int64_t> hostUtcMs);
    void learn(std::int64_t wallMs, std::int64_t hostUtcMs);

    Settings m_settings;
    std::optional<std::int64_t> m_learnedOffsetSeconds;
    std::optional<std::int64_t> m_lastUtcMs;
    // The last reading with a host time was beyond the drift tolerance: the host's clock is not
    // the meter's (a PC kept an hour off, a simulated meter at x10000) and cannot tell the pass.
    bool m_hostDisagrees = false;

    std::int64_t m_candidateOffsetSeconds = 0;
    int m_candidateCount = 0;

    // QTimeZone lookups are slow next to a frame every 10 s of a year-long import; offsets are
    // constant within a wall-clock hour except where a transition falls inside it.
    std::optional<std::int64_t> m_cachedWallHour;
    bool m_cachedHourUniform = false;
    ZoneOffsets m_cached;
    ZoneOffsets m_scratch;
};

} // namespace han
