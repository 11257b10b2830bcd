// SPDX-License-Identifier: GPL-3.0-or-later
// AxdrDecoder: the A-XDR types of PROTOCOL.md §5, BER long-form lengths, and bounded failure.

#include "axdr_decoder.h"
#include "frame_encoder.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <QByteArray>

#include <cstdint>
#include <limits>

namespace han {
namespace {

using test::fromHex;
using test::u8;
using test::usize;

struct Decoded
{
    bool ok = false;
    std::size_t pos = 0;
    CosemTree tree;
};

Decoded decode(const QByteArray& bytes)
{
    Decoded d;
    d.ok = AxdrDecoder::decode(u8(bytes), usize(bytes), d.pos, d.tree);
    return d;
}

// Decodes one scalar and checks it consumed every byte.
const CosemNode& decodeScalar(const QByteArray& bytes, Decoded& d)
{
    d = decode(bytes);
    EXPECT_TRUE(d.ok) << bytes.toHex(' ').toStdString();
    EXPECT_EQ(d.pos, usize(bytes)) << bytes.toHex(' ').toStdString();
    EXPECT_EQ(d.tree.size(), 1U);
    static const CosemNode empty;
    return d.tree.isEmpty() ? empty : d.tree.node(0);
}

TEST(AxdrDecoder, NullData)
{
    Decoded d;
    const CosemNode& n = decodeScalar(fromHex("00"), d);
    EXPECT_EQ(n.tag, AxdrTag::NullData);
    EXPECT_EQ(n.span, 1U);
}

TEST(AxdrDecoder, UnsignedIntegers)
{
    Decoded d;
    EXPECT_EQ(decodeScalar(fromHex("06 00 00 04 C9"), d).tag, AxdrTag::DoubleLongUnsigned);
    EXPECT_EQ(d.tree.toUInt64(0), 1225U);
    EXPECT_TRUE(d.tree.isInteger(0));
    EXPECT_FALSE(d.tree.isText(0));

    decodeScalar(fromHex("06 FF FF FF FF"), d);
    EXPECT_EQ(d.tree.toUInt64(0), 0xFFFFFFFFU) << "u32 must not be sign-extended";
    EXPECT_EQ(d.tree.toInt64(0), 4294967295LL);

    EXPECT_EQ(decodeScalar(fromHex("12 00 EC"), d).tag, AxdrTag::LongUnsigned);
    EXPECT_EQ(d.tree.toUInt64(0), 236U);
    decodeScalar(fromHex("12 FF FF"), d);
    EXPECT_EQ(d.tree.toInt64(0), 65535);

    EXPECT_EQ(decodeScalar(fromHex("15 01 02 03 04 05 06 07 08"), d).tag, AxdrTag::Long64Unsigned);
    EXPECT_EQ(d.tree.toUInt64(0), 0x0102030405060708ULL);
    decodeScalar(fromHex("15 FF FF FF FF FF FF FF FF"), d);
    EXPECT_EQ(d.tree.toUInt64(0), std::numeric_limits<std::uint64_t>::max());

    EXPECT_EQ(decodeScalar(fromHex("16 1B"), d).tag, AxdrTag::Enum);
    EXPECT_EQ(d.tree.toUInt64(0), 27U); // W
    decodeScalar(fromHex("16 FF"), d);
    EXPECT_EQ(d.tree.toInt64(0), 255) << "enum is unsigned";
}

TEST(AxdrDecoder, SignedIntegers)
{
    Decoded d;
    EXPECT_EQ(decodeScalar(fromHex("0F FF"), d).tag, AxdrTag::Integer);
    EXPECT_EQ(d.tree.toInt64(0), -1);
    decodeScalar(fromHex("0F FE"), d); // Aidon scaler -2
    EXPECT_EQ(d.tree.toInt64(0), -2);
    decodeScalar(fromHex("0F 80"), d);
    EXPECT_EQ(d.tree.toInt64(0), -128);
    decodeScalar(fromHex("0F 7F"), d);
    EXPECT_EQ(d.tree.toInt64(0), 127);

    EXPECT_EQ(decodeScalar(fromHex("10 FF FF"), d).tag, AxdrTag::Long);
    EXPECT_EQ(d.tree.toInt64(0), -1);
    decodeScalar(fromHex("10 FF F6"), d); // -10 = Aidon IL1 -1.0 A at scaler -1
    EXPECT_EQ(d.tree.toInt64(0), -10);
    decodeScalar(fromHex("10 80 00"), d);
    EXPECT_EQ(d.tree.toInt64(0), -32768);
    decodeScalar(fromHex("10 7F FF"), d);
    EXPECT_EQ(d.tree.toInt64(0), 32767);
}

TEST(AxdrDecoder, Strings)
{
    Decoded d;
    EXPECT_EQ(decodeScalar(fromHex("0A 0E 4B 61 6D 73 74 72 75 70 5F 56 30 30 30 31"), d).tag,
              AxdrTag::VisibleString);
    EXPECT_EQ(d.tree.content(0), QByteArrayView("Kamstrup_V0001"));
    EXPECT_TRUE(d.tree.isText(0));
    EXPECT_FALSE(d.tree.isInteger(0));
    EXPECT_EQ(d.tree.node(0).count, 14U);
    EXPECT_EQ(d.tree.node(0).lengthBytes, 0U);

    EXPECT_EQ(decodeScalar(fromHex("09 06 01 01 01 07 00 FF"), d).tag, AxdrTag::OctetString);
    EXPECT_EQ(d.tree.content(0).toByteArray(), fromHex("01 01 01 07 00 FF"));

    decodeScalar(fromHex("09 00"), d);
    EXPECT_EQ(d.tree.node(0).count, 0U);
    EXPECT_TRUE(d.tree.content(0).isEmpty());
}

TEST(AxdrDecoder, StructureAndArrayNavigation)
{
    // Aidon register: structure {OBIS, long -10, structure {scaler -1, unit A}}.
    const QByteArray bytes = fromHex("01 02"
                                     "02 03 09 06 01 00 1F 07 00 FF 10 FF F6 02 02 0F FF 16 21"
                                     "02 02 09 06 01 01 00 02 81 FF 0A 03 41 42 43");
    Decoded d = decode(bytes);
    ASSERT_TRUE(d.ok);
    EXPECT_EQ(d.pos, usize(bytes));
    const CosemTree& t = d.tree;
    ASSERT_EQ(t.size(), 10U);
    EXPECT_EQ(t.node(0).tag, AxdrTag::Array);
    EXPECT_EQ(t.node(0).count, 2U);
    EXPECT_EQ(t.node(0).span, 10U);
    const std::size_t first = CosemTree::firstChild(0);
    EXPECT_EQ(t.node(first).tag, AxdrTag::Structure);
    EXPECT_EQ(t.node(first).count, 3U);
    EXPECT_EQ(t.node(first).span, 6U);
    EXPECT_EQ(t.toInt64(first + 2), -10);
    EXPECT_EQ(t.node(first + 3).tag, AxdrTag::Structure);
    EXPECT_EQ(t.toInt64(first + 4), -1);
    EXPECT_EQ(t.toUInt64(first + 5), 0x21U);
    const std::size_t second = t.nextSibling(first);
    EXPECT_EQ(second, 7U);
    EXPECT_EQ(t.node(second).tag, AxdrTag::Structure);
    EXPECT_EQ(t.content(second + 2), QByteArrayView("ABC"));
    EXPECT_EQ(t.nextSibling(second), t.size());
}

TEST(AxdrDecoder, BerLongFormLengthsForStrings)
{
    QByteArray text(200, 'x');
    QByteArray bytes = fromHex("0A 81 C8") + text;
    Decoded d;
    decodeScalar(bytes, d);
    EXPECT_EQ(d.tree.node(0).count, 200U);
    EXPECT_EQ(d.tree.node(0).lengthBytes, 1U);
    EXPECT_EQ(d.tree.content(0).toByteArray(), text);

    QByteArray octets(300, '\x5A');
    octets[299] = '\x7E';
    bytes = fromHex("09 82 01 2C") + octets;
    decodeScalar(bytes, d);
    EXPECT_EQ(d.tree.node(0).count, 300U);
    EXPECT_EQ(d.tree.node(0).lengthBytes, 2U);
    EXPECT_EQ(d.tree.content(0).toByteArray(), octets);

    // Long form for a short length is legal BER and is remembered for re-encoding.
    bytes = fromHex("09 81 03 01 02 03");
    decodeScalar(bytes, d);
    EXPECT_EQ(d.tree.node(0).count, 3U);
    EXPECT_EQ(d.tree.node(0).lengthBytes, 1U);
    QByteArray again;
    FrameEncoder::appendValue(d.tree, 0, again);
    EXPECT_EQ(again, bytes);
}

TEST(AxdrDecoder, BerLongFormCountsForArrays)
{
    QByteArray bytes = fromHex("01 81 85") + QByteArray(0x85, '\x00');
    Decoded d = decode(bytes);
    ASSERT_TRUE(d.ok);
    EXPECT_EQ(d.pos, usize(bytes));
    EXPECT_EQ(d.tree.node(0).count, 0x85U);
    EXPECT_EQ(d.tree.node(0).lengthBytes, 1U);
    EXPECT_EQ(d.tree.size(), 0x86U);

    bytes = fromHex("02 82 01 00");
    for (int i = 0; i < 256; ++i)
        bytes.append(fromHex("12 00 01"));
    d = decode(bytes);
    ASSERT_TRUE(d.ok);
    EXPECT_EQ(d.pos, usize(bytes));
    EXPECT_EQ(d.tree.node(0).count, 256U);
    EXPECT_EQ(d.tree.node(0).lengthBytes, 2U);
    EXPECT_EQ(d.tree.node(0).span, 257U);
    QByteArray again;
    FrameEncoder::appendValue(d.tree, 0, again);
    EXPECT_EQ(again, bytes);
}

TEST(AxdrDecoder, ReadLength)
{
    std::uint32_t length = 0;
    std::uint8_t lengthBytes = 0;
    std::size_t pos = 0;
    QByteArray b = fromHex("7F");
    ASSERT_TRUE(AxdrDecoder::readLength(u8(b), usize(b), pos, length, lengthBytes));
    EXPECT_EQ(length, 0x7FU);
    EXPECT_EQ(lengthBytes, 0U);
    EXPECT_EQ(pos, 1U);

    pos = 0;
    b = fromHex("84 00 01 00 00");
    ASSERT_TRUE(AxdrDecoder::readLength(u8(b), usize(b), pos, length, lengthBytes));
    EXPECT_EQ(length, 0x10000U);
    EXPECT_EQ(lengthBytes, 4U);
    EXPECT_EQ(pos, 5U);

    for (const char* bad : {"", "80", "85 00 00 00 00 01", "82 01", "81"}) {
        pos = 0;
        b = fromHex(bad);
        EXPECT_FALSE(AxdrDecoder::readLength(u8(b), usize(b), pos, length, lengthBytes)) << bad;
    }
}

// A failing decode leaves the tree as it was and points at the offending byte.
void expectFailure(const char* hex, std::size_t offending)
{
    const QByteArray bytes = fromHex(hex);
    CosemTree tree;
    tree.addInteger(AxdrTag::LongUnsigned, 42);
    tree.addBytes(AxdrTag::VisibleString, "before", 6);
    const CosemTree before = tree;
    std::size_t pos = 0;
    EXPECT_FALSE(AxdrDecoder::decode(u8(bytes), usize(bytes), pos, tree)) << hex;
    EXPECT_EQ(pos, offending) << hex;
    EXPECT_TRUE(tree == before) << hex << ": tree changed (" << tree.size() << " nodes)";
    // The tree is still usable: a good value decodes after the failed one.
    const QByteArray good = fromHex("0A 02 4F 4B");
    pos = 0;
    ASSERT_TRUE(AxdrDecoder::decode(u8(good), usize(good), pos, tree));
    ASSERT_EQ(tree.size(), 3U);
    EXPECT_EQ(tree.content(2), QByteArrayView("OK"));
    EXPECT_EQ(tree.content(1), QByteArrayView("before"));
}

TEST(AxdrDecoder, TruncatedInputFails)
{
    expectFailure("", 0);
    expectFailure("06 00 00 04", 0);
    expectFailure("12 00", 0);
    expectFailure("15 00 00 00 00 00 00 00", 0);
    expectFailure("10 FF", 0);
    expectFailure("0A 0E 4B 61 6D", 0);
    expectFailure("09", 0);
    expectFailure("09 82 01", 0);
}

TEST(AxdrDecoder, CountLargerThanTheBytesLeftFails)
{
    expectFailure("01 05 00 00", 0);
    expectFailure("02 84 FF FF FF FF 00", 0);
    expectFailure("09 84 FF FF FF FF 00", 0);
    expectFailure("0A 81 C8 41 42", 0);
    // The failure is deep inside: the outer containers were opened and must be rolled back.
    expectFailure("02 02 06 00 00 00 01 02 02 12 00 01 0A 10 41", 12);
    expectFailure("01 03 00 00 06 00", 4);
}

TEST(AxdrDecoder, BitStrings)
{
    Decoded d;
    EXPECT_EQ(decodeScalar(fromHex("04 0C AB C0"), d).tag, AxdrTag::BitString);
    EXPECT_EQ(d.tree.node(0).count, 12U) << "the count of a bit-string is in bits";
    EXPECT_EQ(d.tree.content(0).toByteArray(), fromHex("AB C0"));
    expectFailure("04 11 FF FF", 0); // 17 bits need 3 bytes
}

TEST(AxdrDecoder, BitStringCountLargerThanTheBytesLeftFails)
{
    // 0xFFFFFFFF bits would need 512 MiB; (bits + 7) / 8 must not wrap around to 0.
    expectFailure("04 84 FF FF FF FF", 0);
    expectFailure("04 84 FF FF FF F9 00", 0);
}

TEST(AxdrDecoder, UnknownTagFails)
{
    expectFailure("FF", 0);
    expectFailure("02 02 12 00 01 E0", 5);
}

TEST(AxdrDecoder, NestingIsBounded)
{
    auto nested = [](int depth) {
        QByteArray bytes;
        for (int i = 0; i < depth; ++i)
            bytes.append(fromHex("01 01"));
        bytes.append('\x00');
        return bytes;
    };
    const QByteArray ok = nested(AxdrDecoder::kMaxDepth);
    Decoded d = decode(ok);
    EXPECT_TRUE(d.ok);
    EXPECT_EQ(d.tree.size(), static_cast<std::size_t>(AxdrDecoder::kMaxDepth + 1));

    for (int depth : {AxdrDecoder::kMaxDepth + 1, AxdrDecoder::kMaxDepth + 2, 10000}) {
        const QByteArray deep = nested(depth);
        CosemTree tree;
        tree.addNull();
        const CosemTree before = tree;
        std::size_t pos = 0;
        EXPECT_FALSE(AxdrDecoder::decode(u8(deep), usize(deep), pos, tree)) << depth;
        EXPECT_TRUE(tree == before) << depth;
        EXPECT_LE(pos, usize(deep)) << depth;
    }
}

TEST(AxdrDecoder, DecodesAtAnOffsetAndStopsAfterTheValue)
{
    const QByteArray bytes = fromHex("AA BB 12 01 02 CC");
    std::size_t pos = 2;
    CosemTree tree;
    ASSERT_TRUE(AxdrDecoder::decode(u8(bytes), usize(bytes), pos, tree));
    EXPECT_EQ(pos, 5U);
    EXPECT_EQ(tree.toUInt64(0), 0x0102U);
}

} // namespace
} // namespace han
