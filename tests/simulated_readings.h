// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Readings for the storage tests, from the meter simulator (what a real Kamstrup meter sends,
// with the instant it sent each one) or written by hand (odd meters, absent values).

#include "meter_reading.h"
#include "simulated_frame.h"
#include "simulator_settings.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <vector>

namespace han::test {

// A three-phase meter on Norwegian time with DST, starting at `startUtc`.
SimulatorSettings simulatorSettings(const QDateTime& startUtc,
                                    const QString& meterId = QStringLiteral("5706567000000042"));

// Every push from settings.start until `endUtc` (exclusive).
std::vector<SimulatedFrame> simulate(const SimulatorSettings& settings, const QDateTime& endUtc);

// A List 1 of a meter the simulator does not model: single-phase, a voltage in 0.01 V, a
// current in mA, a power with a tenth of a watt, reactive power absent.
MeterReading unusualReading(const QString& meterId, const QDateTime& wallClock);

QByteArray fileBytes(const QString& path);

std::int64_t msOf(const QDateTime& utc);

} // namespace han::test
