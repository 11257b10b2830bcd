// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: a byte stream through the whole pipeline (HdlcFramer -> GloCipher for
// encrypted frames -> DlmsDecoder -> ListMapper), as the acquisition worker runs it, with E01's
// published keys set so encrypted frames reach the decryption (and the replay guard). Besides
// "no crash, no leak, bounded memory" it checks one property a serial port makes essential: how
// the stream is cut into reads must not change what is decoded. The same bytes fed at once and in pieces must give the same
// readings and the same rejections.

#include "reading_json.h"
#include "stream_decoder.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

class RecordingSink : public han::StreamDecoder::Sink
{
public:
    void readingDecoded(const han::MeterReading& reading, const han::HdlcFrame&) override
    {
        outcomes.push_back(han::ReadingJson::object(reading));
    }
    void frameRejected(const han::FrameError& error) override
    {
        outcomes.push_back(QByteArray("rejected:") + error.kindName());
    }
    std::vector<QByteArray> outcomes;
};

han::MeterKeys e01Keys()
{
    han::MeterKeys keys;
    keys.encryption = QByteArray::fromHex("5AD84121D9D20B364B7A11F3C1B5827F");
    keys.authentication = QByteArray::fromHex("AFB3F93E3E7204EDB3C27F96DBD51AE0");
    return keys;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses the read size of the second pass (1..256 bytes), the rest is the
    // stream.
    const std::size_t piece = static_cast<std::size_t>(data[0]) + 1;
    const std::uint8_t* stream = data + 1;
    const std::size_t length = size - 1;

    static const han::MeterKeys keys = e01Keys();
    han::StreamDecoder whole;
    whole.setKeys(keys);
    RecordingSink wholeSink;
    whole.feed(stream, length, wholeSink);
    whole.finish(wholeSink);

    han::StreamDecoder pieces;
    pieces.setKeys(keys);
    RecordingSink piecesSink;
    for (std::size_t offset = 0; offset < length; offset += piece) {
        const std::size_t n = length - offset < piece ? length - offset : piece;
        pieces.feed(stream + offset, n, piecesSink);
    }
    pieces.finish(piecesSink);

    if (wholeSink.outcomes != piecesSink.outcomes) {
        // The decoded result depends on how the reads were cut: show both, then fail.
        for (const auto* sink : {&wholeSink, &piecesSink}) {
            std::fprintf(stderr, sink == &wholeSink ? "at once:\n" : "in %zu-byte reads:\n",
                         piece);
            for (const QByteArray& outcome : sink->outcomes)
                std::fprintf(stderr, "  %s\n", outcome.constData());
        }
        std::abort();
    }
    return 0;
}
