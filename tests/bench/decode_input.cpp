// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode_input.h"

#include "capture_reader.h"
#include "stream_decoder.h"

#include <QFile>

namespace han::bench {
namespace {

// Keeps a copy of every frame that decodes to a reading.
class FrameCollector : public StreamDecoder::Sink
{
public:
    void readingDecoded(const MeterReading&, const HdlcFrame& frame) override
    {
        frames.emplace_back(frame.data, frame.data + frame.size);
    }
    void frameRejected(const FrameError&) override {}

    std::vector<std::vector<std::uint8_t>> frames;
};

void decodeAll(const QByteArray& bytes, FrameCollector& collector)
{
    StreamDecoder decoder;
    decoder.feed(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                 static_cast<std::size_t>(bytes.size()), collector);
    decoder.finish(collector);
}

bool readLog(const QString& path, QByteArray& out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    CaptureReader reader(&file, CaptureReader::Format::Log);
    CaptureReader::Chunk chunk;
    while (reader.readChunk(chunk))
        out += chunk.bytes;
    return !reader.hasReadError() && !out.isEmpty();
}

bool readWholeFrames(const QString& path, std::vector<QByteArray>& out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray& rawLine : file.readAll().split('\n')) {
        const QByteArray line = rawLine.trimmed();
        const qsizetype space = line.indexOf(' ');
        if (line.isEmpty() || line.startsWith('#') || space <= 0)
            continue;
        const QByteArray bytes = QByteArray::fromHex(line.mid(space + 1));
        // Fragments without HDLC framing (LLC PDU only) cannot be part of a byte stream.
        if (bytes.size() >= 2 && bytes.front() == '\x7E' && bytes.back() == '\x7E')
            out.push_back(bytes);
    }
    return !out.empty();
}

} // namespace

DecodeInput DecodeInput::build(const QString& dataDir, std::size_t minBytes, QString& error)
{
    DecodeInput input;
    FrameCollector collector;

    QByteArray log;
    const QString logPath = dataDir + QStringLiteral("/kamstrup/stream-2017-10-20.log");
    if (!readLog(logPath, log)) {
        error = QStringLiteral("cannot read ") + logPath;
        return input;
    }
    decodeAll(log, collector);

    std::vector<QByteArray> whole;
    const QString framesPath = dataDir + QStringLiteral("/kamstrup/frames.txt");
    if (!readWholeFrames(framesPath, whole)) {
        error = QStringLiteral("cannot read ") + framesPath;
        return input;
    }
    for (const QByteArray& frame : whole)
        decodeAll(frame, collector); // the negative sample (K08, bad FCS) adds nothing

    for (const auto& frame : collector.frames)
        input.m_cycleBytes += frame.size();
    input.m_cycleFrames = collector.frames.size();
    if (input.m_cycleFrames == 0) {
        error = QStringLiteral("no frame of the test data decodes");
        return input;
    }
    const std::size_t cycles = (minBytes + input.m_cycleBytes - 1) / input.m_cycleBytes;
    input.m_bytes.reserve(cycles * input.m_cycleBytes);
    for (std::size_t c = 0; c < cycles; ++c)
        for (const auto& frame : collector.frames)
            input.m_bytes.insert(input.m_bytes.end(), frame.begin(), frame.end());
    input.m_frames = cycles * input.m_cycleFrames;
    return input;
}

} // namespace han::bench
