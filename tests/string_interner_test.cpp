// SPDX-License-Identifier: GPL-3.0-or-later
// StringInterner: the same bytes give the same (shared) string, trimmed Latin-1; the table is
// bounded and stays correct after entries are replaced.

#include "string_interner.h"

#include <gtest/gtest.h>

#include <QByteArray>
#include <QString>

namespace han {
namespace {

TEST(StringInterner, SameBytesGiveTheSameSharedString)
{
    StringInterner interner;
    const QString first = interner.intern(QByteArrayView("5706567274389702"));
    // Different storage, same bytes: the lookup compares contents, not pointers.
    const QByteArray again("5706567274389702");
    const QString second = interner.intern(again);
    EXPECT_EQ(first, QStringLiteral("5706567274389702"));
    EXPECT_TRUE(second.isSharedWith(first));
    EXPECT_EQ(interner.size(), 1U);
}

TEST(StringInterner, TrimsPaddingAndReadsLatin1)
{
    StringInterner interner;
    EXPECT_EQ(interner.intern(QByteArrayView("  Kamstrup_V0001 ")), QStringLiteral("Kamstrup_V0001"));
    EXPECT_EQ(interner.intern(QByteArrayView("M\xE5ler")), QString::fromUtf8("M\u00E5ler"));
}

TEST(StringInterner, DifferentBytesGiveDifferentStrings)
{
    StringInterner interner;
    const QString id = interner.intern(QByteArrayView("5706567274389702"));
    const QString type = interner.intern(QByteArrayView("6841121BN243101040"));
    const QString idAgain = interner.intern(QByteArrayView("5706567274389702"));
    EXPECT_EQ(type, QStringLiteral("6841121BN243101040"));
    EXPECT_FALSE(type.isSharedWith(id));
    EXPECT_TRUE(idAgain.isSharedWith(id));
    EXPECT_EQ(interner.size(), 2U);
}

TEST(StringInterner, StaysBoundedAndCorrectWhenFull)
{
    StringInterner interner;
    const std::size_t count = 3 * StringInterner::kCapacity + 1;
    for (std::size_t i = 0; i < count; ++i) {
        const QByteArray bytes = "meter-" + QByteArray::number(static_cast<qulonglong>(i));
        EXPECT_EQ(interner.intern(bytes), QString::fromLatin1(bytes));
        EXPECT_LE(interner.size(), StringInterner::kCapacity);
    }
    // An early string was replaced: asking again makes it anew, with the right text.
    EXPECT_EQ(interner.intern(QByteArrayView("meter-0")), QStringLiteral("meter-0"));
    // The most recent ones are still there, shared.
    const QString last = interner.intern(QByteArrayView("meter-48"));
    EXPECT_TRUE(interner.intern(QByteArrayView("meter-48")).isSharedWith(last));
    EXPECT_EQ(interner.size(), StringInterner::kCapacity);
}

TEST(StringInterner, EmptyBytesGiveAnEmptyString)
{
    StringInterner interner;
    EXPECT_TRUE(interner.intern(QByteArrayView()).isEmpty());
    EXPECT_TRUE(interner.intern(QByteArrayView("   ")).isEmpty());
}

} // namespace
} // namespace han
