// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity_command.h"

#include "capacity_calculator.h"
#include "capacity_report.h"
#include "cli_output.h"
#include "command_line.h"
#include "history_reader.h"
#include "history_writer.h"
#include "power_integrator.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace han::cli {
namespace {

constexpr std::int64_t kHourMs = 3'600'000;
// A List 1 at most this old means the meter is being recorded now (one comes every 10 s).
constexpr std::int64_t kLiveMs = 120'000;

std::optional<QDate> parseMonth(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate first = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? std::optional<QDate>(first) : std::nullopt;
}

std::int64_t localMidnightMs(const QDate& day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
}

QString meterList(const std::vector<MeterInfo>& meters)
{
    QStringList ids;
    for (const MeterInfo& m : meters)
        ids << m.meterId;
    return ids.join(QLatin1String(", "));
}

} // namespace

int CapacityCommand::run(const QStringList& arguments)
{
    CommandLine command(
        QStringLiteral("han-cli capacity [--db PATH] [--meter ID] [--month YYYY-MM] "
                       "[--format text|json] [--exclude-flagged] [--zone ZONE] "
                       "[--set-steps STEPS]"),
        tr("Shows a month's capacity tariff from the history: the three highest hourly "
           "imports, each on a different day, their average and the step it falls in. These "
           "are estimates from the meter's HAN port; the grid company bills from its own "
           "metering data."));
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), tr("The history database (default: the one HAN Monitor uses)."),
        QStringLiteral("PATH"));
    const QCommandLineOption meterOption(
        QStringLiteral("meter"), tr("The meter; needed when the database holds more than one."),
        QStringLiteral("ID"));
    const QCommandLineOption monthOption(QStringLiteral("month"),
                                         tr("The local calendar month (default: the current one)."),
                                         QStringLiteral("YYYY-MM"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("text (default, for people) or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption excludeOption(
        QStringLiteral("exclude-flagged"),
        tr("Leave out hours whose energy is suspect or estimated (a missing or odd hourly "
           "list)."));
    const QCommandLineOption zoneOption(
        QStringLiteral("zone"),
        tr("The time zone of the days, e.g. Europe/Oslo (default: the system's)."),
        QStringLiteral("ZONE"));
    const QCommandLineOption stepsOption(
        QStringLiteral("set-steps"),
        tr("Store your grid company's steps in the history first, FROM-TO:PRICE per step, "
           "the last open-ended, e.g. \"0-2:415;2-5:655;5-10:1040;10-:1530\" (kW, price per "
           "month)."),
        QStringLiteral("STEPS"));
    for (const auto* option : {&dbOption, &meterOption, &monthOption, &formatOption, &excludeOption,
                               &zoneOption, &stepsOption})
        parser.addOption(*option);
    if (const std::optional<int> exitCode = command.parse(arguments))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty())
        return command.usageError(
            tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return command.usageError(tr("unknown format '%1' (use text or json)").arg(format));
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (parser.isSet(zoneOption)) {
        zone = QTimeZone(parser.value(zoneOption).toUtf8());
        if (!zone.isValid())
            return command.usageError(tr("unknown time zone '%1' (use a name like Europe/Oslo)")
                                          .arg(parser.value(zoneOption)));
    } else if (!zone.isValid()) {
        zone = QTimeZone::utc(); // a system without zone data
    }
    const std::int64_t nowMs = QDateTime::currentMSecsSinceEpoch();
    QDate first = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    first.setDate(first.year(), first.month(), 1);
    if (parser.isSet(monthOption)) {
        const std::optional<QDate> month = parseMonth(parser.value(monthOption));
        if (!month)
            return command.usageError(
                tr("--month '%1' is not a month like 2026-10").arg(parser.value(monthOption)));
        first = *month;
    }
    std::optional<CapacityLadder> newLadder;
    if (parser.isSet(stepsOption)) {
        QString error;
        newLadder = CapacityLadder::fromString(parser.value(stepsOption), &error);
        if (!newLadder)
            return command.usageError(tr("--set-steps: %1").arg(error));
    }
    if (parser.isSet(dbOption) && parser.value(dbOption).isEmpty())
        return command.usageError(tr("--db needs a path"));
    const QString dbPath =
        parser.isSet(dbOption) ? parser.value(dbOption) : HistoryWriter::defaultPath();
    const QString file = QDir::toNativeSeparators(dbPath);

    if (newLadder) {
        HistoryWriter writer; // creates the file when there is none yet
        if (!writer.open(dbPath)) {
            CliOutput::message(writer.errorString());
            return 1;
        }
        writer.setCapacityLadder(*newLadder);
        if (!writer.close()) {
            CliOutput::message(writer.errorString());
            return 1;
        }
        CliOutput::message(tr("capacity steps saved in %1: %2").arg(file, newLadder->toString()));
    }

    HistoryReader reader;
    if (!reader.open(dbPath)) {
        CliOutput::message(reader.errorString());
        return 1;
    }
    const std::vector<MeterInfo> meters = reader.meters();
    QString meterId = parser.value(meterOption);
    if (parser.isSet(meterOption)) {
        if (std::none_of(meters.begin(), meters.end(),
                         [&](const MeterInfo& m) { return m.meterId == meterId; })) {
            CliOutput::message(meters.empty() ? tr("%1 holds no meters").arg(file)
                                              : tr("%1 holds no meter '%2'; its meters: %3")
                                                    .arg(file, meterId, meterList(meters)));
            return meters.empty() && newLadder ? 0 : 1;
        }
    } else if (meters.size() == 1) {
        meterId = meters.front().meterId;
    } else if (meters.empty()) {
        if (newLadder)
            return 0; // the steps were the point; there is nothing to show yet
        CliOutput::message(tr("%1 holds no meters").arg(file));
        return 1;
    } else {
        return command.usageError(tr("%1 holds several meters; choose one with --meter: %2")
                                      .arg(file, meterList(meters)));
    }

    // Finished hours only: the hour under way is the GUI's "now", not yet part of the month.
    const std::int64_t fromMs = localMidnightMs(first, zone);
    const std::int64_t toMs =
        std::min(localMidnightMs(first.addMonths(1), zone), nowMs - nowMs % kHourMs);
    const std::vector<HourlyEnergy> hours =
        toMs > fromMs ? reader.hourlyEnergy(meterId, fromMs, toMs) : std::vector<HourlyEnergy>{};
    const CapacityLadder ladder = reader.capacityLadder();
    if (!reader.errorString().isEmpty()) { // a read that failed must not look like a quiet month
        CliOutput::message(reader.errorString());
        return 1;
    }
    const bool excludeFlagged = parser.isSet(excludeOption);
    const CapacityMonth month =
        CapacityCalculator::month(hours, first.year(), first.month(), zone, ladder, excludeFlagged);
    if (format == QLatin1String("json")) {
        CliOutput::writeData(CapacityReport::json(month, ladder, zone));
        return 0;
    }
    // The hour under way, as the app shows it, when the meter is being recorded: List 1
    // integrated since the hour began, the latest power carried to its end.
    std::optional<CapacityHeadroom> hour;
    const std::int64_t hourStart = nowMs - nowMs % kHourMs;
    if (fromMs <= hourStart && toMs == hourStart) { // the current month
        const std::vector<PowerSample> samples =
            reader.powerSamples(meterId, hourStart - PowerIntegrator::kMaxHoldMs, nowMs + 1);
        if (!samples.empty() && samples.back().utcMs >= hourStart &&
            nowMs - samples.back().utcMs <= kLiveMs)
            hour = CapacityCalculator::headroom(
                month, zone, ladder, hourStart, nowMs,
                PowerIntegrator::integrate(samples, hourStart, nowMs).importKwh,
                samples.back().activeImportW / 1000.0);
    }
    CliOutput::writeData(
        CapacityReport::text(month, ladder, zone, meterId, excludeFlagged, hour).toUtf8());
    return 0;
}

} // namespace han::cli
