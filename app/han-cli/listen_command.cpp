// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen_command.h"

#include "acquisition_controller.h"
#include "acquisition_worker.h"
#include "cli_output.h"
#include "command_line.h"
#include "history_controller.h"
#include "history_store.h"
#include "key_options.h"
#include "link_event_recorder.h"
#include "reading_json.h"
#include "signal_watcher.h"
#include "stored_keys.h"
#include "system_port_locator.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <memory>
#include <unistd.h>

namespace han::cli {
namespace {

// One line per reading for a person watching a terminal.
QByteArray textLine(const MeterReading& r)
{
    auto num = [](const std::optional<double>& v) {
        return v ? ReadingJson::number(*v) : QByteArray("-");
    };
    QByteArray line =
        r.receivedAt
            ? r.receivedAt->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1()
            : QByteArray();
    line += "  import " + num(r.activeImportW) + " W  export " + num(r.activeExportW) + " W";
    const int phases = r.phaseCount();
    const char* names[] = {"L1", "L2", "L3"};
    const std::optional<double>* currents[] = {&r.currentL1A, &r.currentL2A, &r.currentL3A};
    const std::optional<double>* voltages[] = {&r.voltageL1V, &r.voltageL2V, &r.voltageL3V};
    for (int i = 0; i < phases; ++i)
        line += QByteArray("  ") + names[i] + ' ' + num(*currents[i]) + " A " + num(*voltages[i]) +
                " V";
    if (r.hasRegisters())
        line += "  meter clock " + (r.meterClock ? r.meterClock->toIsoString().toLatin1() : "-") +
                "  energy in " + num(r.activeImportWh) + " Wh out " + num(r.activeExportWh) + " Wh";
    return line + '\n';
}

} // namespace

int ListenCommand::run(const QStringList& arguments)
{
    CommandLine command(
        QStringLiteral("han-cli listen --port DEV [--parity none|even|auto] [--record FILE] "
                       "[--format jsonl|text] [--no-data-timeout S] [--db PATH] "
                       "[--key HEX [--auth-key HEX]]"),
        tr("Decodes a live serial port and prints each reading as it comes; with --db also "
           "stores them in the history."));
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption portOption(
        QStringLiteral("port"), tr("The serial device of the HAN adapter, e.g. /dev/ttyUSB0."),
        QStringLiteral("DEV"));
    const QCommandLineOption parityOption(
        QStringLiteral("parity"),
        tr("none (Kamstrup, the default), even (Aidon, Kaifa) or auto (try the other after 25 s "
           "without a valid frame)."),
        QStringLiteral("parity"), QStringLiteral("none"));
    const QCommandLineOption recordOption(
        QStringLiteral("record"),
        tr("Also record the raw bytes to FILE (.log: with timestamps, .hex: hex text, else raw)."),
        QStringLiteral("FILE"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("jsonl, or text (one line per reading). Default: text on a terminal, else jsonl."),
        QStringLiteral("format"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("no-data-timeout"),
        tr("Seconds without a valid frame before the link counts as silent (default 30)."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        tr("Also store the readings and link events in the history database PATH."),
        QStringLiteral("PATH"));
    for (const auto* option :
         {&portOption, &parityOption, &recordOption, &formatOption, &timeoutOption, &dbOption})
        parser.addOption(*option);
    const KeyOptions keyOptions(parser);
    if (const std::optional<int> exitCode = command.parse(arguments))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty())
        return command.usageError(
            tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(portOption))
        return command.usageError(tr("--port is required"));
    if (parser.isSet(dbOption) && parser.value(dbOption).isEmpty())
        return command.usageError(tr("--db needs a path"));

    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Serial;
    spec.port.portName = parser.value(portOption);
    const std::optional<MeterKeys> keys = keyOptions.resolve(command);
    if (!keys)
        return 2;
    spec.keys = *keys;
    const QString parity = parser.value(parityOption).toLower();
    if (parity == QLatin1String("none"))
        spec.port.parity = PortSettings::Parity::None;
    else if (parity == QLatin1String("even"))
        spec.port.parity = PortSettings::Parity::Even;
    else if (parity == QLatin1String("auto"))
        spec.port.parity = PortSettings::Parity::Auto;
    else {
        CliOutput::message(tr("unknown parity '%1' (use none, even or auto)").arg(parity));
        return 2;
    }
    bool ok = false;
    const double timeout = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 3600) {
        CliOutput::message(tr("--no-data-timeout takes seconds between 0 and 3600"));
        return 2;
    }
    spec.port.noDataTimeoutMs = static_cast<int>(timeout * 1000);
    spec.port.parityProbeMs = std::min(spec.port.parityProbeMs, spec.port.noDataTimeoutMs * 5 / 6);

    QString format = parser.value(formatOption).toLower();
    if (format.isEmpty())
        format = ::isatty(STDOUT_FILENO) ? QStringLiteral("text") : QStringLiteral("jsonl");
    if (format != QLatin1String("text") && format != QLatin1String("jsonl")) {
        CliOutput::message(tr("unknown output format '%1' (use jsonl or text)").arg(format));
        return 2;
    }
    const bool json = format == QLatin1String("jsonl");

    // Remember the adapter's identity, so it is found again if it comes back under a new name.
    StoredKeys::identifyAdapter(spec.port);
    // Meter keys: those stored for this adapter or port (the app's Connect dialog).
    if (spec.keys.isEmpty())
        spec.keys = StoredKeys::lookUp(spec, false);

    AcquisitionController controller;
    AcquisitionWorker* worker = controller.worker();
    QObject::connect(
        worker, &AcquisitionWorker::readingDecoded, qApp, [json](const MeterReading& reading) {
            CliOutput::writeData(json ? ReadingJson::object(reading) + '\n' : textLine(reading));
            CliOutput::flushData();
        });
    QObject::connect(worker, &AcquisitionWorker::linkStateChanged, qApp,
                     [](LinkState state, const QString& detail) {
                         CliOutput::message(QStringLiteral("[%1] %2").arg(
                             QString::fromLatin1(linkStateName(state)), detail));
                     });
    QObject::connect(worker, &AcquisitionWorker::recordingStateChanged, qApp,
                     [](bool, const QString& detail) { CliOutput::message(detail); });
    LinkStatistics last;
    QObject::connect(worker, &AcquisitionWorker::statisticsChanged, qApp,
                     [&last](const LinkStatistics& s) { last = s; });

    // The history thread stores what the acquisition thread decodes: readings go straight
    // from one to the other (queued); link events are worked out here on the main thread.
    std::unique_ptr<HistoryController> history;
    LinkEventRecorder linkEvents;
    const auto nowMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    const auto storeEvents = [&history](const std::vector<HistoryEvent>& events) {
        HistoryStore* store = history->store();
        for (const HistoryEvent& event : events)
            QMetaObject::invokeMethod(
                store, [store, event] { store->storeEvent(event); }, Qt::QueuedConnection);
    };
    if (parser.isSet(dbOption)) {
        history = std::make_unique<HistoryController>();
        HistoryStore* store = history->store();
        QObject::connect(worker, &AcquisitionWorker::readingDecoded, store,
                         &HistoryStore::storeReading, Qt::QueuedConnection);
        QObject::connect(
            worker, &AcquisitionWorker::readingDecoded, qApp,
            [&linkEvents](const MeterReading& r) { linkEvents.readingDecoded(r.meterId); });
        QObject::connect(worker, &AcquisitionWorker::linkStateChanged, qApp,
                         [&linkEvents, storeEvents, nowMs](LinkState state, const QString& detail) {
                             storeEvents(linkEvents.linkStateChanged(state, detail, nowMs()));
                         });
        QObject::connect(worker, &AcquisitionWorker::frameRejected, qApp,
                         [&linkEvents, storeEvents, nowMs](const FrameError&) {
                             storeEvents(linkEvents.frameRejected(nowMs()));
                         });
        QObject::connect(store, &HistoryStore::opened, qApp, [](const QString& path) {
            CliOutput::message(tr("storing the history in %1").arg(path));
        });
        QObject::connect(store, &HistoryStore::failed, qApp,
                         [](const QString& error) { CliOutput::message(error); });
        QObject::connect(store, &HistoryStore::recovered, qApp, [] {
            CliOutput::message(tr("the history is being written again"));
        });
        history->open(parser.value(dbOption));
    }

    app::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &app::SignalWatcher::terminationRequested, qApp, [&controller] {
        controller.shutdown();
        QCoreApplication::quit();
    });

    if (parser.isSet(recordOption))
        controller.startRecording(parser.value(recordOption));
    controller.start(spec);
    QCoreApplication::exec();
    controller.shutdown();
    QCoreApplication::sendPostedEvents();
    if (history) {
        // The readings queued before the acquisition stopped are written before this returns.
        storeEvents(linkEvents.flush(nowMs(), true));
        history->shutdown();
        QCoreApplication::sendPostedEvents();
    }
    // One plural per count ("1 reading", "1 reconnect"); tr()'s count is an int, which a
    // listen at one list a second would pass after 68 years.
    const auto plural = [](std::uint64_t n) {
        return static_cast<int>(std::min<std::uint64_t>(n, std::numeric_limits<int>::max()));
    };
    const std::uint64_t rejected = last.hcsErrors + last.fcsErrors + last.flagErrors +
                                   last.truncatedFrames + last.unknownContent;
    CliOutput::message(QStringList{tr("%Ln reading(s)", nullptr, plural(last.framesOk)),
                                   tr("%L1 B received").arg(last.bytesReceived),
                                   tr("%Ln frame(s) rejected", nullptr, plural(rejected)),
                                   tr("%Ln reconnect(s)", nullptr, plural(last.reconnects))}
                           .join(QStringLiteral(", ")));
    return 0;
}

} // namespace han::cli
