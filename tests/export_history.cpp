// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_history.h"

#include "history_writer.h"
#include "meter_simulator.h"

namespace han::test {

FilledHistory fillHistory(const QString& dbPath, const SimulatorSettings& settings,
                          const QDateTime& endUtc, const std::function<void(MeterReading&)>& edit)
{
    // Rows per transaction, as `han-cli import` does.
    constexpr int kBatchRows = 5000;
    FilledHistory result;
    HistoryWriter writer;
    if (!writer.open(dbPath)) {
        result.error = writer.errorString();
        return result;
    }
    MeterSimulator simulator(settings);
    while (simulator.nextPushUtc() < endUtc) {
        SimulatedFrame frame = simulator.next();
        if (edit)
            edit(frame.reading);
        writer.addReading(frame.reading);
        ++result.pushes;
        if (writer.pendingRows() >= kBatchRows && !writer.commit()) {
            result.error = writer.errorString();
            return result;
        }
    }
    if (!writer.close()) {
        result.error = writer.errorString();
        return result;
    }
    result.ok = true;
    return result;
}

SimulatorSettings exportSimulator(const QDateTime& startUtc, const QString& meterId)
{
    SimulatorSettings settings;
    settings.start = startUtc;
    settings.meterId = meterId;
    return settings;
}

} // namespace han::test
