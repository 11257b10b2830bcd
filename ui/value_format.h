// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace han::ui {

// How the views write numbers and times for people: in the user's locale (decimal comma in
// Norway), with the unit, "–" for a value the meter did not send. Times are local.
class ValueFormat
{
    Q_DECLARE_TR_FUNCTIONS(ValueFormat)

public:
    static QString dash(); // shown for a value the meter did not send

    static QString kilowatts(std::optional<double> watts, int decimals = 2); // "2,35 kW"
    static QString kilovars(std::optional<double> vars, int decimals = 2);   // "0,12 kvar"
    static QString amperes(std::optional<double> amps, int decimals = 1);    // "7,3 A"
    static QString volts(std::optional<double> volts, int decimals = 0);     // "231 V"
    static QString kilowattHours(std::optional<double> kwh, int decimals = 2); // "1,25 kWh"
    static QString kilovarHours(std::optional<double> kvarh, int decimals = 2);
    static QString number(double value, int decimals);

    // Local time of a UTC instant: "14:05:30", "2026-10-25 02:00", per the locale's 24-hour
    // style.
    static QString localTime(std::int64_t utcMs);
    static QString localDateTime(std::int64_t utcMs);
    // A day short enough for an axis or a column, in the locale's order and punctuation:
    // "ons. 25. nov." (nb), "ons 25 nov." (sv), "Wed 25 Nov" (en_GB), "Wed Nov 25" (en_US);
    // without the month "ons. 25.", "Wed 25".
    static QString shortDate(const QDate& date, bool withMonth = true);
    // "14:00–15:00" for the local hour starting at utcMs (a repeated October hour gets its
    // offset: "02:00–03:00 (+02:00)").
    static QString localHour(std::int64_t utcMs, bool withOffsetWhenAmbiguous = true);
    // Whether the local hour starting at utcMs happens twice (the night the clocks go back).
    static bool isRepeatedHour(std::int64_t utcMs);
    // "3 s ago", "2 min ago", "1 h ago".
    static QString age(std::int64_t milliseconds);
};

} // namespace han::ui
