// SPDX-License-Identifier: GPL-3.0-or-later
#include "meter_keys.h"

#include <gtest/gtest.h>

using han::MeterKeys;

namespace {

// E01's published encryption key (tests/data/README.md), as bytes written out by hand.
const QByteArray kE01Key("\x5A\xD8\x41\x21\xD9\xD2\x0B\x36\x4B\x7A\x11\xF3\xC1\xB5\x82\x7F", 16);

} // namespace

TEST(MeterKeys, ThirtyTwoHexDigitsInAnyCaseAreAKey)
{
    EXPECT_EQ(MeterKeys::keyFromHex(u"5AD84121D9D20B364B7A11F3C1B5827F"), kE01Key);
    EXPECT_EQ(MeterKeys::keyFromHex(u"5ad84121d9d20b364b7a11f3c1b5827f"), kE01Key);
}

TEST(MeterKeys, GroupsAsGridCompaniesPrintThemAreAccepted)
{
    EXPECT_EQ(MeterKeys::keyFromHex(u"5AD8 4121 D9D2 0B36 4B7A 11F3 C1B5 827F"), kE01Key);
    EXPECT_EQ(MeterKeys::keyFromHex(u"5A:D8:41:21:D9:D2:0B:36:4B:7A:11:F3:C1:B5:82:7F"), kE01Key);
    EXPECT_EQ(MeterKeys::keyFromHex(u" 5AD84121-D9D20B36-4B7A11F3-C1B5827F "), kE01Key);
}

TEST(MeterKeys, WrongLengthOrForeignCharactersAreNoKey)
{
    EXPECT_FALSE(MeterKeys::keyFromHex(u""));
    EXPECT_FALSE(MeterKeys::keyFromHex(u"5AD84121D9D20B364B7A11F3C1B5827"));   // 31 digits
    EXPECT_FALSE(MeterKeys::keyFromHex(u"5AD84121D9D20B364B7A11F3C1B5827F0")); // 33 digits
    EXPECT_FALSE(MeterKeys::keyFromHex(u"5AD84121D9D20B364B7A11F3C1B5827G"));
    EXPECT_FALSE(MeterKeys::keyFromHex(u"0x5AD84121D9D20B364B7A11F3C1B5827F"));
}

TEST(MeterKeys, DigitCountGuidesTheUserWhileTyping)
{
    EXPECT_EQ(MeterKeys::hexDigitCount(u""), 0);
    EXPECT_EQ(MeterKeys::hexDigitCount(u"5AD8 41"), 6);
    EXPECT_EQ(MeterKeys::hexDigitCount(u"5AD8 4Z"), -1);
}

TEST(MeterKeys, HexRoundTripIsUpperCase)
{
    EXPECT_EQ(MeterKeys::keyToHex(kE01Key), QStringLiteral("5AD84121D9D20B364B7A11F3C1B5827F"));
    const MeterKeys keys{kE01Key, {}};
    EXPECT_TRUE(keys.hasEncryptionKey());
    EXPECT_FALSE(keys.isEmpty());
    EXPECT_TRUE(MeterKeys{}.isEmpty());
    EXPECT_FALSE(MeterKeys{}.hasEncryptionKey());
}
