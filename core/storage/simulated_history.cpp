// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulated_history.h"

#include "history_writer.h"
#include "meter_simulator.h"

namespace han {

namespace {

// Rows per transaction: large enough for bulk speed, small enough that the recording thread
// is never away from its queue for long.
constexpr int kBatchRows = 5000;

} // namespace

SimulatedHistory::Result SimulatedHistory::fill(HistoryWriter& writer,
                                                const SimulatorSettings& settings,
                                                std::int64_t toUtcMs)
{
    Result result;
    MeterSimulator simulator(settings);
    while (simulator.nextPushUtc().toMSecsSinceEpoch() < toUtcMs) {
        SimulatedFrame frame = simulator.next();
        frame.reading.receivedAt = frame.sentAtUtc;
        if (writer.addReading(frame.reading))
            ++result.readings;
        if (writer.pendingRows() >= kBatchRows && !writer.commit()) {
            result.errorString = writer.errorString();
            return result;
        }
    }
    if (!writer.commit()) {
        result.errorString = writer.errorString();
        return result;
    }
    result.next = simulator.settings();
    const std::array<double, 4> registers = simulator.registersNow();
    result.next.initialImportWh = registers[0];
    result.next.initialExportWh = registers[1];
    result.next.initialReactiveImportVarh = registers[2];
    result.next.initialReactiveExportVarh = registers[3];
    result.ok = true;
    return result;
}

} // namespace han
