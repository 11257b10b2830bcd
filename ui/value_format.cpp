// SPDX-License-Identifier: GPL-3.0-or-later
#include "value_format.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>
#include <cstdlib>

namespace han::ui {

namespace {

QString withUnit(std::optional<double> value, double scale, int decimals, const QString& unit)
{
    if (!value)
        return ValueFormat::dash();
    return ValueFormat::number(*value / scale, decimals) + QChar(0x00A0) + unit;
}

} // namespace

QString ValueFormat::dash()
{
    return QStringLiteral("–");
}

QString ValueFormat::number(double value, int decimals)
{
    // -0,00 reads as a sign error to people.
    if (value < 0 && value > -0.5 * std::pow(10.0, -decimals))
        value = 0;
    return QLocale().toString(value, 'f', decimals);
}

QString ValueFormat::kilowatts(std::optional<double> watts, int decimals)
{
    return withUnit(watts, 1000.0, decimals, QStringLiteral("kW"));
}

QString ValueFormat::kilovars(std::optional<double> vars, int decimals)
{
    return withUnit(vars, 1000.0, decimals, QStringLiteral("kvar"));
}

QString ValueFormat::amperes(std::optional<double> amps, int decimals)
{
    return withUnit(amps, 1.0, decimals, QStringLiteral("A"));
}

QString ValueFormat::volts(std::optional<double> volts, int decimals)
{
    return withUnit(volts, 1.0, decimals, QStringLiteral("V"));
}

QString ValueFormat::kilowattHours(std::optional<double> kwh, int decimals)
{
    return withUnit(kwh, 1.0, decimals, QStringLiteral("kWh"));
}

QString ValueFormat::kilovarHours(std::optional<double> kvarh, int decimals)
{
    return withUnit(kvarh, 1.0, decimals, QStringLiteral("kvarh"));
}

QString ValueFormat::shortDate(const QDate& date, bool withMonth)
{
    // Qt has no short format with the weekday; the locale's numeric date tells whether its day
    // takes a period ("25.11.2026") and whether the month comes first ("11/25/26"; not so in
    // Swedish "2026-11-25", written "25 nov." in words).
    const QLocale locale;
    const QString numeric = locale.dateFormat(QLocale::ShortFormat);
    const QString day = numeric.contains(QLatin1String("d.")) ? QStringLiteral("d.")
                                                                : QStringLiteral("d");
    if (!withMonth)
        return locale.toString(date, QStringLiteral("ddd ") + day);
    const bool monthFirst = numeric.startsWith(QLatin1Char('M'));
    return locale.toString(date, monthFirst ? QStringLiteral("ddd MMM d")
                                            : QStringLiteral("ddd ") + day + QStringLiteral(" MMM"));
}

QString ValueFormat::localTime(std::int64_t utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::LocalTime).toString(QStringLiteral("HH:mm:ss"));
}

QString ValueFormat::localDateTime(std::int64_t utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::LocalTime)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ValueFormat::localHour(std::int64_t utcMs, bool withOffsetWhenAmbiguous)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::LocalTime);
    // The end in the start's offset: the first repeated October hour is 02:00–03:00, not
    // 02:00–02:00, and the hour before the spring gap 01:00–02:00, not 01:00–03:00.
    const QDateTime end = start.toOffsetFromUtc(start.offsetFromUtc()).addSecs(3600);
    QString text = start.toString(QStringLiteral("HH:mm")) + QChar(0x2013) +
                   end.toString(QStringLiteral("HH:mm"));
    if (withOffsetWhenAmbiguous && isRepeatedHour(utcMs)) {
        const int offset = start.offsetFromUtc();
        text += QStringLiteral(" (UTC%1%2)")
                    .arg(offset >= 0 ? QStringLiteral("+") : QStringLiteral("-"))
                    .arg(std::abs(offset) / 3600);
    }
    return text;
}

bool ValueFormat::isRepeatedHour(std::int64_t utcMs)
{
    // The same wall-clock hour an hour earlier or later means this one is repeated.
    constexpr std::int64_t kHourMs = 3'600'000;
    const int hour = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::LocalTime).time().hour();
    for (const std::int64_t other : {utcMs - kHourMs, utcMs + kHourMs}) {
        if (QDateTime::fromMSecsSinceEpoch(other, Qt::LocalTime).time().hour() == hour)
            return true;
    }
    return false;
}

QString ValueFormat::age(std::int64_t milliseconds)
{
    const std::int64_t seconds = std::max<std::int64_t>(milliseconds / 1000, 0);
    if (seconds < 60)
        return tr("%1 s ago").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min ago").arg(seconds / 60);
    return tr("%1 h ago").arg(seconds / 3600);
}

} // namespace han::ui
