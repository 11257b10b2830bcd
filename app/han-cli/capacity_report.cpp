// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity_report.h"

#include "iso_time_formatter.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace han::cli {
namespace {

// Prices and step bounds as the user wrote them (C locale, shortest form).
QByteArray exact(double value)
{
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

// For people: always 3 decimals, so the kWh of the peaks line up.
QString fixed(double value)
{
    return QString::number(value, 'f', 3);
}

QByteArray quoted(const QByteArray& text)
{
    // Only dates and ISO times are quoted here: no character needs escaping.
    return '"' + text + '"';
}

QString stepText(const CapacityStep& step)
{
    return step.toKw
               ? CapacityReport::tr("%1 to %2 kW")
                     .arg(QString::fromLatin1(exact(step.fromKw)),
                          QString::fromLatin1(exact(*step.toKw)))
               : CapacityReport::tr("%1 kW and above").arg(QString::fromLatin1(exact(step.fromKw)));
}

QString monthText(const CapacityMonth& month)
{
    return QStringLiteral("%1-%2")
        .arg(month.year, 4, 10, QLatin1Char('0'))
        .arg(month.month, 2, 10, QLatin1Char('0'));
}

} // namespace

QByteArray CapacityReport::rounded(double value)
{
    const double r = std::round(value * 1000.0) / 1000.0;
    return QByteArray::number(r == 0.0 ? 0.0 : r, 'g', QLocale::FloatingPointShortest);
}

QByteArray CapacityReport::json(const CapacityMonth& month, const CapacityLadder& ladder,
                                const QTimeZone& zone)
{
    IsoTimeFormatter times(zone);
    QByteArray out = "{\"month\": " + quoted(monthText(month).toLatin1()) + ", \"peaks\": [";
    for (std::size_t i = 0; i < month.peaks.size(); ++i) {
        const CapacityPeak& peak = month.peaks[i];
        if (i > 0)
            out += ", ";
        out += "{\"date\": " + quoted(peak.date.toString(Qt::ISODate).toLatin1()) +
               ", \"hour_start_local\": " + quoted(times.local(peak.hourStartUtcMs)) +
               ", \"kwh\": " + rounded(peak.kwh) + '}';
    }
    const CapacityStep& step = ladder.steps()[static_cast<std::size_t>(month.stepIndex)];
    out += "], \"average_kw\": " + rounded(month.averageKw) +
           ", \"step\": {\"from_kw\": " + exact(step.fromKw) +
           ", \"to_kw\": " + (step.toKw ? exact(*step.toKw) : QByteArray("null")) +
           ", \"monthly_price\": " + exact(step.monthlyPrice) + "}}\n";
    return out;
}

QString CapacityReport::text(const CapacityMonth& month, const CapacityLadder& ladder,
                             const QTimeZone& zone, const QString& meterId, bool excludeFlagged,
                             const std::optional<CapacityHeadroom>& hour)
{
    IsoTimeFormatter times(zone);
    QStringList lines;
    lines << tr("Capacity tariff %1, meter %2, time zone %3")
                 .arg(monthText(month), meterId, QString::fromUtf8(zone.id()));
    if (month.peaks.empty()) {
        lines << tr("No hours of data in this month.");
    } else {
        lines << tr("Highest hours, each on a different day:");
        for (const CapacityPeak& peak : month.peaks) {
            // "2026-10-25T02:00:00+01:00" → "2026-10-25 02:00 (+01:00)": the offset tells the
            // two 02:00 hours of the October night apart.
            const QString iso = QString::fromLatin1(times.local(peak.hourStartUtcMs));
            QString line = QStringLiteral("  %1 %2 (%3)  %4 kWh")
                               .arg(iso.left(10), iso.mid(11, 5), iso.mid(19), fixed(peak.kwh));
            if (peak.quality == EnergyQuality::Estimated)
                line += QLatin1String("  ") + tr("(estimated)");
            else if (peak.quality == EnergyQuality::Suspect)
                line += QLatin1String("  ") + tr("(suspect)");
            lines << line;
        }
    }
    lines << tr("Average of the highest days: %1 kW").arg(fixed(month.averageKw));
    const auto& steps = ladder.steps();
    const CapacityStep& step = steps[static_cast<std::size_t>(month.stepIndex)];
    lines << tr("Step: %1, %2 kr per month")
                 .arg(stepText(step), QString::fromLatin1(exact(step.monthlyPrice)));
    if (hour) {
        const QString start = QString::fromLatin1(times.local(hour->hourStartUtcMs)).mid(11, 5);
        lines << tr("This hour (from %1): %2 kWh so far, %3 kWh by its end at the present power")
                     .arg(start, fixed(hour->soFarKwh), fixed(hour->projectedKwh));
        const CapacityStep& now = steps[static_cast<std::size_t>(hour->stepIndex)];
        if (now.toKw)
            lines << tr("Left before the month reaches %1 kW: %2 kWh this hour, %3 kW on "
                        "average for the rest of it")
                         .arg(QString::fromLatin1(exact(*now.toKw)), fixed(hour->headroomKwh),
                              fixed(hour->headroomAverageKw));
        if (hour->projectionCrossesStep())
            lines << tr("Warning: at the present power this hour moves the month up to %1.")
                         .arg(stepText(steps[static_cast<std::size_t>(hour->projectedStepIndex)]));
    }
    if (excludeFlagged)
        lines << tr("Suspect or estimated hours left out: %1").arg(month.excludedHours);
    lines << tr("Steps (change with --set-steps): %1").arg(ladder.toString());
    lines << tr("These figures are estimates from the meter's HAN port; the grid company bills "
                "from its own metering data.");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace han::cli
