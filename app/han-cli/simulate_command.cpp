// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate_command.h"

#include "cli_output.h"
#include "command_line.h"
#include "meter_simulator.h"
#include "port_output.h"
#include "signal_watcher.h"
#include "simulator_options.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <thread>

#include <unistd.h>

namespace han::cli {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kBaudRate = 2400;
constexpr double kBitsPerByte = 10.0; // start bit, 8 data bits, stop bit
constexpr std::int64_t kDefaultFileDurationSeconds = 3600;
constexpr double kMaxSpeed = 10'000.0;
// A three-phase List 1 is 228 bytes: 0.95 s of a 2400 baud line out of every 10 s.
constexpr int kLineLimitedSpeed = 10;
// How long a wait may sleep before it looks at signals again.
constexpr auto kWaitSlice = std::chrono::milliseconds(50);

struct Options
{
    SimulatorSettings settings;
    QString port;
    QString out; // a path, or "-" for standard output
    QString truth;
    QStringList unplugCommand; // a program and its arguments
    bool lineLimit = true;     // a port carries no more than 2400 baud
    std::optional<double> speed;
    std::optional<std::int64_t> durationSeconds; // empty: until stopped
};

QString describe(const SimulatorSettings& s)
{
    const QString clock = s.clock == SimulatorSettings::ClockMode::FollowsDst
                              ? SimulateCommand::tr("clock follows DST")
                              : SimulateCommand::tr("clock on standard time (UTC+1)");
    const QString firmware = s.firmware == DataNotification::DateTimeEncoding::TypedOctets
                                 ? SimulateCommand::tr("old firmware")
                                 : SimulateCommand::tr("new firmware");
    return SimulateCommand::tr("simulated meter %1, %2 phases, %3, %4, seed %5")
        .arg(s.meterId)
        .arg(s.phases)
        .arg(clock, firmware)
        .arg(s.seed);
}

bool openFile(QFile& file, const QString& path, QString& error)
{
    if (path == QLatin1String("-")) {
        if (file.open(stdout, QIODevice::WriteOnly))
            return true;
    } else {
        if (QFileInfo(path).isDir()) {
            error = SimulateCommand::tr("cannot write '%1': it is a folder, not a file").arg(path);
            return false;
        }
        file.setFileName(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return true;
    }
    error = SimulateCommand::tr("cannot write '%1': %2").arg(path, file.errorString());
    return false;
}

// Reads the command line into `options`; on bad usage returns a message for people.
std::optional<QString> parseOptions(const QCommandLineParser& parser, Options& options)
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

} // namespace

int SimulateCommand::run(const QStringList& arguments)
{
    CommandLine command(
        QStringLiteral("han-cli simulate [--port DEV | --out FILE | -] [--speed N] [--start DATE] "
                       "[--duration D] [--seed S] [--phases 1|3] [--clock dst|standard] "
                       "[--firmware new|old] [--list2-offset SECONDS] [--faults SPEC] "
                       "[--truth FILE] [--no-line-limit] [--unplug-command CMD]"),
        tr("Runs a simulated Kamstrup meter (a Norwegian household with solar panels) and writes "
           "its HAN frames: List 1 every 10 s, List 2 every hour. To a file or standard output "
           "it writes as fast as it can unless --speed is given; to a serial device it paces the "
           "frames in real time × speed, never faster than 2400 baud carries."));
    QCommandLineParser& parser = command.parser();
    const QList<QCommandLineOption> options{
        {QStringLiteral("port"), tr("Write to this serial device at 2400 8N1, e.g. /dev/ttyUSB0."),
         QStringLiteral("DEV")},
        {QStringLiteral("out"), tr("Write the raw frames to FILE (- for standard output)."),
         QStringLiteral("FILE")},
        {QStringLiteral("speed"),
         tr("Time acceleration, 1 to 10000. Default: 1 on a port, as fast as possible to a file."),
         QStringLiteral("N")},
        {QStringLiteral("start"),
         tr("Simulated start on the meter's clock, e.g. 2026-10-24T00:00. Default: now on a "
            "port or with --speed; else the duration before now, so the capture ends now."),
         QStringLiteral("DATE")},
        {QStringLiteral("duration"),
         tr("Simulated time to run: 90s, 30m, 2h, 7d. Default: 1h to a file, until stopped on a "
            "port."),
         QStringLiteral("D")},
        {QStringLiteral("seed"), tr("Seed of the household, weather and faults (default 1)."),
         QStringLiteral("S"), QStringLiteral("1")},
        {QStringLiteral("phases"), tr("3 (default) or 1."), QStringLiteral("1|3"),
         QStringLiteral("3")},
        {QStringLiteral("clock"),
         tr("dst: the meter follows Norwegian DST (default); standard: UTC+1 all year."),
         QStringLiteral("dst|standard"), QStringLiteral("dst")},
        {QStringLiteral("firmware"),
         tr("new: date-time 0C + 12 bytes (default); old: 09 0C + 12 bytes."),
         QStringLiteral("new|old"), QStringLiteral("new")},
        {QStringLiteral("list2-offset"),
         tr("Seconds after the hour at which List 2 is pushed, 0 to 59 (default 5)."),
         QStringLiteral("SECONDS"), QStringLiteral("5")},
        {QStringLiteral("faults"),
         tr("Damage per frame: bitflip=R,drop=R,noise=R,truncate=R (R from 0 to 1), unplug=HOURS, "
            "unplug-for=DURATION (default 60s)."),
         QStringLiteral("SPEC")},
        {QStringLiteral("truth"),
         tr("Write one JSON line per push: what it meant and what was done to it."),
         QStringLiteral("FILE")},
        {QStringLiteral("no-line-limit"),
         tr("On a port: do not hold the frames to what 2400 baud carries, only to --speed (for "
            "pseudo-terminals and soak tests).")},
        {QStringLiteral("unplug-command"),
         tr("On a port: at each unplug of --faults, close the port and run CMD with 'unplug' "
            "added; at its end run CMD with 'plug' and open the port again (a soak test makes "
            "the device vanish and come back)."),
         QStringLiteral("CMD")},
    };
    parser.addOptions(options);
    parser.addPositionalArgument(
        QStringLiteral("-"), tr("Write the raw frames to standard output."), QStringLiteral("[-]"));

    if (const std::optional<int> exitCode = command.parse(arguments))
        return *exitCode;
    Options o;
    if (const std::optional<QString> error = parseOptions(parser, o))
        return command.usageError(*error);

    // Outputs.
    std::unique_ptr<PortOutput> port;
    std::unique_ptr<QFile> outFile;
    QString outName;
    QString error;
    if (!o.port.isEmpty()) {
        port = std::make_unique<PortOutput>(o.port, o.unplugCommand);
        if (!port->open()) {
            CliOutput::message(port->error());
            return 1;
        }
        outName = o.port;
    } else {
        outFile = std::make_unique<QFile>();
        if (!openFile(*outFile, o.out, error)) {
            CliOutput::message(error);
            return 1;
        }
        outName = o.out == QLatin1String("-") ? tr("standard output") : o.out;
    }
    QFile truth;
    if (!o.truth.isEmpty() && !openFile(truth, o.truth, error)) {
        CliOutput::message(error);
        return 1;
    }

    MeterSimulator simulator(o.settings);
    const SimulatorSettings& s = simulator.settings();
    CliOutput::message(describe(s));
    const QDateTime end = o.durationSeconds ? s.start.addSecs(*o.durationSeconds) : QDateTime();

    if (!o.port.isEmpty() && o.lineLimit && o.speed.value_or(1.0) > kLineLimitedSpeed)
        CliOutput::message(
            tr("a List 1 takes about 0.95 s on a 2400 baud line, so the port carries "
               "at most about %1× real time; frames will follow back to back")
                .arg(kLineLimitedSpeed));

    bool stop = false;
    app::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &app::SignalWatcher::terminationRequested,
                     [&stop] { stop = true; });

    // Serial output is always paced; a file only when asked to.
    const bool toPort = !o.port.isEmpty();
    const bool paced = toPort || o.speed;
    const double speed = o.speed.value_or(1.0);
    Clock::time_point wallStart = Clock::now();
    Clock::time_point lineFreeAt = wallStart;
    auto waitUntil = [&](Clock::time_point due) {
        while (!stop) {
            QCoreApplication::processEvents();
            const Clock::time_point now = Clock::now();
            if (now >= due || stop)
                return;
            std::this_thread::sleep_for(std::min<Clock::duration>(due - now, kWaitSlice));
        }
    };

    std::uint64_t pushes = 0;
    std::uint64_t bytes = 0;
    std::uint64_t damaged = 0;
    QString writeError; // set by the first write that fails
    auto check = [&](bool ok, const QString& name, const QIODevice& device) {
        if (!ok && writeError.isEmpty())
            writeError = tr("cannot write to %1: %2").arg(name, device.errorString());
    };
    const QString truthName = o.truth == QLatin1String("-") ? tr("standard output") : o.truth;

    while (!stop && writeError.isEmpty() && (!end.isValid() || simulator.nextPushUtc() < end)) {
        const SimulatedFrame frame = simulator.next();
        if (paced) {
            const double simulatedMs = static_cast<double>(s.start.msecsTo(frame.sentAtUtc));
            Clock::time_point due =
                wallStart + std::chrono::duration_cast<Clock::duration>(
                                std::chrono::duration<double, std::milli>(simulatedMs / speed));
            if (toPort && o.lineLimit)
                due = std::max(due, lineFreeAt);
            waitUntil(due);
            if (stop)
                break;
        } else if ((pushes & 0xFF) == 0) {
            QCoreApplication::processEvents(); // a signal may be waiting
        }

        if (port && !o.unplugCommand.isEmpty() &&
            port->isPlugged() == (frame.damage == SimulatedFrame::Damage::Unplugged)) {
            // The time the command takes is not the meter's: the pace resumes where it was.
            const Clock::time_point before = Clock::now();
            if (!(port->isPlugged() ? port->unplug() : port->plug()) && writeError.isEmpty())
                writeError = port->error();
            wallStart += Clock::now() - before;
        }
        if (!frame.wire.isEmpty() && writeError.isEmpty()) {
            if (port) {
                // The next write waits until these bytes have had their time on the line.
                const double lineSeconds =
                    static_cast<double>(frame.wire.size()) * kBitsPerByte / kBaudRate;
                // A reader that falls behind holds up a pseudo-terminal, never a real line.
                const int slackMs = o.lineLimit ? 5000 : 30000;
                if (!port->write(frame.wire, static_cast<int>(lineSeconds * 1000) + slackMs) &&
                    writeError.isEmpty())
                    writeError = port->error();
                lineFreeAt = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                                std::chrono::duration<double>(lineSeconds));
            } else {
                check(outFile->write(frame.wire) == frame.wire.size(), outName, *outFile);
            }
            bytes += static_cast<std::uint64_t>(frame.wire.size());
        }
        if (truth.isOpen())
            check(truth.write(MeterSimulator::truthLine(frame) + '\n') >= 0, truthName, truth);
        if (paced) {
            // Whoever reads along (tail -f, a pipe) sees each push when it is due.
            if (outFile)
                check(outFile->flush(), outName, *outFile);
            if (truth.isOpen())
                check(truth.flush(), truthName, truth);
        }
        damaged += frame.damage != SimulatedFrame::Damage::None;
        ++pushes;
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - wallStart).count();
    if (outFile)
        check(outFile->flush(), outName, *outFile);
    if (truth.isOpen())
        check(truth.flush(), truthName, truth);
    if (!writeError.isEmpty()) {
        CliOutput::message(writeError);
        return 1;
    }

    // "frames: N" rather than "N frames": one wording, no plural forms to get wrong.
    QString summary =
        tr("frames: %1 (%2 bytes; %3 damaged or not sent) to %4 in %5 s, %6 frames/s")
            .arg(pushes)
            .arg(bytes)
            .arg(damaged)
            .arg(outName)
            .arg(seconds, 0, 'f', 2)
            .arg(seconds > 0 ? static_cast<double>(pushes) / seconds : 0.0, 0, 'f', 1);
    if (stop)
        summary = tr("stopped: %1").arg(summary);
    CliOutput::message(summary);
    return 0;
}

} // namespace han::cli
