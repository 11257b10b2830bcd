// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_reading.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>

#include <cstdint>

namespace han {

// One push of the simulated meter: what it meant to send (the truth) and what went on the wire.
struct SimulatedFrame
{
    enum class Damage : std::uint8_t
    {
        None,
        BitFlip,
        Drop,
        Noise,
        Truncate,
        Unplugged
    };

    std::uint64_t sequence = 0; // counts every push from 0, sent or not
    QDateTime sentAtUtc;        // when the meter pushes it (the instant its clock stamps)
    MeterReading reading; // the values, with meterTime (and meterClock) as the meter's clock reads
    QByteArray intact;    // the complete, correct HDLC frame
    QByteArray wire;      // the bytes actually sent: intact, damaged, or empty when unplugged
    Damage damage = Damage::None;
    // BitFlip: index of the inverted bit (byte * 8 + bit, bit 0 the least significant);
    // Drop: index in `intact` of the byte left out; Truncate: how many bytes were sent (the
    // index of the first byte cut off); otherwise -1.
    std::int64_t damageAt = -1;
    int noiseBytes = 0; // Noise: how many random bytes precede the intact frame in `wire`
    // Which of the make's lists this is: Kamstrup Norway 1 or 2 (hourly), Kamstrup Denmark 1,
    // Aidon and Kaifa 1, 2 or 3 (hourly).
    int list = 1;
    // The invocation counter of an encrypted frame; 0 for a frame in clear.
    std::uint32_t frameCounter = 0;

    int listNumber() const { return list; }
    // Whether the frame in `wire` survives: noise before an intact frame does not hurt it.
    bool arrivesIntact() const { return damage == Damage::None || damage == Damage::Noise; }

    // "none", "bitflip", "drop", "noise", "truncate", "unplugged": the truth file's words.
    static const char* damageName(Damage damage);
};

} // namespace han

Q_DECLARE_METATYPE(han::SimulatedFrame)
