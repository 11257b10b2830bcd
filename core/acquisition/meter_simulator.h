// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_date_time.h"
#include "fault_injector.h"
#include "household_model.h"
#include "kamstrup_list_encoder.h"
#include "meter_reading.h"
#include "simulated_frame.h"
#include "simulator_random.h"
#include "simulator_settings.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <array>
#include <cstdint>

namespace han {

// A Kamstrup meter in a Norwegian household, built on the frame encoder. Pure: no timers, no
// I/O. It produces the pushes in time order; a ByteSource or han-cli paces and writes them.
//
// The household is a HouseholdModel. Power is constant over each 10 s interval and the List 1
// pushed at the start of the interval reports it, so the cumulative registers of List 2 are the
// exact integral of what List 1 reported (kept in integer W·s), floored to the data sheet's
// 10 Wh. The registers equal the settings' initial values at the first List 1.
//
// Timing (KAM-SPEC, PROTOCOL.md §1): a List 1 at every UTC instant on a 10 s boundary, from the
// first one at or after settings.start; a List 2 once per UTC hour at hh:00:00 + offset, for
// every hour boundary at or after the first List 1, carrying the registers at hh:00:00 and the
// instantaneous values of the interval it falls in. When the offset is a multiple of 10 the
// List 2 shares its second with a List 1: the List 1 comes first ("List 1 has priority"), the
// List 2 is the next push with the same sentAtUtc and meter clock stamp; on a serial line it
// follows once the List 1's bytes are out.
//
// The meter clock is wall-clock time: Europe/Oslo with DST (status 0x80 in summer) or UTC+1 all
// year (status 0x00), with deviation unspecified and hundredths 0xFF like real Kamstrup meters.
// So in FollowsDst mode the October night has two List 2 stamped 02:00:05 and the March night
// none stamped 02:xx; there is always exactly one List 2 per real hour.
class MeterSimulator
{
public:
    // An invalid settings.start is a caller's error (han-cli passes the current time); the
    // simulator then starts at 2026-01-01T00:00Z rather than reading a clock itself.
    explicit MeterSimulator(const SimulatorSettings& settings);

    // The next push: a List 1 every 10 s at hh:mm:s0, a List 2 at hh:00:00 + list2Offset.
    SimulatedFrame next();
    // When next() will be sent.
    QDateTime nextPushUtc() const;

    // The meter's wall clock for a UTC instant, per the clock mode (a QDateTime in that zone).
    QDateTime meterWallClock(const QDateTime& utc) const;

    // The four registers (import, export, reactive import, reactive export; Wh and varh) as
    // they stand after the pushes made so far, unrounded: settings whose initial registers are
    // these continue this meter without a step (the simulated history the GUI fills in).
    std::array<double, 4> registersNow() const;
    // The settings as used: phases, offset and meter type made valid.
    const SimulatorSettings& settings() const { return m_settings; }

    // A line of the truth file, without a trailing newline (the writer adds it): the push's
    // "seq", "sent_at" (UTC ISO 8601 with ms and 'Z'), "list" (1 or 2), "damage" and, when they
    // apply, "damage_at" / "noise_bytes", then the reading's members as `han-cli decode` prints
    // them (ReadingJson).
    static QByteArray truthLine(const SimulatedFrame& frame);

    // "6841131BN243101040" (three-phase TN) or "6861111BN242101040" (single-phase).
    static QString defaultMeterType(int phases);

private:
    struct ZoneOffset
    {
        std::int64_t hour = -1; // UTC hour number this applies to
        int osloSeconds = 3600;
        bool osloDst = false;
    };

    const ZoneOffset& osloAt(std::int64_t utcMs);
    CosemDateTime meterStamp(std::int64_t utcMs);
    void beginInterval(std::int64_t utcMs);
    double registerWh(std::size_t index) const;

    SimulatorSettings m_settings;
    QTimeZone m_oslo;
    KamstrupListEncoder::Options m_encoding;
    HouseholdModel m_household;
    FaultInjector m_faults;
    SimulatorRandom m_voltageRandom;
    ZoneOffset m_zone;

    std::uint64_t m_sequence = 0;
    std::int64_t m_nextList1Ms = 0;
    std::int64_t m_nextList2Ms = 0;
    // The values of the interval in progress, with the meter's identity; no clock yet.
    MeterReading m_current;

    // Energy since the first List 1 in W·s (var·s): import, export, reactive import, reactive
    // export. Integers, so the registers are the exact sum of what List 1 reported.
    std::array<std::int64_t, 4> m_energyWs{};
    std::array<std::int64_t, 4> m_initialWh{};
    // The registers at the last hh:00:00, for the List 2 that follows.
    std::array<double, 4> m_hourRegistersWh{};

    // Grid voltage: a slow walk shared by the phases plus a faster one per phase, in volts.
    double m_gridDriftV = 0.0;
    std::array<double, 3> m_phaseDriftV{};
};

} // namespace han
