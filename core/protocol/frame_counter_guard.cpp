// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame_counter_guard.h"

namespace han {

FrameCounterGuard::Entry* FrameCounterGuard::find(std::uint64_t systemTitle)
{
    for (Entry& entry : m_entries) {
        if (entry.lastUse != 0 && entry.title == systemTitle)
            return &entry;
    }
    return nullptr;
}

FrameCounterGuard::Verdict FrameCounterGuard::check(std::uint64_t systemTitle,
                                                    std::uint32_t counter, bool authenticated)
{
    Entry* entry = find(systemTitle);
    if (entry && entry->authenticated && !authenticated)
        return Verdict::Downgrade;
    if (!entry || counter > entry->counter)
        return Verdict::Accept;
    // A run of replays restarts when a counter does not increase on the one before.
    if (entry->restartRun > 0 && counter > entry->restartCounter)
        ++entry->restartRun;
    else
        entry->restartRun = 1;
    entry->restartCounter = counter;
    return entry->restartRun >= kRestartFrames ? Verdict::Restart : Verdict::Replay;
}

void FrameCounterGuard::accept(std::uint64_t systemTitle, std::uint32_t counter,
                               bool authenticated)
{
    Entry* entry = find(systemTitle);
    if (!entry) {
        entry = &m_entries[0];
        for (Entry& candidate : m_entries) {
            if (candidate.lastUse < entry->lastUse)
                entry = &candidate;
        }
        *entry = Entry{};
        entry->title = systemTitle;
    }
    entry->lastUse = ++m_clock;
    entry->counter = counter;
    entry->authenticated = entry->authenticated || authenticated;
    entry->restartRun = 0;
}

} // namespace han
