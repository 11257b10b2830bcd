// SPDX-License-Identifier: GPL-3.0-or-later
#include "solar_totals.h"

#include "session_controller.h"

#include "history_reader.h"
#include "live_model.h"
#include "power_integrator.h"

#include <QDateTime>

#include <algorithm>

namespace han::ui {

namespace {

constexpr std::int64_t kHourMs = 3'600'000;

std::int64_t startOf(const QDate& date)
{
    return QDateTime(date, QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();
}

} // namespace

std::int64_t SolarTotals::localDayStart(std::int64_t utcMs)
{
    return startOf(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::LocalTime).date());
}

std::int64_t SolarTotals::localMonthStart(std::int64_t utcMs)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::LocalTime).date();
    return startOf(QDate(date.year(), date.month(), 1));
}

SolarTotals::Result SolarTotals::compute(const HistoryReader* reader, const QString& meterId,
                                         const LiveModel& live, std::int64_t nowUtcMs)
{
    Result result;
    result.dayStartUtcMs = localDayStart(nowUtcMs);
    result.monthStartUtcMs = localMonthStart(nowUtcMs);
    // The meter's hour when it speaks, else the host's (Nordic zones are whole hours off UTC).
    result.hourStartUtcMs =
        live.hasReading() ? live.currentHourStartUtcMs() : nowUtcMs - nowUtcMs % kHourMs;
    const std::int64_t hourStart = std::max(result.hourStartUtcMs, result.dayStartUtcMs);

    if (!matches(m_beforeToday, meterId, result.monthStartUtcMs, result.dayStartUtcMs)) {
        m_beforeToday.energy =
            hours(reader, meterId, result.monthStartUtcMs, result.dayStartUtcMs, nullptr);
        m_beforeToday = {true, meterId, result.monthStartUtcMs, result.dayStartUtcMs,
                         m_beforeToday.energy, true};
    }
    if (!matches(m_todayHours, meterId, result.dayStartUtcMs, hourStart)) {
        bool final = true;
        const Energy energy = hours(reader, meterId, result.dayStartUtcMs, hourStart, &final);
        m_todayHours = {true, meterId, result.dayStartUtcMs, hourStart, energy, final};
    }

    Energy progress;
    if (live.hasReading() && result.hourStartUtcMs >= result.dayStartUtcMs) {
        const PowerIntegrator::Result thisHour = live.energyThisHour();
        progress.importKwh = thisHour.importKwh;
        progress.exportKwh = thisHour.exportKwh;
        // After a restart the live samples begin inside the hour; the history has the part
        // before them (up to the first live sample, which starts the live integral).
        const std::int64_t liveFirst = live.samples().front().utcMs;
        if (liveFirst > result.hourStartUtcMs) {
            if (!matches(m_beforeLive, meterId, result.hourStartUtcMs, liveFirst)) {
                Energy before;
                if (reader) {
                    const SessionController::HourSoFar stored = SessionController::integrateStored(
                        *reader, meterId, result.hourStartUtcMs, liveFirst);
                    before = {stored.importKwh, stored.exportKwh};
                }
                m_beforeLive = {true, meterId, result.hourStartUtcMs, liveFirst, before, true};
            }
            progress.importKwh += m_beforeLive.energy.importKwh;
            progress.exportKwh += m_beforeLive.energy.exportKwh;
        }
    }
    result.today.importKwh = m_todayHours.energy.importKwh + progress.importKwh;
    result.today.exportKwh = m_todayHours.energy.exportKwh + progress.exportKwh;
    result.month.importKwh = m_beforeToday.energy.importKwh + result.today.importKwh;
    result.month.exportKwh = m_beforeToday.energy.exportKwh + result.today.exportKwh;
    return result;
}

void SolarTotals::historyChanged()
{
    if (!m_todayHours.final)
        m_todayHours.valid = false;
}

void SolarTotals::invalidate()
{
    m_beforeToday.valid = false;
    m_todayHours.valid = false;
    m_beforeLive.valid = false;
}

SolarTotals::Energy SolarTotals::hours(const HistoryReader* reader, const QString& meterId,
                                       std::int64_t from, std::int64_t to, bool* final)
{
    Energy energy;
    if (!reader || !reader->isOpen() || meterId.isEmpty() || to <= from)
        return energy;
    const std::vector<HourlyEnergy> hours = reader->hourlyEnergy(meterId, from, to);
    for (const HourlyEnergy& hour : hours) {
        energy.importKwh += hour.importKwh;
        energy.exportKwh += hour.exportKwh;
    }
    // Only the newest hour waits for something (its List 2, a few seconds after it ended);
    // an older hour without one stays as it is.
    if (final && !hours.empty() && hours.back().quality != EnergyQuality::Measured)
        *final = false;
    return energy;
}

bool SolarTotals::matches(const Cache& cache, const QString& meterId, std::int64_t from,
                          std::int64_t to)
{
    return cache.valid && cache.meterId == meterId && cache.from == from && cache.to == to;
}

} // namespace han::ui
