// SPDX-License-Identifier: GPL-3.0-or-later
#include "meter_simulator.h"

#include "reading_json.h"

#include <algorithm>
#include <cmath>

namespace han {
namespace {

constexpr std::int64_t kIntervalMs = 10'000;
constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kStepSeconds = HouseholdModel::kStepSeconds;
constexpr std::int64_t kJulianDayOfEpoch = 2440588;
// Frame counters count from 2020-01-01T00:00Z in seconds: a meter started later always starts
// above where an earlier run of at most one push a second could have got to.
constexpr std::int64_t kCounterEpochMs = 1'577'836'800'000;

// Service cable and transformer share: what makes the voltage sag under load and rise under
// export (0.08 ohm gives 2.6 V at 32 A).
constexpr double kLineOhms = 0.08;
constexpr double kNominalV = 231.0; // Norwegian low-voltage grids run a little above 230 V

// The Danish meter's registers split over the phases at the start, in percent (L3 gets the rest).
constexpr std::array<std::int64_t, 2> kPhaseSharePercent{40, 35};

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

std::int64_t ceilTo(std::int64_t value, std::int64_t step)
{
    return -floorDiv(-value, step) * step;
}

QDateTime utcFromMs(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// `value` rounded to `digits` decimals, computed as the list mapper computes raw / 10^digits, so
// that encoding and decoding give this double back.
double quantized(double value, int digits)
{
    static constexpr std::array<double, 4> kPow10{1.0, 10.0, 100.0, 1000.0};
    const double scale = kPow10[static_cast<std::size_t>(std::clamp(digits, 0, 3))];
    return static_cast<double>(std::llround(value * scale)) / scale;
}

double powerFactor(double activeW, double apparentVa)
{
    return apparentVa > 0.0 ? quantized(std::min(1.0, std::abs(activeW) / apparentVa), 2) : 1.0;
}

} // namespace

QString MeterSimulator::defaultMeterType(int phases)
{
    return phases == 1 ? QStringLiteral("6861111BN242101040")
                       : QStringLiteral("6841131BN243101040");
}

QString MeterSimulator::defaultMeterType(Make make, int phases)
{
    switch (make) {
    case Make::KamstrupNorway:
        break;
    case Make::KamstrupDenmark:
        return QString();
    case Make::Aidon:
        return phases == 1 ? QStringLiteral("6515") : QStringLiteral("6534");
    case Make::Kaifa:
        return phases == 1 ? QStringLiteral("MA105H2E") : QStringLiteral("MA304H4");
    }
    return defaultMeterType(phases);
}

namespace {

SimulatorSettings sanitized(SimulatorSettings s)
{
    s.phases = s.phases == 1 ? 1 : 3;
    s.list2OffsetSeconds = std::clamp(s.list2OffsetSeconds, 0, 59);
    const QString norwegianDefault =
        SimulatorSettings::defaultMeterId(SimulatorSettings::Make::KamstrupNorway);
    bool isNumber = false;
    const qulonglong number = s.meterId.toULongLong(&isNumber);
    if (s.meterId.isEmpty() ||
        (s.make != SimulatorSettings::Make::KamstrupNorway && s.meterId == norwegianDefault) ||
        (s.make == SimulatorSettings::Make::KamstrupDenmark &&
         (!isNumber || number > 0xFFFFFFFFULL || s.meterId.startsWith(QLatin1Char('0')))))
        s.meterId = SimulatorSettings::defaultMeterId(s.make);
    if (s.meterType.isEmpty())
        s.meterType = MeterSimulator::defaultMeterType(s.make, s.phases);
    if (s.make == SimulatorSettings::Make::KamstrupDenmark)
        s.meterType.clear(); // the Danish list has no meter type
    if (s.encrypted && !s.keys.hasEncryptionKey())
        s.keys = SimulatorSettings::demoKeys();
    if (!s.start.isValid())
        s.start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    s.start = s.start.toUTC();
    return s;
}

} // namespace

MeterSimulator::MeterSimulator(const SimulatorSettings& settings)
    : m_settings(sanitized(settings)), m_clock(m_settings.clock), m_encoder(m_settings),
      m_household(m_settings.seed, m_settings.phases, m_settings.solarPeakW),
      m_faults(m_settings.faults, m_settings.seed,
               ceilTo(m_settings.start.toMSecsSinceEpoch(), kIntervalMs)),
      m_voltageRandom(SimulatorRandom::derive(m_settings.seed, 2))
{
    m_firstPushMs = ceilTo(m_settings.start.toMSecsSinceEpoch(), kIntervalMs);
    m_nextList1Ms = m_firstPushMs;
    m_nextList2Ms = ceilTo(m_nextList1Ms, kHourMs) + m_settings.list2OffsetSeconds * 1000;
    m_counterBase = static_cast<std::uint32_t>(
        std::max<std::int64_t>(1, (m_firstPushMs - kCounterEpochMs) / 1000));

    switch (m_settings.make) {
    case Make::KamstrupNorway:
        m_current.listVersion = QStringLiteral("Kamstrup_V0001");
        break;
    case Make::KamstrupDenmark:
        m_current.listVersion = QStringLiteral("Kamstrup_V0001");
        m_registerStepWh = 1;
        break;
    case Make::Aidon:
        m_current.listVersion = QStringLiteral("AIDON_V0001");
        m_periodMs = 2500;
        m_voltageDigits = 1;
        m_currentDigits = 1;
        break;
    case Make::Kaifa:
        m_current.listVersion = QStringLiteral("KFM_001");
        m_periodMs = 2000;
        m_voltageDigits = 1;
        m_currentDigits = 3;
        m_registerStepWh = 1;
        break;
    }
    m_current.meterId = m_settings.meterId;
    m_current.meterType = m_settings.meterType;

    const double initial[4] = {m_settings.initialImportWh, m_settings.initialExportWh,
                               m_settings.initialReactiveImportVarh,
                               m_settings.initialReactiveExportVarh};
    for (std::size_t i = 0; i < 4; ++i)
        m_initialWh[i] = std::max<std::int64_t>(0, std::llround(initial[i]));
    for (std::size_t direction = 0; direction < 2; ++direction) {
        const std::int64_t total = m_initialWh[direction];
        auto& phases = m_phaseInitialWh[direction];
        if (m_settings.phases == 1) {
            phases = {total, 0, 0};
        } else {
            phases[0] = total * kPhaseSharePercent[0] / 100;
            phases[1] = total * kPhaseSharePercent[1] / 100;
            phases[2] = total - phases[0] - phases[1];
        }
    }
    snapshotRegisters(m_hourRegistersWh);
    m_gridDriftV = m_voltageRandom.normal(0.0, 1.5);
    for (double& v : m_phaseDriftV)
        v = m_voltageRandom.normal(0.0, 0.5);
}

QDateTime MeterSimulator::nextPushUtc() const
{
    if (m_settings.make != Make::KamstrupNorway)
        return utcFromMs(m_nextList1Ms);
    return utcFromMs(std::min(m_nextList1Ms, m_nextList2Ms));
}

QDateTime MeterSimulator::meterWallClock(const QDateTime& utc) const
{
    return m_clock.wallClock(utc);
}

std::array<double, 4> MeterSimulator::registersNow() const
{
    std::array<double, 4> registers{};
    for (std::size_t i = 0; i < registers.size(); ++i) {
        registers[i] = static_cast<double>(m_initialWh[i]) +
                       static_cast<double>(m_energyWs[i]) / 3600.0;
    }
    return registers;
}

double MeterSimulator::phaseRegisterWh(std::size_t direction, std::size_t phase) const
{
    const std::int64_t ws =
        m_phaseInitialWh[direction][phase] * 3600 + m_phaseEnergyWs[direction][phase];
    return static_cast<double>(floorDiv(ws, 3600));
}

double MeterSimulator::registerWh(std::size_t index) const
{
    // The Danish meter's active totals are the sums of its phase registers.
    if (m_settings.make == Make::KamstrupDenmark && index < 2) {
        double sum = 0.0;
        for (std::size_t phase = 0; phase < 3; ++phase)
            sum += phaseRegisterWh(index, phase);
        return sum;
    }
    // The make's resolution: the exact integral floored to a multiple of the step.
    const std::int64_t ws = m_initialWh[index] * 3600 + m_energyWs[index];
    return static_cast<double>(floorDiv(ws, 3600 * m_registerStepWh) * m_registerStepWh);
}

void MeterSimulator::snapshotRegisters(std::array<double, 4>& registers) const
{
    for (std::size_t i = 0; i < registers.size(); ++i)
        registers[i] = registerWh(i);
}

void MeterSimulator::beginInterval(std::int64_t utcMs)
{
    // The registers an hourly list reports are those at hh:00:00, before the hour's first
    // interval.
    if (utcMs % kHourMs == 0)
        snapshotRegisters(m_hourRegistersWh);

    // The house lives by Norwegian time whatever the meter's clock mode.
    const std::int64_t localMs = utcMs + std::int64_t{m_clock.osloAt(utcMs).osloSeconds} * 1000;
    const QDate localDate = QDate::fromJulianDay(floorDiv(localMs, kDayMs) + kJulianDayOfEpoch);
    const auto secondOfDay =
        static_cast<int>((localMs - floorDiv(localMs, kDayMs) * kDayMs) / 1000);
    const HouseholdModel::Load load =
        m_household.step(floorDiv(utcMs, 1000), localDate, secondOfDay);

    m_gridDriftV += -m_gridDriftV * kStepSeconds / 3600.0 + m_voltageRandom.normal(0.0, 0.12);
    // Less load on the grid at night, so the voltage is a little higher then.
    const double daily =
        1.0 * std::cos(2.0 * SimulatorRandom::kPi * (secondOfDay / 3600.0 - 3.0) / 24.0);
    std::array<double, 3> volts{};
    for (std::size_t i = 0; i < 3; ++i) {
        m_phaseDriftV[i] +=
            -m_phaseDriftV[i] * kStepSeconds / 900.0 + m_voltageRandom.normal(0.0, 0.08);
        volts[i] = std::clamp(kNominalV + daily + m_gridDriftV + m_phaseDriftV[i] -
                                  kLineOhms * load.activeW[i] / kNominalV,
                              207.0, 253.0);
    }
    setPhaseValues(load.activeW, load.reactiveVar, volts);
}

void MeterSimulator::setPhaseValues(const std::array<double, 3>& activeW,
                                    const std::array<double, 3>& reactiveVar,
                                    const std::array<double, 3>& volts)
{
    MeterReading& r = m_current;
    const std::array<std::optional<double>*, 3> currents{&r.currentL1A, &r.currentL2A,
                                                         &r.currentL3A};
    const std::array<std::optional<double>*, 3> voltages{&r.voltageL1V, &r.voltageL2V,
                                                         &r.voltageL3V};
    const std::array<std::optional<double>*, 3> phaseImport{
        &r.activeImportL1W, &r.activeImportL2W, &r.activeImportL3W};
    const std::array<std::optional<double>*, 3> phaseExport{
        &r.activeExportL1W, &r.activeExportL2W, &r.activeExportL3W};
    const std::array<std::optional<double>*, 3> phaseFactor{&r.powerFactorL1, &r.powerFactorL2,
                                                            &r.powerFactorL3};
    const bool danish = m_settings.make == Make::KamstrupDenmark;

    double netW = 0.0;
    double netVar = 0.0;
    std::array<std::int64_t, 2> sumW{}; // the Danish meter's import and export, whole W
    double sumAbsW = 0.0;
    double sumVa = 0.0;
    for (std::size_t i = 0; i < 3; ++i) {
        if (i >= static_cast<std::size_t>(m_settings.phases)) {
            for (auto* field : {currents[i], voltages[i], phaseImport[i], phaseExport[i],
                                phaseFactor[i]})
                field->reset();
            continue;
        }
        const double p = activeW[i];
        const double q = reactiveVar[i];
        // The list's resolution, so that encoding and decoding give these doubles back.
        *voltages[i] = quantized(volts[i], m_voltageDigits);
        *currents[i] = quantized(std::hypot(p, q) / volts[i], m_currentDigits);
        netW += p;
        netVar += q;
        if (danish) {
            const std::int64_t w = std::llround(p);
            const std::array<std::int64_t, 2> flow{std::max<std::int64_t>(w, 0),
                                                   std::max<std::int64_t>(-w, 0)};
            *phaseImport[i] = static_cast<double>(flow[0]);
            *phaseExport[i] = static_cast<double>(flow[1]);
            *phaseFactor[i] = powerFactor(p, std::hypot(p, q));
            for (std::size_t d = 0; d < 2; ++d) {
                m_phaseEnergyWs[d][i] += flow[d] * kStepSeconds;
                sumW[d] += flow[d];
            }
            sumAbsW += std::abs(p);
            sumVa += std::hypot(p, q);
        }
    }

    const std::int64_t p = std::llround(netW);
    const std::int64_t q = std::llround(netVar);
    std::array<std::int64_t, 4> powers{
        std::max<std::int64_t>(p, 0), std::max<std::int64_t>(-p, 0), std::max<std::int64_t>(q, 0),
        std::max<std::int64_t>(-q, 0)};
    if (danish) {
        powers[0] = sumW[0];
        powers[1] = sumW[1];
        r.powerFactor = powerFactor(sumAbsW, sumVa);
    } else {
        r.powerFactor.reset();
    }
    r.activeImportW = static_cast<double>(powers[0]);
    r.activeExportW = static_cast<double>(powers[1]);
    r.reactiveImportVar = static_cast<double>(powers[2]);
    r.reactiveExportVar = static_cast<double>(powers[3]);
    for (std::size_t i = 0; i < 4; ++i)
        m_energyWs[i] += powers[i] * kStepSeconds;
}

int MeterSimulator::schedule(std::int64_t& atMs)
{
    if (m_settings.make == Make::KamstrupNorway) {
        // On a tie the List 1 goes first: the meter gives it priority.
        const bool list2 = m_nextList2Ms < m_nextList1Ms;
        atMs = list2 ? m_nextList2Ms : m_nextList1Ms;
        if (list2) {
            m_nextList2Ms += kHourMs;
            return 2;
        }
        beginInterval(atMs);
        m_nextList1Ms += kIntervalMs;
        return 1;
    }

    atMs = m_nextList1Ms;
    m_nextList1Ms += m_periodMs;
    if (atMs % kIntervalMs != 0)
        return 1;
    // The Danish list reports the registers as they stand at the push, before this interval.
    if (m_settings.make == Make::KamstrupDenmark) {
        snapshotRegisters(m_pushRegistersWh);
        for (std::size_t d = 0; d < 2; ++d)
            for (std::size_t i = 0; i < 3; ++i)
                m_pushPhaseRegistersWh[d][i] = phaseRegisterWh(d, i);
    }
    beginInterval(atMs);
    switch (m_settings.make) {
    case Make::KamstrupNorway:
    case Make::KamstrupDenmark:
        return 1;
    case Make::Aidon:
        return atMs % kHourMs == 0 ? 3 : 2;
    case Make::Kaifa:
        return atMs % kHourMs == kIntervalMs && atMs - kIntervalMs >= m_firstPushMs ? 3 : 2;
    }
    return 2;
}

void MeterSimulator::setRegisters(MeterReading& reading, const std::array<double, 4>& registers) const
{
    reading.activeImportWh = registers[0];
    reading.activeExportWh = registers[1];
    reading.reactiveImportVarh = registers[2];
    reading.reactiveExportVarh = registers[3];
}

MeterReading MeterSimulator::readingFor(int list, std::int64_t atMs)
{
    const CosemDateTime stamp = m_clock.stamp(atMs, m_settings.make);
    switch (m_settings.make) {
    case Make::KamstrupNorway: {
        MeterReading r = m_current;
        r.meterTime = stamp;
        if (list == 2) {
            r.meterClock = stamp;
            setRegisters(r, m_hourRegistersWh);
        }
        return r;
    }
    case Make::KamstrupDenmark: {
        MeterReading r = m_current;
        r.meterTime = stamp;
        r.meterClock = stamp;
        setRegisters(r, m_pushRegistersWh);
        const std::array<std::optional<double>*, 3> imports{
            &r.activeImportL1Wh, &r.activeImportL2Wh, &r.activeImportL3Wh};
        const std::array<std::optional<double>*, 3> exports{
            &r.activeExportL1Wh, &r.activeExportL2Wh, &r.activeExportL3Wh};
        for (std::size_t i = 0; i < static_cast<std::size_t>(m_settings.phases); ++i) {
            *imports[i] = m_pushPhaseRegistersWh[0][i];
            *exports[i] = m_pushPhaseRegistersWh[1][i];
        }
        return r;
    }
    case Make::Aidon:
    case Make::Kaifa:
        break;
    }
    // Aidon and Kaifa: List 1 is the power alone.
    MeterReading r;
    if (list == 1)
        r.activeImportW = m_current.activeImportW;
    else
        r = m_current;
    if (m_settings.make == Make::Kaifa)
        r.meterTime = stamp; // Aidon sends no date-time in the APDU
    if (list == 3) {
        r.meterClock = stamp;
        setRegisters(r, m_hourRegistersWh);
    }
    return r;
}

SimulatedFrame MeterSimulator::next()
{
    SimulatedFrame frame;
    frame.sequence = m_sequence++;
    std::int64_t at = 0;
    frame.list = schedule(at);
    frame.sentAtUtc = utcFromMs(at);
    frame.reading = readingFor(frame.list, at);
    if (m_encoder.encrypts())
        frame.frameCounter = m_counterBase + static_cast<std::uint32_t>(frame.sequence);
    frame.intact = m_encoder.encode(frame.reading, frame.frameCounter);
    m_faults.apply(frame);
    return frame;
}

QByteArray MeterSimulator::truthLine(const SimulatedFrame& frame)
{
    QByteArray out;
    out.reserve(720);
    out.append('{');
    bool first = true;
    ReadingJson::appendKey(out, "seq", first);
    out.append(QByteArray::number(static_cast<qulonglong>(frame.sequence)));
    ReadingJson::appendKey(out, "sent_at", first);
    ReadingJson::appendString(out, frame.sentAtUtc.toUTC().toString(Qt::ISODateWithMs));
    ReadingJson::appendKey(out, "list", first);
    out.append(QByteArray::number(frame.listNumber()));
    if (frame.frameCounter != 0) {
        ReadingJson::appendKey(out, "frame_counter", first);
        out.append(QByteArray::number(frame.frameCounter));
    }
    ReadingJson::appendKey(out, "damage", first);
    out.append('"').append(SimulatedFrame::damageName(frame.damage)).append('"');
    if (frame.damageAt >= 0) {
        ReadingJson::appendKey(out, "damage_at", first);
        out.append(QByteArray::number(static_cast<qlonglong>(frame.damageAt)));
    }
    if (frame.noiseBytes > 0) {
        ReadingJson::appendKey(out, "noise_bytes", first);
        out.append(QByteArray::number(frame.noiseBytes));
    }
    ReadingJson::appendMembers(out, frame.reading, first);
    out.append('}');
    return out;
}

} // namespace han
