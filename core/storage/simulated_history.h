// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator_settings.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace han {

class HistoryWriter;

// The simulated meter's past, written straight into the history: the desktop app runs on the
// simulator until a real meter is chosen, and a homeowner trying it should find yesterday's
// hours and last month to export, not an empty table. The pushes of MeterSimulator from
// settings.start up to `toUtcMs` go through the same HistoryWriter (the bulk path of
// `han-cli import`), each stamped as received when it was sent. Synchronous; the store runs it
// on its thread.
class SimulatedHistory
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedHistory)

public:
    // How far back a first start fills: last month is always complete.
    static constexpr int kDays = 45;

    struct Result
    {
        bool ok = false;
        QString errorString;
        std::int64_t readings = 0;
        // Settings that continue this meter from `toUtcMs` (its registers as they stand then),
        // for the live simulator; its start is left for the caller to set.
        SimulatorSettings next;
    };

    static Result fill(HistoryWriter& writer, const SimulatorSettings& settings,
                       std::int64_t toUtcMs);
};

} // namespace han
