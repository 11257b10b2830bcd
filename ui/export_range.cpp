// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_range.h"

namespace han::ui {

std::optional<ExportRange> ExportRange::forPreset(Preset preset, const QDate& today,
                                                  const std::optional<ExportRange>& all)
{
    const QDate monthStart(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::Today:
        return ExportRange{today, today};
    case Preset::Yesterday:
        return ExportRange{today.addDays(-1), today.addDays(-1)};
    case Preset::ThisMonth:
        return ExportRange{monthStart, today};
    case Preset::LastMonth:
        return ExportRange{monthStart.addMonths(-1), monthStart.addDays(-1)};
    case Preset::ThisYear:
        return ExportRange{QDate(today.year(), 1, 1), today};
    case Preset::All:
        if (all && all->isValid())
            return all;
        return std::nullopt;
    case Preset::Custom:
        break;
    }
    return std::nullopt;
}

ExportRange::Preset ExportRange::presetOf(const ExportRange& range, const QDate& today,
                                          const std::optional<ExportRange>& all)
{
    for (const Preset p : {Preset::Today, Preset::Yesterday, Preset::LastMonth, Preset::ThisMonth,
                           Preset::ThisYear, Preset::All}) {
        if (forPreset(p, today, all) == range)
            return p;
    }
    return Preset::Custom;
}

QString ExportRange::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Today:
        return tr("Today");
    case Preset::Yesterday:
        return tr("Yesterday");
    case Preset::ThisMonth:
        return tr("This month");
    case Preset::LastMonth:
        return tr("Last month");
    case Preset::ThisYear:
        return tr("This year");
    case Preset::All:
        return tr("All");
    case Preset::Custom:
        break;
    }
    return tr("Custom");
}

QString ExportRange::fileStem() const
{
    // File names are machine text: ISO dates whatever the locale.
    if (!isValid())
        return QStringLiteral("range");
    if (first == last)
        return first.toString(Qt::ISODate);
    const bool wholeMonths = first.day() == 1 && last.addDays(1).day() == 1;
    if (wholeMonths && first.year() == last.year() && first.month() == last.month())
        return first.toString(QStringLiteral("yyyy-MM"));
    if (wholeMonths && first.month() == 1 && last.month() == 12 && first.year() == last.year())
        return QString::number(first.year());
    return first.toString(Qt::ISODate) + QLatin1Char('_') + last.toString(Qt::ISODate);
}

} // namespace han::ui
