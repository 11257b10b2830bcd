// SPDX-License-Identifier: GPL-3.0-or-later
#include "acquisition_worker.h"

#include "replay_byte_source.h"
#include "serial_byte_source.h"
#include "simulator_byte_source.h"
#include "system_port_locator.h"

#include <QFileInfo>

#include <algorithm>

namespace han {

class AcquisitionWorker::DecoderSink : public StreamDecoder::Sink
{
public:
    explicit DecoderSink(AcquisitionWorker* worker) : m_worker(worker) {}
    void readingDecoded(const MeterReading& reading, const HdlcFrame& frame) override
    {
        m_worker->handleReading(reading, frame);
    }
    void frameRejected(const FrameError& error) override { m_worker->handleRejection(error); }

private:
    AcquisitionWorker* m_worker;
};

AcquisitionWorker::AcquisitionWorker(QObject* parent)
    : QObject(parent), m_locator(std::make_unique<SystemPortLocator>()),
      m_sink(std::make_unique<DecoderSink>(this)), m_retryTimer(this), m_pollTimer(this),
      m_watchdogTimer(this), m_statisticsTimer(this)
{
    // The timers are children, so they move to the acquisition thread with the worker.
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &AcquisitionWorker::openSource);
    connect(&m_pollTimer, &QTimer::timeout, this, &AcquisitionWorker::pollLocator);
    connect(&m_watchdogTimer, &QTimer::timeout, this, &AcquisitionWorker::checkWatchdog);
    // Statistics are published at most a few times a second, not per byte.
    m_statisticsTimer.setInterval(250);
    connect(&m_statisticsTimer, &QTimer::timeout, this, &AcquisitionWorker::publishStatistics);
}

AcquisitionWorker::~AcquisitionWorker()
{
    stop();
}

void AcquisitionWorker::setPortLocator(std::unique_ptr<PortLocator> locator)
{
    m_locator = std::move(locator);
}

void AcquisitionWorker::start(const SourceSpec& spec)
{
    // A recording started before (or during) a run goes on across the restart.
    halt();
    m_spec = spec;
    m_running = true;
    m_attempt = 0;
    m_stats = LinkStatistics{};
    m_published = LinkStatistics{};
    m_decoder = StreamDecoder{};
    m_decoder.setKeys(spec.keys);
    m_parity = spec.port.parity == PortSettings::Parity::Even ? PortSettings::Parity::Even
                                                              : PortSettings::Parity::None;
    const int watchdogTick = std::clamp(spec.port.noDataTimeoutMs / 10, 20, 1000);
    m_watchdogTimer.setInterval(watchdogTick);
    m_pollTimer.setInterval(std::max(50, spec.port.locatorPollMs));
    m_statisticsTimer.start();
    openSource();
}

void AcquisitionWorker::stop()
{
    halt();
    stopRecording();
}

void AcquisitionWorker::halt()
{
    const bool wasRunning = m_running;
    m_running = false;
    m_retryTimer.stop();
    m_pollTimer.stop();
    m_watchdogTimer.stop();
    m_statisticsTimer.stop();
    closeSource();
    if (wasRunning) {
        publishStatistics();
        setState(LinkState::Disconnected, tr("Stopped."));
    }
}

std::optional<QString> AcquisitionWorker::locatePort() const
{
    return PortLocator::locate(m_locator->availablePorts(), m_spec.port,
                               QFileInfo::exists(m_spec.port.portName));
}

ByteSource* AcquisitionWorker::createSource()
{
    switch (m_spec.kind) {
    case SourceSpec::Kind::Serial: {
        const std::optional<QString> location = locatePort();
        if (!location)
            return nullptr;
        if (!m_lastLocation.isEmpty() && *location != m_lastLocation)
            m_stateDetail = tr("Found the adapter again as %1.").arg(*location);
        m_lastLocation = *location;
        return new SerialByteSource(*location, m_spec.port, m_parity, this);
    }
    case SourceSpec::Kind::Simulator:
        return new SimulatorByteSource(m_spec.simulator, m_spec.simulatorSpeed, m_parity, this);
    case SourceSpec::Kind::Replay:
        return new ReplayByteSource(m_spec.replayPath, m_spec.replayFormat, m_spec.replaySpeed,
                                    this);
    }
    return nullptr;
}

void AcquisitionWorker::openSource()
{
    if (!m_running)
        return;
    closeSource();
    setState(m_attempt == 0 ? LinkState::Connecting : LinkState::Reconnecting,
             m_attempt == 0 ? tr("Opening the connection to the meter.")
                            : tr("Trying to connect again (attempt %1).").arg(m_attempt + 1));
    ByteSource* source = createSource();
    if (!source) {
        onFailed(
            ByteSource::Failure::NotFound,
            tr("The adapter %1 is not connected. Plug it in; the connection resumes by itself.")
                .arg(m_spec.port.portName));
        return;
    }
    m_source = source;
    connect(source, &ByteSource::opened, this, &AcquisitionWorker::onOpened);
    connect(source, &ByteSource::bytesReceived, this, &AcquisitionWorker::onBytes);
    connect(source, &ByteSource::failed, this, &AcquisitionWorker::onFailed);
    source->open();
}

void AcquisitionWorker::closeSource()
{
    if (!m_source)
        return;
    ByteSource* source = m_source;
    m_source = nullptr;
    source->disconnect(this);
    source->close();
    // The source may be the sender of the signal being handled: delete it later.
    source->deleteLater();
}

void AcquisitionWorker::onOpened()
{
    m_retryTimer.stop();
    m_pollTimer.stop();
    // A fresh start for the framer: bytes from before the break cannot complete a frame now.
    m_decoder.reset();
    m_sinceValid.start();
    m_sinceParityChange.start();
    m_bytesSinceValid = 0;
    m_bytesSinceParityChange = 0;
    m_unknownSinceValid = 0;
    m_watchdogTimer.start();
    const QString description = m_source ? m_source->description() : QString();
    QString detail = tr("Connected to %1, waiting for the meter's first list.").arg(description);
    if (m_source && m_source->isSimulated())
        detail = tr("Simulated meter: no real meter is attached. %1").arg(detail);
    setState(LinkState::Connecting, detail);
}

void AcquisitionWorker::onBytes(const QByteArray& bytes, const QDateTime& sourceTimeUtc)
{
    m_stats.bytesReceived += static_cast<std::uint64_t>(bytes.size());
    m_bytesSinceValid += static_cast<std::uint64_t>(bytes.size());
    m_bytesSinceParityChange += static_cast<std::uint64_t>(bytes.size());
    if (m_recording.isOpen())
        record(bytes);
    m_chunkTimeUtc = sourceTimeUtc;
    m_decoder.feed(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                   static_cast<std::size_t>(bytes.size()), *m_sink);
    const auto framing = m_decoder.statistics().framing;
    m_stats.skippedBytes = framing.skippedBytes;
}

void AcquisitionWorker::handleReading(const MeterReading& reading, const HdlcFrame& frame)
{
    MeterReading stamped = reading;
    stamped.receivedAt =
        m_chunkTimeUtc.isValid() ? m_chunkTimeUtc : QDateTime::currentDateTimeUtc();
    ++m_stats.framesOk;
    m_stats.lastReadingUtc = *stamped.receivedAt;
    m_sinceValid.start();
    m_bytesSinceValid = 0;
    m_unknownSinceValid = 0;
    if (m_state != LinkState::Connected) {
        if (m_attempt > 0)
            ++m_stats.reconnects;
        m_attempt = 0;
        const QString source = m_source ? m_source->description() : QString();
        setState(LinkState::Connected,
                 m_source && m_source->isSimulated()
                     ? tr("Simulated meter: readings arrive (%1).").arg(source)
                     : tr("Readings arrive from %1.").arg(source));
    }
    emit rawFrame(
        QByteArray(reinterpret_cast<const char*>(frame.data), static_cast<qsizetype>(frame.size)));
    emit readingDecoded(stamped);
}

void AcquisitionWorker::handleRejection(const FrameError& error)
{
    switch (error.kind) {
    case FrameError::Kind::Hcs:
        ++m_stats.hcsErrors;
        break;
    case FrameError::Kind::Fcs:
        ++m_stats.fcsErrors;
        break;
    case FrameError::Kind::Flag:
        ++m_stats.flagErrors;
        break;
    case FrameError::Kind::Truncated:
        ++m_stats.truncatedFrames;
        break;
    case FrameError::Kind::Apdu:
    case FrameError::Kind::Encrypted:
    case FrameError::Kind::UnsupportedList:
    case FrameError::Kind::Axdr:
    case FrameError::Kind::Authentication:
    case FrameError::Kind::Replay:
        ++m_stats.unknownContent;
        ++m_unknownSinceValid;
        m_lastUnknownKind = error.kind;
        m_lastUnknownList = error.listName;
        break;
    }
    // Missing or wrong keys are said at once, not after the no-data timeout: the fix is the
    // user's, and the meter will not send anything else.
    if (m_state != LinkState::Connected && m_state != LinkState::NoData) {
        if (const QString detail = keysDetail(error.kind); !detail.isEmpty())
            setState(m_state, detail);
    }
    emit frameRejected(error);
}

void AcquisitionWorker::onFailed(ByteSource::Failure failure, const QString& detail)
{
    if (!m_running)
        return;
    m_watchdogTimer.stop();
    m_decoder.finish(*m_sink);
    closeSource();
    if (failure == ByteSource::Failure::EndOfInput) {
        m_running = false;
        m_statisticsTimer.stop();
        publishStatistics();
        setState(LinkState::Disconnected, detail);
        emit sourceFinished();
        return;
    }
    m_lastFailure = failure;
    scheduleRetry(detail);
}

int AcquisitionWorker::currentBackoffMs() const
{
    const std::vector<int>& steps = m_spec.port.backoffMs;
    if (steps.empty())
        return 1000;
    return steps[std::min(static_cast<std::size_t>(m_attempt), steps.size() - 1)];
}

void AcquisitionWorker::scheduleRetry(const QString& reason)
{
    const int delay = currentBackoffMs();
    ++m_attempt;
    const double seconds = delay / 1000.0;
    setState(LinkState::Reconnecting,
             tr("%1 Trying again in %2 s.").arg(reason, QString::number(seconds, 'g', 3)));
    m_retryTimer.start(delay);
    // A pulled adapter is looked for every 1-2 s, so it is back as soon as it is plugged in.
    if (m_spec.kind == SourceSpec::Kind::Serial &&
        (m_lastFailure == ByteSource::Failure::NotFound ||
         m_lastFailure == ByteSource::Failure::Vanished))
        m_pollTimer.start();
}

void AcquisitionWorker::pollLocator()
{
    if (!m_running || m_source) {
        m_pollTimer.stop();
        return;
    }
    if (locatePort()) {
        m_pollTimer.stop();
        m_retryTimer.stop();
        openSource();
    }
}

void AcquisitionWorker::checkWatchdog()
{
    if (!m_running || !m_source)
        return;
    const qint64 silentMs = m_sinceValid.elapsed();

    // Auto parity: bytes arrive but never a valid frame, so try the other setting. The simulator
    // honours the line's parity as a meter behind an adapter does.
    if (m_spec.kind != SourceSpec::Kind::Replay &&
        m_spec.port.parity == PortSettings::Parity::Auto && silentMs >= m_spec.port.parityProbeMs &&
        m_sinceParityChange.elapsed() >= m_spec.port.parityProbeMs &&
        m_bytesSinceParityChange > 0 && m_unknownSinceValid == 0) {
        m_parity = m_parity == PortSettings::Parity::None ? PortSettings::Parity::Even
                                                          : PortSettings::Parity::None;
        if (auto* serial = qobject_cast<SerialByteSource*>(m_source.data()))
            serial->setParity(m_parity);
        else if (auto* simulated = qobject_cast<SimulatorByteSource*>(m_source.data()))
            simulated->setParity(m_parity);
        m_decoder.reset();
        m_sinceParityChange.start();
        m_bytesSinceParityChange = 0;
        setState(m_state, m_parity == PortSettings::Parity::Even
                              ? tr("Bytes arrive but no valid frame: trying even parity (8E1, as "
                                   "Aidon and Kaifa meters use).")
                              : tr("Bytes arrive but no valid frame: trying no parity (8N1, as "
                                   "Kamstrup meters use)."));
    }

    if (silentMs < m_spec.port.noDataTimeoutMs)
        return;
    // The configured limit, not the running time: the message is said once, not every second.
    const int seconds = std::max(1, m_spec.port.noDataTimeoutMs / 1000);
    QString detail;
    if (m_unknownSinceValid > 0) {
        if (const QString keys = keysDetail(m_lastUnknownKind); !keys.isEmpty())
            detail = keys;
        else if (!m_lastUnknownList.isEmpty())
            detail = tr("Valid frames arrive, but they carry a list this version cannot read "
                        "(%1).")
                         .arg(QString::fromLatin1(m_lastUnknownList));
        else
            detail = tr("Valid frames arrive, but their content is not a list this version can "
                        "read (another make of meter?).");
    } else if (m_bytesSinceValid > 0) {
        detail = tr("Bytes arrive but none forms a valid frame for %1 s. Probably the wrong "
                    "parity or speed, or a bad contact. (The serial port does not report parity "
                    "errors, so this is a guess from the bytes.)")
                     .arg(seconds);
    } else {
        detail = tr("No data from the meter for %1 s. The grid company may not have opened the "
                    "HAN port yet, or the cable or adapter is loose.")
                     .arg(seconds);
    }
    if (m_state != LinkState::NoData || detail != m_stateDetail)
        setState(LinkState::NoData, detail);
}

QString AcquisitionWorker::keysDetail(FrameError::Kind kind)
{
    switch (kind) {
    case FrameError::Kind::Encrypted:
        return tr("The meter sends encrypted frames: enter the two keys from your grid company "
                  "(encryption key and authentication key) for this connection.");
    case FrameError::Kind::Authentication:
        return tr("The meter's encrypted frames fail authentication — check the keys from your "
                  "grid company. (They change when the HAN port is reset.)");
    case FrameError::Kind::Replay:
        return tr("The meter's encrypted frames repeat old frame counters, so they are "
                  "ignored: an old frame was sent again, or the meter restarted its counter "
                  "(then readings resume after a few frames).");
    default:
        return {};
    }
}

void AcquisitionWorker::setState(LinkState state, const QString& detail)
{
    if (state == m_state && detail == m_stateDetail)
        return;
    m_state = state;
    m_stateDetail = detail;
    emit linkStateChanged(state, detail);
}

void AcquisitionWorker::publishStatistics()
{
    if (m_stats == m_published)
        return;
    m_published = m_stats;
    emit statisticsChanged(m_stats);
}

void AcquisitionWorker::startRecording(const QString& path)
{
    stopRecording();
    m_recording.setFileName(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    m_recordingFormat = suffix == QLatin1String("log")   ? RecordingFormat::Log
                        : suffix == QLatin1String("hex") ? RecordingFormat::Hex
                                                         : RecordingFormat::Raw;
    if (!m_recording.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        emit recordingStateChanged(
            false, tr("Cannot record to %1: %2").arg(path, m_recording.errorString()));
        return;
    }
    emit recordingStateChanged(true, tr("Recording the raw byte stream to %1.").arg(path));
}

void AcquisitionWorker::stopRecording()
{
    if (!m_recording.isOpen())
        return;
    const QString path = m_recording.fileName();
    m_recording.close();
    emit recordingStateChanged(false, tr("Recording saved to %1.").arg(path));
}

void AcquisitionWorker::record(const QByteArray& bytes)
{
    QByteArray out;
    switch (m_recordingFormat) {
    case RecordingFormat::Raw:
        out = bytes;
        break;
    case RecordingFormat::Hex:
        out = bytes.toHex(' ').toUpper() + '\n';
        break;
    case RecordingFormat::Log: {
        const QDateTime now = QDateTime::currentDateTime();
        out = QStringLiteral("[%1 - Received %2 (0x%3) bytes]\n")
                  .arg(now.toString(QStringLiteral("yyyy-MM-dd HH.mm.ss.zzz")))
                  .arg(bytes.size())
                  .arg(QString::number(bytes.size(), 16).toUpper())
                  .toLatin1();
        for (qsizetype i = 0; i < bytes.size(); i += 24)
            out += bytes.mid(i, 24).toHex(' ').toUpper() + '\n';
        out += '\n';
        break;
    }
    }
    if (m_recording.write(out) != out.size() || !m_recording.flush()) {
        // A full disk or a pulled USB stick ends the recording, never the acquisition.
        const QString error = tr("Recording stopped: cannot write to %1 (%2). The readings "
                                 "themselves are not affected.")
                                  .arg(m_recording.fileName(), m_recording.errorString());
        m_recording.close();
        emit recordingStateChanged(false, error);
    }
}

} // namespace han
