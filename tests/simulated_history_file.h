// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A history file that grows while a test watches: the meter simulator's pushes written through
// HistoryWriter (the store's own write path) up to a given time, step by step, with chosen
// hourly List 2 left out as if lost on the wire.

#include "history_writer.h"
#include "meter_simulator.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <set>

namespace han::test {

class SimulatedHistoryFile
{
public:
    static inline const QString kMeterId = QStringLiteral("5706567000000042");

    // A three-phase Norwegian meter (clock follows DST) whose first push is at `startUtc`.
    SimulatedHistoryFile(const QString& path, const QDateTime& startUtc);

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_writer.errorString(); }

    // The List 2 pushed just after this hour end (UTC) is never written.
    void dropList2At(const QDateTime& hourEndUtc);
    // Writes every push before `endUtc` not written yet, and commits.
    bool writeUntil(const QDateTime& endUtc);
    // Commits and closes (the file stays).
    bool close();

private:
    HistoryWriter m_writer;
    MeterSimulator m_simulator;
    std::set<std::int64_t> m_dropped;
    bool m_open = false;
};

} // namespace han::test
