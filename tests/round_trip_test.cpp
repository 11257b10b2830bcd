// SPDX-License-Identifier: GPL-3.0-or-later
// Seeded random readings on the data sheet's resolution survive KamstrupListEncoder ->
// FrameEncoder -> StreamDecoder unchanged, in every layout the encoder offers.

#include "frame_encoder.h"
#include "kamstrup_list_encoder.h"
#include "stream_decoder.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <QDateTime>

#include <array>
#include <cstdint>
#include <random>
#include <string>

namespace han {
namespace {

using test::u8;
using test::usize;

class RandomReadings
{
public:
    explicit RandomReadings(std::uint32_t seed) : m_rng(seed) {}

    MeterReading next(bool threePhase, bool list2)
    {
        MeterReading r;
        r.listVersion = QStringLiteral("Kamstrup_V0001");
        r.meterId = QStringLiteral("5706567") + digits(9);
        r.meterType = threePhase ? QStringLiteral("6841131BN") + digits(9)
                                 : QStringLiteral("6861111BN") + digits(9);
        r.meterTime = dateTime();
        r.activeImportW = watts();
        r.activeExportW = watts();
        r.reactiveImportVar = watts();
        r.reactiveExportVar = watts();
        r.currentL1A = amps();
        r.voltageL1V = volts();
        if (threePhase) {
            r.currentL2A = amps();
            r.currentL3A = amps();
            r.voltageL2V = volts();
            r.voltageL3V = volts();
        }
        if (list2) {
            r.meterClock = r.meterTime;
            r.activeImportWh = wattHours();
            r.activeExportWh = wattHours();
            r.reactiveImportVarh = wattHours();
            r.reactiveExportVarh = wattHours();
        }
        return r;
    }

    template <typename T>
    T pick(std::initializer_list<T> values)
    {
        std::uniform_int_distribution<std::size_t> i(0, values.size() - 1);
        return *(values.begin() + i(m_rng));
    }

private:
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    QString digits(int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s.append(QLatin1Char(static_cast<char>('0' + uniform(0, 9))));
        return s;
    }
    double watts() { return uniform(0, 1) ? uniform(0, 25000) : uniform(0, 99); }
    double amps() { return uniform(0, 10000) / 100.0; }
    double volts() { return uniform(0, 1) ? uniform(180, 260) : uniform(0, 999); }
    double wattHours() { return 10.0 * uniform(0, 199999999); }
    CosemDateTime dateTime()
    {
        const QDate date(uniform(2000, 2037), uniform(1, 12), uniform(1, 28));
        const QTime time(uniform(0, 23), uniform(0, 59), uniform(0, 59));
        return CosemDateTime::fromLocal(QDateTime(date, time, Qt::UTC),
                                        static_cast<std::uint8_t>(pick({0, 0x80, 0x01})));
    }

    std::mt19937 m_rng;
};

HdlcAddressing addressing(const char* dest, const char* src, std::uint8_t control)
{
    HdlcAddressing a;
    a.destination = test::fromHex(dest);
    a.source = test::fromHex(src);
    a.control = control;
    return a;
}

TEST(RoundTrip, TenThousandSeededReadings)
{
    using Encoding = DataNotification::DateTimeEncoding;
    using Missing = KamstrupListEncoder::MissingItems;
    const std::array<HdlcAddressing, 3> addressings = {
        HdlcAddressing{}, addressing("41", "03", 0x13), addressing("41", "08 83", 0x13)};

    int checked = 0, failures = 0;
    std::array<int, 16> combinations{}; // phases x list x encoding x missing items
    for (std::uint32_t seed : {1U, 2U, 3U, 4U}) {
        RandomReadings random(seed);
        StreamDecoder decoder;
        test::RecordingSink sink;
        for (int i = 0; i < 2600; ++i) {
            const bool threePhase = random.pick({true, false});
            const bool list2 = random.pick({true, false, false});
            KamstrupListEncoder::Options options;
            options.dateTimeEncoding = random.pick({Encoding::LengthPrefix, Encoding::TypedOctets});
            options.missingItems = random.pick({Missing::NullPadded, Missing::Omitted});
            const MeterReading reading = random.next(threePhase, list2);
            const HdlcAddressing& a = addressings[static_cast<std::size_t>(i) % addressings.size()];

            const DataNotification n = KamstrupListEncoder::encode(reading, options);
            const QByteArray frame = FrameEncoder::encodeNotificationFrame(n, a);
            sink.decoded.clear();
            decoder.feed(u8(frame), usize(frame), sink);
            ++checked;
            ++combinations[(threePhase ? 8U : 0U) | (list2 ? 4U : 0U) |
                           (options.dateTimeEncoding == Encoding::TypedOctets ? 2U : 0U) |
                           (options.missingItems == Missing::Omitted ? 1U : 0U)];

            const bool ok = sink.decoded.size() == 1 && sink.decoded[0].reading == reading &&
                            sink.decoded[0].frame == frame;
            if (!ok && failures++ < 5) {
                ADD_FAILURE() << "seed " << seed << " reading " << i << ": "
                              << sink.decoded.size() << " readings; "
                              << (sink.decoded.empty()
                                      ? std::string("none")
                                      : ::testing::PrintToString(test::readingMatches(
                                            test::readingToJson(reading), sink.decoded[0].reading)));
            }
        }
        decoder.finish(sink);
        EXPECT_TRUE(sink.errors.empty()) << "seed " << seed;
        EXPECT_EQ(decoder.statistics().readings, 2600U);
    }
    EXPECT_GE(checked, 10000);
    EXPECT_EQ(failures, 0);
    for (std::size_t c = 0; c < combinations.size(); ++c)
        EXPECT_GT(combinations[c], 100) << "combination " << c << " barely covered";
}

TEST(RoundTrip, EncoderLayoutMatchesTheDataSheet)
{
    RandomReadings random(7);
    KamstrupListEncoder::Options padded;
    KamstrupListEncoder::Options omitted;
    omitted.missingItems = KamstrupListEncoder::MissingItems::Omitted;

    const MeterReading three1 = random.next(true, false);
    const MeterReading three2 = random.next(true, true);
    const MeterReading single1 = random.next(false, false);
    const MeterReading single2 = random.next(false, true);
    EXPECT_EQ(KamstrupListEncoder::encode(three1, padded).body.node(0).count, 0x19U);
    EXPECT_EQ(KamstrupListEncoder::encode(three2, padded).body.node(0).count, 0x23U);
    EXPECT_EQ(KamstrupListEncoder::encode(single1, padded).body.node(0).count, 0x19U);
    EXPECT_EQ(KamstrupListEncoder::encode(single2, padded).body.node(0).count, 0x23U);
    EXPECT_EQ(KamstrupListEncoder::encode(three1, omitted).body.node(0).count, 0x19U);
    EXPECT_EQ(KamstrupListEncoder::encode(single1, omitted).body.node(0).count, 0x19U - 8);
    EXPECT_EQ(KamstrupListEncoder::encode(single2, omitted).body.node(0).count, 0x23U - 8);

    // A List 1 frame of new firmware is 228 bytes, old firmware 229; List 2 302 / 303.
    KamstrupListEncoder::Options old;
    old.dateTimeEncoding = DataNotification::DateTimeEncoding::TypedOctets;
    EXPECT_EQ(FrameEncoder::encodeNotificationFrame(KamstrupListEncoder::encode(three1)).size(), 228);
    EXPECT_EQ(FrameEncoder::encodeNotificationFrame(KamstrupListEncoder::encode(three1, old)).size(), 229);
    EXPECT_EQ(FrameEncoder::encodeNotificationFrame(KamstrupListEncoder::encode(three2)).size(), 302);
    EXPECT_EQ(FrameEncoder::encodeNotificationFrame(KamstrupListEncoder::encode(three2, old)).size(), 303);
}

TEST(RoundTrip, RealListsReEncodeFromTheirReadings)
{
    // Decoding K05 (new firmware List 1) and K07 (List 2) and encoding the readings again with
    // the default options gives the very same frames.
    const auto frames = test::loadFrames(QStringLiteral("kamstrup/frames.txt"));
    for (const char* id : {"K05", "K06", "K07", "K09", "K41", "K42"}) {
        const test::TestFrame* f = test::findFrame(frames, QLatin1String(id));
        ASSERT_NE(f, nullptr);
        StreamDecoder decoder;
        test::RecordingSink sink;
        test::decodeWhole(f->bytes, sink, decoder);
        ASSERT_EQ(sink.decoded.size(), 1U) << id;
        const DataNotification n = KamstrupListEncoder::encode(sink.decoded[0].reading);
        EXPECT_EQ(FrameEncoder::encodeNotificationFrame(n), f->bytes) << id;
    }
}

} // namespace
} // namespace han
