// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "byte_source.h"
#include "capture_reader.h"
#include "hdlc_framer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <deque>
#include <memory>

namespace han {

// Plays a capture file (raw, hex or serial-monitor log) as if a meter sent it: at the pace of
// the original, at a speed-up, or as fast as possible (speed 0). A capture holds no idle gaps,
// so the pace comes from the log's timestamps or, for raw and hex captures, from the meter times
// in the frames themselves; pacing by baud rate alone would play an hour in a few seconds.
class ReplayByteSource : public ByteSource
{
    Q_OBJECT

public:
    ReplayByteSource(QString path, CaptureReader::Format format, double speed,
                     QObject* parent = nullptr);
    ~ReplayByteSource() override;

    void open() override;
    void close() override;
    QString description() const override;

    // The longest pause replayed between two pieces: a capture that spans a power cut or a
    // clock jump must not stall the replay for hours.
    static constexpr qint64 kMaxGapMs = 60'000;

private:
    struct Segment
    {
        QByteArray bytes;
        qint64 dueMs = 0; // in the original's time, from its first segment
        QDateTime sourceTimeUtc;
    };
    class FrameTimer;

    bool readMore();
    void emitDue();
    void splitByFrameTimes(const QByteArray& bytes);

    QString m_path;
    CaptureReader::Format m_format;
    double m_speed;
    QFile m_file;
    std::unique_ptr<CaptureReader> m_reader;
    std::unique_ptr<FrameTimer> m_frameTimer;
    std::deque<Segment> m_queue;
    std::optional<QDateTime> m_firstTime;
    qint64 m_lastDueMs = 0;
    std::int64_t m_consumed = 0;
    QElapsedTimer m_clock;
    QTimer m_timer;
    bool m_finished = false;
};

} // namespace han
