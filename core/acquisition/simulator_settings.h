// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data_notification.h"
#include "meter_keys.h"

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

    // The meter the simulator acts as (PROTOCOL.md §1, §6, §9.4). Each make has its own lists,
    // push timing, HDLC addresses, date-time encoding, scaling and serial character format.
    enum class Make
    {
        KamstrupNorway,  // Kamstrup_V0001 List 1 every 10 s, List 2 hourly; 8N1
        KamstrupDenmark, // "DLMS push 1": 65 items every 10 s, energies in Wh; 8N1
        Aidon,           // List 1 every 2.5 s, List 2 every 10 s, List 3 hourly; 8E1
        Kaifa,           // Norway, positional: List 1 every 2 s, List 2 every 10 s, List 3; 8E1
    };

    Make make = Make::KamstrupNorway;
    std::uint64_t seed = 1;
    // The first List 1 is sent at the first 10 s boundary at or after `start` (any time spec;
    // an invalid one is the caller's error, see MeterSimulator).
    QDateTime start;
    // How the meter's clock reads: Norwegian local time with DST (Europe/Oslo), or UTC+1 all year.
    ClockMode clock = ClockMode::FollowsDst;
    int phases = 3; // 3 (TN 230/400 V) or 1
    // Kamstrup Norway only: other makes have one date-time encoding each.
    DataNotification::DateTimeEncoding firmware = DataNotification::DateTimeEncoding::LengthPrefix;
    // Kamstrup Norway only: seconds after hh:00 at which List 2 is pushed (Kamstrup documents 5;
    // real meters 5 to 55).
    int list2OffsetSeconds = 5;
    // The Kamstrup Norway default; another make given this one uses its own
    // (defaultMeterId), as does a Danish meter given an id that is not a 32-bit number.
    QString meterId = QStringLiteral("5706567000000042");
    // Empty: a type that matches the make and `phases` (MeterSimulator::defaultMeterType).
    QString meterType;
    // Whether each APDU is sent as general-glo-ciphering (AES-128-GCM) with `keys`: security
    // control 0x30 with an authentication key, 0x20 (encryption only) without one.
    bool encrypted = false;
    MeterKeys keys;
    // Register values at the first push, in Wh / varh (rounded to whole Wh; the registers then
    // report them floored to the data sheet's 10 Wh).
    double initialImportWh = 12'345'670.0;
    double initialExportWh = 1'234'560.0;
    double initialReactiveImportVarh = 234'560.0;
    double initialReactiveExportVarh = 1'345'670.0;
    // Peak solar production on a clear summer day, W. 0 = a house without panels.
    double solarPeakW = 6000.0;
    FaultSettings faults;

    // Kamstrup: no parity (8N1); Aidon and Kaifa: even (8E1).
    bool sendsEvenParity() const { return make == Make::Aidon || make == Make::Kaifa; }

    static QString defaultMeterId(Make make)
    {
        switch (make) {
        case Make::KamstrupDenmark:
            return QStringLiteral("27500042"); // the meter number, a 32-bit integer
        case Make::Aidon:
            return QStringLiteral("7359992890000042");
        case Make::Kaifa:
            return QStringLiteral("6970631400000042");
        case Make::KamstrupNorway:
            break;
        }
        return QStringLiteral("5706567000000042");
    }

    // The keys of the simulated meter when the user has none: those published with vector E01
    // (PROTOCOL.md §9.2), so the app can be tried with keys anyone can look up.
    static MeterKeys demoKeys()
    {
        MeterKeys keys;
        keys.encryption = QByteArray::fromHex("5AD84121D9D20B364B7A11F3C1B5827F");
        keys.authentication = QByteArray::fromHex("AFB3F93E3E7204EDB3C27F96DBD51AE0");
        return keys;
    }
};

} // namespace han
