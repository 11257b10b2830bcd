// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy_quality.h"
#include "hourly_energy.h"

#include <QDate>
#include <QTimeZone>

#include <vector>

namespace han {

// Sums of hourly energy per local calendar day, month or year.
struct EnergyTotal
{
    QDate start;   // the first local day of the period
    int hours = 0; // the hour rows summed: 23, 24 or 25 for a complete day
    double importKwh = 0;
    double exportKwh = 0;
    double reactiveImportKvarh = 0;
    double reactiveExportKvarh = 0;
    // The worst quality of the period's hours (Measured < Estimated < Suspect < Missing).
    EnergyQuality quality = EnergyQuality::Measured;
};

// An hour belongs to the local calendar day (in `zone`) on which it starts, so the repeated
// October hour counts twice and the skipped March hour not at all, as they were lived. Only
// periods that have rows appear, in order; missing hours add nothing to the sums but make the
// period's quality missing.
class EnergyTotals
{
public:
    static std::vector<EnergyTotal> daily(const std::vector<HourlyEnergy>& hours,
                                          const QTimeZone& zone);
    static std::vector<EnergyTotal> monthly(const std::vector<HourlyEnergy>& hours,
                                            const QTimeZone& zone);
    static std::vector<EnergyTotal> yearly(const std::vector<HourlyEnergy>& hours,
                                           const QTimeZone& zone);
};

} // namespace han
