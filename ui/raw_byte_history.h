// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame_error.h"

#include <QByteArray>

#include <cstdint>
#include <deque>
#include <optional>

namespace han::ui {

// The raw frames of the last minutes with their arrival times, for the bug report: bounded by
// age and by total size, whichever bites first (at x1000 replay the size does, live the age).
// Rejected frames are also kept in a short list of their own, so the last errors survive a
// long good spell. GUI thread only.
class RawByteHistory
{
public:
    static constexpr std::int64_t kDefaultMaxAgeMs = 10 * 60 * 1000;
    static constexpr std::int64_t kDefaultMaxBytes = 256 * 1024;
    static constexpr std::size_t kMaxErrors = 20;

    struct Frame
    {
        std::int64_t arrivedUtcMs = 0;
        QByteArray bytes;
        std::optional<FrameError> error; // empty: the frame decoded to a reading
    };

    explicit RawByteHistory(std::int64_t maxAgeMs = kDefaultMaxAgeMs,
                            std::int64_t maxBytes = kDefaultMaxBytes);

    void add(std::int64_t arrivedUtcMs, const QByteArray& bytes,
             const std::optional<FrameError>& error = std::nullopt);
    // Drops frames older than the age limit before `nowUtcMs`.
    void prune(std::int64_t nowUtcMs);
    void clear();

    const std::deque<Frame>& frames() const { return m_frames; }
    const std::deque<Frame>& errors() const { return m_errors; }
    std::int64_t totalBytes() const { return m_totalBytes; }
    std::int64_t maxAgeMs() const { return m_maxAgeMs; }
    std::int64_t maxBytes() const { return m_maxBytes; }

private:
    void dropFront();

    std::deque<Frame> m_frames;
    std::deque<Frame> m_errors;
    std::int64_t m_totalBytes = 0;
    std::int64_t m_maxAgeMs;
    std::int64_t m_maxBytes;
};

} // namespace han::ui
