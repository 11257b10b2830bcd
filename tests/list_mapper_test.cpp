// SPDX-License-Identifier: GPL-3.0-or-later
// ListMapper: OBIS C.D.E mapping, single-phase layouts, null-data, unknown items, the Danish
// per-phase lists, Aidon and Kaifa (Norway and Sweden), and the error kinds the pipeline reports
// for what is no list it knows.

#include "dlms_decoder.h"
#include "frame_encoder.h"
#include "list_mapper.h"
#include "reading_scaler.h"
#include "stream_decoder.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <QByteArray>

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>

namespace han {
namespace {

using test::fromHex;
using test::u8;
using test::usize;

// Builds a flat Kamstrup-style body: items are appended in order, the count is set at the end.
class Body
{
public:
    Body() { m_root = m_n.body.openContainer(AxdrTag::Structure, 0); }

    Body& version(const char* text)
    {
        m_n.body.addBytes(AxdrTag::VisibleString, text, std::strlen(text));
        ++m_count;
        return *this;
    }
    Body& obis(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d, std::uint8_t e)
    {
        const std::uint8_t bytes[6] = {a, b, c, d, e, 0xFF};
        m_n.body.addBytes(AxdrTag::OctetString, bytes, 6);
        ++m_count;
        return *this;
    }
    Body& u32(std::uint32_t v) { return integer(AxdrTag::DoubleLongUnsigned, v); }
    Body& u16(std::uint16_t v) { return integer(AxdrTag::LongUnsigned, v); }
    Body& integer(AxdrTag tag, std::uint64_t raw)
    {
        m_n.body.addInteger(tag, raw);
        ++m_count;
        return *this;
    }
    Body& text(const char* t)
    {
        m_n.body.addBytes(AxdrTag::VisibleString, t, std::strlen(t));
        ++m_count;
        return *this;
    }
    Body& octets(const QByteArray& bytes)
    {
        m_n.body.addBytes(AxdrTag::OctetString, bytes.constData(), usize(bytes));
        ++m_count;
        return *this;
    }
    Body& null()
    {
        m_n.body.addNull();
        ++m_count;
        return *this;
    }
    // A whole Kamstrup List 1 (three-phase) with group B = `b` in every OBIS code.
    Body& list1(std::uint8_t b)
    {
        version("Kamstrup_V0001");
        obis(1, b, 0, 0, 5).text("5706567274389702");
        obis(1, b, 96, 1, 1).text("6841121BN243101040");
        obis(1, b, 1, 7, 0).u32(1468).obis(1, b, 2, 7, 0).u32(7);
        obis(1, b, 3, 7, 0).u32(9).obis(1, b, 4, 7, 0).u32(462);
        obis(1, b, 31, 7, 0).u32(564).obis(1, b, 51, 7, 0).u32(202).obis(1, b, 71, 7, 0).u32(511);
        obis(1, b, 32, 7, 0).u16(232).obis(1, b, 52, 7, 0).u16(228).obis(1, b, 72, 7, 0).u16(233);
        return *this;
    }
    Body& registers(std::uint8_t b)
    {
        obis(0, b, 1, 0, 0).octets(fromHex("07 E1 0A 14 05 04 00 05 FF 80 00 00"));
        obis(1, b, 1, 8, 0).u32(427244).obis(1, b, 2, 8, 0).u32(3);
        obis(1, b, 3, 8, 0).u32(80).obis(1, b, 4, 8, 0).u32(61813);
        return *this;
    }

    const DataNotification& done()
    {
        m_n.body.setCount(m_root, m_count);
        m_n.body.closeContainer(m_root);
        m_n.dateTimeEncoding = DataNotification::DateTimeEncoding::LengthPrefix;
        const QByteArray t = fromHex("07 E1 0A 14 05 04 00 05 FF 80 00 00");
        m_n.dateTime = CosemDateTime::fromBytes(u8(t));
        return m_n;
    }

private:
    DataNotification m_n;
    std::size_t m_root = 0;
    std::uint32_t m_count = 0;
};

struct Mapped
{
    bool ok = false;
    MeterReading reading;
    FrameError error;
};

Mapped map(const DataNotification& n, const ScaleSettings& scale = {})
{
    ListMapper mapper;
    mapper.setScaleSettings(scale);
    Mapped m;
    m.ok = mapper.map(n, m.reading, m.error);
    return m;
}

void expectList1Values(const MeterReading& r)
{
    EXPECT_EQ(r.listVersion, QStringLiteral("Kamstrup_V0001"));
    EXPECT_EQ(r.meterId, QStringLiteral("5706567274389702"));
    EXPECT_EQ(r.meterType, QStringLiteral("6841121BN243101040"));
    ASSERT_TRUE(r.meterTime.has_value());
    EXPECT_EQ(r.meterTime->toIsoString(), QStringLiteral("2017-10-20T04:00:05"));
    EXPECT_EQ(r.activeImportW, 1468.0);
    EXPECT_EQ(r.activeExportW, 7.0);
    EXPECT_EQ(r.reactiveImportVar, 9.0);
    EXPECT_EQ(r.reactiveExportVar, 462.0);
    EXPECT_EQ(r.currentL1A, 5.64);
    EXPECT_EQ(r.currentL2A, 2.02);
    EXPECT_EQ(r.currentL3A, 5.11);
    EXPECT_EQ(r.voltageL1V, 232.0);
    EXPECT_EQ(r.voltageL2V, 228.0);
    EXPECT_EQ(r.voltageL3V, 233.0);
    EXPECT_EQ(r.phaseCount(), 3);
}

TEST(ListMapper, MapsAKamstrupList2)
{
    Body body;
    body.list1(1).registers(1);
    const Mapped m = map(body.done());
    ASSERT_TRUE(m.ok) << FrameError::kindName(m.error.kind);
    expectList1Values(m.reading);
    ASSERT_TRUE(m.reading.meterClock.has_value());
    EXPECT_EQ(m.reading.meterClock->toIsoString(), QStringLiteral("2017-10-20T04:00:05"));
    EXPECT_EQ(m.reading.activeImportWh, 4272440.0) << "Norwegian energy is in 10 Wh";
    EXPECT_EQ(m.reading.activeExportWh, 30.0);
    EXPECT_EQ(m.reading.reactiveImportVarh, 800.0);
    EXPECT_EQ(m.reading.reactiveExportVarh, 618130.0);
    EXPECT_TRUE(m.reading.hasRegisters());
    EXPECT_TRUE(m.reading.unknownItems.empty());
}

TEST(ListMapper, MapsByCdeRegardlessOfGroupB)
{
    Body withB1, withB0, withB7;
    withB1.list1(1).registers(1);
    withB0.list1(0).registers(0);
    withB7.list1(7).registers(7);
    const Mapped b1 = map(withB1.done());
    const Mapped b0 = map(withB0.done());
    const Mapped b7 = map(withB7.done());
    ASSERT_TRUE(b1.ok);
    ASSERT_TRUE(b0.ok);
    ASSERT_TRUE(b7.ok);
    expectList1Values(b0.reading);
    EXPECT_EQ(b0.reading.activeImportWh, 4272440.0);
    ASSERT_TRUE(b0.reading.meterClock.has_value());
    EXPECT_TRUE(b0.reading.unknownItems.empty());
    EXPECT_TRUE(b0.reading == b1.reading);
    EXPECT_TRUE(b7.reading == b1.reading);
}

TEST(ListMapper, UnknownObisIsKeptAndNotAnError)
{
    Body body;
    body.list1(1);
    body.obis(1, 1, 14, 7, 0).u16(5000);                  // frequency: not in our reading
    body.obis(1, 1, 99, 98, 1).text("extra");              // an unknown string
    body.obis(0, 0, 96, 3, 10).integer(AxdrTag::Enum, 1);  // disconnect control
    const Mapped m = map(body.done());
    ASSERT_TRUE(m.ok) << FrameError::kindName(m.error.kind);
    expectList1Values(m.reading);
    ASSERT_EQ(m.reading.unknownItems.size(), 3U);
    const UnknownItem& f = m.reading.unknownItems[0];
    EXPECT_EQ(f.obis, Obis(1, 1, 14, 7, 0, 255));
    EXPECT_EQ(f.tag, 0x12);
    EXPECT_EQ(f.integer, 5000);
    EXPECT_TRUE(f.bytes.isEmpty());
    const UnknownItem& s = m.reading.unknownItems[1];
    EXPECT_EQ(s.obis, Obis(1, 1, 99, 98, 1, 255));
    EXPECT_EQ(s.tag, 0x0A);
    EXPECT_EQ(s.bytes, QByteArray("extra"));
    EXPECT_EQ(m.reading.unknownItems[2].tag, 0x16);
    EXPECT_EQ(m.reading.unknownItems[2].integer, 1);
}

TEST(ListMapper, NullDataAnywhereIsTolerated)
{
    Body body;
    body.null().version("Kamstrup_V0001").null();
    body.obis(1, 1, 0, 0, 5).text("5706567274389702").null().null();
    body.obis(1, 1, 96, 1, 1).text("6841121BN243101040");
    body.obis(1, 1, 1, 7, 0).u32(1468).null().obis(1, 1, 2, 7, 0).u32(7);
    body.obis(1, 1, 3, 7, 0).u32(9).obis(1, 1, 4, 7, 0).u32(462);
    body.null().null().null();
    body.obis(1, 1, 31, 7, 0).u32(564).obis(1, 1, 51, 7, 0).u32(202).obis(1, 1, 71, 7, 0).u32(511);
    body.obis(1, 1, 32, 7, 0).u16(232).obis(1, 1, 52, 7, 0).u16(228).obis(1, 1, 72, 7, 0).u16(233);
    body.null();
    const Mapped m = map(body.done());
    ASSERT_TRUE(m.ok) << FrameError::kindName(m.error.kind);
    expectList1Values(m.reading);
    EXPECT_TRUE(m.reading.unknownItems.empty());
}

TEST(ListMapper, ACodeSentWithANullValueIsAbsent)
{
    Body body;
    body.version("Kamstrup_V0001");
    body.obis(1, 1, 1, 7, 0).null();
    body.obis(1, 1, 2, 7, 0).u32(7);
    body.obis(1, 1, 32, 7, 0).u16(230);
    const Mapped m = map(body.done());
    ASSERT_TRUE(m.ok);
    EXPECT_FALSE(m.reading.activeImportW.has_value());
    EXPECT_EQ(m.reading.activeExportW, 7.0);
    EXPECT_EQ(m.reading.voltageL1V, 230.0);
    EXPECT_TRUE(m.reading.unknownItems.empty());
}

TEST(ListMapper, SinglePhaseNullPaddedK10)
{
    const auto frames = test::loadFrames(QStringLiteral("kamstrup/frames.txt"));
    const test::TestFrame* k10 = test::findFrame(frames, QStringLiteral("K10"));
    ASSERT_NE(k10, nullptr);
    DataNotification n;
    FrameError e;
    ASSERT_TRUE(DlmsDecoder::decodeInfo(u8(k10->bytes), usize(k10->bytes), n, e));
    EXPECT_EQ(n.body.node(0).count, 0x19U) << "NO single-phase keeps 25 items";
    int nulls = 0;
    for (std::size_t i = 1; i < n.body.size(); ++i)
        nulls += n.body.node(i).tag == AxdrTag::NullData ? 1 : 0;
    EXPECT_EQ(nulls, 8) << "L2/L3 current and voltage pairs are 00 00";

    const Mapped m = map(n);
    ASSERT_TRUE(m.ok);
    EXPECT_EQ(m.reading.phaseCount(), 1);
    EXPECT_EQ(m.reading.currentL1A, 8.96);
    EXPECT_EQ(m.reading.voltageL1V, 225.0);
    EXPECT_FALSE(m.reading.currentL2A || m.reading.currentL3A || m.reading.voltageL2V ||
                 m.reading.voltageL3V);
    EXPECT_FALSE(m.reading.hasRegisters());
}

TEST(ListMapper, SinglePhaseOmittedK43)
{
    const auto frames = test::loadFrames(QStringLiteral("kamstrup/frames.txt"));
    const test::TestFrame* k43 = test::findFrame(frames, QStringLiteral("K43"));
    ASSERT_NE(k43, nullptr);
    StreamDecoder decoder;
    test::RecordingSink sink(&decoder);
    test::decodeWhole(k43->bytes, sink, decoder);
    ASSERT_EQ(sink.decoded.size(), 1U);
    const DataNotification& n = sink.decoded[0].notification;
    EXPECT_EQ(n.body.node(0).count, 0x0FU);
    for (std::size_t i = 1; i < n.body.size(); ++i)
        EXPECT_NE(n.body.node(i).tag, AxdrTag::NullData) << i;
    const MeterReading& r = sink.decoded[0].reading;
    EXPECT_EQ(r.phaseCount(), 1);
    EXPECT_TRUE(r.hasRegisters());
    ASSERT_TRUE(r.meterClock.has_value());
    EXPECT_FALSE(r.activeExportW || r.reactiveImportVar || r.currentL2A || r.voltageL3V ||
                 r.activeExportWh || r.reactiveExportVarh);
}

TEST(ListMapper, DanishPushListUsesWhAndAnIntegerMeterNumber)
{
    // PROTOCOL.md §9.4, the plaintext of E01 in shape: energies first and in Wh, "meter number"
    // 1.1.0.0.1.255 as u32, then the per-phase items.
    Body body;
    body.version("Kamstrup_V0001");
    body.obis(1, 1, 1, 8, 0).u32(866636).obis(1, 1, 2, 8, 0).u32(12);
    body.obis(1, 1, 3, 8, 0).u32(345).obis(1, 1, 4, 8, 0).u32(6789);
    body.obis(1, 1, 0, 0, 1).u32(57126104);
    body.obis(1, 1, 1, 7, 0).u32(1225).obis(1, 1, 2, 7, 0).u32(0);
    body.obis(0, 1, 1, 0, 0).octets(fromHex("07 E4 05 0E 04 0D 21 0A FF 80 00 80"));
    body.obis(1, 1, 32, 7, 0).u16(229).obis(1, 1, 31, 7, 0).u32(180);
    body.obis(1, 1, 21, 7, 0).u32(400);
    const Mapped m = map(body.done());
    ASSERT_TRUE(m.ok) << FrameError::kindName(m.error.kind);
    EXPECT_EQ(m.reading.activeImportWh, 866636.0) << "Danish energies are in Wh, not 10 Wh";
    EXPECT_EQ(m.reading.reactiveExportVarh, 6789.0);
    EXPECT_EQ(m.reading.meterId, QStringLiteral("57126104"));
    EXPECT_EQ(m.reading.activeImportW, 1225.0);
    EXPECT_EQ(m.reading.voltageL1V, 229.0);
    EXPECT_EQ(m.reading.currentL1A, 1.8);
    EXPECT_EQ(m.reading.activeImportL1W, 400.0);
    ASSERT_TRUE(m.reading.meterClock.has_value());
    EXPECT_TRUE(m.reading.meterClock->daylightSavingFlag());
    EXPECT_TRUE(m.reading.unknownItems.empty());
}

// Every per-phase item of the 65-item list, each with a value of its own, so that a code
// mapped to the wrong field shows (E01's real values are mostly zeros and ones).
Body& danishPhases(Body& body, std::uint8_t b)
{
    body.obis(1, b, 21, 7, 0).u32(1101).obis(1, b, 41, 7, 0).u32(1102).obis(1, b, 61, 7, 0).u32(1103);
    body.obis(1, b, 33, 7, 0).u16(98).obis(1, b, 53, 7, 0).u16(87).obis(1, b, 73, 7, 0).u16(76);
    body.obis(1, b, 13, 7, 0).u16(95);
    body.obis(1, b, 22, 7, 0).u32(2201).obis(1, b, 42, 7, 0).u32(2202).obis(1, b, 62, 7, 0).u32(2203);
    body.obis(1, b, 22, 8, 0).u32(3301).obis(1, b, 42, 8, 0).u32(3302).obis(1, b, 62, 8, 0).u32(3303);
    body.obis(1, b, 21, 8, 0).u32(4401).obis(1, b, 41, 8, 0).u32(4402).obis(1, b, 61, 8, 0).u32(4403);
    return body;
}

TEST(ListMapper, DanishPushListFillsEveryPerPhaseField)
{
    Body body;
    body.version("Kamstrup_V0001");
    body.obis(1, 1, 1, 8, 0).u32(13205).obis(1, 1, 0, 0, 1).u32(27581522);
    danishPhases(body, 1);
    const Mapped m = map(body.done());
    ASSERT_TRUE(m.ok) << FrameError::kindName(m.error.kind);
    const MeterReading& r = m.reading;
    EXPECT_EQ(r.activeImportL1W, 1101.0);
    EXPECT_EQ(r.activeImportL2W, 1102.0);
    EXPECT_EQ(r.activeImportL3W, 1103.0);
    EXPECT_EQ(r.activeExportL1W, 2201.0);
    EXPECT_EQ(r.activeExportL2W, 2202.0);
    EXPECT_EQ(r.activeExportL3W, 2203.0);
    EXPECT_EQ(r.powerFactorL1, 0.98) << "u16 in 0.01";
    EXPECT_EQ(r.powerFactorL2, 0.87);
    EXPECT_EQ(r.powerFactorL3, 0.76);
    EXPECT_EQ(r.powerFactor, 0.95);
    EXPECT_EQ(r.activeExportL1Wh, 3301.0) << "Wh, scaler 0";
    EXPECT_EQ(r.activeExportL2Wh, 3302.0);
    EXPECT_EQ(r.activeExportL3Wh, 3303.0);
    EXPECT_EQ(r.activeImportL1Wh, 4401.0);
    EXPECT_EQ(r.activeImportL2Wh, 4402.0);
    EXPECT_EQ(r.activeImportL3Wh, 4403.0);
    EXPECT_EQ(r.activeImportWh, 13205.0);
    EXPECT_TRUE(r.unknownItems.empty());

    // Group B does not matter here either.
    Body b0;
    b0.version("Kamstrup_V0001");
    b0.obis(1, 0, 1, 8, 0).u32(13205).obis(1, 0, 0, 0, 1).u32(27581522);
    danishPhases(b0, 0);
    const Mapped m0 = map(b0.done());
    ASSERT_TRUE(m0.ok);
    EXPECT_EQ(m0.reading, r);
}

TEST(ListMapper, DanishSinglePhaseListOmitsL2AndL3)
{
    // PROTOCOL.md §9.4: DK single-phase meters leave the L2/L3 items out (E08, 37 items).
    Body body;
    body.version("Kamstrup_V0001");
    body.obis(1, 1, 1, 8, 0).u32(5120).obis(1, 1, 2, 8, 0).u32(0);
    body.obis(1, 1, 0, 0, 1).u32(57126104);
    body.obis(1, 1, 1, 7, 0).u32(730).obis(1, 1, 2, 7, 0).u32(0);
    body.obis(0, 1, 1, 0, 0).octets(fromHex("07 E7 04 0C 03 0A 00 00 FF 80 00 80"));
    body.obis(1, 1, 32, 7, 0).u16(231).obis(1, 1, 31, 7, 0).u32(318);
    body.obis(1, 1, 21, 7, 0).u32(730).obis(1, 1, 33, 7, 0).u16(99).obis(1, 1, 13, 7, 0).u16(99);
    body.obis(1, 1, 22, 7, 0).u32(0).obis(1, 1, 22, 8, 0).u32(0).obis(1, 1, 21, 8, 0).u32(5120);
    const Mapped m = map(body.done());
    ASSERT_TRUE(m.ok);
    const MeterReading& r = m.reading;
    EXPECT_EQ(r.phaseCount(), 1);
    EXPECT_EQ(r.activeImportWh, 5120.0) << "Wh: the per-phase items mark the Danish layout";
    EXPECT_EQ(r.activeImportL1W, 730.0);
    EXPECT_EQ(r.powerFactorL1, 0.99);
    EXPECT_EQ(r.powerFactor, 0.99);
    EXPECT_EQ(r.activeImportL1Wh, 5120.0);
    EXPECT_EQ(r.activeExportL1Wh, 0.0);
    EXPECT_FALSE(r.activeImportL2W || r.activeImportL3W || r.activeExportL2W || r.powerFactorL2 ||
                 r.powerFactorL3 || r.activeImportL2Wh || r.activeExportL3Wh || r.currentL2A ||
                 r.voltageL3V);
    EXPECT_TRUE(r.unknownItems.empty());
}

TEST(ListMapper, OneMapperLeavesNothingOfThePreviousListInTheReading)
{
    // The mapper keeps the previous reading's strings to reuse them (no allocation, no reference
    // counting per frame); a list that does not carry a string must still come out without it.
    ListMapper mapper;
    MeterReading reading;
    FrameError error;

    Body full;
    full.list1(1).registers(1);
    ASSERT_TRUE(mapper.map(full.done(), reading, error));
    expectList1Values(reading);
    const QString firstId = reading.meterId;

    Body again;
    again.list1(1);
    ASSERT_TRUE(mapper.map(again.done(), reading, error));
    expectList1Values(reading);
    EXPECT_FALSE(reading.activeImportWh.has_value()) << "no register of the List 2 before";
    EXPECT_FALSE(reading.meterClock.has_value());
    EXPECT_TRUE(reading.meterId.isSharedWith(firstId)) << "the same id is the same string";

    Body bare;
    bare.obis(1, 1, 1, 7, 0).u32(1000);
    ASSERT_TRUE(mapper.map(bare.done(), reading, error));
    EXPECT_EQ(reading.activeImportW, 1000.0);
    EXPECT_TRUE(reading.listVersion.isEmpty());
    EXPECT_TRUE(reading.meterId.isEmpty());
    EXPECT_TRUE(reading.meterType.isEmpty());
    EXPECT_FALSE(reading.currentL1A.has_value());

    Body other;
    other.version("Kamstrup_V0001");
    other.obis(1, 1, 0, 0, 5).text("5706567000000001");
    ASSERT_TRUE(mapper.map(other.done(), reading, error));
    EXPECT_EQ(reading.meterId, QStringLiteral("5706567000000001"));
    EXPECT_TRUE(reading.meterType.isEmpty());

    ASSERT_TRUE(mapper.map(again.done(), reading, error));
    Body aidon;
    aidon.version("AIDON_V0001");
    aidon.obis(1, 1, 0, 0, 5).text("7359992895913195");
    EXPECT_FALSE(mapper.map(aidon.done(), reading, error));
    EXPECT_TRUE(reading.listVersion.isEmpty());
    EXPECT_TRUE(reading.meterId.isEmpty());
    EXPECT_TRUE(reading.meterType.isEmpty());
    EXPECT_FALSE(reading.activeImportW.has_value());

    // The Danish integer meter number, twice through the same mapper.
    for (int i = 0; i < 2; ++i) {
        Body danish;
        danish.version("Kamstrup_V0001");
        danish.obis(1, 1, 0, 0, 1).u32(57126104).obis(1, 1, 21, 7, 0).u32(400);
        ASSERT_TRUE(mapper.map(danish.done(), reading, error));
        EXPECT_EQ(reading.meterId, QStringLiteral("57126104")) << "pass " << i;
    }
}

TEST(ListMapper, VoltageInHundredthsOfAVolt)
{
    // A 2025 Danish meter sends 12 56 B7 = 221.99 V (PROTOCOL.md §10.7, E10).
    Body body;
    body.version("Kamstrup_V0001");
    body.obis(1, 1, 32, 7, 0).u16(0x56B7).obis(1, 1, 52, 7, 0).u16(231);
    const Mapped m = map(body.done());
    ASSERT_TRUE(m.ok);
    EXPECT_EQ(m.reading.voltageL1V, 221.99);
    EXPECT_EQ(m.reading.voltageL2V, 231.0);
}

TEST(ListMapper, AMakesNameOnAnotherShapeIsUnsupported)
{
    // Named by a make, but not shaped like that make's lists: flat OBIS pairs, as Kamstrup
    // sends them. The name alone never decides.
    for (const char* name : {"AIDON_V0001", "KFM_001"}) {
        Body body;
        body.version(name);
        body.obis(1, 1, 0, 0, 5).text("7359992895913195");
        body.obis(1, 1, 1, 7, 0).u32(1000);
        const Mapped m = map(body.done());
        EXPECT_FALSE(m.ok) << name;
        EXPECT_EQ(m.error.kind, FrameError::Kind::UnsupportedList) << name;
        EXPECT_EQ(m.error.listName, QByteArray(name));
        EXPECT_FALSE(m.reading.activeImportW.has_value()) << name;
        EXPECT_TRUE(m.reading.listVersion.isEmpty()) << name;
    }
}

// An Aidon-style body of {OBIS, name} structures.
DataNotification structuredNames(std::initializer_list<const char*> names)
{
    DataNotification n;
    const std::uint8_t versionObis[6] = {1, 1, 0, 2, 129, 0xFF};
    const std::size_t root = n.body.openContainer(AxdrTag::Array, static_cast<std::uint32_t>(names.size()));
    for (const char* name : names) {
        const std::size_t item = n.body.openContainer(AxdrTag::Structure, 2);
        n.body.addBytes(AxdrTag::OctetString, versionObis, 6);
        n.body.addBytes(AxdrTag::VisibleString, name, std::strlen(name));
        n.body.closeContainer(item);
    }
    n.body.closeContainer(root);
    return n;
}

TEST(ListMapper, AnEmptyListVersionItemDoesNotNameTheList)
{
    // The first 0.2.129 item is empty, the second names the list: the name comes from the second.
    Mapped m = map(structuredNames({"", "AIDON_V0001"}));
    ASSERT_TRUE(m.ok) << FrameError::kindName(m.error.kind);
    EXPECT_EQ(m.reading.listVersion, QStringLiteral("AIDON_V0001"));

    m = map(structuredNames({"", "ACME_V0001"}));
    EXPECT_FALSE(m.ok);
    EXPECT_EQ(m.error.kind, FrameError::Kind::UnsupportedList);
    EXPECT_EQ(m.error.listName, QByteArray("ACME_V0001"));
}

TEST(ListMapper, ABodyThatIsNoListIsUnsupported)
{
    DataNotification scalar;
    scalar.body.addInteger(AxdrTag::DoubleLongUnsigned, 1320);
    Mapped m = map(scalar);
    EXPECT_FALSE(m.ok);
    EXPECT_EQ(m.error.kind, FrameError::Kind::UnsupportedList);

    Body empty;
    m = map(empty.done());
    EXPECT_FALSE(m.ok);
    EXPECT_EQ(m.error.kind, FrameError::Kind::UnsupportedList);
    EXPECT_TRUE(m.error.listName.isEmpty());
}

TEST(ListMapper, ScaleSettingsShiftTheExponents)
{
    Body body;
    body.list1(1).registers(1);
    const DataNotification& n = body.done();
    ScaleSettings sweden;
    sweden.energyShift = -1;
    Mapped m = map(n, sweden);
    ASSERT_TRUE(m.ok);
    EXPECT_EQ(m.reading.activeImportWh, 427244.0) << "Swedish meters send Wh";
    EXPECT_EQ(m.reading.reactiveExportVarh, 61813.0);
    EXPECT_EQ(m.reading.activeImportW, 1468.0) << "power is not touched";
    EXPECT_EQ(m.reading.currentL1A, 5.64);

    ScaleSettings ct;
    ct.currentShift = -1;
    ct.powerShift = -1;
    ct.voltageShift = 1;
    m = map(n, ct);
    ASSERT_TRUE(m.ok);
    EXPECT_DOUBLE_EQ(*m.reading.currentL1A, 0.564);
    EXPECT_DOUBLE_EQ(*m.reading.activeImportW, 146.8);
    EXPECT_EQ(m.reading.voltageL1V, 2320.0);
    EXPECT_EQ(m.reading.activeImportWh, 4272440.0);
}

TEST(ListMapper, ScaleSettingsThroughTheStreamDecoder)
{
    const auto frames = test::loadFrames(QStringLiteral("kamstrup/frames.txt"));
    const test::TestFrame* k02 = test::findFrame(frames, QStringLiteral("K02"));
    ASSERT_NE(k02, nullptr);
    StreamDecoder decoder;
    ScaleSettings s;
    s.energyShift = -1;
    decoder.mapper().setScaleSettings(s);
    EXPECT_TRUE(decoder.mapper().scaleSettings() == s);
    test::RecordingSink sink;
    test::decodeWhole(k02->bytes, sink, decoder);
    ASSERT_EQ(sink.decoded.size(), 1U);
    EXPECT_EQ(sink.decoded[0].reading.activeImportWh, 427244.0);
    EXPECT_EQ(sink.decoded[0].reading.reactiveExportVarh, 61813.0);
    EXPECT_EQ(sink.decoded[0].reading.scale, s)
        << "a reading says which settings it was mapped with";
}

// The history converts readings a plain decoder mapped to the meter's stored settings: that
// must give what a mapper set up with those settings gives, to the last bit.
TEST(ListMapper, ARescaledReadingEqualsOneMappedWithTheSettings)
{
    // Every make: the Kamstrup and the other makes' frames (whole and fragments), and Danish lists.
    std::vector<DataNotification> lists;
    for (const QString& file :
         {QStringLiteral("kamstrup/frames.txt"), QStringLiteral("other-meters/frames.txt")}) {
        for (const test::TestFrame& f : test::loadFrames(file)) {
            DataNotification n;
            FrameError e;
            if (!f.isWholeFrame()) {
                if (DlmsDecoder::decodeInfo(u8(f.bytes), usize(f.bytes), n, e))
                    lists.push_back(n);
                continue;
            }
            StreamDecoder decoder;
            test::RecordingSink sink(&decoder);
            test::decodeWhole(f.bytes, sink, decoder);
            for (const auto& d : sink.decoded)
                lists.push_back(d.notification);
        }
    }
    Body danish; // 0.01 V and Wh, PROTOCOL.md §10.7
    danish.version("Kamstrup_V0001");
    danish.obis(1, 1, 1, 8, 0).u32(866636).obis(1, 1, 0, 0, 1).u32(57126104);
    danish.obis(1, 1, 32, 7, 0).u16(0x56B7).obis(1, 1, 31, 7, 0).u32(180);
    danish.obis(1, 1, 21, 7, 0).u32(400);
    lists.push_back(danish.done());
    Body phases;
    phases.version("Kamstrup_V0001");
    danishPhases(phases, 1);
    lists.push_back(phases.done());
    ASSERT_GE(lists.size(), 3U + 14U + 2U) << "Kamstrup, Aidon and Kaifa lists";

    for (const ScaleSettings& s :
         {ScaleSettings{-1, -1, -1, -1}, ScaleSettings{1, 1, 2, 1}, ScaleSettings{0, -3, -2, -2}}) {
        for (std::size_t i = 0; i < lists.size(); ++i) {
            const Mapped plain = map(lists[i]);
            const Mapped direct = map(lists[i], s);
            ASSERT_TRUE(plain.ok && direct.ok) << i;
            MeterReading converted = plain.reading;
            ReadingScaler::rescale(converted, s);
            EXPECT_EQ(converted, direct.reading) << "list " << i;
        }
    }
}

TEST(ListMapper, ScaleSettingsApplyToEveryMake)
{
    // Aidon scales by the scaler it sends, Kaifa by its own units: a correction comes on top.
    const auto frames = test::loadFrames(QStringLiteral("other-meters/frames.txt"));
    ScaleSettings s;
    s.powerShift = -1;
    s.currentShift = 1;
    s.voltageShift = -1;
    s.energyShift = 1;
    for (const char* id : {"A08", "A11", "F11"}) {
        SCOPED_TRACE(id);
        const test::TestFrame* f = test::findFrame(frames, QLatin1String(id));
        ASSERT_NE(f, nullptr);
        StreamDecoder plain;
        StreamDecoder shifted;
        shifted.mapper().setScaleSettings(s);
        test::RecordingSink a, b;
        test::decodeWhole(f->bytes, a, plain);
        test::decodeWhole(f->bytes, b, shifted);
        ASSERT_EQ(a.decoded.size(), 1U);
        ASSERT_EQ(b.decoded.size(), 1U);
        const MeterReading& r = a.decoded[0].reading;
        const MeterReading& t = b.decoded[0].reading;
        EXPECT_DOUBLE_EQ(*t.activeImportW, *r.activeImportW / 10);
        EXPECT_DOUBLE_EQ(*t.currentL3A, *r.currentL3A * 10);
        EXPECT_DOUBLE_EQ(*t.voltageL1V, *r.voltageL1V / 10);
        EXPECT_DOUBLE_EQ(*t.activeImportWh, *r.activeImportWh * 10);
        if (r.activeImportL3W) {
            EXPECT_DOUBLE_EQ(*t.activeImportL3W, *r.activeImportL3W / 10);
        }
        EXPECT_EQ(t.scale, s);
    }
}

// --- Aidon -----------------------------------------------------------------------------------

// An Aidon register {OBIS, value, {scaler, unit}}.
void aidonRegister(CosemTree& body, std::uint8_t c, std::uint8_t d, AxdrTag tag, std::uint64_t raw,
                   std::int8_t scaler, std::uint8_t unit)
{
    const std::uint8_t obis[6] = {1, 0, c, d, 0, 0xFF};
    const std::size_t item = body.openContainer(AxdrTag::Structure, 3);
    body.addBytes(AxdrTag::OctetString, obis, 6);
    body.addInteger(tag, raw);
    const std::size_t su = body.openContainer(AxdrTag::Structure, 2);
    body.addInteger(AxdrTag::Integer, static_cast<std::uint64_t>(static_cast<std::int64_t>(scaler)));
    body.addInteger(AxdrTag::Enum, unit);
    body.closeContainer(su);
    body.closeContainer(item);
}

TEST(ListMapper, AidonScalesEveryValueByItsOwnScaler)
{
    DataNotification n;
    const std::size_t root = n.body.openContainer(AxdrTag::Array, 6);
    aidonRegister(n.body, 1, 7, AxdrTag::DoubleLongUnsigned, 1234, -3, 27); // 1.234 W
    aidonRegister(n.body, 31, 7, AxdrTag::Long, 0xFFFF'FFFF'FFFF'FFF6, -1, 33); // -1.0 A
    aidonRegister(n.body, 51, 7, AxdrTag::Long, 1234, -2, 33);             // 12.34 A
    aidonRegister(n.body, 32, 7, AxdrTag::LongUnsigned, 2301, -1, 35);     // 230.1 V, not 23.01
    aidonRegister(n.body, 1, 8, AxdrTag::DoubleLongUnsigned, 2272138, 1, 30); // 10 Wh steps
    aidonRegister(n.body, 2, 8, AxdrTag::DoubleLongUnsigned, 2272138, 0, 30); // Wh (Sweden)
    n.body.closeContainer(root);
    const Mapped m = map(n);
    ASSERT_TRUE(m.ok) << FrameError::kindName(m.error.kind);
    EXPECT_EQ(m.reading.activeImportW, 1.234);
    EXPECT_EQ(m.reading.currentL1A, -1.0);
    EXPECT_EQ(m.reading.currentL2A, 12.34);
    EXPECT_EQ(m.reading.voltageL1V, 230.1);
    EXPECT_EQ(m.reading.activeImportWh, 22721380.0);
    EXPECT_EQ(m.reading.activeExportWh, 2272138.0);
    EXPECT_TRUE(m.reading.listVersion.isEmpty()) << "this list names nothing";
    EXPECT_TRUE(m.reading.unknownItems.empty());
}

TEST(ListMapper, AidonListOneIsKnownByItsShape)
{
    // A10: "01 01 02 03 09 06 01 00 01 07 00 FF 06 … 02 02 0F 00 16 1B", no name, no time.
    const QByteArray info = fromHex("E6 E7 00 0F 40 00 00 00 00 01 01 02 03 09 06 01 00 01 07 00 FF"
                                    "06 00 00 02 DD 02 02 0F 00 16 1B");
    StreamDecoder decoder;
    MeterReading reading;
    FrameError error;
    ASSERT_TRUE(decoder.decodeInformation(u8(info), usize(info), reading, error))
        << FrameError::kindName(error.kind);
    EXPECT_EQ(reading.activeImportW, 733.0);
    EXPECT_FALSE(reading.meterTime.has_value()) << "Aidon sends no APDU date-time";
    EXPECT_TRUE(reading.listVersion.isEmpty());
    EXPECT_EQ(reading.phaseCount(), 0);
}

// --- Kaifa -----------------------------------------------------------------------------------

TEST(ListMapper, KaifaSwedishListWithObisCodes)
{
    // hass-AMS tests/common_test_data.py TestData.KAIFA_MA304H4_SE (turbokongen/hass-AMS @
    // 8a47b3ea), its decimal bytes written in hex. Its test asserts 297 W; the other values
    // are read from the bytes by hand: mA, 0.1 V, Wh as in Norway (PROTOCOL.md §6).
    const QByteArray frame = fromHex(
        "7E A1 1D 01 00 01 10 B0 AE E6 E7 00 0F 40 00 00 00 00 02 24 09 06 01 00 00 02 81 FF 09 07 4B 46"
        "4D 5F 30 30 31 09 06 00 00 60 01 00 FF 09 10 37 33 34 30 31 35 37 30 33 30 35 34 38 33 30 30 09"
        "06 00 00 60 01 07 FF 09 07 4D 41 33 30 34 48 34 09 06 01 00 01 07 00 FF 06 00 00 01 29 09 06 01"
        "00 02 07 00 FF 06 00 00 00 00 09 06 01 00 03 07 00 FF 06 00 00 00 00 09 06 01 00 04 07 00 FF 06"
        "00 00 00 6B 09 06 01 00 1F 07 00 FF 06 00 00 02 68 09 06 01 00 33 07 00 FF 06 00 00 02 11 09 06"
        "01 00 47 07 00 FF 06 00 00 02 2E 09 06 01 00 20 07 00 FF 06 00 00 09 32 09 06 01 00 34 07 00 FF"
        "06 00 00 09 41 09 06 01 00 48 07 00 FF 06 00 00 09 30 09 06 00 00 01 00 00 FF 09 0C 07 E6 0A 0F"
        "06 0F 08 0F FF FF C4 00 09 06 01 00 01 08 00 FF 06 00 94 82 63 09 06 01 00 02 08 00 FF 06 00 00"
        "00 00 09 06 01 00 03 08 00 FF 06 00 01 2F C6 09 06 01 00 04 08 00 FF 06 00 13 6B 2B BC 54 7E");
    StreamDecoder decoder;
    test::RecordingSink sink;
    test::decodeWhole(frame, sink, decoder);
    ASSERT_EQ(sink.decoded.size(), 1U) << "HCS and FCS check the transcription";
    const MeterReading& r = sink.decoded[0].reading;
    EXPECT_EQ(r.listVersion, QStringLiteral("KFM_001"));
    EXPECT_EQ(r.meterId, QStringLiteral("7340157030548300"));
    EXPECT_EQ(r.meterType, QStringLiteral("MA304H4"));
    EXPECT_FALSE(r.meterTime.has_value());
    EXPECT_EQ(r.activeImportW, 297.0);
    EXPECT_EQ(r.activeExportW, 0.0);
    EXPECT_EQ(r.reactiveImportVar, 0.0);
    EXPECT_EQ(r.reactiveExportVar, 107.0);
    EXPECT_EQ(r.currentL1A, 0.616);
    EXPECT_EQ(r.currentL2A, 0.529);
    EXPECT_EQ(r.currentL3A, 0.558);
    EXPECT_EQ(r.voltageL1V, 235.4);
    EXPECT_EQ(r.voltageL2V, 236.9);
    EXPECT_EQ(r.voltageL3V, 235.2);
    ASSERT_TRUE(r.meterClock.has_value());
    EXPECT_EQ(r.meterClock->toIsoString(), QStringLiteral("2022-10-15T15:08:15"));
    EXPECT_EQ(r.activeImportWh, 9732707.0);
    EXPECT_EQ(r.activeExportWh, 0.0);
    EXPECT_EQ(r.reactiveImportVarh, 77766.0);
    EXPECT_EQ(r.reactiveExportVarh, 1272619.0);
    EXPECT_TRUE(r.unknownItems.empty());
}

TEST(ListMapper, KaifaSwedishBodyOfAmshansTest)
{
    // amshan tests/test_kaifa.py se_list (toreamun/amshan), the values its test asserts.
    const QByteArray info = fromHex(
        "E6 E7 00 0F 40 00 00 00 00 02 24"
        "09 06 01 00 00 02 81 FF 09 07 4B 46 4D 5F 30 30 31"
        "09 06 00 00 60 01 00 FF 09 10 37 33 34 30 37 33 34 30 37 33 34 30 37 33 34 30"
        "09 06 00 00 60 01 07 FF 09 07 4D 41 33 30 34 48 34"
        "09 06 01 00 01 07 00 FF 06 00 00 0B 00 09 06 01 00 02 07 00 FF 06 00 00 00 00"
        "09 06 01 00 03 07 00 FF 06 00 00 00 00 09 06 01 00 04 07 00 FF 06 00 00 00 42"
        "09 06 01 00 1F 07 00 FF 06 00 00 1A 7D 09 06 01 00 33 07 00 FF 06 00 00 03 16"
        "09 06 01 00 47 07 00 FF 06 00 00 17 ED 09 06 01 00 20 07 00 FF 06 00 00 09 12"
        "09 06 01 00 34 07 00 FF 06 00 00 08 FC 09 06 01 00 48 07 00 FF 06 00 00 08 F1"
        "09 06 00 00 01 00 00 FF 09 0C 07 E5 09 16 03 11 23 1E FF FF C4 00"
        "09 06 01 00 01 08 00 FF 06 00 49 0B 23 09 06 01 00 02 08 00 FF 06 00 00 00 00"
        "09 06 01 00 03 08 00 FF 06 00 00 66 74 09 06 01 00 04 08 00 FF 06 00 08 D3 E0");
    StreamDecoder decoder;
    MeterReading r;
    FrameError error;
    ASSERT_TRUE(decoder.decodeInformation(u8(info), usize(info), r, error))
        << FrameError::kindName(error.kind);
    EXPECT_EQ(r.listVersion, QStringLiteral("KFM_001"));
    EXPECT_EQ(r.meterId, QStringLiteral("7340734073407340"));
    EXPECT_EQ(r.meterType, QStringLiteral("MA304H4"));
    EXPECT_EQ(r.activeImportW, 2816.0);
    EXPECT_EQ(r.activeExportW, 0.0);
    EXPECT_EQ(r.reactiveImportVar, 0.0);
    EXPECT_EQ(r.reactiveExportVar, 66.0);
    EXPECT_EQ(r.currentL1A, 6.781);
    EXPECT_EQ(r.currentL2A, 0.79);
    EXPECT_EQ(r.currentL3A, 6.125);
    EXPECT_EQ(r.voltageL1V, 232.2);
    EXPECT_EQ(r.voltageL2V, 230.0);
    EXPECT_EQ(r.voltageL3V, 228.9);
    ASSERT_TRUE(r.meterClock.has_value());
    EXPECT_EQ(r.meterClock->toIsoString(), QStringLiteral("2021-09-22T17:35:30"));
    EXPECT_EQ(r.activeImportWh, 4786979.0);
    EXPECT_EQ(r.activeExportWh, 0.0);
    EXPECT_EQ(r.reactiveImportVarh, 26228.0);
    EXPECT_EQ(r.reactiveExportVarh, 578528.0);
    EXPECT_TRUE(r.unknownItems.empty());
}

TEST(ListMapper, KaifaSinglePhaseListTwoHasNineItems)
{
    // hass-AMS TestData.KAIFA_1PH_SHORT (its test asserts 932 W), bytes written in hex.
    const QByteArray frame = fromHex(
        "7E A0 65 01 02 01 10 F0 50 E6 E7 00 0F 40 00 00 00 09 0C 07 E4 03 1F 02 16 10 28 FF 80 00 00 02"
        "09 09 07 4B 46 4D 5F 30 30 31 09 10 36 39 37 30 36 33 31 34 30 33 34 36 30 33 32 34 09 08 4D 41"
        "31 30 35 48 32 45 06 00 00 03 A4 06 00 00 00 00 06 00 00 00 00 06 00 00 00 4F 06 00 00 10 80 06"
        "00 00 09 20 02 9D 7E");
    StreamDecoder decoder;
    test::RecordingSink sink;
    test::decodeWhole(frame, sink, decoder);
    ASSERT_EQ(sink.decoded.size(), 1U);
    const MeterReading& r = sink.decoded[0].reading;
    EXPECT_EQ(r.listVersion, QStringLiteral("KFM_001"));
    EXPECT_EQ(r.meterTime->toIsoString(), QStringLiteral("2020-03-31T22:16:40"));
    EXPECT_EQ(r.meterId, QStringLiteral("6970631403460324"));
    EXPECT_EQ(r.meterType, QStringLiteral("MA105H2E"));
    EXPECT_EQ(r.activeImportW, 932.0);
    EXPECT_EQ(r.reactiveExportVar, 79.0);
    EXPECT_EQ(r.currentL1A, 4.224);
    EXPECT_EQ(r.voltageL1V, 233.6);
    EXPECT_EQ(r.phaseCount(), 1);
    EXPECT_FALSE(r.hasRegisters());
}

TEST(ListMapper, KaifaPositionalListsOfOtherShapesAreUnsupported)
{
    // "KFM_001", id, type and then a count of values no Kaifa list has.
    Body twelve;
    twelve.octets("KFM_001").octets("6970631402614476").octets("MA304H3E");
    for (std::uint32_t i = 0; i < 9; ++i)
        twelve.u32(i);
    Mapped m = map(twelve.done());
    EXPECT_FALSE(m.ok);
    EXPECT_EQ(m.error.kind, FrameError::Kind::UnsupportedList);
    EXPECT_EQ(m.error.listName, QByteArray("KFM_001"));

    // The right count with a string where the power should be.
    Body wrongType;
    wrongType.octets("KFM_001").octets("6970631402614476").octets("MA304H3E").text("1418");
    for (std::uint32_t i = 0; i < 9; ++i)
        wrongType.u32(i);
    m = map(wrongType.done());
    EXPECT_FALSE(m.ok);
    EXPECT_EQ(m.error.listName, QByteArray("KFM_001"));
    EXPECT_FALSE(m.reading.activeImportW || m.reading.currentL1A) << "nothing half-mapped stays";
    EXPECT_TRUE(m.reading.meterId.isEmpty());

    // The name not first: the positions do not hold.
    Body late;
    late.u32(1418).octets("KFM_001").octets("6970631402614476").octets("MA304H3E");
    for (std::uint32_t i = 0; i < 9; ++i)
        late.u32(i);
    m = map(late.done());
    EXPECT_FALSE(m.ok);
    EXPECT_EQ(m.error.listName, QByteArray("KFM_001"));

    // Nameless: one integer is Kaifa's List 1; two are nobody's.
    Body one;
    one.u32(1320);
    m = map(one.done());
    ASSERT_TRUE(m.ok);
    EXPECT_EQ(m.reading.activeImportW, 1320.0);
    Body two;
    two.u32(1320).u32(7);
    m = map(two.done());
    EXPECT_FALSE(m.ok);
    EXPECT_EQ(m.error.kind, FrameError::Kind::UnsupportedList);
    EXPECT_TRUE(m.error.listName.isEmpty());
}

// --- what no mapper knows ---------------------------------------------------------------------

TEST(ListMapper, AReallyUnknownListIsRejectedByName)
{
    // A list named by no make we know, in each make's shape: flat OBIS pairs, {OBIS, value}
    // structures, bare values. Framed, so the whole pipeline reports it.
    const char* infos[] = {
        "E6 E7 00 0F 00 00 00 00 00 02 03 0A 09 41 43 4D 45 5F 56 30 30 31"
        "09 06 01 01 01 07 00 FF 06 00 00 05 28",
        "E6 E7 00 0F 40 00 00 00 00 01 02 02 02 09 06 01 01 00 02 81 FF 0A 09 41 43 4D 45 5F 56 30 30 31"
        "02 03 09 06 01 00 01 07 00 FF 06 00 00 05 28 02 02 0F 00 16 1B",
        "E6 E7 00 0F 40 00 00 00 00 02 02 09 09 41 43 4D 45 5F 56 30 30 31 06 00 00 05 28",
    };
    for (const char* info : infos) {
        SCOPED_TRACE(info);
        const QByteArray frame = FrameEncoder::encodeFrame(fromHex(info));
        StreamDecoder decoder;
        test::RecordingSink sink;
        test::decodeWhole(frame, sink, decoder);
        EXPECT_TRUE(sink.decoded.empty());
        ASSERT_EQ(sink.errors.size(), 1U);
        EXPECT_EQ(sink.errors[0].kind, FrameError::Kind::UnsupportedList);
        EXPECT_EQ(sink.errors[0].listName, QByteArray("ACME_V001"));
        EXPECT_EQ(sink.errors[0].bytes, frame);
        EXPECT_EQ(decoder.statistics().framing.goodFrames, 1U) << "the frame itself is fine";
        EXPECT_EQ(decoder.statistics().rejectedByKind[static_cast<std::size_t>(
                      FrameError::Kind::UnsupportedList)],
                  1U);
    }
}

TEST(ListMapper, TheEncryptedFrameWithoutKeysIsReportedAsEncrypted)
{
    const auto frames = test::loadFrames(QStringLiteral("other-meters/frames.txt"));
    const test::TestFrame* e01 = test::findFrame(frames, QStringLiteral("E01"));
    ASSERT_NE(e01, nullptr);
    StreamDecoder decoder;
    test::RecordingSink sink;
    test::decodeWhole(e01->bytes, sink, decoder);
    EXPECT_TRUE(sink.decoded.empty());
    ASSERT_EQ(sink.errors.size(), 1U);
    EXPECT_EQ(sink.errors[0].kind, FrameError::Kind::Encrypted);
    EXPECT_TRUE(sink.errors[0].listName.isEmpty());
}

TEST(ListMapper, ANonNotificationApduIsAnApduError)
{
    // A get-response (C4) and an empty information field, properly framed.
    for (const char* info : {"E6 E7 00 C4 01 C1 00 06 00 00 00 01", "E6 E7 00", ""}) {
        const QByteArray frame = FrameEncoder::encodeFrame(fromHex(info));
        StreamDecoder decoder;
        test::RecordingSink sink;
        const QByteArray stream = fromHex("01 02 03") + frame;
        test::decodeWhole(stream, sink, decoder);
        EXPECT_TRUE(sink.decoded.empty()) << info;
        ASSERT_EQ(sink.errors.size(), 1U) << info;
        EXPECT_EQ(sink.errors[0].kind, FrameError::Kind::Apdu) << info;
        EXPECT_EQ(sink.errors[0].streamOffset, 3) << info;
        EXPECT_EQ(sink.errors[0].bytes, frame) << info;
    }
}

TEST(ListMapper, MalformedAxdrIsAnAxdrErrorWithItsOffset)
{
    // APDU offsets: 0F at 0, invoke id 1..4, 0C at 5, date-time 6..17, body from 18:
    // 02 02 (18, 19), 0A 0E "Kamstrup_V0001" (20..35), 09 06 <6 bytes> cut short (36..).
    const QByteArray apdu = fromHex("0F 00 00 00 00 0C 07 E1 0A 14 05 04 00 05 FF 80 00 00"
                                    "02 02 0A 0E 4B 61 6D 73 74 72 75 70 5F 56 30 30 30 31"
                                    "09 06 01 01 00");
    const QByteArray info = fromHex("E6 E7 00") + apdu;
    StreamDecoder decoder;
    MeterReading reading;
    FrameError error;
    EXPECT_FALSE(decoder.decodeInformation(u8(info), usize(info), reading, error));
    EXPECT_EQ(error.kind, FrameError::Kind::Axdr);
    EXPECT_GE(error.apduOffset, 36) << "points into the bad OBIS string";
    EXPECT_LE(error.apduOffset, 37);

    const QByteArray frame = FrameEncoder::encodeFrame(info);
    test::RecordingSink sink;
    test::decodeWhole(frame + frame, sink, decoder);
    EXPECT_TRUE(sink.decoded.empty());
    ASSERT_EQ(sink.errors.size(), 2U);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(sink.errors[i].kind, FrameError::Kind::Axdr);
        EXPECT_GE(sink.errors[i].apduOffset, 36);
        EXPECT_LE(sink.errors[i].apduOffset, 37);
        EXPECT_EQ(sink.errors[i].streamOffset, static_cast<std::int64_t>(i) * frame.size());
    }
    EXPECT_EQ(decoder.statistics().rejectedByKind[static_cast<std::size_t>(FrameError::Kind::Axdr)], 2U);

    // Bytes after a complete body are an error too: a count or length was misread.
    const QByteArray trailing = fromHex("E6 E7 00 0F 00 00 00 00 00 02 01 12 00 01 00");
    EXPECT_FALSE(decoder.decodeInformation(u8(trailing), usize(trailing), reading, error));
    EXPECT_EQ(error.kind, FrameError::Kind::Axdr);
    EXPECT_EQ(error.apduOffset, 11);
}

TEST(ListMapper, EncryptedApduIsReportedAsSuch)
{
    const QByteArray info = fromHex("E6 E7 00 DB 08 4B 41 4D 45 01 A4 DC 52 05 30 00 00 00 01");
    StreamDecoder decoder;
    MeterReading reading;
    FrameError error;
    EXPECT_FALSE(decoder.decodeInformation(u8(info), usize(info), reading, error));
    EXPECT_EQ(error.kind, FrameError::Kind::Encrypted);
}

} // namespace
} // namespace han
