// SPDX-License-Identifier: GPL-3.0-or-later
// FrameEncoder re-creates every real frame byte for byte from its decoded notification and the
// frame's addresses: Kamstrup frames, all 689 frames of the two-hour stream, Aidon and Kaifa.

#include "dlms_decoder.h"
#include "frame_encoder.h"
#include "hdlc_framer.h"
#include "stream_decoder.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <QByteArray>

#include <vector>

namespace han {
namespace {

using test::fromHex;
using test::u8;
using test::usize;

std::string hexDiff(const QByteArray& want, const QByteArray& got)
{
    qsizetype i = 0;
    while (i < want.size() && i < got.size() && want[i] == got[i])
        ++i;
    return "sizes " + std::to_string(want.size()) + "/" + std::to_string(got.size()) +
           ", first difference at " + std::to_string(i);
}

TEST(FrameEncoder, RecreatesEveryKamstrupFrame)
{
    const auto frames = test::loadFrames(QStringLiteral("kamstrup/frames.txt"));
    int checked = 0;
    for (const auto& f : frames) {
        if (!f.isWholeFrame() || f.id == QLatin1String("K08"))
            continue;
        StreamDecoder decoder;
        test::RecordingSink sink(&decoder);
        test::decodeWhole(f.bytes, sink, decoder);
        ASSERT_EQ(sink.decoded.size(), 1U) << f.id.toStdString();
        const test::DecodedFrame& d = sink.decoded[0];
        const QByteArray again = FrameEncoder::encodeNotificationFrame(d.notification, d.addressing);
        EXPECT_EQ(again, f.bytes) << f.id.toStdString() << ": " << hexDiff(f.bytes, again);
        ++checked;
    }
    EXPECT_EQ(checked, 12);
}

TEST(FrameEncoder, RecreatesEveryFrameOfTheStream)
{
    const QByteArray stream = test::loadStream();
    StreamDecoder decoder;
    test::RecordingSink sink(&decoder);
    test::decodeWhole(stream, sink, decoder);
    ASSERT_EQ(sink.decoded.size(), 689U);
    int mismatches = 0;
    for (std::size_t i = 0; i < sink.decoded.size() && mismatches < 5; ++i) {
        const test::DecodedFrame& d = sink.decoded[i];
        ASSERT_EQ(stream.mid(d.streamOffset, d.frame.size()), d.frame);
        const QByteArray again = FrameEncoder::encodeNotificationFrame(d.notification, d.addressing);
        if (again != d.frame) {
            ADD_FAILURE() << "frame " << i << " at " << d.streamOffset << ": " << hexDiff(d.frame, again);
            ++mismatches;
        }
    }
}

class ReEncodingSink : public HdlcFramer::Sink
{
public:
    void frameReceived(const HdlcFrame& frame) override
    {
        const QByteArray original(reinterpret_cast<const char*>(frame.data),
                                  static_cast<qsizetype>(frame.size));
        DataNotification n;
        FrameError error;
        if (!DlmsDecoder::decodeInfo(frame.info, frame.infoSize, n, error)) {
            notDecoded.push_back(error.kind);
            return;
        }
        originals.push_back(original);
        encoded.push_back(FrameEncoder::encodeNotificationFrame(n, test::addressingOf(frame)));
    }
    void frameRejected(const FrameError& error) override { rejected.push_back(error.kind); }

    std::vector<QByteArray> originals, encoded;
    std::vector<FrameError::Kind> notDecoded, rejected;
};

TEST(FrameEncoder, RecreatesAidonAndKaifaFrames)
{
    const auto frames = test::loadFrames(QStringLiteral("other-meters/frames.txt"));
    int whole = 0;
    for (const auto& f : frames) {
        if (!f.isWholeFrame())
            continue;
        ++whole;
        HdlcFramer framer;
        ReEncodingSink sink;
        framer.feed(u8(f.bytes), usize(f.bytes), sink);
        framer.finish(sink);
        EXPECT_TRUE(sink.rejected.empty()) << f.id.toStdString();
        if (f.id == QLatin1String("E01")) {
            ASSERT_EQ(sink.notDecoded.size(), 1U);
            EXPECT_EQ(sink.notDecoded[0], FrameError::Kind::Encrypted);
            continue;
        }
        ASSERT_EQ(sink.encoded.size(), 1U) << f.id.toStdString() << " should decode to a notification";
        EXPECT_EQ(sink.encoded[0], sink.originals[0])
            << f.id.toStdString() << ": " << hexDiff(sink.originals[0], sink.encoded[0]);
        EXPECT_EQ(sink.originals[0], f.bytes);
    }
    EXPECT_EQ(whole, 13);
}

TEST(FrameEncoder, RecreatesTheApduOfPublishedFragments)
{
    int checked = 0;
    for (const QString& file : {QStringLiteral("kamstrup/frames.txt"), QStringLiteral("other-meters/frames.txt")}) {
        for (const auto& f : test::loadFrames(file)) {
            if (f.isWholeFrame())
                continue;
            DataNotification n;
            FrameError error;
            ASSERT_TRUE(DlmsDecoder::decodeInfo(u8(f.bytes), usize(f.bytes), n, error)) << f.id.toStdString();
            EXPECT_EQ(FrameEncoder::encodeApdu(n), f.bytes.mid(3)) << f.id.toStdString();
            ++checked;
        }
    }
    EXPECT_EQ(checked, 5); // K10, K11, K12, A12, F13
}

TEST(FrameEncoder, FrameLayout)
{
    const QByteArray info = fromHex("E6 E7 00 0F 00 00 00 00 00 12 00 2A");
    HdlcAddressing aidon;
    aidon.destination = fromHex("41");
    aidon.source = fromHex("08 83");
    aidon.control = 0x13;
    const QByteArray frame = FrameEncoder::encodeFrame(info, aidon);
    ASSERT_EQ(frame.size(), 1 + 2 + 1 + 2 + 1 + 2 + info.size() + 2 + 1);
    EXPECT_EQ(frame.front(), '\x7E');
    EXPECT_EQ(frame.back(), '\x7E');
    const int length = ((static_cast<unsigned char>(frame[1]) & 0x07) << 8) | static_cast<unsigned char>(frame[2]);
    EXPECT_EQ(static_cast<unsigned char>(frame[1]) & 0xF0, 0xA0);
    EXPECT_EQ(length, frame.size() - 2);
    EXPECT_EQ(frame.mid(3, 3), fromHex("41 08 83"));
    EXPECT_EQ(static_cast<unsigned char>(frame[6]), 0x13);
    EXPECT_EQ(frame.mid(9, info.size()), info);

    // The default addressing is a Norwegian Kamstrup meter's, and the framer accepts the result.
    const QByteArray kamstrup = FrameEncoder::encodeFrame(info);
    EXPECT_EQ(kamstrup.mid(3, 3), fromHex("2B 21 13"));
    for (const QByteArray& f : {frame, kamstrup}) {
        HdlcFramer framer;
        ReEncodingSink sink;
        framer.feed(u8(f), usize(f), sink);
        framer.finish(sink);
        ASSERT_EQ(sink.encoded.size(), 1U);
        EXPECT_EQ(sink.encoded[0], f);
        EXPECT_TRUE(sink.rejected.empty());
    }
}

} // namespace
} // namespace han
