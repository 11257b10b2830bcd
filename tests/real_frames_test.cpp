// SPDX-License-Identifier: GPL-3.0-or-later
// The published Kamstrup frames of tests/data/kamstrup decode to the values of expected.jsonl,
// and a single flipped bit anywhere in a real frame never yields a reading. The Aidon and Kaifa
// frames of tests/data/other-meters, and E01's decrypted Danish list, decode to the values of
// their expected.jsonl, which were written by hand from the bytes (tests/data/README.md).

#include "dlms_decoder.h"
#include "list_mapper.h"
#include "stream_decoder.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
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

// --- other makes: tests/data/other-meters ---------------------------------------------------

class OtherMetersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        frames = test::loadFrames(QStringLiteral("other-meters/frames.txt"));
        expected = test::loadJsonl(QStringLiteral("other-meters/expected.jsonl"));
        ASSERT_EQ(frames.size(), 15U);
        ASSERT_EQ(expected.size(), frames.size()) << "one expected line per frame";
    }
    QJsonObject expectFor(const QString& id) const
    {
        for (const QJsonObject& e : expected) {
            if (e.value(QStringLiteral("id")).toString() == id)
                return e.value(QStringLiteral("expect")).toObject();
        }
        ADD_FAILURE() << "no expected values for " << id.toStdString();
        return {};
    }
    std::vector<test::TestFrame> frames;
    std::vector<QJsonObject> expected;
};

// Items a list carries that MeterReading has no field for: kept for diagnostics. Only the
// Swedish Aidon list has any, its reactive power per phase (1.0.23/24/43/44/63/64.7.0).
std::vector<Obis> expectedUnknownItems(const QString& id)
{
    if (id != QLatin1String("A11"))
        return {};
    std::vector<Obis> codes;
    for (const std::uint8_t c : {std::uint8_t{23}, std::uint8_t{24}, std::uint8_t{43},
                                 std::uint8_t{44}, std::uint8_t{63}, std::uint8_t{64}})
        codes.emplace_back(1, 0, c, 7, 0, 255);
    return codes;
}

::testing::AssertionResult matchesWithUnknownItems(const QString& id, const QJsonObject& expect,
                                                   const MeterReading& reading)
{
    std::vector<Obis> unknown;
    for (const UnknownItem& item : reading.unknownItems)
        unknown.push_back(item.obis);
    if (unknown != expectedUnknownItems(id))
        return ::testing::AssertionFailure() << reading.unknownItems.size() << " unknown items";
    MeterReading known = reading;
    known.unknownItems.clear();
    return test::readingMatches(expect, known);
}

TEST_F(OtherMetersTest, EveryAidonAndKaifaFrameDecodesToItsExpectedValues)
{
    int whole = 0, fragments = 0;
    for (const QJsonObject& entry : expected) {
        const QString id = entry.value(QStringLiteral("id")).toString();
        if (id == QLatin1String("E01"))
            continue; // encrypted: its plaintext is checked below, its decryption elsewhere
        SCOPED_TRACE(id.toStdString());
        const test::TestFrame* f = test::findFrame(frames, id);
        ASSERT_NE(f, nullptr);
        const QJsonValue expect = entry.value(QStringLiteral("expect"));
        ASSERT_TRUE(expect.isObject());
        StreamDecoder decoder;

        if (!f->isWholeFrame()) {
            // A12 and F13 are published as the LLC PDU only.
            ASSERT_TRUE(f->bytes.startsWith(QByteArray("\xE6\xE7\x00", 3)));
            MeterReading reading;
            FrameError error;
            ASSERT_TRUE(decoder.decodeInformation(u8(f->bytes), usize(f->bytes), reading, error))
                << FrameError::kindName(error.kind) << " " << error.listName.toStdString();
            EXPECT_TRUE(matchesWithUnknownItems(id, expect.toObject(), reading));
            ++fragments;
            continue;
        }
        test::RecordingSink sink;
        test::decodeWhole(f->bytes, sink, decoder);
        ASSERT_EQ(sink.decoded.size(), 1U)
            << (sink.errors.empty() ? "" : FrameError::kindName(sink.errors[0].kind));
        EXPECT_TRUE(sink.errors.empty());
        EXPECT_EQ(sink.decoded[0].frame, f->bytes);
        EXPECT_TRUE(matchesWithUnknownItems(id, expect.toObject(), sink.decoded[0].reading));
        EXPECT_EQ(decoder.statistics().readings, 1U);
        ++whole;
    }
    EXPECT_EQ(whole, 12);
    EXPECT_EQ(fragments, 2);
}

TEST_F(OtherMetersTest, E01sDanishListDecodesToItsExpectedValues)
{
    // E01's APDU as decrypted by Python (tests/data/README.md): the Danish "DLMS push 1".
    const auto plain = test::loadFrames(QStringLiteral("other-meters/e01-plaintext.txt"));
    ASSERT_EQ(plain.size(), 1U);
    const QByteArray& apdu = plain[0].bytes;
    ASSERT_EQ(apdu.front(), '\x0F');
    DataNotification notification;
    FrameError error;
    ASSERT_TRUE(DlmsDecoder::decodeApdu(u8(apdu), usize(apdu), notification, error))
        << FrameError::kindName(error.kind);
    EXPECT_EQ(notification.body.node(0).count, 65U);

    ListMapper mapper;
    MeterReading reading;
    ASSERT_TRUE(mapper.map(notification, reading, error))
        << FrameError::kindName(error.kind) << " " << error.listName.toStdString();
    EXPECT_TRUE(test::readingMatches(expectFor(QStringLiteral("E01")), reading));
    EXPECT_EQ(reading.phaseCount(), 3);
    // The phases' energies add up to the total but for rounding (PROTOCOL.md §9.4): Wh, not 10 Wh.
    EXPECT_NEAR(*reading.activeImportL1Wh + *reading.activeImportL2Wh + *reading.activeImportL3Wh,
                *reading.activeImportWh, 1.0);
}

TEST_F(OtherMetersTest, AllWholeFramesInOneStreamThroughOneDecoder)
{
    // One decoder meets every make in turn: nothing of one list may leak into the next.
    QByteArray stream;
    std::vector<QString> ids;
    for (const test::TestFrame& f : frames) {
        if (!f.isWholeFrame() || f.id == QLatin1String("E01"))
            continue;
        stream.append(f.bytes);
        ids.push_back(f.id);
    }
    ASSERT_EQ(ids.size(), 12U);
    for (std::size_t step : {usize(stream), std::size_t{1}, std::size_t{97}}) {
        StreamDecoder decoder;
        test::RecordingSink sink;
        for (std::size_t pos = 0; pos < usize(stream); pos += step)
            decoder.feed(u8(stream) + pos, std::min(step, usize(stream) - pos), sink);
        decoder.finish(sink);
        EXPECT_TRUE(sink.errors.empty()) << "step " << step;
        ASSERT_EQ(sink.decoded.size(), ids.size()) << "step " << step;
        for (std::size_t i = 0; i < ids.size(); ++i)
            EXPECT_TRUE(matchesWithUnknownItems(ids[i], expectFor(ids[i]), sink.decoded[i].reading))
                << ids[i].toStdString() << " step " << step;
    }
}

} // namespace
} // namespace han
