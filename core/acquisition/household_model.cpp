// SPDX-License-Identifier: GPL-3.0-or-later
#include "household_model.h"

#include <algorithm>
#include <cmath>

namespace han {
namespace {

constexpr double kPi = SimulatorRandom::kPi;
constexpr double kDegree = kPi / 180.0;
constexpr int kHour = 3600;
constexpr int kMinute = 60;
constexpr double kStepHours = HouseholdModel::kStepSeconds / 3600.0;

// Near Oslo; the panels face south, tilted 35 degrees.
constexpr double kLatitude = 59.9 * kDegree;
constexpr double kLongitudeDegrees = 10.75;
constexpr double kTilt = 35.0 * kDegree;

constexpr double kFridgeW = 95.0;
constexpr double kWaterHeaterW = 2000.0;
constexpr double kTankStandingLossW = 80.0;
// 200 l between the thermostat's two points, 4 K apart: 200 * 4 * 1.163 Wh.
constexpr double kThermostatBandWh = 930.0;
constexpr double kDishwasherHeaterW = 1800.0;
constexpr double kDishwasherPumpW = 120.0;
constexpr double kElectronicsW = 120.0;

// Reactive share (tan phi) per kind of load: motors lag (+), LED drivers and switch-mode
// supplies lead (-), heating elements are resistive.
constexpr double kFridgeTanPhi = 0.88;   // cos phi 0.75
constexpr double kHeatPumpTanPhi = 0.33; // cos phi 0.95
constexpr double kEvTanPhi = 0.06;
constexpr double kLightsTanPhi = -0.30;
constexpr double kInverterTanPhi = -0.02;

// Share of a load per phase: L1, L2, L3.
constexpr std::array<double, 3> kBaseSplit{0.40, 0.35, 0.25};
constexpr std::array<double, 3> kEvenSplit{1.0 / 3, 1.0 / 3, 1.0 / 3};
constexpr std::array<double, 3> kCookingSplit{0.5, 0.0, 0.5};

// 1 at midsummer, -1 at midwinter.
double season(int dayOfYear)
{
    return std::cos(2.0 * kPi * (dayOfYear - 172) / 365.0);
}

int dayOfYearAt(std::int64_t utcSeconds)
{
    const std::int64_t days = utcSeconds >= 0 ? utcSeconds / 86400 : (utcSeconds - 86399) / 86400;
    return QDate(1970, 1, 1).addDays(days).dayOfYear();
}

// Plane-of-array clear-sky irradiance, in units of the extraterrestrial beam.
double clearSkyIrradiance(int dayOfYear, double utcHour)
{
    const double b = 2.0 * kPi * (dayOfYear - 81) / 365.0;
    const double declination = 23.44 * kDegree * std::sin(b);
    const double equationOfTimeMinutes =
        9.87 * std::sin(2 * b) - 7.53 * std::cos(b) - 1.5 * std::sin(b);
    const double solarHour = utcHour + kLongitudeDegrees / 15.0 + equationOfTimeMinutes / 60.0;
    const double hourAngle = (solarHour - 12.0) * 15.0 * kDegree;
    const double sinElevation = std::sin(kLatitude) * std::sin(declination) +
                                std::cos(kLatitude) * std::cos(declination) * std::cos(hourAngle);
    if (sinElevation <= 0.01)
        return 0.0;
    const double airMass = 1.0 / std::max(sinElevation, 0.03);
    const double beam = std::pow(0.7, std::pow(airMass, 0.678));
    const double cosIncidence =
        std::sin(declination) * std::sin(kLatitude - kTilt) +
        std::cos(declination) * std::cos(kLatitude - kTilt) * std::cos(hourAngle);
    const double diffuse = 0.1 * sinElevation;
    return beam * std::max(cosIncidence, 0.0) + diffuse;
}

} // namespace

HouseholdModel::HouseholdModel(std::uint64_t seed, int phases, double solarPeakW)
    : m_seed(seed), m_phases(phases == 1 ? 1 : 3), m_solarPeakW(std::max(solarPeakW, 0.0)),
      m_random(SimulatorRandom::derive(seed, 1))
{
    m_fridgeOn = m_random.chance(0.3);
    m_fridgeLeft = static_cast<int>(m_random.uniformInt(1, 180));
    m_tankDeficitWh = m_random.uniform(0.0, kThermostatBandWh);
}

double HouseholdModel::clearSkyFraction(std::int64_t utcSeconds)
{
    // Midsummer solar noon is the brightest the panels see.
    static const double reference = [] {
        double best = 0.0;
        for (int minute = 9 * 60; minute <= 13 * 60; ++minute)
            best = std::max(best, clearSkyIrradiance(172, minute / 60.0));
        return best;
    }();
    const std::int64_t secondOfDay = ((utcSeconds % 86400) + 86400) % 86400;
    const double irradiance =
        clearSkyIrradiance(dayOfYearAt(utcSeconds), static_cast<double>(secondOfDay) / kHour);
    return std::min(irradiance / reference, 1.0);
}

HouseholdModel::Weather HouseholdModel::weatherOn(const QDate& date) const
{
    return planFor(date).weather;
}

HouseholdModel::DayPlan HouseholdModel::planFor(const QDate& date) const
{
    // Seeded by the date alone: a run that starts on any day sees the same days.
    SimulatorRandom r(SimulatorRandom::derive(
        m_seed, 0x10000000ULL + static_cast<std::uint64_t>(date.toJulianDay())));
    const double s = season(date.dayOfYear());
    const bool weekend = date.dayOfWeek() >= 6;
    DayPlan p;

    const double sky = r.uniform();
    const double sunnyShare = 0.35 + 0.15 * s;
    const double overcastShare = 0.35 - 0.10 * s;
    if (sky < sunnyShare) {
        p.weather = Weather::Sunny;
        p.clearness = r.uniform(0.85, 1.0);
    } else if (sky < 1.0 - overcastShare) {
        p.weather = Weather::Mixed;
        p.clearness = r.uniform(0.55, 0.85);
    } else {
        p.weather = Weather::Overcast;
        p.clearness = r.uniform(0.08, 0.25);
    }
    p.temperatureOffset = r.normal(0.0, 3.0);
    p.baseW = r.uniform(300.0, 500.0);
    p.baseVar = -r.uniform(40.0, 90.0);

    p.morningCookStart = static_cast<int>(
        weekend ? r.uniformInt(8 * kHour, 10 * kHour)
                : r.uniformInt(6 * kHour + 30 * kMinute, 7 * kHour + 30 * kMinute));
    p.morningCookSeconds = static_cast<int>(weekend ? r.uniformInt(20 * kMinute, 45 * kMinute)
                                                    : r.uniformInt(8 * kMinute, 20 * kMinute));
    p.morningCookW = r.uniform(1800.0, 2600.0);
    p.eveningCookStart =
        static_cast<int>(r.uniformInt(16 * kHour + 30 * kMinute, 18 * kHour + 30 * kMinute));
    p.eveningCookSeconds = static_cast<int>(r.uniformInt(30 * kMinute, 75 * kMinute));
    p.eveningCookW = r.uniform(2000.0, 4000.0);

    const auto showers = r.uniformInt(1, 3);
    for (std::size_t i = 0; i < p.showers.size(); ++i) {
        WaterDraw& d = p.showers[i];
        const bool morning = r.chance(0.6);
        d.start = static_cast<int>(
            morning ? r.uniformInt(6 * kHour + 15 * kMinute, 8 * kHour + 30 * kMinute)
                    : r.uniformInt(19 * kHour + 30 * kMinute, 22 * kHour + 30 * kMinute));
        d.seconds = 10 * kMinute;
        d.energyWh = static_cast<std::int64_t>(i) < showers ? r.uniform(1500.0, 3000.0) : 0.0;
    }
    p.dishwasherStart =
        r.chance(0.6)
            ? static_cast<int>(r.uniformInt(19 * kHour + 30 * kMinute, 22 * kHour + 30 * kMinute))
            : -1;

    // Lights go on around sunset: late in summer, mid-afternoon in winter.
    p.lightsOn = static_cast<int>((19.0 + 3.0 * s) * kHour + r.uniform(-1800.0, 1800.0));
    p.lightsOff = static_cast<int>(r.uniformInt(23 * kHour, 23 * kHour + 45 * kMinute));
    p.lightsW = r.uniform(150.0, 300.0);

    // Some nights the car charges, starting in the evening or after midnight.
    if (r.chance(0.35)) {
        p.evStart =
            static_cast<int>(r.uniformInt(21 * kHour + 30 * kMinute, 25 * kHour + 30 * kMinute));
        p.evEnergyWh = r.uniform(8000.0, 40000.0);
        p.evThreePhase = m_phases == 3 && r.chance(0.6);
        p.evPowerW = p.evThreePhase ? 11000.0 : 7400.0;
    }
    return p;
}

HouseholdModel::EvSession HouseholdModel::evSessionOf(const DayPlan& plan,
                                                      std::int64_t utcMidnight) const
{
    EvSession session;
    if (plan.evEnergyWh <= 0.0)
        return session;
    session.startUtc = utcMidnight + plan.evStart;
    session.endUtc =
        session.startUtc + static_cast<std::int64_t>(plan.evEnergyWh / plan.evPowerW * kHour);
    session.powerW = plan.evPowerW;
    session.threePhase = plan.evThreePhase;
    return session;
}

void HouseholdModel::startDay(const QDate& date, std::int64_t utcMidnight)
{
    if (!m_day.isValid()) {
        // The first day of a run: a session from the evening before may still be charging.
        m_ev[1] = evSessionOf(planFor(date.addDays(-1)), utcMidnight - 86400);
    }
    m_day = date;
    m_plan = planFor(date);
    m_ev[0] = m_ev[1];
    m_ev[1] = evSessionOf(m_plan, utcMidnight);
}

double HouseholdModel::outdoorTemperature(const QDate& date, int second) const
{
    // Oslo: about -4 C in late January, 17 C in July; coldest before dawn, warmest mid-afternoon.
    const double seasonal = 6.5 - 10.5 * std::cos(2.0 * kPi * (date.dayOfYear() - 20) / 365.0);
    const double daily = 3.5 * std::sin(2.0 * kPi * (second / 86400.0 - 9.0 / 24.0));
    return seasonal + daily + m_plan.temperatureOffset;
}

double HouseholdModel::solarW(std::int64_t utcSeconds)
{
    if (m_solarPeakW <= 0.0)
        return 0.0;
    const double clearSky = clearSkyFraction(utcSeconds);
    if (clearSky <= 0.0)
        return 0.0;
    double sky = m_plan.clearness;
    switch (m_plan.weather) {
    case Weather::Sunny:
        sky *= 1.0 + m_random.normal(0.0, 0.005);
        break;
    case Weather::Mixed:
        // Clouds pass: minutes of sun, minutes of shade.
        if (--m_cloudLeft <= 0) {
            m_cloudy = !m_cloudy;
            m_cloudLeft = static_cast<int>(m_cloudy ? m_random.uniformInt(6, 90)
                                                    : m_random.uniformInt(6, 60));
        }
        sky = m_cloudy ? 0.25 * sky : std::min(sky + 0.2, 1.0);
        break;
    case Weather::Overcast:
        sky *= 1.0 + m_random.normal(0.0, 0.05);
        break;
    }
    const double watts = std::min(m_solarPeakW * clearSky * std::max(sky, 0.0), m_solarPeakW);
    return watts < 20.0 ? 0.0 : watts; // below that the inverter sleeps
}

double HouseholdModel::cookingW(int second, int start, int seconds, double power)
{
    if (second < start || second >= start + seconds)
        return 0.0;
    // Full power while things heat up, then the plates' regulators switch on and off.
    if (second < start + seconds / 4)
        return power;
    if (--m_plateLeft <= 0) {
        m_plateOn = !m_plateOn;
        m_plateLeft = static_cast<int>(m_random.uniformInt(4, 12));
    }
    return m_plateOn ? power : 0.25 * power;
}

double HouseholdModel::waterHeaterW(int second)
{
    double drawnWh = kTankStandingLossW * kStepHours;
    for (const WaterDraw& d : m_plan.showers) {
        if (d.energyWh > 0.0 && second >= d.start && second < d.start + d.seconds)
            drawnWh += d.energyWh * kStepSeconds / d.seconds;
    }
    if (m_random.chance(0.002)) // a tap opened for the dishes or hands
        drawnWh += 60.0;
    m_tankDeficitWh += drawnWh;
    if (m_tankDeficitWh >= kThermostatBandWh)
        m_heaterOn = true;
    if (!m_heaterOn)
        return 0.0;
    m_tankDeficitWh -= kWaterHeaterW * kStepHours;
    if (m_tankDeficitWh <= 0.0) {
        m_tankDeficitWh = 0.0;
        m_heaterOn = false;
    }
    return kWaterHeaterW;
}

HouseholdModel::Load HouseholdModel::step(std::int64_t utcSeconds, const QDate& localDate,
                                          int localSecondOfDay)
{
    if (localDate != m_day)
        startDay(localDate, utcSeconds - localSecondOfDay);
    const int t = localSecondOfDay;
    Load load;
    // A single-phase house has everything on L1.
    auto add = [&](const std::array<double, 3>& split, double watts, double var) {
        for (std::size_t i = 0; i < 3; ++i) {
            const std::size_t phase = m_phases == 1 ? 0 : i;
            load.activeW[phase] += split[i] * watts;
            load.reactiveVar[phase] += split[i] * var;
        }
    };
    auto addOn = [&](std::size_t phase, double watts, double tanPhi) {
        std::array<double, 3> split{};
        split[phase] = 1.0;
        add(split, watts, watts * tanPhi);
    };

    // Base load wanders a little over the day; its reactive part is capacitive standby gear.
    const double base = m_plan.baseW * (1.0 + 0.06 * std::sin(2.0 * kPi * t / 86400.0 * 3.0)) +
                        m_random.normal(0.0, 6.0);
    add(kBaseSplit, base, m_plan.baseVar);

    if (--m_fridgeLeft <= 0) {
        m_fridgeOn = !m_fridgeOn;
        m_fridgeLeft = static_cast<int>(m_fridgeOn ? m_random.uniformInt(60, 90)
                                                   : m_random.uniformInt(120, 240));
    }
    if (m_fridgeOn)
        addOn(1, kFridgeW, kFridgeTanPhi);

    // Dark winter mornings need lights too; the same days have them on before 18:00.
    const bool darkMorning =
        m_plan.lightsOn < 18 * kHour && t >= 6 * kHour + 30 * kMinute && t < 8 * kHour;
    if ((t >= m_plan.lightsOn && t < m_plan.lightsOff) || darkMorning)
        addOn(0, m_plan.lightsW, kLightsTanPhi);
    if (t >= 18 * kHour && t < 23 * kHour)
        addOn(1, kElectronicsW, -0.15);

    add(kCookingSplit,
        cookingW(t, m_plan.morningCookStart, m_plan.morningCookSeconds, m_plan.morningCookW), 0.0);
    add(kCookingSplit,
        cookingW(t, m_plan.eveningCookStart, m_plan.eveningCookSeconds, m_plan.eveningCookW), 0.0);

    if (m_plan.dishwasherStart >= 0) {
        const int into = t - m_plan.dishwasherStart;
        if ((into >= 0 && into < 20 * kMinute) || (into >= 80 * kMinute && into < 100 * kMinute))
            addOn(1, kDishwasherHeaterW, 0.0);
        else if (into >= 20 * kMinute && into < 80 * kMinute)
            addOn(1, kDishwasherPumpW, 0.75);
    }

    addOn(2, waterHeaterW(t), 0.0);

    // The heat pump modulates with the heat demand and stops when it is mild outside.
    const double heatDemandW = std::min((13.0 - outdoorTemperature(localDate, t)) * 80.0, 3000.0);
    if (heatDemandW > 150.0) {
        const double heatPumpW = heatDemandW * (1.0 + m_random.normal(0.0, 0.03));
        add(kEvenSplit, heatPumpW, heatPumpW * kHeatPumpTanPhi);
    }

    for (const EvSession& ev : m_ev) {
        if (utcSeconds < ev.startUtc || utcSeconds >= ev.endUtc)
            continue;
        // The charger tapers off over its last ten minutes.
        const double taper =
            std::clamp(static_cast<double>(ev.endUtc - utcSeconds) / 600.0, 0.35, 1.0);
        if (ev.threePhase)
            add(kEvenSplit, ev.powerW * taper, ev.powerW * taper * kEvTanPhi);
        else
            addOn(0, ev.powerW * taper, kEvTanPhi);
    }

    load.solarW = solarW(utcSeconds);
    add(kEvenSplit, -load.solarW, load.solarW * kInverterTanPhi);
    return load;
}

} // namespace han
