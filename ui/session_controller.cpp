// SPDX-License-Identifier: GPL-3.0-or-later
#include "session_controller.h"

#include "acquisition_controller.h"
#include "acquisition_worker.h"
#include "history_controller.h"
#include "history_store.h"
#include "key_store.h"
#include "live_model.h"
#include "power_integrator.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>

namespace han::ui {

namespace {

std::int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SessionController::SessionController(QObject* parent)
    : QObject(parent)
    , m_acquisition(std::make_unique<AcquisitionController>())
    , m_history(std::make_unique<HistoryController>())
    , m_live(new LiveModel(this))
{
    AcquisitionWorker* acquisitionWorker = m_acquisition->worker();
    HistoryStore* historyStore = m_history->store();

    // Acquisition thread -> history thread: readings are stored without passing the GUI.
    connect(acquisitionWorker, &AcquisitionWorker::readingDecoded, historyStore,
            &HistoryStore::storeReading, Qt::QueuedConnection);

    // Acquisition thread -> GUI thread.
    connect(acquisitionWorker, &AcquisitionWorker::readingDecoded, m_live, &LiveModel::addReading);
    connect(acquisitionWorker, &AcquisitionWorker::linkStateChanged, m_live,
            &LiveModel::setLinkState);
    connect(acquisitionWorker, &AcquisitionWorker::statisticsChanged, m_live,
            &LiveModel::setStatistics);
    connect(acquisitionWorker, &AcquisitionWorker::readingDecoded, this,
            [this](const MeterReading& reading) { m_linkEvents.readingDecoded(reading.meterId); });
    connect(acquisitionWorker, &AcquisitionWorker::linkStateChanged, this,
            [this](LinkState state, const QString& detail) {
                storeEvents(m_linkEvents.linkStateChanged(state, detail, nowMs()));
            });
    connect(acquisitionWorker, &AcquisitionWorker::frameRejected, this,
            [this](const FrameError& error) {
                storeEvents(m_linkEvents.frameRejected(nowMs()));
                // Meter keys: "Encrypted" means encrypted and no keys set.
                if (error.kind == FrameError::Kind::Encrypted && !m_encryptedAnnounced) {
                    m_encryptedAnnounced = true;
                    emit encryptedWithoutKeys();
                }
            });
    connect(acquisitionWorker, &AcquisitionWorker::recordingStateChanged, this,
            &SessionController::recordingStateChanged);
    connect(acquisitionWorker, &AcquisitionWorker::sourceFinished, this,
            &SessionController::sourceFinished);

    // History thread -> GUI thread.
    connect(historyStore, &HistoryStore::opened, this, [this](const QString& path) {
        m_historyPath = path;
        m_historyError.clear();
        if (!m_reader.open(path)) {
            m_historyError = m_reader.errorString();
            emit historyFailed(m_historyError);
            return;
        }
        m_capacityLadder = m_reader.capacityLadder();
        emit capacityLadderChanged();
        emit historyOpened(path);
        if (m_waitingForHistory) {
            m_waitingForHistory = false;
            fillSimulatedHistory();
        }
    });
    connect(historyStore, &HistoryStore::failed, this, [this](const QString& error) {
        m_historyError = error;
        emit historyFailed(error);
        // Without a history the simulator still runs: the live views are never empty.
        if (m_waitingForHistory) {
            m_waitingForHistory = false;
            startAcquisition();
        }
    });
    connect(historyStore, &HistoryStore::recovered, this, [this] {
        m_historyError.clear();
        emit historyRecovered();
    });
    connect(historyStore, &HistoryStore::batchCommitted, this,
            &SessionController::historyChanged);
    connect(historyStore, &HistoryStore::backupFinished, this,
            &SessionController::backupFinished);

    // Rejected frames are counted per minute; a quiet minute still has to be written.
    m_eventFlushTimer.setObjectName(QStringLiteral("session_controller.eventFlushTimer"));
    m_eventFlushTimer.setInterval(LinkEventRecorder::kMinuteMs / 4);
    connect(&m_eventFlushTimer, &QTimer::timeout, this,
            [this] { storeEvents(m_linkEvents.flush(nowMs())); });
    m_eventFlushTimer.start();
}

SessionController::~SessionController()
{
    shutdown();
}

AcquisitionWorker* SessionController::worker() const
{
    return m_acquisition->worker();
}

HistoryStore* SessionController::store() const
{
    return m_history->store();
}

void SessionController::openHistory(const QString& path)
{
    m_reader.close();
    m_history->open(path);
}

void SessionController::start(const SourceSpec& spec)
{
    stop();
    m_source = spec;
    // Meter keys: the stored keys of this connection, unless the caller brought its own. The
    // store is asked at each start, so keys entered a moment ago count.
    m_encryptedAnnounced = false;
    if (m_source.keys.isEmpty() && !KeyStore::connectionId(m_source).isEmpty())
        m_source.keys = KeyStore::open().load(m_source);
    m_live->clear();
    m_live->setSource(sourceLabel(spec), spec.kind == SourceSpec::Kind::Simulator);
    m_running = true;
    ++m_startGeneration;
    emit sourceStarted(spec);
    if (spec.kind == SourceSpec::Kind::Simulator && !spec.simulator.start.isValid()) {
        if (m_reader.isOpen())
            fillSimulatedHistory();
        else
            m_waitingForHistory = true;
        return;
    }
    startAcquisition();
}

void SessionController::startAcquisition()
{
    if (m_running)
        m_acquisition->start(m_source);
}

void SessionController::fillSimulatedHistory()
{
    constexpr std::int64_t kDayMs = 86'400'000;
    SimulatorSettings settings = m_source.simulator;
    const std::int64_t now = nowMs();
    std::int64_t from = now - SimulatedHistory::kDays * kDayMs;
    // Continue the stored meter from its last hourly registers, so they never step back; the
    // readings after them are regenerated and, being already stored, kept as they were.
    for (const MeterInfo& meter : m_reader.meters()) {
        if (meter.meterId != settings.meterId || meter.lastUtcMs < from)
            continue;
        const auto snapshots = m_reader.registerSnapshots(
            meter.meterId, meter.lastUtcMs - 3 * RegisterSnapshot::kHourMs, meter.lastUtcMs + 1);
        if (snapshots.empty() || !snapshots.back().activeImportWh)
            break;
        const RegisterSnapshot& last = snapshots.back();
        from = last.hourEndUtcMs();
        settings.initialImportWh = last.activeImportWh.value_or(settings.initialImportWh);
        settings.initialExportWh = last.activeExportWh.value_or(settings.initialExportWh);
        settings.initialReactiveImportVarh =
            last.reactiveImportVarh.value_or(settings.initialReactiveImportVarh);
        settings.initialReactiveExportVarh =
            last.reactiveExportVarh.value_or(settings.initialReactiveExportVarh);
    }
    settings.start = QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc());
    settings.faults = FaultSettings(); // the past is clean; faults are for the live stream

    const int days = static_cast<int>((now - from + kDayMs - 1) / kDayMs);
    emit simulatedHistoryProgress(
        true, days == 1 ? tr("Preparing the simulated meter: writing its last day of history…")
                        : tr("Preparing the simulated meter: writing %1 days of its history…")
                              .arg(days));
    HistoryStore* historyStore = m_history->store();
    const std::uint64_t generation = m_startGeneration;
    QMetaObject::invokeMethod(
        historyStore,
        [this, historyStore, settings, now, generation] {
            const SimulatedHistory::Result result =
                historyStore->fillSimulatedHistory(settings, now);
            QMetaObject::invokeMethod(
                this,
                [this, result, generation] {
                    if (generation != m_startGeneration) {
                        // Another source was started meanwhile: just take the banner down.
                        emit simulatedHistoryProgress(false, QString());
                        return;
                    }
                    if (result.ok) {
                        const FaultSettings liveFaults = m_source.simulator.faults;
                        m_source.simulator = result.next;
                        m_source.simulator.start = QDateTime(); // the live meter runs from now
                        m_source.simulator.faults = liveFaults;
                        emit simulatedHistoryProgress(false, QString());
                    } else {
                        emit simulatedHistoryProgress(
                            false, tr("The simulated meter's history could not be written: %1")
                                       .arg(result.errorString));
                    }
                    startAcquisition();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SessionController::stop()
{
    if (!m_running)
        return;
    m_acquisition->stop();
    m_running = false;
    m_waitingForHistory = false;
    m_history->flush();
}

QString SessionController::sourceLabel(const SourceSpec& spec)
{
    switch (spec.kind) {
    case SourceSpec::Kind::Simulator:
        return tr("Simulated meter");
    case SourceSpec::Kind::Replay:
        return tr("Replay of %1").arg(QFileInfo(spec.replayPath).fileName());
    case SourceSpec::Kind::Serial:
        break;
    }
    return tr("Serial port %1").arg(spec.port.portName);
}

QString SessionController::currentMeterId() const
{
    if (!m_live->meterId().isEmpty())
        return m_live->meterId();
    if (!m_reader.isOpen())
        return {};
    QString best;
    std::int64_t bestLast = 0;
    for (const MeterInfo& meter : m_reader.meters()) {
        if (best.isEmpty() || meter.lastUtcMs > bestLast) {
            best = meter.meterId;
            bestLast = meter.lastUtcMs;
        }
    }
    return best;
}

void SessionController::setMeterSettings(const QString& meterId, const MeterSettings& settings)
{
    HistoryStore* historyStore = m_history->store();
    QMetaObject::invokeMethod(
        historyStore,
        [historyStore, meterId, settings] { historyStore->setMeterSettings(meterId, settings); },
        Qt::QueuedConnection);
    // The live view resolves the meter's clock itself; it follows at once.
    if (meterId == m_live->meterId()) {
        MeterClockResolver::Settings clock;
        clock.mode = settings.clockMode;
        m_live->setClockSettings(clock);
    }
}

void SessionController::setCapacityLadder(const CapacityLadder& ladder)
{
    HistoryStore* historyStore = m_history->store();
    QMetaObject::invokeMethod(
        historyStore, [historyStore, ladder] { historyStore->setCapacityLadder(ladder); },
        Qt::QueuedConnection);
    // The views use it at once, not when the store has committed.
    m_capacityLadder = ladder;
    emit capacityLadderChanged();
}

SessionController::HourSoFar SessionController::integrateStored(const HistoryReader& reader,
                                                                const QString& meterId,
                                                                std::int64_t fromUtcMs,
                                                                std::int64_t toUtcMs)
{
    HourSoFar energy;
    if (!reader.isOpen() || meterId.isEmpty() || toUtcMs <= fromUtcMs)
        return energy;
    // The sample just before `from` holds its power into the range.
    const auto samples =
        reader.powerSamples(meterId, fromUtcMs - PowerIntegrator::kMaxHoldMs, toUtcMs);
    const PowerIntegrator::Result result = PowerIntegrator::integrate(samples, fromUtcMs, toUtcMs);
    energy.importKwh = result.importKwh;
    energy.exportKwh = result.exportKwh;
    return energy;
}

SessionController::HourSoFar SessionController::hourSoFar()
{
    HourSoFar energy;
    if (!m_live->hasReading())
        return energy;
    const PowerIntegrator::Result live = m_live->energyThisHour();
    energy.importKwh = live.importKwh;
    energy.exportKwh = live.exportKwh;
    const std::int64_t hourStart = m_live->currentHourStartUtcMs();
    const std::int64_t firstLive = m_live->samples().front().utcMs;
    if (firstLive <= hourStart)
        return energy;
    const QString meter = m_live->meterId();
    if (m_storedPart.meterId != meter || m_storedPart.fromUtcMs != hourStart ||
        m_storedPart.toUtcMs != firstLive) {
        m_storedPart = {meter, hourStart, firstLive,
                        integrateStored(m_reader, meter, hourStart, firstLive)};
    }
    energy.importKwh += m_storedPart.energy.importKwh;
    energy.exportKwh += m_storedPart.energy.exportKwh;
    return energy;
}

void SessionController::startRecording(const QString& path)
{
    m_acquisition->startRecording(path);
}

void SessionController::stopRecording()
{
    m_acquisition->stopRecording();
}

void SessionController::backup(const QString& path)
{
    m_history->backup(path);
}

void SessionController::storeEvents(const std::vector<HistoryEvent>& events)
{
    HistoryStore* historyStore = m_history->store();
    for (const HistoryEvent& event : events) {
        QMetaObject::invokeMethod(
            historyStore, [historyStore, event] { historyStore->storeEvent(event); },
            Qt::QueuedConnection);
    }
}

void SessionController::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_eventFlushTimer.stop();
    m_acquisition->shutdown();
    m_running = false;
    storeEvents(m_linkEvents.flush(nowMs(), true));
    m_reader.close();
    m_history->shutdown();
}

} // namespace han::ui
