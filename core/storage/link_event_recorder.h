// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history_event.h"
#include "link_state.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace han {

// Turns what the acquisition worker reports into rows for the `events` table: the link coming
// up and going down, reconnect attempts, and rejected frames counted per minute (one row a
// minute at most, not one per bad frame: a noisy cable must not flood the history). Pure and
// single-threaded; the composition root feeds it on the thread that receives the worker's
// signals and hands the result to the store.
class LinkEventRecorder
{
public:
    static constexpr std::int64_t kMinuteMs = 60'000;

    // The meter the link belongs to, once a reading has named it.
    void readingDecoded(const QString& meterId);
    std::vector<HistoryEvent> linkStateChanged(LinkState state, const QString& detail,
                                               std::int64_t nowUtcMs);
    std::vector<HistoryEvent> frameRejected(std::int64_t nowUtcMs);
    // The count of a minute that is over (or of the minute so far when `final`, at shutdown).
    std::vector<HistoryEvent> flush(std::int64_t nowUtcMs, bool final = false);

private:
    HistoryEvent make(HistoryEvent::Kind kind, std::int64_t utcMs, std::int64_t count,
                      const QString& detail) const;

    QString m_meterId;
    LinkState m_state = LinkState::Disconnected;
    std::int64_t m_minuteStartMs = 0;
    std::int64_t m_rejectedInMinute = 0;
};

} // namespace han
