// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "byte_source.h"
#include "frame_error.h"
#include "link_state.h"
#include "link_statistics.h"
#include "meter_reading.h"
#include "port_locator.h"
#include "source_spec.h"
#include "stream_decoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace han {

// Runs source -> framer -> decoder -> mapper on the acquisition thread and keeps the link alive:
// it watches for silence (NoData, with the likely cause), reconnects with backoff after errors,
// finds a re-plugged adapter under a new name, and tries the other parity when asked to.
// Every slot runs on the worker's thread (it is moved there by AcquisitionController); only
// values leave it, through queued signals.
class AcquisitionWorker : public QObject
{
    Q_OBJECT

public:
    explicit AcquisitionWorker(QObject* parent = nullptr);
    ~AcquisitionWorker() override;

    // Replaces port discovery, for tests. Call before start(), on the worker's thread.
    void setPortLocator(std::unique_ptr<PortLocator> locator);

public slots:
    void start(const han::SourceSpec& spec);
    void stop();
    // Records the raw byte stream: ".log" gets the serial-monitor log format with the host's
    // timestamps (replayable at the original pace), ".hex" hex text, anything else raw bytes.
    void startRecording(const QString& path);
    void stopRecording();

signals:
    void readingDecoded(const han::MeterReading& reading);
    void frameRejected(const han::FrameError& error);
    void rawFrame(const QByteArray& frame);
    void statisticsChanged(const han::LinkStatistics& statistics);
    void linkStateChanged(han::LinkState state, const QString& detail);
    void recordingStateChanged(bool recording, const QString& detail);
    // A replayed capture has been played to its end.
    void sourceFinished();

private:
    class DecoderSink;
    friend class DecoderSink;
    enum class RecordingFormat { Raw, Hex, Log };

    void halt(); // stop() without ending the recording
    void openSource();
    ByteSource* createSource();
    void closeSource();
    void onOpened();
    void onBytes(const QByteArray& bytes, const QDateTime& sourceTimeUtc);
    void onFailed(ByteSource::Failure failure, const QString& detail);
    void scheduleRetry(const QString& reason);
    void pollLocator();
    void checkWatchdog();
    void setState(LinkState state, const QString& detail);
    void publishStatistics();
    void handleReading(const MeterReading& reading, const HdlcFrame& frame);
    void handleRejection(const FrameError& error);
    // What the user must do about the keys when frames are rejected as `kind`, else empty.
    static QString keysDetail(FrameError::Kind kind);
    void record(const QByteArray& bytes);
    std::optional<QString> locatePort() const;
    int currentBackoffMs() const;

    SourceSpec m_spec;
    QPointer<ByteSource> m_source;
    std::unique_ptr<PortLocator> m_locator;
    std::unique_ptr<DecoderSink> m_sink;
    StreamDecoder m_decoder;

    LinkState m_state = LinkState::Disconnected;
    QString m_stateDetail;
    bool m_running = false;
    int m_attempt = 0;
    ByteSource::Failure m_lastFailure = ByteSource::Failure::Io;
    PortSettings::Parity m_parity = PortSettings::Parity::None;
    QString m_lastLocation;

    QTimer m_retryTimer;
    QTimer m_pollTimer;
    QTimer m_watchdogTimer;
    QTimer m_statisticsTimer;

    // Watchdog bookkeeping since the last valid reading (or since the source opened).
    QElapsedTimer m_sinceValid;
    QElapsedTimer m_sinceParityChange;
    std::uint64_t m_bytesSinceValid = 0;
    std::uint64_t m_bytesSinceParityChange = 0;
    std::uint64_t m_unknownSinceValid = 0;
    FrameError::Kind m_lastUnknownKind = FrameError::Kind::UnsupportedList;
    QByteArray m_lastUnknownList;

    LinkStatistics m_stats;
    LinkStatistics m_published;
    QDateTime m_chunkTimeUtc;

    QFile m_recording;
    RecordingFormat m_recordingFormat = RecordingFormat::Raw;
};

} // namespace han
