// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulated_history_file.h"

#include "simulator_settings.h"

namespace han::test {

namespace {

SimulatorSettings settingsFrom(const QDateTime& startUtc)
{
    SimulatorSettings settings;
    settings.start = startUtc;
    settings.meterId = SimulatedHistoryFile::kMeterId;
    return settings;
}

constexpr std::int64_t kHourMs = 3'600'000;

} // namespace

SimulatedHistoryFile::SimulatedHistoryFile(const QString& path, const QDateTime& startUtc)
    : m_simulator(settingsFrom(startUtc))
{
    m_open = m_writer.open(path);
}

void SimulatedHistoryFile::dropList2At(const QDateTime& hourEndUtc)
{
    m_dropped.insert(hourEndUtc.toMSecsSinceEpoch());
}

bool SimulatedHistoryFile::writeUntil(const QDateTime& endUtc)
{
    if (!m_open)
        return false;
    while (m_simulator.nextPushUtc() < endUtc) {
        const SimulatedFrame frame = m_simulator.next();
        if (frame.reading.hasRegisters()) {
            const std::int64_t sent = frame.sentAtUtc.toMSecsSinceEpoch();
            if (m_dropped.count(sent - sent % kHourMs) > 0)
                continue;
        }
        if (!m_writer.addReading(frame.reading))
            return false;
    }
    return m_writer.commit();
}

bool SimulatedHistoryFile::close()
{
    m_open = false;
    return m_writer.close();
}

} // namespace han::test
