// SPDX-License-Identifier: GPL-3.0-or-later
#include "meter_simulator.h"

#include "frame_encoder.h"
#include "reading_json.h"

#include <algorithm>
#include <cmath>

namespace han {
namespace {

constexpr std::int64_t kList1PeriodMs = 10'000;
constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kStepSeconds = HouseholdModel::kStepSeconds;
constexpr std::int64_t kJulianDayOfEpoch = 2440588;
constexpr int kStandardTimeOffset = 3600; // UTC+1

// Service cable and transformer share: what makes the voltage sag under load and rise under
// export (0.08 ohm gives 2.6 V at 32 A).
constexpr double kLineOhms = 0.08;
constexpr double kNominalV = 231.0; // Norwegian low-voltage grids run a little above 230 V

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

// The EU rule (last Sunday of March to last Sunday of October, 01:00 UTC), for a system without
// time zone data; with data, QTimeZone answers.
bool euSummerTime(std::int64_t utcMs)
{
    const QDate date = QDate::fromJulianDay(floorDiv(utcMs, kDayMs) + kJulianDayOfEpoch);
    const auto lastSunday = [&](int month) {
        QDate d(date.year(), month, 31);
        return d.addDays(-(d.dayOfWeek() % 7));
    };
    const auto switchMs = [](const QDate& d) {
        return (d.toJulianDay() - kJulianDayOfEpoch) * kDayMs + kHourMs;
    };
    return utcMs >= switchMs(lastSunday(3)) && utcMs < switchMs(lastSunday(10));
}

} // namespace

QString MeterSimulator::defaultMeterType(int phases)
{
    return phases == 1 ? QStringLiteral("6861111BN242101040")
                       : QStringLiteral("6841131BN243101040");
}

namespace {

SimulatorSettings sanitized(SimulatorSettings s)
{
    s.phases = s.phases == 1 ? 1 : 3;
    s.list2OffsetSeconds = std::clamp(s.list2OffsetSeconds, 0, 59);
    if (s.meterType.isEmpty())
        s.meterType = MeterSimulator::defaultMeterType(s.phases);
    if (!s.start.isValid())
        s.start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    s.start = s.start.toUTC();
    return s;
}

} // namespace

MeterSimulator::MeterSimulator(const SimulatorSettings& settings)
    : m_settings(sanitized(settings)), m_oslo(QByteArrayLiteral("Europe/Oslo")),
      m_household(m_settings.seed, m_settings.phases, m_settings.solarPeakW),
      m_faults(m_settings.faults, m_settings.seed,
               ceilTo(m_settings.start.toMSecsSinceEpoch(), kList1PeriodMs)),
      m_voltageRandom(SimulatorRandom::derive(m_settings.seed, 2))
{
    m_encoding.dateTimeEncoding = m_settings.firmware;
    m_encoding.missingItems = KamstrupListEncoder::MissingItems::NullPadded;

    m_nextList1Ms = ceilTo(m_settings.start.toMSecsSinceEpoch(), kList1PeriodMs);
    m_nextList2Ms = ceilTo(m_nextList1Ms, kHourMs) + m_settings.list2OffsetSeconds * 1000;

    m_current.listVersion = QStringLiteral("Kamstrup_V0001");
    m_current.meterId = m_settings.meterId;
    m_current.meterType = m_settings.meterType;

    const double initial[4] = {m_settings.initialImportWh, m_settings.initialExportWh,
                               m_settings.initialReactiveImportVarh,
                               m_settings.initialReactiveExportVarh};
    for (std::size_t i = 0; i < 4; ++i) {
        m_initialWh[i] = std::max<std::int64_t>(0, std::llround(initial[i]));
        m_hourRegistersWh[i] = registerWh(i);
    }
    m_gridDriftV = m_voltageRandom.normal(0.0, 1.5);
    for (double& v : m_phaseDriftV)
        v = m_voltageRandom.normal(0.0, 0.5);
}

QDateTime MeterSimulator::nextPushUtc() const
{
    return utcFromMs(std::min(m_nextList1Ms, m_nextList2Ms));
}

QDateTime MeterSimulator::meterWallClock(const QDateTime& utc) const
{
    if (m_settings.clock == SimulatorSettings::ClockMode::StandardTime)
        return utc.toOffsetFromUtc(kStandardTimeOffset);
    if (m_oslo.isValid())
        return utc.toTimeZone(m_oslo);
    return utc.toOffsetFromUtc(euSummerTime(utc.toMSecsSinceEpoch()) ? 2 * 3600 : 3600);
}

const MeterSimulator::ZoneOffset& MeterSimulator::osloAt(std::int64_t utcMs)
{
    // Norway changes its clocks at 01:00 UTC, on an hour boundary: one lookup per hour is exact
    // and keeps QTimeZone out of the per-frame path.
    const std::int64_t hour = floorDiv(utcMs, kHourMs);
    if (hour != m_zone.hour) {
        m_zone.hour = hour;
        if (m_oslo.isValid()) {
            const QDateTime at = utcFromMs(hour * kHourMs);
            m_zone.osloSeconds = m_oslo.offsetFromUtc(at);
            m_zone.osloDst = m_oslo.isDaylightTime(at);
        } else {
            m_zone.osloDst = euSummerTime(hour * kHourMs);
            m_zone.osloSeconds = m_zone.osloDst ? 2 * 3600 : 3600;
        }
    }
    return m_zone;
}

CosemDateTime MeterSimulator::meterStamp(std::int64_t utcMs)
{
    const ZoneOffset& oslo = osloAt(utcMs);
    const bool followsDst = m_settings.clock == SimulatorSettings::ClockMode::FollowsDst;
    const int offset = followsDst ? oslo.osloSeconds : kStandardTimeOffset;
    const std::uint8_t status =
        followsDst && oslo.osloDst ? CosemDateTime::kStatusDaylightSaving : std::uint8_t{0};
    // A UTC QDateTime serves as a zone-free carrier of the wall-clock fields.
    return CosemDateTime::fromLocal(utcFromMs(utcMs + std::int64_t{offset} * 1000), status);
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

double MeterSimulator::registerWh(std::size_t index) const
{
    // The data sheet's 10 Wh resolution: the exact integral floored to a multiple of 10.
    const std::int64_t ws = m_initialWh[index] * 3600 + m_energyWs[index];
    return static_cast<double>(floorDiv(ws, 36'000) * 10);
}

void MeterSimulator::beginInterval(std::int64_t utcMs)
{
    // The registers a List 2 reports are those at hh:00:00, before the hour's first interval.
    if (utcMs % kHourMs == 0) {
        for (std::size_t i = 0; i < 4; ++i)
            m_hourRegistersWh[i] = registerWh(i);
    }

    // The house lives by Norwegian time whatever the meter's clock mode.
    const std::int64_t localMs = utcMs + std::int64_t{osloAt(utcMs).osloSeconds} * 1000;
    const QDate localDate = QDate::fromJulianDay(floorDiv(localMs, kDayMs) + kJulianDayOfEpoch);
    const auto secondOfDay =
        static_cast<int>((localMs - floorDiv(localMs, kDayMs) * kDayMs) / 1000);
    const HouseholdModel::Load load =
        m_household.step(floorDiv(utcMs, 1000), localDate, secondOfDay);

    m_gridDriftV += -m_gridDriftV * kStepSeconds / 3600.0 + m_voltageRandom.normal(0.0, 0.12);
    // Less load on the grid at night, so the voltage is a little higher then.
    const double daily =
        1.0 * std::cos(2.0 * SimulatorRandom::kPi * (secondOfDay / 3600.0 - 3.0) / 24.0);
    std::array<std::optional<double>*, 3> currents{&m_current.currentL1A, &m_current.currentL2A,
                                                   &m_current.currentL3A};
    std::array<std::optional<double>*, 3> voltages{&m_current.voltageL1V, &m_current.voltageL2V,
                                                   &m_current.voltageL3V};
    double activeW = 0.0;
    double reactiveVar = 0.0;
    for (std::size_t i = 0; i < 3; ++i) {
        m_phaseDriftV[i] +=
            -m_phaseDriftV[i] * kStepSeconds / 900.0 + m_voltageRandom.normal(0.0, 0.08);
        if (i >= static_cast<std::size_t>(m_settings.phases)) {
            currents[i]->reset();
            voltages[i]->reset();
            continue;
        }
        const double p = load.activeW[i];
        const double q = load.reactiveVar[i];
        const double volts = std::clamp(kNominalV + daily + m_gridDriftV + m_phaseDriftV[i] -
                                            kLineOhms * p / kNominalV,
                                        207.0, 253.0);
        // The data sheet's resolution, computed so that encoding and decoding give these doubles
        // back.
        *voltages[i] = static_cast<double>(std::llround(volts));
        *currents[i] = static_cast<double>(std::llround(std::hypot(p, q) / volts * 100.0)) / 100.0;
        activeW += p;
        reactiveVar += q;
    }

    const std::int64_t p = std::llround(activeW);
    const std::int64_t q = std::llround(reactiveVar);
    const std::array<std::int64_t, 4> powers{
        std::max<std::int64_t>(p, 0), std::max<std::int64_t>(-p, 0), std::max<std::int64_t>(q, 0),
        std::max<std::int64_t>(-q, 0)};
    m_current.activeImportW = static_cast<double>(powers[0]);
    m_current.activeExportW = static_cast<double>(powers[1]);
    m_current.reactiveImportVar = static_cast<double>(powers[2]);
    m_current.reactiveExportVar = static_cast<double>(powers[3]);
    for (std::size_t i = 0; i < 4; ++i)
        m_energyWs[i] += powers[i] * kStepSeconds;
}

SimulatedFrame MeterSimulator::next()
{
    SimulatedFrame frame;
    frame.sequence = m_sequence++;
    // On a tie the List 1 goes first: the meter gives it priority.
    const bool list2 = m_nextList2Ms < m_nextList1Ms;
    const std::int64_t at = list2 ? m_nextList2Ms : m_nextList1Ms;
    if (list2) {
        m_nextList2Ms += kHourMs;
    } else {
        beginInterval(at);
        m_nextList1Ms += kList1PeriodMs;
    }

    frame.sentAtUtc = utcFromMs(at);
    frame.reading = m_current;
    frame.reading.meterTime = meterStamp(at);
    if (list2) {
        frame.reading.meterClock = frame.reading.meterTime;
        frame.reading.activeImportWh = m_hourRegistersWh[0];
        frame.reading.activeExportWh = m_hourRegistersWh[1];
        frame.reading.reactiveImportVarh = m_hourRegistersWh[2];
        frame.reading.reactiveExportVarh = m_hourRegistersWh[3];
    }
    frame.intact = FrameEncoder::encodeNotificationFrame(
        KamstrupListEncoder::encode(frame.reading, m_encoding));
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
