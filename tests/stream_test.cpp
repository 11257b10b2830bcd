// SPDX-License-Identifier: GPL-3.0-or-later
// The two-hour Kamstrup capture (tests/data/kamstrup/stream-2017-10-20.log) through
// StreamDecoder: 689 lists in order, however the bytes are split, and with junk in between.

#include "frame_encoder.h"
#include "stream_decoder.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <QJsonObject>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace han {
namespace {

using test::u8;
using test::usize;

constexpr std::size_t kReads = 699;
constexpr std::size_t kLists = 689;

struct Outcome
{
    std::vector<test::DecodedFrame> decoded;
    std::vector<FrameError> errors;
    StreamDecoder::Statistics stats;
};

// Feeds `stream` in pieces whose sizes come from `nextSize` (0 = the rest).
template <typename NextSize>
Outcome feed(const QByteArray& stream, NextSize nextSize)
{
    StreamDecoder decoder;
    test::RecordingSink sink;
    std::size_t pos = 0;
    while (pos < usize(stream)) {
        std::size_t n = nextSize();
        if (n == 0 || n > usize(stream) - pos)
            n = usize(stream) - pos;
        decoder.feed(u8(stream) + pos, n, sink);
        pos += n;
    }
    decoder.finish(sink);
    return {std::move(sink.decoded), std::move(sink.errors), decoder.statistics()};
}

Outcome feedWhole(const QByteArray& stream)
{
    return feed(stream, [] { return std::size_t{0}; });
}

class StreamTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_chunks = new std::vector<QByteArray>;
        s_stream = new QByteArray(test::loadStream(s_chunks));
        s_baseline = new Outcome(feedWhole(*s_stream));
    }
    static void TearDownTestSuite()
    {
        delete s_baseline;
        delete s_stream;
        delete s_chunks;
        s_baseline = nullptr;
        s_stream = nullptr;
        s_chunks = nullptr;
    }

    // The same lists as fed whole, at the same offsets.
    static void expectSameAsBaseline(const Outcome& run, const char* how)
    {
        ASSERT_EQ(run.decoded.size(), s_baseline->decoded.size()) << how;
        for (std::size_t i = 0; i < run.decoded.size(); ++i) {
            ASSERT_TRUE(run.decoded[i].reading == s_baseline->decoded[i].reading) << how << " list " << i;
            ASSERT_EQ(run.decoded[i].streamOffset, s_baseline->decoded[i].streamOffset) << how << " list " << i;
        }
        EXPECT_EQ(run.errors.size(), s_baseline->errors.size()) << how;
        EXPECT_EQ(run.stats.framing.skippedBytes, s_baseline->stats.framing.skippedBytes) << how;
    }

    static std::vector<QByteArray>* s_chunks;
    static QByteArray* s_stream;
    static Outcome* s_baseline;
};

std::vector<QByteArray>* StreamTest::s_chunks = nullptr;
QByteArray* StreamTest::s_stream = nullptr;
Outcome* StreamTest::s_baseline = nullptr;

TEST_F(StreamTest, CaptureReaderYieldsEveryLoggedRead)
{
    EXPECT_EQ(s_chunks->size(), kReads);
    qsizetype total = 0;
    for (const QByteArray& c : *s_chunks) {
        EXPECT_FALSE(c.isEmpty());
        total += c.size();
    }
    EXPECT_EQ(total, s_stream->size());
    // The first read is K01 exactly (229 bytes), as the log's header line says.
    ASSERT_FALSE(s_chunks->empty());
    EXPECT_EQ(s_chunks->front().size(), 229);
    const auto frames = test::loadFrames(QStringLiteral("kamstrup/frames.txt"));
    const test::TestFrame* k01 = test::findFrame(frames, QStringLiteral("K01"));
    ASSERT_NE(k01, nullptr);
    EXPECT_EQ(s_chunks->front(), k01->bytes);
}

TEST_F(StreamTest, FedWholeGivesTheExpectedListsInOrder)
{
    const auto expected = test::loadJsonl(QStringLiteral("kamstrup/stream-2017-10-20.expected.jsonl"));
    ASSERT_EQ(expected.size(), kLists);
    const Outcome& run = *s_baseline;
    ASSERT_EQ(run.decoded.size(), kLists);
    int list2 = 0;
    for (std::size_t i = 0; i < kLists; ++i) {
        EXPECT_TRUE(test::readingMatches(expected[i], run.decoded[i].reading)) << "list " << i;
        list2 += run.decoded[i].reading.hasRegisters() ? 1 : 0;
        if (i > 0) {
            EXPECT_GT(run.decoded[i].streamOffset, run.decoded[i - 1].streamOffset);
        }
    }
    EXPECT_EQ(list2, 2) << "687 List 1 and 2 List 2";
    EXPECT_EQ(run.stats.readings, kLists);
    EXPECT_EQ(run.stats.framing.goodFrames, kLists);
    EXPECT_EQ(run.stats.framing.bytesFed, usize(*s_stream));
    EXPECT_EQ(run.stats.rejected(), run.errors.size());
    // The capture holds whole frames and idle flags only.
    EXPECT_TRUE(run.errors.empty());
    EXPECT_EQ(run.stats.framing.skippedBytes, 0U);
}

TEST_F(StreamTest, ByteByByte)
{
    expectSameAsBaseline(feed(*s_stream, [] { return std::size_t{1}; }), "byte by byte");
}

TEST_F(StreamTest, AsTheSerialMonitorReadIt)
{
    std::size_t next = 0;
    const auto& chunks = *s_chunks;
    expectSameAsBaseline(feed(*s_stream, [&] { return usize(chunks[next++]); }), "logged reads");
}

TEST_F(StreamTest, SeededRandomChunks)
{
    for (std::uint32_t seed : {1U, 2U, 3U, 4U, 5U}) {
        std::mt19937 rng(seed);
        // Small pieces for some seeds, reads of up to two frames for others.
        std::uniform_int_distribution<std::size_t> size(1, seed % 2 ? 600 : 9);
        const std::string how = "seed " + std::to_string(seed);
        expectSameAsBaseline(feed(*s_stream, [&] { return size(rng); }), how.c_str());
    }
}

// --- junk between frames -------------------------------------------------------------------------

struct Rebuilt
{
    QByteArray stream;
    std::vector<std::int64_t> frameOffsets;    // where each real frame now starts
    std::vector<std::int64_t> truncatedAt;     // where each inserted truncated frame starts
    std::size_t insertedBytes = 0;
    std::size_t insertedNonFlagBytes = 0;
};

// Rebuilds the stream from its good frames and the bytes between them; with a seed, junk is
// inserted before every frame: random garbage, lone flags, runs of flags, and prefixes of real
// frames cut at least one byte before their FCS ends.
Rebuilt rebuild(const QByteArray& stream, const std::vector<test::DecodedFrame>& frames,
                std::optional<std::uint32_t> seed)
{
    Rebuilt r;
    std::mt19937 rng(seed.value_or(0));
    std::uniform_int_distribution<int> kind(0, 4);
    std::uniform_int_distribution<int> pieces(0, 3);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> garbageSize(1, 64);
    std::uniform_int_distribution<int> runSize(2, 6);
    std::uniform_int_distribution<std::size_t> whichFrame(0, frames.size() - 1);

    auto insert = [&](const QByteArray& bytes) {
        r.stream.append(bytes);
        r.insertedBytes += usize(bytes);
        r.insertedNonFlagBytes += usize(bytes) - static_cast<std::size_t>(bytes.count('\x7E'));
    };

    std::int64_t pos = 0;
    if (!frames.empty())
        r.stream.append(stream.left(frames.front().streamOffset));
    for (std::size_t i = 0; i < frames.size(); ++i) {
        if (seed) {
            const int n = pieces(rng);
            for (int p = 0; p < n; ++p) {
                switch (kind(rng)) {
                case 0: {
                    QByteArray garbage;
                    for (int k = garbageSize(rng); k > 0; --k)
                        garbage.append(static_cast<char>(byte(rng)));
                    insert(garbage);
                    break;
                }
                case 1:
                    insert(QByteArray(1, '\x7E'));
                    break;
                case 2:
                    insert(QByteArray(runSize(rng), '\x7E'));
                    break;
                default: {
                    // A header that checks out (8 bytes) and then the frame cut short.
                    const QByteArray& whole = frames[whichFrame(rng)].frame;
                    std::uniform_int_distribution<qsizetype> cut(9, whole.size() - 2);
                    r.truncatedAt.push_back(r.stream.size());
                    insert(whole.left(cut(rng)));
                    break;
                }
                }
            }
        }
        const test::DecodedFrame& f = frames[i];
        r.frameOffsets.push_back(r.stream.size());
        r.stream.append(f.frame);
        pos = f.streamOffset + f.frame.size();
        const std::int64_t next =
            i + 1 < frames.size() ? frames[i + 1].streamOffset : stream.size();
        if (next > pos)
            r.stream.append(stream.mid(pos, next - pos));
    }
    return r;
}

TEST_F(StreamTest, JunkBetweenFramesChangesNothingButTheCounts)
{
    const Outcome& base = *s_baseline;
    ASSERT_EQ(base.decoded.size(), kLists);
    const Rebuilt clean = rebuild(*s_stream, base.decoded, std::nullopt);
    const Outcome cleanRun = feedWhole(clean.stream);
    ASSERT_EQ(cleanRun.decoded.size(), kLists);
    const std::uint64_t cleanSkipped = cleanRun.stats.framing.skippedBytes;
    EXPECT_TRUE(cleanRun.errors.empty());

    for (std::uint32_t seed : {101U, 202U, 303U, 404U}) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        const Rebuilt junk = rebuild(*s_stream, base.decoded, seed);
        ASSERT_GT(junk.truncatedAt.size(), 50U) << "the seed should insert plenty";
        std::mt19937 rng(seed);
        std::uniform_int_distribution<std::size_t> size(1, 700);
        for (int mode = 0; mode < 2; ++mode) {
            const Outcome run = mode == 0 ? feedWhole(junk.stream)
                                      : feed(junk.stream, [&] { return size(rng); });
            SCOPED_TRACE(mode == 0 ? "whole" : "random chunks");
            ASSERT_EQ(run.decoded.size(), kLists) << "no list lost, none invented";
            for (std::size_t i = 0; i < kLists; ++i) {
                ASSERT_TRUE(run.decoded[i].reading == base.decoded[i].reading) << "list " << i;
                ASSERT_EQ(run.decoded[i].streamOffset, junk.frameOffsets[i]) << "list " << i;
            }
            EXPECT_EQ(run.stats.readings, kLists);
            // Every truncated frame is rejected where it starts.
            std::size_t found = 0;
            for (std::int64_t at : junk.truncatedAt) {
                const auto it = std::find_if(run.errors.begin(), run.errors.end(),
                                             [&](const FrameError& e) { return e.streamOffset == at; });
                if (it == run.errors.end()) {
                    ADD_FAILURE() << "no rejection for the truncated frame at " << at;
                    continue;
                }
                ++found;
                EXPECT_TRUE(it->kind == FrameError::Kind::Truncated ||
                            it->kind == FrameError::Kind::Flag || it->kind == FrameError::Kind::Fcs)
                    << FrameError::kindName(it->kind) << " at " << at;
            }
            EXPECT_EQ(found, junk.truncatedAt.size());
            EXPECT_GE(run.stats.rejected(), junk.truncatedAt.size() + cleanRun.stats.rejected());
            EXPECT_EQ(run.stats.rejected(), run.errors.size());
            // Every inserted byte but a flag is skipped; flags may count as idle fill.
            EXPECT_GE(run.stats.framing.skippedBytes, cleanSkipped + junk.insertedNonFlagBytes);
            EXPECT_LE(run.stats.framing.skippedBytes, cleanSkipped + junk.insertedBytes);
        }
    }
}

// --- what rejections carry ------------------------------------------------------------------

// A list named by no make the mapper knows (the Aidon and Kaifa lists are known now).
constexpr const char* kUnknownListInfo = "E6 E7 00 0F 00 00 00 00 00 02 03 0A 09 41 43 4D 45 5F 56 30 30 31"
                                         "09 06 01 01 01 07 00 FF 06 00 00 05 28";

TEST(StreamDecoderErrors, NoStaleListNameFromAnEarlierFrame)
{
    const auto others = test::loadFrames(QStringLiteral("other-meters/frames.txt"));
    const test::TestFrame* e01 = test::findFrame(others, QStringLiteral("E01"));
    ASSERT_TRUE(e01);
    const QByteArray unknown = FrameEncoder::encodeFrame(test::fromHex(kUnknownListInfo));
    const QByteArray getResponse = FrameEncoder::encodeFrame(test::fromHex("E6 E7 00 C4 01 C1 00"));
    StreamDecoder decoder;
    test::RecordingSink sink;
    test::decodeWhole(unknown + e01->bytes + getResponse, sink, decoder);
    ASSERT_EQ(sink.errors.size(), 3U);
    EXPECT_EQ(sink.errors[0].kind, FrameError::Kind::UnsupportedList);
    EXPECT_EQ(sink.errors[0].listName, QByteArray("ACME_V001"));
    EXPECT_EQ(sink.errors[1].kind, FrameError::Kind::Encrypted);
    EXPECT_EQ(sink.errors[1].listName, QByteArray()) << "an encrypted frame names no list";
    EXPECT_EQ(sink.errors[2].kind, FrameError::Kind::Apdu);
    EXPECT_EQ(sink.errors[2].listName, QByteArray()) << "a get-response names no list";
}

TEST(StreamDecoderErrors, ApduOffsetIsSetForAxdrErrorsOnly)
{
    // frame_error.h: apduOffset is "for Axdr: offset of the offending byte ..., else -1".
    const auto others = test::loadFrames(QStringLiteral("other-meters/frames.txt"));
    const test::TestFrame* e01 = test::findFrame(others, QStringLiteral("E01"));
    ASSERT_TRUE(e01);
    const QByteArray unknown = FrameEncoder::encodeFrame(test::fromHex(kUnknownListInfo));
    const QByteArray getResponse = FrameEncoder::encodeFrame(test::fromHex("E6 E7 00 C4 01 C1 00"));
    StreamDecoder decoder;
    test::RecordingSink sink;
    test::decodeWhole(e01->bytes + getResponse + unknown, sink, decoder);
    ASSERT_EQ(sink.errors.size(), 3U);
    for (const FrameError& e : sink.errors)
        EXPECT_EQ(e.apduOffset, -1) << FrameError::kindName(e.kind);

    MeterReading reading;
    FrameError error;
    const QByteArray info = getResponse.mid(8, getResponse.size() - 11);
    ASSERT_FALSE(decoder.decodeInformation(u8(info), usize(info), reading, error));
    EXPECT_EQ(error.kind, FrameError::Kind::Apdu);
    EXPECT_EQ(error.apduOffset, -1);
}

} // namespace
} // namespace han
