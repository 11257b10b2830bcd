// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared helpers for the hancore tests: the recorded frames and expected values in tests/data,
// a StreamDecoder sink that records what comes out, and the JSON field names of a MeterReading.

#include "frame_error.h"
#include "hdlc_addressing.h"
#include "hdlc_frame.h"
#include "meter_reading.h"
#include "stream_decoder.h"

#include <gtest/gtest.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <vector>

namespace han::test {

// Absolute path of a file below tests/data, e.g. dataPath("kamstrup/frames.txt").
QString dataPath(const QString& relative);

// "7E A0 E2 ..." -> bytes; whitespace is ignored. Fails the current test on odd or bad digits.
QByteArray fromHex(const char* hex);
QByteArray fromHex(const QByteArray& hex);

struct TestFrame
{
    QString id;
    QByteArray bytes;
    // A whole HDLC frame (7E ... 7E) rather than an LLC PDU fragment (E6 E7 00 ...).
    bool isWholeFrame() const
    {
        return bytes.size() >= 2 && bytes.front() == '\x7E' && bytes.back() == '\x7E';
    }
};

// Reads a frames.txt file: one "ID HEX..." per line. Empty on failure (and the test fails).
std::vector<TestFrame> loadFrames(const QString& relative);
const TestFrame* findFrame(const std::vector<TestFrame>& frames, const QString& id);

// Reads a .jsonl file: one JSON object per line.
std::vector<QJsonObject> loadJsonl(const QString& relative);

// The whole two-hour capture tests/data/kamstrup/stream-2017-10-20.log as one byte array
// (parsed with han::CaptureReader in Log format); `chunks` receives the reads as logged.
QByteArray loadStream(std::vector<QByteArray>* chunks = nullptr);

// A MeterReading with the field names han-cli prints: list_version, meter_time, meter_id, ...
// Fields the reading does not carry are absent.
QJsonObject readingToJson(const MeterReading& reading);

// Compares a reading with its expected values: the same set of fields, strings and integers
// exact, scaled values (currents, voltages, power factors) within 1e-9, and no unknown items.
::testing::AssertionResult readingMatches(const QJsonObject& expected, const MeterReading& actual);

// A copy of what a StreamDecoder hands out, kept after the callback.
struct DecodedFrame
{
    MeterReading reading;
    QByteArray frame; // the whole frame, flag to flag
    std::int64_t streamOffset = 0;
    HdlcAddressing addressing;
    DataNotification notification; // StreamDecoder::lastNotification() during the callback
};

class RecordingSink : public StreamDecoder::Sink
{
public:
    explicit RecordingSink(const StreamDecoder* decoder = nullptr) : m_decoder(decoder) {}

    void readingDecoded(const MeterReading& reading, const HdlcFrame& frame) override;
    void frameRejected(const FrameError& error) override { errors.push_back(error); }

    std::vector<DecodedFrame> decoded;
    std::vector<FrameError> errors;

private:
    const StreamDecoder* m_decoder = nullptr; // when set, lastNotification() is copied too
};

HdlcAddressing addressingOf(const HdlcFrame& frame);

// Feeds `bytes` in one piece to a fresh decoder and finishes the stream.
void decodeWhole(const QByteArray& bytes, RecordingSink& sink, StreamDecoder& decoder);

inline const std::uint8_t* u8(const QByteArray& bytes)
{
    return reinterpret_cast<const std::uint8_t*>(bytes.constData());
}
inline std::size_t usize(const QByteArray& bytes) { return static_cast<std::size_t>(bytes.size()); }

} // namespace han::test

// Readable GoogleTest output for the types the tests compare most.
namespace han {
inline void PrintTo(FrameError::Kind kind, std::ostream* os) { *os << FrameError::kindName(kind); }
} // namespace han
inline void PrintTo(const QByteArray& bytes, std::ostream* os)
{
    *os << '"' << bytes.toHex(' ').toStdString() << '"';
}
inline void PrintTo(const QString& text, std::ostream* os) { *os << '"' << text.toStdString() << '"'; }
