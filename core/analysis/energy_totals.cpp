// SPDX-License-Identifier: GPL-3.0-or-later
#include "energy_totals.h"

#include <QDateTime>

#include <map>

namespace han {
namespace {

enum class Period
{
    Day,
    Month,
    Year
};

QDate periodStart(const QDate& day, Period period)
{
    switch (period) {
    case Period::Day:
        return day;
    case Period::Month:
        return QDate(day.year(), day.month(), 1);
    case Period::Year:
        return QDate(day.year(), 1, 1);
    }
    return day;
}

// Hours are grouped by the local calendar day their start falls on, so a day is 23, 24 or 25
// rows long and the repeated October hour counts twice, as it was lived.
std::vector<EnergyTotal> totals(const std::vector<HourlyEnergy>& hours, const QTimeZone& zone,
                                Period period)
{
    std::map<QDate, EnergyTotal> byStart;
    // Offsets only change on the hour, so one lookup per distinct offset stretch would do; a
    // year is 8,760 rows, cheap enough to convert each.
    for (const HourlyEnergy& hour : hours) {
        const QDate day =
            QDateTime::fromMSecsSinceEpoch(hour.hourStartUtcMs, Qt::UTC).toTimeZone(zone).date();
        const QDate start = periodStart(day, period);
        auto [it, inserted] = byStart.try_emplace(start);
        EnergyTotal& total = it->second;
        if (inserted)
            total.start = start;
        ++total.hours;
        total.importKwh += hour.importKwh;
        total.exportKwh += hour.exportKwh;
        total.reactiveImportKvarh += hour.reactiveImportKvarh;
        total.reactiveExportKvarh += hour.reactiveExportKvarh;
        total.quality = worseQuality(total.quality, hour.quality);
    }
    std::vector<EnergyTotal> out;
    out.reserve(byStart.size());
    for (auto& entry : byStart)
        out.push_back(entry.second);
    return out;
}

} // namespace

std::vector<EnergyTotal> EnergyTotals::daily(const std::vector<HourlyEnergy>& hours,
                                             const QTimeZone& zone)
{
    return totals(hours, zone, Period::Day);
}

std::vector<EnergyTotal> EnergyTotals::monthly(const std::vector<HourlyEnergy>& hours,
                                               const QTimeZone& zone)
{
    return totals(hours, zone, Period::Month);
}

std::vector<EnergyTotal> EnergyTotals::yearly(const std::vector<HourlyEnergy>& hours,
                                              const QTimeZone& zone)
{
    return totals(hours, zone, Period::Year);
}

} // namespace han
