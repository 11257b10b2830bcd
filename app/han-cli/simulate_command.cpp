// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate_command.h"

#include "cli_output.h"
#include "command_line.h"
#include "meter_simulator.h"
#include "port_output.h"
#include "signal_watcher.h"
#include "simulate_request.h"
#include "simulator_options.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

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
constexpr double kBitsPerByte = 10.0; // start bit, 8 data bits, stop bit (8E1: a parity bit more)
// A three-phase List 1 is 228 bytes: 0.95 s of a 2400 baud line out of every 10 s.
constexpr int kLineLimitedSpeed = 10;
// How long a wait may sleep before it looks at signals again.
constexpr auto kWaitSlice = std::chrono::milliseconds(50);


QString describe(const SimulatorSettings& s)
{
    const QString clock = s.clock == SimulatorSettings::ClockMode::FollowsDst
                              ? SimulateCommand::tr("clock follows DST")
                              : SimulateCommand::tr("clock on standard time (UTC+1)");
    // The firmware choice is Kamstrup Norway's; the other makes are named instead.
    QString firmware = s.firmware == DataNotification::DateTimeEncoding::TypedOctets
                           ? SimulateCommand::tr("old firmware")
                           : SimulateCommand::tr("new firmware");
    if (s.make != SimulatorSettings::Make::KamstrupNorway)
        firmware = SimulatorOptions::makeName(s.make);
    QString text = SimulateCommand::tr("simulated meter %1, %2 phases, %3, %4, seed %5")
                       .arg(s.meterId)
                       .arg(s.phases)
                       .arg(clock, firmware)
                       .arg(s.seed);
    if (s.encrypted)
        text += QStringLiteral(", ") + SimulateCommand::tr("encrypted");
    return text;
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

} // namespace

int SimulateCommand::run(const QStringList& arguments)
{
    CommandLine command(
        QStringLiteral("han-cli simulate [--port DEV | --out FILE | -] [--make MAKE] [--key HEX "
                       "[--auth-key HEX]] [--speed N] [--start DATE] "
                       "[--duration D] [--seed S] [--phases 1|3] [--clock dst|standard] "
                       "[--firmware new|old] [--list2-offset SECONDS] [--faults SPEC] "
                       "[--truth FILE] [--no-line-limit] [--unplug-command CMD]"),
        tr("Runs a simulated meter (a Norwegian household with solar panels) and writes its HAN "
           "frames. A Kamstrup sends List 1 every 10 s and List 2 every hour; a Danish Kamstrup "
           "its 65-item list every 10 s; an Aidon List 1 every 2.5 s, List 2 every 10 s and "
           "List 3 every hour; a Kaifa List 1 every 2 s, List 2 every 10 s and List 3 every "
           "hour. To a file or standard output it writes as fast as it can unless --speed is "
           "given; to a serial device it paces the frames in real time × speed, never faster "
           "than 2400 baud carries."));
    QCommandLineParser& parser = command.parser();
    const QList<QCommandLineOption> options{
        {QStringLiteral("port"),
         tr("Write to this serial device at 2400 baud, e.g. /dev/ttyUSB0: 8N1 for Kamstrup, 8E1 "
            "for Aidon and Kaifa."),
         QStringLiteral("DEV")},
        {QStringLiteral("out"), tr("Write the raw frames to FILE (- for standard output)."),
         QStringLiteral("FILE")},
        {QStringLiteral("make"),
         tr("The meter: kamstrup (Norway, default), kamstrup-dk (the Danish list), aidon or "
            "kaifa (Norway)."),
         QStringLiteral("MAKE"), QStringLiteral("kamstrup")},
        {QStringLiteral("key"),
         tr("Encrypt every frame (AES-128-GCM, as Danish meters do) with this encryption key, "
            "32 hex digits."),
         QStringLiteral("HEX")},
        {QStringLiteral("auth-key"),
         tr("The authentication key, 32 hex digits. Without it the frames are encrypted but not "
            "authenticated."),
         QStringLiteral("HEX")},
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
    SimulateRequest o;
    if (const std::optional<QString> error = SimulateRequest::parse(parser, o))
        return command.usageError(*error);

    // Outputs.
    std::unique_ptr<PortOutput> port;
    std::unique_ptr<QFile> outFile;
    QString outName;
    QString error;
    if (!o.port.isEmpty()) {
        port = std::make_unique<PortOutput>(o.port, o.unplugCommand,
                                            o.settings.sendsEvenParity());
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
                const double bitsPerByte = kBitsPerByte + (s.sendsEvenParity() ? 1.0 : 0.0);
                const double lineSeconds =
                    static_cast<double>(frame.wire.size()) * bitsPerByte / kBaudRate;
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
