// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate_request.h"

#include "simulate_command.h"
#include "simulator_options.h"

#include <QProcess>

#include <unistd.h>

namespace han::cli {

std::optional<QString> SimulateRequest::parse(const QCommandLineParser& parser,
                                              SimulateRequest& options)
{
    auto value = [&](const char* name) {
        return parser.value(QString::fromLatin1(name));
    };
    auto isSet = [&](const char* name) {
        return parser.isSet(QString::fromLatin1(name));
    };
    SimulatorSettings& s = options.settings;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 ||
        (positional.size() == 1 && positional.first() != QLatin1String("-")))
        return SimulateCommand::tr("unexpected argument '%1'")
            .arg(positional.join(QLatin1Char(' ')));
    options.port = value("port");
    options.out = positional.isEmpty() ? value("out") : QStringLiteral("-");
    if (isSet("out") && !positional.isEmpty())
        return SimulateCommand::tr("give either --out FILE or -, not both");
    if (options.port.isEmpty() && options.out.isEmpty())
        return SimulateCommand::tr(
            "say where the frames go: --port DEV, --out FILE or - (standard output)");
    if (!options.port.isEmpty() && !options.out.isEmpty())
        return SimulateCommand::tr("give only one of --port DEV, --out FILE and -");
    if (options.out == QLatin1String("-") && ::isatty(STDOUT_FILENO))
        return SimulateCommand::tr("standard output is a terminal: pipe the binary frames into a "
                                   "program or use --out FILE");
    options.truth = value("truth");
    options.lineLimit = !isSet("no-line-limit");
    if (!options.lineLimit && options.port.isEmpty())
        return SimulateCommand::tr("--no-line-limit is for --port: a file has no line speed");
    if (isSet("unplug-command")) {
        options.unplugCommand = QProcess::splitCommand(value("unplug-command"));
        if (options.unplugCommand.isEmpty() || options.port.isEmpty())
            return SimulateCommand::tr("--unplug-command '%1' needs --port (and a command)")
                .arg(value("unplug-command"));
    }
    if (options.truth == QLatin1String("-") && options.out == QLatin1String("-"))
        return SimulateCommand::tr("the frames and the truth cannot both go to standard output");

    if (isSet("speed")) {
        bool ok = false;
        const double speed = value("speed").toDouble(&ok);
        if (!ok || !(speed >= 1.0 && speed <= kMaxSpeed))
            return SimulateCommand::tr("--speed takes a number from 1 to 10000, not '%1'")
                .arg(value("speed"));
        options.speed = speed;
    }
    if (isSet("duration")) {
        options.durationSeconds = SimulatorOptions::parseDuration(value("duration"));
        if (!options.durationSeconds)
            return SimulateCommand::tr(
                       "--duration takes a time such as 90s, 30m, 2h or 7d, not '%1'")
                .arg(value("duration"));
    } else if (options.port.isEmpty()) {
        options.durationSeconds = kDefaultFileDurationSeconds;
    }
    if (isSet("seed")) {
        bool ok = false;
        s.seed = value("seed").toULongLong(&ok, 0);
        if (!ok)
            return SimulateCommand::tr("--seed takes a whole number, not '%1'").arg(value("seed"));
    }
    if (isSet("make")) {
        const std::optional<SimulatorSettings::Make> make = SimulatorOptions::parseMake(value("make"));
        if (!make)
            return SimulateCommand::tr("--make takes kamstrup, kamstrup-dk, aidon or kaifa, not '%1'")
                .arg(value("make"));
        s.make = *make;
        s.meterId = SimulatorSettings::defaultMeterId(s.make);
    }
    if (isSet("auth-key") && !isSet("key"))
        return SimulateCommand::tr("--auth-key needs --key (the encryption key)");
    for (const char* name : {"key", "auth-key"}) {
        if (!isSet(name))
            continue;
        const std::optional<QByteArray> key = MeterKeys::keyFromHex(value(name));
        if (!key)
            return SimulateCommand::tr("--%1 takes 32 hex digits (16 bytes), not '%2'")
                .arg(QString::fromLatin1(name), value(name));
        (qstrcmp(name, "key") == 0 ? s.keys.encryption : s.keys.authentication) = *key;
        s.encrypted = true;
    }
    const QString phases = value("phases");
    if (phases != QLatin1String("1") && phases != QLatin1String("3"))
        return SimulateCommand::tr("--phases takes 1 or 3, not '%1'").arg(phases);
    s.phases = phases.toInt();
    const QString clock = value("clock").toLower();
    if (clock == QLatin1String("standard"))
        s.clock = SimulatorSettings::ClockMode::StandardTime;
    else if (clock != QLatin1String("dst"))
        return SimulateCommand::tr("--clock takes dst or standard, not '%1'").arg(value("clock"));
    const QString firmware = value("firmware").toLower();
    if (firmware == QLatin1String("old"))
        s.firmware = DataNotification::DateTimeEncoding::TypedOctets;
    else if (firmware != QLatin1String("new"))
        return SimulateCommand::tr("--firmware takes new or old, not '%1'").arg(value("firmware"));
    bool offsetOk = false;
    s.list2OffsetSeconds = value("list2-offset").toInt(&offsetOk);
    if (!offsetOk || s.list2OffsetSeconds < 0 || s.list2OffsetSeconds > 59)
        return SimulateCommand::tr("--list2-offset takes seconds from 0 to 59, not '%1'")
            .arg(value("list2-offset"));
    if (isSet("faults")) {
        QString bad;
        const std::optional<FaultSettings> faults =
            SimulatorOptions::parseFaults(value("faults"), &bad);
        if (!faults)
            return SimulateCommand::tr(
                       "cannot read '%1' in --faults (use bitflip=R,drop=R,noise=R,"
                       "truncate=R,unplug=HOURS,unplug-for=DURATION; R from 0 to 1)")
                .arg(bad);
        s.faults = *faults;
    }
    if (isSet("start")) {
        const std::optional<QDateTime> start =
            SimulatorOptions::parseStart(value("start"), s.clock);
        if (!start)
            return SimulateCommand::tr("--start takes a date-time on the meter's clock such as "
                                       "2026-10-24T00:00, not '%1'")
                .arg(value("start"));
        s.start = *start;
    } else if (options.port.isEmpty() && !options.speed && options.durationSeconds) {
        // Written as fast as it goes, the capture is of the time that ends now, as if it had
        // been recorded: imported into the history, all of it can be exported (hours that have
        // not ended yet are not).
        s.start = QDateTime::currentDateTimeUtc().addSecs(-*options.durationSeconds);
    } else {
        s.start = QDateTime::currentDateTimeUtc();
    }
    return std::nullopt;
}

} // namespace han::cli
