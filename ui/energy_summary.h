// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy_quality.h"
#include "energy_totals_model.h"
#include "hourly_energy.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace han::ui {

// The totals under the Energy view's table: import and export of the period's ended hours and
// how many hours of each quality they include.
struct EnergySummary
{
    Q_DECLARE_TR_FUNCTIONS(EnergySummary)

public:
    double importKwh = 0;
    double exportKwh = 0;
    int hours = 0;
    int measured = 0;
    int estimated = 0;
    int suspect = 0;
    int missing = 0;

    static EnergySummary of(const std::vector<HourlyEnergy>& hours);
    static EnergySummary of(const std::vector<EnergyTotalsModel::Row>& rows);

    // Some hour had data (missing hours add nothing, so sums without any would claim 0 kWh).
    bool hasData() const { return missing < hours; }
    // "All 24 hours measured.", "25 hours: 23 measured, 2 estimated."
    QString qualityNote() const;

private:
    void count(EnergyQuality quality, int n);
};

} // namespace han::ui
