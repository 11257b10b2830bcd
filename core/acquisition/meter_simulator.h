// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_date_time.h"
#include "fault_injector.h"
#include "household_model.h"
#include "meter_reading.h"
#include "simulated_frame.h"
#include "simulator_clock.h"
#include "simulator_frame_encoder.h"
#include "simulator_random.h"
#include "simulator_settings.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <array>
#include <cstdint>

namespace han {

// A HAN meter in a Norwegian household, built on the list encoders. Pure: no timers, no I/O. It
// produces the pushes in time order; a ByteSource or han-cli paces and writes them.
//
// The household is a HouseholdModel. Power is constant over each 10 s interval and the pushes
// in it report it, so the cumulative registers are the exact integral of the reported power
// (kept in integer W·s), floored to the make's resolution (10 Wh for Kamstrup Norway and Aidon,
// 1 Wh for Kamstrup Denmark and Kaifa). The registers equal the settings' initial values at the
// first push, which is at the first 10 s boundary at or after settings.start.
//
// Timing per make (PROTOCOL.md §1), all on UTC instants:
//   Kamstrup Norway (KAM-SPEC): a List 1 every 10 s; a List 2 once per UTC hour at hh:00:00 +
//     offset, for every hour boundary at or after the first List 1, carrying the registers at
//     hh:00:00 and the instantaneous values of the interval it falls in. When the offset is a
//     multiple of 10 the List 2 shares its second with a List 1: the List 1 comes first ("List 1
//     has priority"), the List 2 is the next push with the same sentAtUtc and meter clock stamp.
//   Kamstrup Denmark: the 65-item list every 10 s, with the registers as they stand then.
//   Aidon: every 2.5 s a List 1 (power), every 10 s a List 2 instead, and at hh:00:00 a List 3
//     with the registers of that instant.
//   Kaifa: every 2 s a List 1, every 10 s a List 2 instead, and at hh:00:10 a List 3 with the
//     registers of hh:00:00 (when the simulation had started by then).
//
// The Danish meter reports power and energy per phase. It registers each phase's import and
// export on its own and its totals are their sums (it does not net one phase's export against
// another's import), so the phase powers add up to the total powers and the phase registers to
// the total registers, exactly; power factors are |P| / S per phase and in total.
//
// The meter clock is wall-clock time: Europe/Oslo with DST or UTC+1 all year, stamped the way the
// make does (SimulatorClock). So in FollowsDst mode the October night has two List 2 stamped
// 02:00:05 and the March night none stamped 02:xx; there is always exactly one hourly list per
// real hour.
class MeterSimulator
{
public:
    // An invalid settings.start is a caller's error (han-cli passes the current time); the
    // simulator then starts at 2026-01-01T00:00Z rather than reading a clock itself.
    explicit MeterSimulator(const SimulatorSettings& settings);

    // The next push, per the make's timing.
    SimulatedFrame next();
    // When next() will be sent.
    QDateTime nextPushUtc() const;

    // The meter's wall clock for a UTC instant, per the clock mode (a QDateTime in that zone).
    QDateTime meterWallClock(const QDateTime& utc) const;

    // The four registers (import, export, reactive import, reactive export; Wh and varh) as
    // they stand after the pushes made so far, unrounded: settings whose initial registers are
    // these continue this meter without a step (the simulated history the GUI fills in).
    std::array<double, 4> registersNow() const;
    // The settings as used: phases, offset, meter id and type made valid.
    const SimulatorSettings& settings() const { return m_settings; }

    // A line of the truth file, without a trailing newline (the writer adds it): the push's
    // "seq", "sent_at" (UTC ISO 8601 with ms and 'Z'), "list" (1, 2 or 3), "frame_counter" of an
    // encrypted frame, "damage" and, when they apply, "damage_at" / "noise_bytes", then the
    // reading's members as `han-cli decode` prints them (ReadingJson).
    static QByteArray truthLine(const SimulatedFrame& frame);

    // Kamstrup Norway: "6841131BN243101040" (three-phase TN) or "6861111BN242101040"
    // (single-phase).
    static QString defaultMeterType(int phases);
    // The make's meter type for three or one phases (empty for the Danish list, which has none).
    static QString defaultMeterType(SimulatorSettings::Make make, int phases);

private:
    using Make = SimulatorSettings::Make;

    // Which push comes next and when; advances the schedule and the household.
    int schedule(std::int64_t& atMs);
    MeterReading readingFor(int list, std::int64_t atMs);
    void beginInterval(std::int64_t utcMs);
    void setPhaseValues(const std::array<double, 3>& activeW, const std::array<double, 3>& reactiveVar,
                        const std::array<double, 3>& volts);
    double registerWh(std::size_t index) const;
    double phaseRegisterWh(std::size_t direction, std::size_t phase) const;
    void setRegisters(MeterReading& reading, const std::array<double, 4>& registers) const;
    void snapshotRegisters(std::array<double, 4>& registers) const;

    SimulatorSettings m_settings;
    SimulatorClock m_clock;
    SimulatorFrameEncoder m_encoder;
    HouseholdModel m_household;
    FaultInjector m_faults;
    SimulatorRandom m_voltageRandom;

    std::uint64_t m_sequence = 0;
    // Kamstrup Norway: the two lists' schedules. Other makes: one push every m_periodMs.
    std::int64_t m_nextList1Ms = 0;
    std::int64_t m_nextList2Ms = 0;
    std::int64_t m_firstPushMs = 0;
    std::int64_t m_periodMs = 10'000;
    // The frame counter of the first push of an encrypted meter; each push adds one.
    std::uint32_t m_counterBase = 0;
    // The values of the interval in progress, with the meter's identity; no clock yet.
    MeterReading m_current;

    // Energy since the first push in W·s (var·s): import, export, reactive import, reactive
    // export. Integers, so the registers are the exact sum of what the pushes reported.
    std::array<std::int64_t, 4> m_energyWs{};
    std::array<std::int64_t, 4> m_initialWh{};
    // The Danish meter's phase registers: [import, export][L1..L3], initial Wh and W·s since.
    std::array<std::array<std::int64_t, 3>, 2> m_phaseInitialWh{};
    std::array<std::array<std::int64_t, 3>, 2> m_phaseEnergyWs{};
    // The registers at the last hh:00:00, for the hourly list that follows.
    std::array<double, 4> m_hourRegistersWh{};
    // The Danish meter's registers at its latest push: totals, and [import, export][L1..L3].
    std::array<double, 4> m_pushRegistersWh{};
    std::array<std::array<double, 3>, 2> m_pushPhaseRegistersWh{};
    // Resolution of the make's values: 10^-digits V and A, and registers in steps of this many Wh.
    int m_voltageDigits = 0;
    int m_currentDigits = 2;
    std::int64_t m_registerStepWh = 10;

    // Grid voltage: a slow walk shared by the phases plus a faster one per phase, in volts.
    double m_gridDriftV = 0.0;
    std::array<double, 3> m_phaseDriftV{};
};

} // namespace han
