// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hdlc_addressing.h"
#include "kamstrup_list_encoder.h"
#include "meter_reading.h"
#include "simulator_settings.h"

#include <QByteArray>

#include <cstdint>

namespace han {

// The wire form of a simulated meter's readings: the make's list encoder, its HDLC addresses and,
// for an encrypting meter, the general-glo-ciphering wrapper (PROTOCOL.md §9) with the meter's
// system title. Pure: the same reading and frame counter give the same bytes.
class SimulatorFrameEncoder
{
public:
    explicit SimulatorFrameEncoder(const SimulatorSettings& settings);

    // The complete HDLC frame. `frameCounter` is the invocation counter of an encrypted frame
    // (unused in clear).
    QByteArray encode(const MeterReading& reading, std::uint32_t frameCounter) const;
    // The list's APDU in clear (0F ...), what an encrypted frame carries inside.
    QByteArray plainApdu(const MeterReading& reading) const;

    bool encrypts() const { return m_encrypted; }
    // "KAME" + the low 4 bytes of the meter number for Kamstrup (E01: meter 27581522 is
    // 4B414D45 01A4DC52); the maker's three-letter id + 5 bytes of the meter id for Aidon ("ADN")
    // and Kaifa ("KFM").
    const QByteArray& systemTitle() const { return m_systemTitle; }
    static QByteArray systemTitleFor(SimulatorSettings::Make make, const QString& meterId);

private:
    SimulatorSettings::Make m_make;
    KamstrupListEncoder::Options m_kamstrupOptions;
    HdlcAddressing m_addressing;
    bool m_encrypted = false;
    MeterKeys m_keys;
    QByteArray m_systemTitle;
};

} // namespace han
