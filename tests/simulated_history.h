// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A simulated meter's stream collected the way the history keeps it: each reading's meter time
// resolved to UTC by a MeterClockResolver, List 1 as power samples, List 2 as register
// snapshots; beside it the truth (when each push was really sent, the registers at every real
// hour boundary) to check the analysis against.

#include "hourly_energy_calculator.h"
#include "meter_clock_resolver.h"
#include "meter_reading.h"
#include "power_sample.h"
#include "register_snapshot.h"
#include "simulator_settings.h"

#include <QDateTime>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <vector>

namespace han::test {

struct SimulatedHistory
{
    struct Options
    {
        SimulatorSettings simulator;
        QDateTime end; // pushes before this instant
        MeterClockResolver::Settings resolver;
        // Pass each frame's sentAtUtc to the resolver as the host time (live data) or not (a
        // capture without host times).
        bool hostTimes = true;
        // Sees every List 2 that arrives (hourEndUtcMs: the true hh:00 it belongs to): return
        // false to drop it; may change its registers.
        std::function<bool(MeterReading& list2, std::int64_t hourEndUtcMs)> list2Filter;
    };

    static SimulatedHistory build(const Options& options);

    std::vector<RegisterSnapshot> snapshots;
    std::vector<PowerSample> samples;
    // The registers (Wh: import, export, reactive import, reactive export) at each real hour
    // boundary (UTC ms of hh:00), as the meter sent them, dropped List 2 included.
    std::map<std::int64_t, std::array<double, 4>> truthWh;
    int frames = 0;
    int unresolved = 0;  // the resolver gave no time
    int misresolved = 0; // resolved UTC != when the meter really sent it
    int drifted = 0;     // flagged as drifting from the host clock

    // Serves `samples` like a store would: those in [from, to).
    HourlyEnergyCalculator::SampleProvider provider() const;
    // The true register difference in kWh of `index` (0 import, 1 export, ...) over [from, to).
    double truthKwh(std::size_t index, std::int64_t fromUtcMs, std::int64_t toUtcMs) const;
};

std::int64_t utcMs(int year, int month, int day, int hour, int minute = 0, int second = 0);
// Midnight of a local day in Europe/Oslo, as UTC ms.
std::int64_t osloMidnightMs(int year, int month, int day);
// "2026-10-25T02:00:00+02:00": the hour start as Europe/Oslo local time with its offset.
QString osloLabel(std::int64_t utcMs);

} // namespace han::test
