// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace han::ui {

// The period the Energy view shows: a local day, a month or a year, and the way to step
// through them. A plain value.
struct EnergyPeriod
{
    enum class Kind
    {
        Day,
        Month,
        Year
    };

    Kind kind = Kind::Day;
    QDate date = QDate::currentDate(); // any day in the period

    EnergyPeriod previous() const { return stepped(-1); }
    EnergyPeriod next() const { return stepped(1); }
    EnergyPeriod stepped(int steps) const;

    QDate first() const; // the period's first day
    QDate end() const;   // the day after its last day
    bool contains(const QDate& day) const { return day >= first() && day < end(); }

    // "Tuesday 24 November 2026", "November 2026", "2026" in the user's language.
    QString label() const;

    bool operator==(const EnergyPeriod& other) const
    {
        return kind == other.kind && first() == other.first();
    }
    bool operator!=(const EnergyPeriod& other) const { return !(*this == other); }
};

} // namespace han::ui
