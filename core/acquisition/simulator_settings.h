// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data_notification.h"

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace han {

// Damage the simulator does to frames on the wire, each a probability per frame. A frame gets at
// most one damage; FaultInjector documents which wins when several are drawn.
struct FaultSettings
{
    double bitFlip = 0.0;  // one random bit of the frame inverted
    double drop = 0.0;     // one random byte of the frame left out
    double noise = 0.0;    // a burst of 1-64 random bytes sent before the frame
    double truncate = 0.0; // the frame cut off at a random point (the rest never sent)
    // Every N hours of simulated time (counted from the first push, the first time after N
    // hours) the adapter is "unplugged" for unplugSeconds: the frames of that time are not sent.
    // 0 = never.
    double unplugEveryHours = 0.0;
    int unplugSeconds = 60;

    bool any() const
    {
        return bitFlip > 0 || drop > 0 || noise > 0 || truncate > 0 || unplugEveryHours > 0;
    }
};

// Everything that shapes a simulated meter. Deterministic: the same settings give the same bytes.
struct SimulatorSettings
{
    enum class ClockMode
    {
        FollowsDst,
        StandardTime
    };

    std::uint64_t seed = 1;
    // The first List 1 is sent at the first 10 s boundary at or after `start` (any time spec;
    // an invalid one is the caller's error, see MeterSimulator).
    QDateTime start;
    // How the meter's clock reads: Norwegian local time with DST (Europe/Oslo), or UTC+1 all year.
    ClockMode clock = ClockMode::FollowsDst;
    int phases = 3; // 3 (TN 230/400 V) or 1
    DataNotification::DateTimeEncoding firmware = DataNotification::DateTimeEncoding::LengthPrefix;
    // Seconds after hh:00 at which List 2 is pushed (Kamstrup documents 5; real meters 5 to 55).
    int list2OffsetSeconds = 5;
    QString meterId = QStringLiteral("5706567000000042");
    // Empty: a type that matches `phases` (MeterSimulator::defaultMeterType).
    QString meterType;
    // Register values at the first push, in Wh / varh (rounded to whole Wh; the registers then
    // report them floored to the data sheet's 10 Wh).
    double initialImportWh = 12'345'670.0;
    double initialExportWh = 1'234'560.0;
    double initialReactiveImportVarh = 234'560.0;
    double initialReactiveExportVarh = 1'345'670.0;
    // Peak solar production on a clear summer day, W. 0 = a house without panels.
    double solarPeakW = 6000.0;
    FaultSettings faults;
};

} // namespace han
