// SPDX-License-Identifier: GPL-3.0-or-later
#include "link_event_recorder.h"

namespace han {
namespace {

std::int64_t minuteOf(std::int64_t utcMs)
{
    return utcMs - ((utcMs % LinkEventRecorder::kMinuteMs) + LinkEventRecorder::kMinuteMs) %
                       LinkEventRecorder::kMinuteMs;
}

} // namespace

void LinkEventRecorder::readingDecoded(const QString& meterId)
{
    if (!meterId.isEmpty())
        m_meterId = meterId;
}

HistoryEvent LinkEventRecorder::make(HistoryEvent::Kind kind, std::int64_t utcMs,
                                     std::int64_t count, const QString& detail) const
{
    HistoryEvent event;
    if (!m_meterId.isEmpty())
        event.meterId = m_meterId;
    event.utcMs = utcMs;
    event.kind = kind;
    event.count = count;
    event.detail = detail;
    return event;
}

std::vector<HistoryEvent>
LinkEventRecorder::linkStateChanged(LinkState state, const QString& detail, std::int64_t nowUtcMs)
{
    // The rejections so far belong to the link as it was: they go out before its change.
    std::vector<HistoryEvent> events = flush(nowUtcMs, true);
    const LinkState previous = m_state;
    m_state = state;
    if (state == previous)
        return events;
    if (state == LinkState::Connected)
        events.push_back(make(HistoryEvent::Kind::LinkUp, nowUtcMs, 0, detail));
    else if (previous == LinkState::Connected)
        events.push_back(make(HistoryEvent::Kind::LinkDown, nowUtcMs, 0, detail));
    if (state == LinkState::Reconnecting)
        events.push_back(make(HistoryEvent::Kind::Reconnect, nowUtcMs, 0, detail));
    return events;
}

std::vector<HistoryEvent> LinkEventRecorder::frameRejected(std::int64_t nowUtcMs)
{
    std::vector<HistoryEvent> events = flush(nowUtcMs);
    if (m_rejectedInMinute == 0)
        m_minuteStartMs = minuteOf(nowUtcMs);
    ++m_rejectedInMinute;
    return events;
}

std::vector<HistoryEvent> LinkEventRecorder::flush(std::int64_t nowUtcMs, bool final)
{
    std::vector<HistoryEvent> events;
    if (m_rejectedInMinute > 0 && (final || minuteOf(nowUtcMs) != m_minuteStartMs)) {
        events.push_back(make(HistoryEvent::Kind::RejectedFrames, m_minuteStartMs,
                              m_rejectedInMinute, QString()));
        m_rejectedInMinute = 0;
    }
    return events;
}

} // namespace han
