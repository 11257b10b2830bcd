// SPDX-License-Identifier: GPL-3.0-or-later
#include "energy_totals.h"

#include <QDateTime>

#include <cmath>
#include <cstdint>
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

// A sum of kWh that does not collect the binary rounding of its terms: 24 hours of register
// differences like 2.44 + 2.03 + ... come to 47.55, not 47.55000000000001, which is what a
// spreadsheet would show. Each term is counted in whole µWh (register steps are 1 or 10 Wh; an
// estimate loses less than half a µWh), so the sum is exact and the total the double nearest
// to it.
class ExactKwhSum
{
public:
    void add(double kwh)
    {
        if (std::isfinite(kwh) && std::fabs(kwh) < kMaxKwh)
            m_microWh += std::llround(kwh * kMicroWhPerKwh);
        else
            m_other += kwh; // beyond any meter: left to plain arithmetic
    }
    double value() const { return static_cast<double>(m_microWh) / kMicroWhPerKwh + m_other; }

private:
    static constexpr double kMicroWhPerKwh = 1e9;
    static constexpr double kMaxKwh = 1e9; // 10^18 µWh fits an int64 with room for 9 more
    std::int64_t m_microWh = 0;
    double m_other = 0;
};

struct Sums
{
    EnergyTotal total;
    ExactKwhSum importKwh, exportKwh, reactiveImportKvarh, reactiveExportKvarh;
};

// Hours are grouped by the local calendar day their start falls on, so a day is 23, 24 or 25
// rows long and the repeated October hour counts twice, as it was lived.
std::vector<EnergyTotal> totals(const std::vector<HourlyEnergy>& hours, const QTimeZone& zone,
                                Period period)
{
    std::map<QDate, Sums> byStart;
    // Offsets only change on the hour, so one lookup per distinct offset stretch would do; a
    // year is 8,760 rows, cheap enough to convert each.
    for (const HourlyEnergy& hour : hours) {
        const QDate day =
            QDateTime::fromMSecsSinceEpoch(hour.hourStartUtcMs, Qt::UTC).toTimeZone(zone).date();
        const QDate start = periodStart(day, period);
        auto [it, inserted] = byStart.try_emplace(start);
        Sums& sums = it->second;
        if (inserted)
            sums.total.start = start;
        ++sums.total.hours;
        sums.importKwh.add(hour.importKwh);
        sums.exportKwh.add(hour.exportKwh);
        sums.reactiveImportKvarh.add(hour.reactiveImportKvarh);
        sums.reactiveExportKvarh.add(hour.reactiveExportKvarh);
        sums.total.quality = worseQuality(sums.total.quality, hour.quality);
    }
    std::vector<EnergyTotal> out;
    out.reserve(byStart.size());
    for (auto& entry : byStart) {
        Sums& sums = entry.second;
        sums.total.importKwh = sums.importKwh.value();
        sums.total.exportKwh = sums.exportKwh.value();
        sums.total.reactiveImportKvarh = sums.reactiveImportKvarh.value();
        sums.total.reactiveExportKvarh = sums.reactiveExportKvarh.value();
        out.push_back(sums.total);
    }
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
