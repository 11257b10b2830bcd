// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the capture files a user opens for replay or `han-cli decode` (raw bytes,
// hex text, serial-monitor logs, or detected), read in pieces and decoded. A capture is the one
// input a user can hand us from anywhere, so it must never crash the app or grow without bound.

#include "capture_reader.h"
#include "stream_decoder.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

class NullSink : public han::StreamDecoder::Sink
{
public:
    void readingDecoded(const han::MeterReading&, const han::HdlcFrame&) override {}
    void frameRejected(const han::FrameError&) override {}
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses the format, as `--format` does on the command line.
    static const han::CaptureReader::Format formats[] = {
        han::CaptureReader::Format::Auto, han::CaptureReader::Format::Raw,
        han::CaptureReader::Format::Hex, han::CaptureReader::Format::Log};
    const auto format = formats[data[0] % 4];

    QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);

    han::CaptureReader reader(&device, format);
    han::StreamDecoder decoder;
    NullSink sink;
    han::CaptureReader::Chunk chunk;
    while (reader.readChunk(chunk)) {
        decoder.feed(reinterpret_cast<const std::uint8_t*>(chunk.bytes.constData()),
                     static_cast<std::size_t>(chunk.bytes.size()), sink);
        if (chunk.receivedAt)
            (void)chunk.receivedAt->toMSecsSinceEpoch();
    }
    decoder.finish(sink);
    return 0;
}
