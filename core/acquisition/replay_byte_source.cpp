// SPDX-License-Identifier: GPL-3.0-or-later
#include "replay_byte_source.h"

#include "stream_decoder.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace han {

// Finds the meter time of each complete frame in a raw or hex capture, to pace the replay.
class ReplayByteSource::FrameTimer : public StreamDecoder::Sink
{
public:
    struct Cue
    {
        std::int64_t endOffset; // stream offset just past the frame
        QDateTime meterTime;    // naive wall clock of the frame
    };

    std::vector<Cue> feed(const QByteArray& bytes)
    {
        m_cues.clear();
        m_decoder.feed(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                       static_cast<std::size_t>(bytes.size()), *this);
        return m_cues;
    }

    void readingDecoded(const MeterReading& reading, const HdlcFrame& frame) override
    {
        if (!reading.meterTime)
            return;
        if (const auto naive = reading.meterTime->toNaiveDateTime())
            m_cues.push_back({frame.streamOffset + static_cast<std::int64_t>(frame.size), *naive});
    }
    void frameRejected(const FrameError&) override {}

private:
    StreamDecoder m_decoder;
    std::vector<Cue> m_cues;
};

ReplayByteSource::ReplayByteSource(QString path, CaptureReader::Format format, double speed,
                                   QObject* parent)
    : ByteSource(parent), m_path(std::move(path)), m_format(format), m_speed(std::max(0.0, speed)),
      m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReplayByteSource::emitDue);
}

ReplayByteSource::~ReplayByteSource() = default;

QString ReplayByteSource::description() const
{
    const QString name = QFileInfo(m_path).fileName();
    if (m_speed <= 0)
        return tr("replay of %1, as fast as possible").arg(name);
    if (m_speed == 1.0)
        return tr("replay of %1 at the original pace").arg(name);
    return tr("replay of %1 at %2× speed").arg(name, QString::number(m_speed, 'g', 6));
}

void ReplayByteSource::open()
{
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        emit failed(QFileInfo::exists(m_path) ? Failure::PermissionDenied : Failure::NotFound,
                    tr("Cannot open the capture %1: %2").arg(m_path, m_file.errorString()));
        return;
    }
    m_reader = std::make_unique<CaptureReader>(&m_file, m_format);
    m_frameTimer = std::make_unique<FrameTimer>();
    m_queue.clear();
    m_firstTime.reset();
    m_lastDueMs = 0;
    m_consumed = 0;
    m_finished = false;
    emit opened();
    m_clock.start();
    m_timer.start(0);
}

void ReplayByteSource::close()
{
    m_timer.stop();
    m_reader.reset();
    m_file.close();
}

bool ReplayByteSource::readMore()
{
    CaptureReader::Chunk chunk;
    if (!m_reader || !m_reader->readChunk(chunk))
        return false;
    if (m_speed <= 0) {
        m_queue.push_back({chunk.bytes, 0, {}});
        return true;
    }
    if (chunk.receivedAt) {
        // The log's clock is the recording PC's local time.
        const QDateTime local(chunk.receivedAt->date(), chunk.receivedAt->time(), Qt::LocalTime);
        if (!m_firstTime)
            m_firstTime = *chunk.receivedAt;
        const qint64 offset = m_firstTime->msecsTo(*chunk.receivedAt);
        m_lastDueMs = std::clamp(offset, m_lastDueMs, m_lastDueMs + kMaxGapMs);
        m_queue.push_back({chunk.bytes, m_lastDueMs, local.toUTC()});
        return true;
    }
    splitByFrameTimes(chunk.bytes);
    return true;
}

void ReplayByteSource::splitByFrameTimes(const QByteArray& bytes)
{
    // Each piece ends with a frame and is due at that frame's meter time; m_consumed is the
    // stream offset where `bytes` begins.
    const std::vector<FrameTimer::Cue> cues = m_frameTimer->feed(bytes);
    qsizetype from = 0;
    for (const FrameTimer::Cue& cue : cues) {
        if (!m_firstTime)
            m_firstTime = cue.meterTime;
        const qint64 offset = m_firstTime->msecsTo(cue.meterTime);
        // Meter clocks jump (DST, a reset): never backwards, never more than kMaxGapMs.
        m_lastDueMs = std::clamp(offset, m_lastDueMs, m_lastDueMs + kMaxGapMs);
        const qsizetype end = static_cast<qsizetype>(cue.endOffset - m_consumed);
        if (end > from) {
            m_queue.push_back({bytes.mid(from, end - from), m_lastDueMs, {}});
            from = end;
        }
    }
    if (from < bytes.size())
        m_queue.push_back({bytes.mid(from), m_lastDueMs, {}});
    m_consumed += bytes.size();
}

void ReplayByteSource::emitDue()
{
    // Emit everything that is due, reading on as needed; then sleep until the next piece.
    int emitted = 0;
    for (;;) {
        if (m_queue.empty() && !readMore()) {
            if (!m_finished) {
                m_finished = true;
                emit failed(Failure::EndOfInput,
                            tr("The replay of %1 has finished.").arg(QFileInfo(m_path).fileName()));
            }
            return;
        }
        if (m_queue.empty())
            continue;
        const Segment& next = m_queue.front();
        const qint64 dueHostMs =
            m_speed <= 0
                ? 0
                : static_cast<qint64>(std::llround(static_cast<double>(next.dueMs) / m_speed));
        const qint64 now = m_clock.elapsed();
        if (dueHostMs > now) {
            m_timer.start(static_cast<int>(std::min<qint64>(dueHostMs - now, 60'000)));
            return;
        }
        const Segment segment = next;
        m_queue.pop_front();
        emit bytesReceived(segment.bytes, segment.sourceTimeUtc);
        if (!m_reader)
            return; // closed by a receiver
        // Yield to the event loop now and then, so stop() and other events get through.
        if (++emitted >= 64) {
            m_timer.start(0);
            return;
        }
    }
}

} // namespace han
