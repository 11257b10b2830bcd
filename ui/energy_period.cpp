// SPDX-License-Identifier: GPL-3.0-or-later
#include "energy_period.h"

#include <QLocale>

namespace han::ui {

EnergyPeriod EnergyPeriod::stepped(int steps) const
{
    EnergyPeriod out = *this;
    switch (kind) {
    case Kind::Day:
        out.date = date.addDays(steps);
        break;
    case Kind::Month:
        out.date = first().addMonths(steps);
        break;
    case Kind::Year:
        out.date = first().addYears(steps);
        break;
    }
    return out;
}

QDate EnergyPeriod::first() const
{
    switch (kind) {
    case Kind::Day:
        return date;
    case Kind::Month:
        return QDate(date.year(), date.month(), 1);
    case Kind::Year:
        return QDate(date.year(), 1, 1);
    }
    return date;
}

QDate EnergyPeriod::end() const
{
    switch (kind) {
    case Kind::Day:
        return date.addDays(1);
    case Kind::Month:
        return first().addMonths(1);
    case Kind::Year:
        return first().addYears(1);
    }
    return date.addDays(1);
}

QString EnergyPeriod::label() const
{
    const QLocale locale;
    switch (kind) {
    case Kind::Day:
        // The Nordic long formats are the written ones ("tirsdag 24. november 2026", "tirsdag
        // den 24. november 2026"); English (and C) keeps "Tuesday 24 November 2026", not
        // en_US's "Tuesday, November 24, 2026".
        if (locale.language() != QLocale::English && locale.language() != QLocale::C)
            return locale.toString(date, QLocale::LongFormat);
        return locale.toString(date, QStringLiteral("dddd d MMMM yyyy"));
    case Kind::Month:
        return locale.standaloneMonthName(date.month()) + QLatin1Char(' ') +
               QString::number(date.year());
    case Kind::Year:
        return QString::number(date.year());
    }
    return {};
}

} // namespace han::ui
