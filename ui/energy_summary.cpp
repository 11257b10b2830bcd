// SPDX-License-Identifier: GPL-3.0-or-later
#include "energy_summary.h"

#include <QStringList>

namespace han::ui {

void EnergySummary::count(EnergyQuality quality, int n)
{
    hours += n;
    switch (quality) {
    case EnergyQuality::Measured:
        measured += n;
        break;
    case EnergyQuality::Estimated:
        estimated += n;
        break;
    case EnergyQuality::Suspect:
        suspect += n;
        break;
    case EnergyQuality::Missing:
        missing += n;
        break;
    }
}

EnergySummary EnergySummary::of(const std::vector<HourlyEnergy>& hours)
{
    EnergySummary sum;
    for (const HourlyEnergy& hour : hours) {
        sum.count(hour.quality, 1);
        sum.importKwh += hour.importKwh;
        sum.exportKwh += hour.exportKwh;
    }
    return sum;
}

EnergySummary EnergySummary::of(const std::vector<EnergyTotalsModel::Row>& rows)
{
    EnergySummary sum;
    for (const EnergyTotalsModel::Row& row : rows) {
        sum.count(EnergyQuality::Measured, row.measured);
        sum.count(EnergyQuality::Estimated, row.estimated);
        sum.count(EnergyQuality::Suspect, row.suspect);
        sum.count(EnergyQuality::Missing, row.missing);
        sum.importKwh += row.total.importKwh;
        sum.exportKwh += row.total.exportKwh;
    }
    return sum;
}

QString EnergySummary::qualityNote() const
{
    if (hours == 0)
        return tr("No hour of this period has ended yet.");
    if (!hasData())
        return tr("No data was recorded in this period.");
    if (measured == hours)
        return tr("All %Ln hour(s) measured.", nullptr, hours);
    QStringList parts;
    if (measured > 0)
        parts << tr("%1 measured").arg(measured);
    if (estimated > 0)
        parts << tr("%1 estimated").arg(estimated);
    if (suspect > 0)
        parts << tr("%1 suspect").arg(suspect);
    if (missing > 0)
        parts << tr("%1 missing").arg(missing);
    return tr("%Ln hour(s): %1.", nullptr, hours).arg(parts.join(QStringLiteral(", ")));
}

} // namespace han::ui
