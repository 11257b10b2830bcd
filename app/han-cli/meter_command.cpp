// SPDX-License-Identifier: GPL-3.0-or-later
#include "meter_command.h"

#include "cli_output.h"
#include "command_line.h"
#include "history_reader.h"
#include "history_writer.h"

#include <QDateTime>
#include <QDir>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>
#include <vector>

namespace han::cli {
namespace {

// Shifts beyond this are no meter's units, only typing errors.
constexpr int kMaxShift = 6;

struct ShiftOption
{
    const char* name;
    int ScaleSettings::*field;
    const char* description; // translated in MeterCommand's context (its tr())
};

constexpr std::array<ShiftOption, 4> kShiftOptions{{
    {"power-shift", &ScaleSettings::powerShift,
     QT_TRANSLATE_NOOP("MeterCommand",
                       "Power of ten added to the powers (W, var): -1 for a meter that reports "
                       "ten times too much.")},
    {"current-shift", &ScaleSettings::currentShift,
     QT_TRANSLATE_NOOP("MeterCommand",
                       "Power of ten added to the currents: -1 for mA instead of 0.01 A (CT "
                       "meters).")},
    {"voltage-shift", &ScaleSettings::voltageShift,
     QT_TRANSLATE_NOOP("MeterCommand", "Power of ten added to the voltages.")},
    {"energy-shift", &ScaleSettings::energyShift,
     QT_TRANSLATE_NOOP("MeterCommand",
                       "Power of ten added to the energy registers: -1 for Wh instead of 10 Wh "
                       "(Swedish and Danish meters).")},
}};

QString utcText(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// "5706567000000042 clock=dst power-shift=0 ... readings=60648 first=... last=... type=..."
// The keys are the option names, so what a line says is what the options set.
QByteArray meterLine(const MeterInfo& m)
{
    QString line = m.meterId + QStringLiteral(" clock=") +
                   QString::fromLatin1(MeterClockResolver::modeName(m.settings.clockMode));
    for (const ShiftOption& option : kShiftOptions)
        line += QStringLiteral(" %1=%2")
                    .arg(QString::fromLatin1(option.name))
                    .arg(m.settings.scale.*option.field);
    line += QStringLiteral(" readings=%1").arg(m.readingCount);
    if (m.readingCount > 0)
        line +=
            QStringLiteral(" first=%1 last=%2").arg(utcText(m.firstUtcMs), utcText(m.lastUtcMs));
    if (!m.meterType.isEmpty())
        line += QStringLiteral(" type=") + m.meterType;
    return line.toUtf8() + '\n';
}

} // namespace

int MeterCommand::run(const QStringList& arguments)
{
    CommandLine command(
        QStringLiteral("han-cli meter [--db PATH] [ID] [--clock dst|standard|learned] "
                       "[--power-shift N] [--current-shift N] [--voltage-shift N] "
                       "[--energy-shift N]"),
        tr("Shows the meters in the history and their settings, or changes the settings of "
           "meter ID (creating it when the history does not know it yet). A shift (-6 to 6) "
           "is a power of ten added to the units of the Norwegian data sheet. New readings are "
           "stored with the new settings; stored ones stay as they are."));
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), tr("The history database (default: the one HAN Monitor uses)."),
        QStringLiteral("PATH"));
    const QCommandLineOption clockOption(
        QStringLiteral("clock"),
        tr("How the meter's clock runs: dst (Norwegian time with daylight saving), standard "
           "(UTC+1 all year) or learned (from the computer's clock while listening)."),
        QStringLiteral("mode"));
    parser.addOption(dbOption);
    parser.addOption(clockOption);
    std::vector<QCommandLineOption> shiftOptions;
    for (const ShiftOption& option : kShiftOptions)
        shiftOptions.emplace_back(QString::fromLatin1(option.name), tr(option.description),
                                  QStringLiteral("N"));
    for (const QCommandLineOption& option : shiftOptions)
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The meter's number, as han-cli decode shows it."),
                                 QStringLiteral("[ID]"));
    if (const std::optional<int> exitCode = command.parse(arguments))
        return *exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return command.usageError(tr("give one meter ID at most"));
    const QString meterId = positional.value(0).trimmed();
    if (!positional.isEmpty() && meterId.isEmpty())
        return command.usageError(tr("the meter ID is empty"));
    if (parser.isSet(dbOption) && parser.value(dbOption).isEmpty())
        return command.usageError(tr("--db needs a path"));
    const QString dbPath =
        parser.isSet(dbOption) ? parser.value(dbOption) : HistoryWriter::defaultPath();

    std::optional<MeterClockResolver::Mode> clock;
    if (parser.isSet(clockOption)) {
        clock = MeterClockResolver::modeFromName(parser.value(clockOption).toLower());
        if (!clock)
            return command.usageError(tr("unknown clock mode '%1' (use dst, standard or learned)")
                                          .arg(parser.value(clockOption)));
    }
    std::array<std::optional<int>, kShiftOptions.size()> shifts;
    for (std::size_t i = 0; i < kShiftOptions.size(); ++i) {
        if (!parser.isSet(shiftOptions[i]))
            continue;
        bool ok = false;
        const int shift = parser.value(shiftOptions[i]).toInt(&ok);
        if (!ok || std::abs(shift) > kMaxShift)
            return command.usageError(tr("--%1 takes a whole number from -%2 to %2, not '%3'")
                                          .arg(QString::fromLatin1(kShiftOptions[i].name))
                                          .arg(kMaxShift)
                                          .arg(parser.value(shiftOptions[i])));
        shifts[i] = shift;
    }
    const bool changes =
        clock || std::any_of(shifts.begin(), shifts.end(), [](const auto& s) { return s; });
    if (changes && meterId.isEmpty())
        return command.usageError(tr("say which meter to change: han-cli meter ID --%1 ...")
                                      .arg(parser.isSet(clockOption)
                                               ? QStringLiteral("clock")
                                               : QString::fromLatin1(kShiftOptions[0].name)));

    if (changes) {
        HistoryWriter writer; // creates the file when there is none yet
        if (!writer.open(dbPath)) {
            CliOutput::message(writer.errorString());
            return 1;
        }
        MeterSettings settings = writer.meterSettings(meterId).value_or(MeterSettings{});
        if (clock)
            settings.clockMode = *clock;
        for (std::size_t i = 0; i < kShiftOptions.size(); ++i) {
            if (shifts[i])
                settings.scale.*kShiftOptions[i].field = *shifts[i];
        }
        writer.setMeterSettings(meterId, settings);
        if (!writer.close()) {
            CliOutput::message(writer.errorString());
            return 1;
        }
    }

    HistoryReader reader;
    if (!reader.open(dbPath)) {
        CliOutput::message(reader.errorString());
        return 1;
    }
    const std::vector<MeterInfo> meters = reader.meters();
    const QString file = QDir::toNativeSeparators(reader.path());
    if (meterId.isEmpty()) {
        if (meters.empty())
            CliOutput::message(tr("%1 holds no meters").arg(file));
        for (const MeterInfo& m : meters)
            CliOutput::writeData(meterLine(m));
        return 0;
    }
    const auto it = std::find_if(meters.begin(), meters.end(),
                                 [&](const MeterInfo& m) { return m.meterId == meterId; });
    if (it == meters.end()) {
        CliOutput::message(tr("%1 holds no meter '%2'").arg(file, meterId));
        return 1;
    }
    CliOutput::writeData(meterLine(*it));
    if (changes)
        CliOutput::message(tr("settings of meter %1 saved in %2").arg(meterId, file));
    return 0;
}

} // namespace han::cli
