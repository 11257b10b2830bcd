// SPDX-License-Identifier: GPL-3.0-or-later
#include "raw_byte_history.h"

namespace han::ui {

RawByteHistory::RawByteHistory(std::int64_t maxAgeMs, std::int64_t maxBytes)
    : m_maxAgeMs(maxAgeMs), m_maxBytes(maxBytes)
{
}

void RawByteHistory::add(std::int64_t arrivedUtcMs, const QByteArray& bytes,
                         const std::optional<FrameError>& error)
{
    m_frames.push_back({arrivedUtcMs, bytes, error});
    m_totalBytes += bytes.size();
    // The newest frame always stays, even one larger than the limit on its own.
    while (m_totalBytes > m_maxBytes && m_frames.size() > 1)
        dropFront();
    if (error) {
        m_errors.push_back({arrivedUtcMs, bytes, error});
        if (m_errors.size() > kMaxErrors)
            m_errors.pop_front();
    }
    prune(arrivedUtcMs);
}

void RawByteHistory::prune(std::int64_t nowUtcMs)
{
    while (!m_frames.empty() && m_frames.front().arrivedUtcMs < nowUtcMs - m_maxAgeMs)
        dropFront();
}

void RawByteHistory::clear()
{
    m_frames.clear();
    m_errors.clear();
    m_totalBytes = 0;
}

void RawByteHistory::dropFront()
{
    m_totalBytes -= m_frames.front().bytes.size();
    m_frames.pop_front();
}

} // namespace han::ui
