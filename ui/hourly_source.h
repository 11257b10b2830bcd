// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hourly_energy.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace han {
class HistoryReader;
}

namespace han::ui {

// Where the energy models get their hours: one meter in the read-only history, and the instant
// up to which hours count as ended. An hour becomes a row a minute after it ends (its List 2
// arrives within that minute); the hour in progress is never a row. "Now" is the later of the
// host clock and the meter's latest stored reading, so an accelerated simulator or a replay
// ahead of the host clock shows its hours too. GUI thread (it uses the GUI's reader).
class HourlySource
{
public:
    static constexpr std::int64_t kHourMs = 3'600'000;
    // How long after an hour's end its List 2 may still arrive (real meters: :05 to :55 s).
    static constexpr std::int64_t kList2GraceMs = 60'000;

    using Clock = std::function<std::int64_t()>;

    void setReader(const HistoryReader* reader) { m_reader = reader; }
    const HistoryReader* reader() const { return m_reader; }
    void setMeterId(const QString& meterId) { m_meterId = meterId; }
    QString meterId() const { return m_meterId; }
    // The host clock in UTC ms; tests pin it. Default: the system clock.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // The end of the last hour that counts as ended (a whole UTC hour).
    std::int64_t endedHoursEnd() const;

    // One row per whole hour of [fromUtcMs, min(toUtcMs, endedHoursEnd())), in order, with a
    // `missing` row wherever the store has nothing. Empty without a reader or a meter.
    std::vector<HourlyEnergy> hours(std::int64_t fromUtcMs, std::int64_t toUtcMs) const;

    static std::int64_t floorToHour(std::int64_t utcMs);

private:
    const HistoryReader* m_reader = nullptr;
    QString m_meterId;
    Clock m_clock;
};

} // namespace han::ui
