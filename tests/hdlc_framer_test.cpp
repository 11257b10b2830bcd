// SPDX-License-Identifier: GPL-3.0-or-later
// HdlcFramer: frames by length field, confirmed by HCS, flag and FCS (PROTOCOL.md §2, §10.1-3).

#include "crc16.h"
#include "hdlc_framer.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <QByteArray>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <random>
#include <vector>

namespace han {
namespace {

using test::u8;
using test::usize;

struct Found
{
    QByteArray bytes;
    std::int64_t streamOffset = 0;
    QByteArray dest, src, info;
    std::uint8_t control = 0;

    friend bool operator==(const Found& l, const Found& r)
    {
        return l.bytes == r.bytes && l.streamOffset == r.streamOffset && l.dest == r.dest &&
               l.src == r.src && l.info == r.info && l.control == r.control;
    }
};

struct Rejected
{
    FrameError::Kind kind;
    std::int64_t streamOffset;
    friend bool operator==(const Rejected& l, const Rejected& r)
    {
        return l.kind == r.kind && l.streamOffset == r.streamOffset;
    }
};

class FramerSink : public HdlcFramer::Sink
{
public:
    void frameReceived(const HdlcFrame& frame) override
    {
        auto bytes = [](const std::uint8_t* p, std::size_t n) {
            return QByteArray(reinterpret_cast<const char*>(p), static_cast<qsizetype>(n));
        };
        frames.push_back({bytes(frame.data, frame.size), frame.streamOffset,
                          bytes(frame.destAddress, frame.destAddressSize),
                          bytes(frame.srcAddress, frame.srcAddressSize),
                          bytes(frame.info, frame.infoSize), frame.control});
    }
    void frameRejected(const FrameError& error) override
    {
        errors.push_back({error.kind, error.streamOffset});
    }

    std::vector<Found> frames;
    std::vector<Rejected> errors;
};

class HdlcFramerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        kamstrup = test::loadFrames(QStringLiteral("kamstrup/frames.txt"));
        others = test::loadFrames(QStringLiteral("other-meters/frames.txt"));
        ASSERT_FALSE(kamstrup.empty());
        ASSERT_FALSE(others.empty());
    }
    QByteArray frame(const char* id) const
    {
        const QString name = QLatin1String(id);
        const auto* f = test::findFrame(name.startsWith(QLatin1Char('K')) ? kamstrup : others, name);
        return f ? f->bytes : QByteArray();
    }

    static FramerSink feedWhole(const QByteArray& stream, bool finish = true)
    {
        HdlcFramer framer;
        FramerSink sink;
        framer.feed(u8(stream), usize(stream), sink);
        if (finish)
            framer.finish(sink);
        return sink;
    }
    // Feeds the stream in pieces whose ends are `cuts` (ascending offsets).
    static FramerSink feedSplit(const QByteArray& stream, const std::vector<std::size_t>& cuts)
    {
        HdlcFramer framer;
        FramerSink sink;
        std::size_t pos = 0;
        for (std::size_t cut : cuts) {
            framer.feed(u8(stream) + pos, cut - pos, sink);
            pos = cut;
        }
        framer.feed(u8(stream) + pos, usize(stream) - pos, sink);
        framer.finish(sink);
        return sink;
    }

    std::vector<test::TestFrame> kamstrup;
    std::vector<test::TestFrame> others;
};

TEST_F(HdlcFramerTest, FindsEveryRealFrameWithAddressesAndInfo)
{
    QByteArray stream;
    std::vector<std::int64_t> offsets;
    std::vector<QByteArray> expected;
    for (const auto& f : kamstrup) {
        if (!f.isWholeFrame() || f.id == QLatin1String("K08"))
            continue;
        offsets.push_back(stream.size());
        expected.push_back(f.bytes);
        stream.append(f.bytes);
    }
    const FramerSink sink = feedWhole(stream);
    ASSERT_EQ(sink.frames.size(), expected.size());
    EXPECT_TRUE(sink.errors.empty());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Found& f = sink.frames[i];
        EXPECT_EQ(f.bytes, expected[i]) << i;
        EXPECT_EQ(f.streamOffset, offsets[i]) << i;
        EXPECT_EQ(f.dest, QByteArray("\x2B", 1));
        EXPECT_EQ(f.src, QByteArray("\x21", 1));
        EXPECT_EQ(f.control, 0x13);
        // Information field: after the 8-byte header, up to the FCS.
        EXPECT_EQ(f.info, expected[i].mid(8, expected[i].size() - 11)) << i;
        EXPECT_TRUE(f.info.startsWith(QByteArray("\xE6\xE7\x00", 3))) << i;
    }
}

TEST_F(HdlcFramerTest, MultiByteAddressesOfAidonAndKaifa)
{
    const FramerSink aidon = feedWhole(frame("A08"));
    ASSERT_EQ(aidon.frames.size(), 1U);
    EXPECT_EQ(aidon.frames[0].dest, QByteArray("\x41", 1));
    EXPECT_EQ(aidon.frames[0].src, QByteArray("\x08\x83", 2));
    EXPECT_EQ(aidon.frames[0].control, 0x13);
    EXPECT_EQ(aidon.frames[0].info, frame("A08").mid(9, frame("A08").size() - 12));

    const FramerSink kaifa = feedWhole(frame("F01"));
    ASSERT_EQ(kaifa.frames.size(), 1U);
    EXPECT_EQ(kaifa.frames[0].dest, QByteArray("\x01", 1));
    EXPECT_EQ(kaifa.frames[0].src, QByteArray("\x02\x01", 2));
    EXPECT_EQ(kaifa.frames[0].control, 0x10);
}

TEST_F(HdlcFramerTest, SameFramesForEverySplit)
{
    // K04 carries an unescaped 7E in its payload: splits right at it matter most.
    const QByteArray stream = QByteArray("\x11\x7E\x22", 3) + frame("K01") + frame("K04") +
                              QByteArray("\x7E\x7E", 2) + frame("K07") + frame("K05").left(60);
    const FramerSink whole = feedWhole(stream);
    ASSERT_EQ(whole.frames.size(), 3U);
    ASSERT_EQ(whole.errors.size(), 1U); // the cut K05 at the end
    EXPECT_EQ(whole.errors[0].kind, FrameError::Kind::Truncated);

    for (std::size_t cut = 0; cut <= usize(stream); ++cut) {
        const FramerSink split = feedSplit(stream, {cut});
        ASSERT_TRUE(split.frames == whole.frames) << "split at " << cut;
        ASSERT_TRUE(split.errors == whole.errors) << "split at " << cut;
    }
    for (std::size_t step = 1; step <= 64; ++step) {
        std::vector<std::size_t> cuts;
        for (std::size_t c = step; c < usize(stream); c += step)
            cuts.push_back(c);
        const FramerSink split = feedSplit(stream, cuts);
        ASSERT_TRUE(split.frames == whole.frames) << "chunks of " << step;
        ASSERT_TRUE(split.errors == whole.errors) << "chunks of " << step;
    }
    for (std::uint32_t seed : {11U, 22U, 33U, 44U, 55U}) {
        std::mt19937 rng(seed);
        std::uniform_int_distribution<std::size_t> cutAt(0, usize(stream));
        for (int round = 0; round < 50; ++round) {
            std::vector<std::size_t> cuts(5);
            for (auto& c : cuts)
                c = cutAt(rng);
            std::sort(cuts.begin(), cuts.end());
            const FramerSink split = feedSplit(stream, cuts);
            ASSERT_TRUE(split.frames == whole.frames) << "seed " << seed << " round " << round;
            ASSERT_TRUE(split.errors == whole.errors) << "seed " << seed << " round " << round;
        }
    }
}

TEST_F(HdlcFramerTest, UnescapedFlagAndEscapeBytesInPayload)
{
    const QByteArray k04 = frame("K04");
    ASSERT_TRUE(k04.contains(QByteArray("\x00\x00\x0A\x7E", 4))) << "K04 should carry P+ 00 00 0A 7E";
    for (const char* id : {"K04", "F14", "A15"}) {
        const QByteArray f = frame(id);
        const FramerSink whole = feedWhole(f);
        ASSERT_EQ(whole.frames.size(), 1U) << id;
        EXPECT_EQ(whole.frames[0].bytes, f) << id;
        EXPECT_TRUE(whole.errors.empty()) << id;
        // Byte by byte, too.
        std::vector<std::size_t> cuts;
        for (std::size_t c = 1; c < usize(f); ++c)
            cuts.push_back(c);
        const FramerSink bytewise = feedSplit(f, cuts);
        ASSERT_EQ(bytewise.frames.size(), 1U) << id;
        EXPECT_EQ(bytewise.frames[0].bytes, f) << id;
    }
    EXPECT_TRUE(frame("A15").contains('\x7D'));
    EXPECT_TRUE(frame("F14").mid(1, frame("F14").size() - 2).contains('\x7E'));
}

QByteArray withLength(QByteArray f, std::size_t length, bool fixHcs)
{
    f[1] = static_cast<char>(0xA0 | ((length >> 8) & 0x07));
    f[2] = static_cast<char>(length & 0xFF);
    if (fixHcs) {
        // One-byte addresses: HCS over offsets 1..5 at 6..7.
        const std::uint16_t hcs = crc16X25(u8(f) + 1, 5);
        f[6] = static_cast<char>(hcs & 0xFF);
        f[7] = static_cast<char>(hcs >> 8);
    }
    return f;
}

TEST_F(HdlcFramerTest, CorruptLengthDoesNotSwallowTheNextFrame)
{
    const QByteArray k01 = frame("K01");
    const QByteArray k05 = frame("K05");
    struct Case
    {
        const char* what;
        QByteArray bad;
        std::vector<FrameError::Kind> allowed;
    };
    const std::vector<Case> cases = {
        {"longer, HCS not fixed", withLength(k01, 0x7FF, false), {FrameError::Kind::Hcs}},
        {"longer, HCS fixed", withLength(k01, 0x7FF, true),
         {FrameError::Kind::Truncated, FrameError::Kind::Flag, FrameError::Kind::Fcs}},
        {"a little longer, HCS fixed", withLength(k01, 0x0E3 + 20, true),
         {FrameError::Kind::Truncated, FrameError::Kind::Flag, FrameError::Kind::Fcs}},
        {"shorter, HCS fixed", withLength(k01, 0x0E3 - 20, true),
         {FrameError::Kind::Flag, FrameError::Kind::Fcs}},
    };
    for (const Case& c : cases) {
        const QByteArray stream = c.bad + k05 + k01;
        const FramerSink sink = feedWhole(stream);
        ASSERT_EQ(sink.frames.size(), 2U) << c.what;
        EXPECT_EQ(sink.frames[0].bytes, k05) << c.what;
        EXPECT_EQ(sink.frames[0].streamOffset, c.bad.size()) << c.what;
        EXPECT_EQ(sink.frames[1].bytes, k01) << c.what;
        EXPECT_EQ(sink.frames[1].streamOffset, c.bad.size() + k05.size()) << c.what;
        ASSERT_GE(sink.errors.size(), 1U) << c.what;
        EXPECT_EQ(sink.errors[0].streamOffset, 0) << c.what;
        EXPECT_NE(std::find(c.allowed.begin(), c.allowed.end(), sink.errors[0].kind), c.allowed.end())
            << c.what << ": kind " << FrameError::kindName(sink.errors[0].kind);
    }
}

TEST_F(HdlcFramerTest, SharedClosingAndOpeningFlag)
{
    const QByteArray k01 = frame("K01");
    const QByteArray k05 = frame("K05");
    const QByteArray k07 = frame("K07");
    // 7E K01 7E K05 7E K07 7E: one flag between frames.
    const QByteArray stream = k01 + k05.mid(1) + k07.mid(1);
    const FramerSink sink = feedWhole(stream);
    ASSERT_EQ(sink.frames.size(), 3U);
    EXPECT_TRUE(sink.errors.empty());
    EXPECT_EQ(sink.frames[0].bytes, k01);
    EXPECT_EQ(sink.frames[1].bytes, k05);
    EXPECT_EQ(sink.frames[2].bytes, k07);
    EXPECT_EQ(sink.frames[0].streamOffset, 0);
    EXPECT_EQ(sink.frames[1].streamOffset, k01.size() - 1);
    EXPECT_EQ(sink.frames[2].streamOffset, k01.size() - 1 + k05.size() - 1);

    HdlcFramer framer;
    FramerSink bytewise;
    for (std::size_t i = 0; i < usize(stream); ++i)
        framer.feed(u8(stream) + i, 1, bytewise);
    framer.finish(bytewise);
    EXPECT_TRUE(bytewise.frames == sink.frames);
    EXPECT_EQ(framer.statistics().goodFrames, 3U);
    EXPECT_EQ(framer.statistics().skippedBytes, 0U);
}

TEST_F(HdlcFramerTest, BufferStaysBoundedUnderRandomBytes)
{
    // 1 MB of random bytes, with now and then a valid header that announces the longest frame
    // (so the framer has to wait for 2049 bytes), then a real frame that must still be found.
    std::mt19937 rng(20171020);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<std::size_t> chunk(1, 4096);
    std::uniform_int_distribution<int> headerChance(0, 999);
    QByteArray longHeader = QByteArray::fromHex("7EA7FF2B2113");
    const std::uint16_t hcs = crc16X25(u8(longHeader) + 1, 5);
    longHeader.append(static_cast<char>(hcs & 0xFF));
    longHeader.append(static_cast<char>(hcs >> 8));

    QByteArray noise;
    noise.reserve(1 << 20);
    while (noise.size() < (1 << 20)) {
        if (headerChance(rng) == 0)
            noise.append(longHeader);
        else
            noise.append(static_cast<char>(byte(rng)));
    }
    const QByteArray k05 = frame("K05");
    const QByteArray stream = noise + k05;

    HdlcFramer framer;
    FramerSink sink;
    std::size_t pos = 0;
    std::size_t maxBuffered = 0;
    while (pos < usize(stream)) {
        const std::size_t n = std::min(chunk(rng), usize(stream) - pos);
        framer.feed(u8(stream) + pos, n, sink);
        pos += n;
        maxBuffered = std::max(maxBuffered, framer.bufferedBytes());
        ASSERT_LT(framer.bufferedBytes(), 8192U) << "after " << pos << " bytes";
    }
    framer.finish(sink);
    EXPECT_GE(maxBuffered, HdlcFramer::kMaxFrameSize - 100) << "the long headers were not waited for";
    EXPECT_EQ(framer.bufferedBytes(), 0U);
    ASSERT_FALSE(sink.frames.empty());
    EXPECT_EQ(sink.frames.back().bytes, k05);
    EXPECT_EQ(sink.frames.back().streamOffset, noise.size());
    EXPECT_EQ(sink.frames.size(), 1U);
    EXPECT_GT(framer.statistics().skippedBytes, noise.size() * 9 / 10);
    EXPECT_EQ(framer.statistics().bytesFed, usize(stream));
}

TEST_F(HdlcFramerTest, StatisticsAndOffsetsOfAConstructedStream)
{
    const QByteArray k01 = frame("K01");
    QByteArray badHcs = frame("K05");
    QByteArray badFcs = frame("K06");
    const QByteArray k07 = frame("K07");
    for (const QByteArray* f : {&k01, static_cast<const QByteArray*>(&badHcs),
                                static_cast<const QByteArray*>(&badFcs), &k07})
        ASSERT_FALSE(f->mid(1, f->size() - 2).contains('\x7E')) << "precondition: no inner 7E";
    badHcs[6] = static_cast<char>(badHcs[6] ^ 0x01);
    badFcs[100] = static_cast<char>(badFcs[100] ^ 0x10);
    ASSERT_NE(badFcs[100], '\x7E');

    const QByteArray garbage = QByteArray::fromHex("1122334455");
    // Every byte outside the two good frames is skipped: a separator keeps each rejected frame's
    // closing flag from being an idle flag before the next frame. (Not 0xA?, or "7E A?" would be
    // hunted as one more frame header.)
    const QByteArray stream = garbage + k01 + badHcs + QByteArray("\x55", 1) + badFcs +
                              QByteArray("\x66", 1) + k07;
    const std::int64_t offK01 = garbage.size();
    const std::int64_t offHcs = offK01 + k01.size();
    const std::int64_t offFcs = offHcs + badHcs.size() + 1;
    const std::int64_t offK07 = offFcs + badFcs.size() + 1;

    for (std::size_t step : {usize(stream), std::size_t{1}, std::size_t{7}, std::size_t{229}}) {
        HdlcFramer framer;
        FramerSink sink;
        for (std::size_t pos = 0; pos < usize(stream); pos += step)
            framer.feed(u8(stream) + pos, std::min(step, usize(stream) - pos), sink);
        framer.finish(sink);

        ASSERT_EQ(sink.frames.size(), 2U) << "step " << step;
        EXPECT_EQ(sink.frames[0].streamOffset, offK01);
        EXPECT_EQ(sink.frames[1].streamOffset, offK07);
        ASSERT_EQ(sink.errors.size(), 2U) << "step " << step;
        EXPECT_TRUE((sink.errors[0] == Rejected{FrameError::Kind::Hcs, offHcs}));
        EXPECT_TRUE((sink.errors[1] == Rejected{FrameError::Kind::Fcs, offFcs}));

        const auto& s = framer.statistics();
        EXPECT_EQ(s.goodFrames, 2U);
        EXPECT_EQ(s.hcsErrors, 1U);
        EXPECT_EQ(s.fcsErrors, 1U);
        EXPECT_EQ(s.flagErrors, 0U);
        EXPECT_EQ(s.truncatedFrames, 0U);
        EXPECT_EQ(s.bytesFed, usize(stream));
        EXPECT_EQ(s.skippedBytes, usize(garbage) + usize(badHcs) + 1 + usize(badFcs) + 1)
            << "step " << step;
    }
}

TEST_F(HdlcFramerTest, FinishReportsAnIncompleteLastFrameAsTruncated)
{
    const QByteArray k01 = frame("K01");
    const QByteArray part = frame("K05").left(100);
    const QByteArray stream = k01 + part;
    HdlcFramer framer;
    FramerSink sink;
    framer.feed(u8(stream), usize(stream), sink);
    EXPECT_EQ(sink.frames.size(), 1U);
    EXPECT_TRUE(sink.errors.empty()) << "the framer cannot know yet that the frame is cut";
    EXPECT_EQ(framer.bufferedBytes(), part.size());

    framer.finish(sink);
    ASSERT_EQ(sink.errors.size(), 1U);
    EXPECT_EQ(sink.errors[0].kind, FrameError::Kind::Truncated);
    EXPECT_EQ(sink.errors[0].streamOffset, k01.size());
    EXPECT_EQ(framer.statistics().truncatedFrames, 1U);
    EXPECT_EQ(framer.bufferedBytes(), 0U);
}

TEST_F(HdlcFramerTest, CutByTheNextFrameIsTruncated)
{
    const QByteArray k01 = frame("K01");
    const QByteArray k07 = frame("K07");
    // From a bare header with its HCS (8 bytes) to all but the last FCS byte and the flag.
    for (qsizetype cut = 8; cut <= k01.size() - 2; ++cut) {
        const QByteArray stream = k01.left(cut) + k07;
        const FramerSink sink = feedWhole(stream);
        ASSERT_EQ(sink.frames.size(), 1U) << "cut " << cut;
        EXPECT_EQ(sink.frames[0].bytes, k07) << "cut " << cut;
        EXPECT_EQ(sink.frames[0].streamOffset, cut);
        ASSERT_EQ(sink.errors.size(), 1U) << "cut " << cut;
        EXPECT_TRUE((sink.errors[0] == Rejected{FrameError::Kind::Truncated, 0}))
            << "cut " << cut << ": " << FrameError::kindName(sink.errors[0].kind);
    }
}

TEST_F(HdlcFramerTest, CutShortFrameIsTruncatedHoweverTheReadsFall)
{
    // Found by fuzzing (tests/fuzz/regressions/stream_decoder): when the next frame's header
    // starts in the last bytes of the cut frame's span, its HCS lies beyond that span. A read
    // that ended exactly at the span's end made the framer judge the frame before the header
    // could be checked ("flag" instead of "truncated"); the same bytes in one read said
    // "truncated". Reads must never change the verdict.
    const QByteArray k01 = frame("K01");
    const QByteArray k07 = frame("K07");
    for (qsizetype cut = 8; cut <= k01.size() - 2; ++cut) {
        const QByteArray stream = k01.left(cut) + k07;
        const FramerSink whole = feedWhole(stream);
        // A read ending where the cut frame's length says it ends, and byte by byte.
        std::vector<std::size_t> everyByte(usize(stream) - 1);
        std::iota(everyByte.begin(), everyByte.end(), std::size_t{1});
        for (const auto& cuts : {std::vector<std::size_t>{usize(k01)}, everyByte}) {
            const FramerSink split = feedSplit(stream, cuts);
            EXPECT_EQ(split.frames, whole.frames) << "cut " << cut << ", " << cuts.size() << " reads";
            ASSERT_EQ(split.errors.size(), 1U) << "cut " << cut;
            EXPECT_TRUE((split.errors[0] == Rejected{FrameError::Kind::Truncated, 0}))
                << "cut " << cut << ", " << cuts.size() + 1 << " reads: "
                << FrameError::kindName(split.errors[0].kind);
        }
    }
}

TEST_F(HdlcFramerTest, BadFcsWithASharedClosingFlagIsAnFcsError)
{
    // A whole frame with a payload bit flipped, its closing flag shared with the next frame:
    // nothing was cut short, the FCS is wrong.
    QByteArray bad = frame("K05");
    bad[100] = static_cast<char>(bad[100] ^ 0x01);
    const QByteArray k06 = frame("K06");
    for (const bool shared : {false, true}) {
        const QByteArray stream = bad + (shared ? k06.mid(1) : k06);
        HdlcFramer framer;
        FramerSink sink;
        framer.feed(u8(stream), usize(stream), sink);
        framer.finish(sink);
        ASSERT_EQ(sink.frames.size(), 1U) << "shared " << shared;
        EXPECT_EQ(sink.frames[0].streamOffset, bad.size() - (shared ? 1 : 0));
        ASSERT_EQ(sink.errors.size(), 1U) << "shared " << shared;
        EXPECT_EQ(sink.errors[0].kind, FrameError::Kind::Fcs)
            << "shared " << shared << ": " << FrameError::kindName(sink.errors[0].kind);
        EXPECT_EQ(framer.statistics().fcsErrors, 1U) << "shared " << shared;
        EXPECT_EQ(framer.statistics().truncatedFrames, 0U) << "shared " << shared;
    }
}

TEST_F(HdlcFramerTest, StartingMidFrameFindsTheNextFrame)
{
    const QByteArray k01 = frame("K01");
    const QByteArray k04 = frame("K04");
    // The tail of K04 holds its payload 7E: the hunt must pass over it.
    const QByteArray tail = k04.mid(100);
    const FramerSink sink = feedWhole(tail + k01);
    ASSERT_EQ(sink.frames.size(), 1U);
    EXPECT_EQ(sink.frames[0].bytes, k01);
    EXPECT_EQ(sink.frames[0].streamOffset, tail.size());
}

TEST_F(HdlcFramerTest, ResetForgetsBufferedBytesButOffsetsContinue)
{
    const QByteArray k01 = frame("K01");
    const QByteArray k05 = frame("K05");
    HdlcFramer framer;
    FramerSink sink;
    framer.feed(u8(k01), 100, sink);
    EXPECT_EQ(framer.bufferedBytes(), 100U);
    framer.reset();
    EXPECT_EQ(framer.bufferedBytes(), 0U);
    // The rest of K01 but its closing flag, now garbage.
    framer.feed(u8(k01) + 100, usize(k01) - 101, sink);
    framer.feed(u8(k05), usize(k05), sink);
    framer.finish(sink);
    ASSERT_EQ(sink.frames.size(), 1U);
    EXPECT_EQ(sink.frames[0].bytes, k05);
    EXPECT_EQ(sink.frames[0].streamOffset, k01.size() - 1);
    EXPECT_EQ(framer.statistics().skippedBytes, usize(k01) - 1);
}

} // namespace
} // namespace han
