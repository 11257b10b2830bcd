// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator_random.h"

#include <QDate>

#include <array>
#include <cstdint>

namespace han {

// A Norwegian detached house with solar panels, as seen by its meter: what each phase draws
// during one 10 s interval. Pure and deterministic: no clock, no I/O, no Qt objects.
//
// Loads and the phase they sit on (three-phase TN; a single-phase house has all on L1):
//   base load 300-500 W (standby, ventilation), spread over the phases, slightly capacitive;
//   a fridge compressor cycling ~100 W (L2); lights and evening electronics (L1, L2);
//   cooking 2-4 kW in the evening and a shorter morning peak, plates cycling (L1 + L3);
//   a 2 kW water heater whose thermostat follows showers and standing losses (L3);
//   a dishwasher some evenings (L2); a heat pump that follows the outdoor temperature
//   (three phases, nothing in summer); an EV some nights at 11 kW (three phases) or 7.4 kW (L1).
// The panels face south at 35 degrees near Oslo; output follows the sun's position for the day
// of year and the day's weather, and is fed in equally on all phases by a three-phase inverter.
//
// What happens on a day (weather, meal times, showers, whether the car charges) is drawn from
// the seed and that date alone, so a simulation started on any date sees the same days. Only the
// moment-to-moment states (fridge, thermostat, passing clouds) run on from the start.
class HouseholdModel
{
public:
    static constexpr int kStepSeconds = 10;

    // Power during one interval, per phase: positive is drawn from the grid, negative fed in.
    struct Load
    {
        std::array<double, 3> activeW{};
        std::array<double, 3> reactiveVar{};
        double solarW = 0.0; // what the panels produced (already netted into activeW)
    };

    enum class Weather
    {
        Sunny,
        Mixed,
        Overcast
    };

    HouseholdModel(std::uint64_t seed, int phases, double solarPeakW);

    // The interval that starts at `utcSeconds` (since the epoch). `localDate` and
    // `localSecondOfDay` are the house's wall clock (Europe/Oslo): people live by it whatever
    // the meter's clock says. Called with rising instants, normally 10 s apart.
    Load step(std::int64_t utcSeconds, const QDate& localDate, int localSecondOfDay);

    // The day's weather, a function of the seed and the date only.
    Weather weatherOn(const QDate& date) const;
    // What fraction of their peak clear-sky panels give at an instant (0 at night, 1 at noon on
    // midsummer day); weather comes on top.
    static double clearSkyFraction(std::int64_t utcSeconds);

private:
    struct EvSession
    {
        std::int64_t startUtc = 0;
        std::int64_t endUtc = 0; // start = end: no session
        double powerW = 0.0;
        bool threePhase = false;
    };
    struct WaterDraw
    {
        int start = 0; // local second of day
        int seconds = 0;
        double energyWh = 0.0;
    };
    struct DayPlan
    {
        Weather weather = Weather::Overcast;
        double clearness = 0.0; // share of clear-sky output the day's sky lets through
        double temperatureOffset = 0.0;
        double baseW = 400.0;
        double baseVar = -60.0;
        int morningCookStart = 0, morningCookSeconds = 0;
        double morningCookW = 0.0;
        int eveningCookStart = 0, eveningCookSeconds = 0;
        double eveningCookW = 0.0;
        std::array<WaterDraw, 3> showers{};
        int dishwasherStart = -1; // -1: not today
        int lightsOn = 0, lightsOff = 0;
        double lightsW = 0.0;
        // Seconds after the day's local midnight; may run past the next midnight.
        int evStart = 0;
        double evEnergyWh = 0.0; // 0: the car does not charge tonight
        double evPowerW = 0.0;
        bool evThreePhase = false;
    };

    DayPlan planFor(const QDate& date) const;
    EvSession evSessionOf(const DayPlan& plan, std::int64_t utcMidnight) const;
    void startDay(const QDate& date, std::int64_t utcMidnight);
    double outdoorTemperature(const QDate& date, int localSecondOfDay) const;
    double solarW(std::int64_t utcSeconds);
    double cookingW(int second, int start, int seconds, double power);
    double waterHeaterW(int second);

    std::uint64_t m_seed = 0;
    int m_phases = 3;
    double m_solarPeakW = 0.0;
    SimulatorRandom m_random;

    QDate m_day;
    DayPlan m_plan;
    // Yesterday's session may still run after midnight; it never overlaps today's.
    std::array<EvSession, 2> m_ev{};

    bool m_fridgeOn = false;
    int m_fridgeLeft = 0;
    bool m_plateOn = true;
    int m_plateLeft = 0;
    double m_tankDeficitWh = 0.0; // heat the tank lacks below its upper thermostat point
    bool m_heaterOn = false;
    bool m_cloudy = false;
    int m_cloudLeft = 0;
};

} // namespace han
