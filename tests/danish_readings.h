// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Readings of a Danish meter's "DLMS push 1" list (PROTOCOL.md §9.4), built by hand for the
// storage, export and UI tests: per-phase power, power factors and the cumulative registers
// (total and per phase) in every 10 s push, as the mapper fills them.

#include "meter_reading.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace han::test {

inline const QString kDanishMeterId = QStringLiteral("57101234");

// One push at `wallClock` (the meter's clock, Danish time) with fixed, easily recognised
// values: L1 1 234 W import, L2 567 W, L3 0; L3 exports 890 W; power factors 0.97, 0.85,
// 1, total 0.93; registers as given, the phases' registers a fixed split of them.
MeterReading danishPush(const QDateTime& wallClock, double importWh = 1'000'000,
                        double exportWh = 200'000);

// A simulated day of pushes every 10 s from `firstWallClock` to `lastWallClock` (both
// included). The house imports 360 × (h + 1) W during local hour h, all day, and exports
// 720 W from 10:00 to 15:00, so the import register grows by h + 1 Wh per push during hour h
// and the export register by 2 Wh: hour h's import is exactly 0.36 × (h + 1) kWh. Registers
// start at 5 000 000 Wh import and 100 000 Wh export at the day's midnight.
std::vector<MeterReading> danishDay(const QDateTime& firstWallClock,
                                    const QDateTime& lastWallClock);

} // namespace han::test
