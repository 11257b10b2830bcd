// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// History databases for the CSV export tests and bench: the meter simulator's pushes written
// through HistoryWriter, the store's bulk-import path (the one `han-cli import` uses).

#include "meter_reading.h"
#include "simulator_settings.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <functional>

namespace han::test {

struct FilledHistory
{
    bool ok = false;
    QString error;
    std::int64_t pushes = 0;
};

// Writes every push of a simulated meter from settings.start until `endUtc` into the database
// at `dbPath` (created when missing). `edit` may change each reading before it is stored (odd
// meter strings, negative values). Readings carry no host time: the meter's clock mode decides.
FilledHistory fillHistory(const QString& dbPath, const SimulatorSettings& settings,
                          const QDateTime& endUtc,
                          const std::function<void(MeterReading&)>& edit = {});

// A simulated three-phase Norwegian meter (clock follows DST) starting at `startUtc`.
SimulatorSettings exportSimulator(const QDateTime& startUtc,
                                  const QString& meterId = QStringLiteral("5706567000000042"));

} // namespace han::test
