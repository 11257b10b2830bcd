// SPDX-License-Identifier: GPL-3.0-or-later
#include "hourly_source.h"

#include "history_reader.h"

#include <QDateTime>

#include <algorithm>

namespace han::ui {

std::int64_t HourlySource::floorToHour(std::int64_t utcMs)
{
    return utcMs - ((utcMs % kHourMs) + kHourMs) % kHourMs;
}

std::int64_t HourlySource::endedHoursEnd() const
{
    std::int64_t now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    if (m_reader && m_reader->isOpen()) {
        for (const MeterInfo& meter : m_reader->meters()) {
            if (meter.meterId == m_meterId && meter.readingCount > 0)
                now = std::max(now, meter.lastUtcMs);
        }
    }
    return floorToHour(now - kList2GraceMs);
}

std::vector<HourlyEnergy> HourlySource::hours(std::int64_t fromUtcMs, std::int64_t toUtcMs) const
{
    std::vector<HourlyEnergy> out;
    if (!m_reader || !m_reader->isOpen() || m_meterId.isEmpty())
        return out;
    const std::int64_t from = floorToHour(fromUtcMs);
    const std::int64_t to = std::min(floorToHour(toUtcMs), endedHoursEnd());
    if (to <= from)
        return out;
    std::vector<HourlyEnergy> rows = m_reader->hourlyEnergy(m_meterId, from, to);
    std::sort(rows.begin(), rows.end(), [](const HourlyEnergy& a, const HourlyEnergy& b) {
        return a.hourStartUtcMs < b.hourStartUtcMs;
    });
    // The calculator gives every hour a row; filling in anyway keeps row i at from + i hours
    // whatever it left out, which the models' incremental updates rely on.
    out.reserve(static_cast<std::size_t>((to - from) / kHourMs));
    auto row = rows.cbegin();
    for (std::int64_t start = from; start < to; start += kHourMs) {
        while (row != rows.cend() && row->hourStartUtcMs < start)
            ++row;
        if (row != rows.cend() && row->hourStartUtcMs == start) {
            out.push_back(*row);
        } else {
            HourlyEnergy missing;
            missing.hourStartUtcMs = start;
            missing.quality = EnergyQuality::Missing;
            out.push_back(missing);
        }
    }
    return out;
}

} // namespace han::ui
