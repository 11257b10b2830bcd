// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A history whose hourly imports are known: a List 2 (registers only) at every hour end,
// written through HistoryWriter into a real SQLite file, the import register growing by the
// chosen kWh each hour. Leaving out a List 2 makes the two hours around it one gap, which the
// history estimates by sharing the register difference evenly (no List 1 to go by); an hour
// above 100 kWh is suspect. And List 1 readings at a chosen power, for the live model.

#include "meter_reading.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <set>
#include <vector>

namespace han::test {

inline const QString kCapacityMeterId = QStringLiteral("5706567000000077");

struct CapacityHistory
{
    // kWh imported in the hour starting at hourStartUtcMs.
    std::function<double(std::int64_t hourStartUtcMs)> importKwh;
    // Hour ends (UTC ms) whose List 2 never arrived.
    std::set<std::int64_t> droppedHourEnds;

    // List 2 at every whole hour from fromUtcMs to toUtcMs (both included). False with *error.
    bool write(const QString& path, std::int64_t fromUtcMs, std::int64_t toUtcMs,
               QString* error) const;
};

// A List 1 of the meter at utcMs (meter clock in Oslo local time, received then), importing
// importW.
MeterReading capacityList1(std::int64_t utcMs, double importW);
// List 1 every 10 s over [fromUtcMs, toUtcMs) at importW.
std::vector<MeterReading> capacityList1s(std::int64_t fromUtcMs, std::int64_t toUtcMs,
                                         double importW);

} // namespace han::test
