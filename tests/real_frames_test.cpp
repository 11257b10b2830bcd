// SPDX-License-Identifier: GPL-3.0-or-later
// The published Kamstrup frames of tests/data/kamstrup decode to the values of expected.jsonl,
// and a single flipped bit anywhere in a real frame never yields a reading.

#include "stream_decoder.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <QJsonObject>
#include <QJsonValue>

#include <vector>

namespace han {
namespace {

using test::u8;
using test::usize;

class RealFramesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        frames = test::loadFrames(QStringLiteral("kamstrup/frames.txt"));
        expected = test::loadJsonl(QStringLiteral("kamstrup/expected.jsonl"));
        ASSERT_EQ(frames.size(), 16U);
        ASSERT_EQ(expected.size(), frames.size());
    }
    std::vector<test::TestFrame> frames;
    std::vector<QJsonObject> expected;
};

TEST_F(RealFramesTest, EveryFrameDecodesToItsExpectedValues)
{
    int readings = 0, rejected = 0, fragments = 0;
    for (const QJsonObject& entry : expected) {
        const QString id = entry.value(QStringLiteral("id")).toString();
        SCOPED_TRACE(id.toStdString());
        const test::TestFrame* f = test::findFrame(frames, id);
        ASSERT_NE(f, nullptr);
        const QJsonValue expect = entry.value(QStringLiteral("expect"));
        StreamDecoder decoder;

        if (!f->isWholeFrame()) {
            // K10-K12 are published as the LLC PDU only.
            ASSERT_TRUE(f->bytes.startsWith(QByteArray("\xE6\xE7\x00", 3)));
            ASSERT_TRUE(expect.isObject());
            MeterReading reading;
            FrameError error;
            ASSERT_TRUE(decoder.decodeInformation(u8(f->bytes), usize(f->bytes), reading, error))
                << FrameError::kindName(error.kind);
            EXPECT_TRUE(test::readingMatches(expect.toObject(), reading));
            ++fragments;
            continue;
        }

        test::RecordingSink sink;
        test::decodeWhole(f->bytes, sink, decoder);
        if (expect.isNull()) {
            EXPECT_TRUE(sink.decoded.empty());
            ASSERT_EQ(sink.errors.size(), 1U);
            EXPECT_EQ(sink.errors[0].kind, FrameError::Kind::Fcs)
                << FrameError::kindName(sink.errors[0].kind);
            EXPECT_EQ(sink.errors[0].streamOffset, 0);
            EXPECT_EQ(decoder.statistics().readings, 0U);
            EXPECT_EQ(decoder.statistics().framing.fcsErrors, 1U);
            ++rejected;
            continue;
        }
        ASSERT_TRUE(expect.isObject());
        ASSERT_EQ(sink.decoded.size(), 1U);
        EXPECT_TRUE(sink.errors.empty());
        EXPECT_EQ(sink.decoded[0].frame, f->bytes);
        EXPECT_EQ(sink.decoded[0].streamOffset, 0);
        EXPECT_TRUE(test::readingMatches(expect.toObject(), sink.decoded[0].reading));
        EXPECT_FALSE(sink.decoded[0].reading.receivedAt.has_value())
            << "the decoder does not invent a receive time";
        ++readings;
    }
    EXPECT_EQ(readings, 12);
    EXPECT_EQ(rejected, 1);
    EXPECT_EQ(fragments, 3);
}

TEST_F(RealFramesTest, AllWholeFramesInOneStream)
{
    QByteArray stream;
    std::vector<QJsonObject> want;
    std::vector<std::int64_t> offsets;
    std::int64_t k08Offset = -1;
    for (const QJsonObject& entry : expected) {
        const test::TestFrame* f =
            test::findFrame(frames, entry.value(QStringLiteral("id")).toString());
        ASSERT_NE(f, nullptr);
        if (!f->isWholeFrame())
            continue;
        if (entry.value(QStringLiteral("expect")).isNull()) {
            k08Offset = stream.size();
        } else {
            want.push_back(entry.value(QStringLiteral("expect")).toObject());
            offsets.push_back(stream.size());
        }
        stream.append(f->bytes);
    }
    for (std::size_t step : {usize(stream), std::size_t{1}, std::size_t{113}}) {
        StreamDecoder decoder;
        test::RecordingSink sink;
        for (std::size_t pos = 0; pos < usize(stream); pos += step)
            decoder.feed(u8(stream) + pos, std::min(step, usize(stream) - pos), sink);
        decoder.finish(sink);
        ASSERT_EQ(sink.decoded.size(), want.size()) << "step " << step;
        for (std::size_t i = 0; i < want.size(); ++i) {
            EXPECT_TRUE(test::readingMatches(want[i], sink.decoded[i].reading)) << i;
            EXPECT_EQ(sink.decoded[i].streamOffset, offsets[i]) << i;
        }
        // K08's payload 7E is followed by ordinary bytes: only its FCS gives it away.
        ASSERT_EQ(sink.errors.size(), 1U);
        EXPECT_EQ(sink.errors[0].kind, FrameError::Kind::Fcs);
        EXPECT_EQ(sink.errors[0].streamOffset, k08Offset);
        const auto stats = decoder.statistics();
        EXPECT_EQ(stats.readings, want.size());
        EXPECT_EQ(stats.rejected(), 1U);
    }
}

TEST_F(RealFramesTest, EverySingleBitFlipIsRejected)
{
    for (const char* id : {"K01", "K02", "K05", "K07"}) {
        const test::TestFrame* f = test::findFrame(frames, QLatin1String(id));
        ASSERT_NE(f, nullptr);
        ASSERT_TRUE(f->isWholeFrame());
        {
            // The unflipped frame decodes: the flips below are what makes the difference.
            StreamDecoder decoder;
            test::RecordingSink sink;
            test::decodeWhole(f->bytes, sink, decoder);
            ASSERT_EQ(sink.decoded.size(), 1U) << id;
        }
        int failures = 0;
        for (qsizetype byte = 0; byte < f->bytes.size() && failures < 5; ++byte) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray flipped = f->bytes;
                flipped[byte] = static_cast<char>(flipped[byte] ^ (1 << bit));
                StreamDecoder decoder;
                test::RecordingSink sink;
                test::decodeWhole(flipped, sink, decoder);
                const auto stats = decoder.statistics();
                const bool noticed = stats.rejected() > 0 || stats.framing.skippedBytes > 0;
                if (!sink.decoded.empty() || !noticed) {
                    ADD_FAILURE() << id << ": flipping bit " << bit << " of byte " << byte
                                  << " gave " << sink.decoded.size() << " readings, "
                                  << stats.rejected() << " rejections";
                    ++failures;
                }
            }
        }
    }
}

} // namespace
} // namespace han
