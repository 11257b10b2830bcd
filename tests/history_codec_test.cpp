// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryCodec: the column forms of values and of the meter's raw clock.
#include "history_codec.h"

#include <gtest/gtest.h>

#include <QDateTime>

#include <array>

namespace han {
namespace {

CosemDateTime stamp(std::array<std::uint8_t, 12> bytes)
{
    return CosemDateTime::fromBytes(bytes.data());
}

TEST(HistoryCodec, ValuesBecomeSmallExactIntegers)
{
    // The decoder's values (raw / 10^k) come back as the very same doubles.
    const QVariant amps = HistoryCodec::toColumn(123 / 100.0, HistoryCodec::kMilliamps);
    EXPECT_EQ(amps.typeId(), QMetaType::LongLong);
    EXPECT_EQ(amps.toLongLong(), 1230);
    EXPECT_EQ(HistoryCodec::fromColumn(amps, HistoryCodec::kMilliamps), 123 / 100.0);

    const QVariant volts = HistoryCodec::toColumn(23045 / 100.0, HistoryCodec::kCentivolts);
    EXPECT_EQ(volts.toLongLong(), 23045);
    EXPECT_EQ(HistoryCodec::fromColumn(volts, HistoryCodec::kCentivolts), 23045 / 100.0);

    const QVariant milliamps = HistoryCodec::toColumn(5123 / 1000.0, HistoryCodec::kMilliamps);
    EXPECT_EQ(milliamps.toLongLong(), 5123);

    const QVariant energy = HistoryCodec::toColumn(12'345'670.0, HistoryCodec::kWatts);
    EXPECT_EQ(energy.toLongLong(), 12'345'670);
    EXPECT_EQ(HistoryCodec::toColumn(-0.0, HistoryCodec::kWatts).toLongLong(), 0);
}

TEST(HistoryCodec, AValueFinerThanTheUnitIsKeptNotRounded)
{
    const QVariant power = HistoryCodec::toColumn(1234.5, HistoryCodec::kWatts);
    EXPECT_EQ(power.typeId(), QMetaType::Double);
    EXPECT_EQ(HistoryCodec::fromColumn(power, HistoryCodec::kWatts), 1234.5);
    const QVariant microamps = HistoryCodec::toColumn(0.0001, HistoryCodec::kMilliamps);
    EXPECT_EQ(microamps.typeId(), QMetaType::Double);
    EXPECT_DOUBLE_EQ(*HistoryCodec::fromColumn(microamps, HistoryCodec::kMilliamps), 0.0001);
}

TEST(HistoryCodec, AbsentStaysAbsent)
{
    EXPECT_TRUE(HistoryCodec::toColumn(std::nullopt, HistoryCodec::kWatts).isNull());
    EXPECT_FALSE(HistoryCodec::fromColumn(QVariant(), HistoryCodec::kWatts));
    EXPECT_TRUE(HistoryCodec::packClock(std::nullopt).isNull());
    EXPECT_FALSE(HistoryCodec::unpackClock(QVariant()));
}

TEST(HistoryCodec, AKamstrupStampPacksIntoSixBytesAndBack)
{
    // 2026-10-25 02:00:05, a Sunday, hundredths and deviation not specified, status DST.
    const CosemDateTime kamstrup = stamp({0x07, 0xEA, 10, 25, 7, 2, 0, 5, 0xFF, 0x80, 0x00, 0x80});
    const auto packed = HistoryCodec::packClockInteger(kamstrup);
    ASSERT_TRUE(packed);
    EXPECT_GT(*packed, 0);
    EXPECT_LT(*packed, std::int64_t{1} << 47); // SQLite stores it in 6 bytes
    EXPECT_EQ(HistoryCodec::unpackClockInteger(*packed), kamstrup);
    EXPECT_EQ(HistoryCodec::unpackClock(HistoryCodec::packClock(kamstrup)), kamstrup);

    // The packed integers sort like the wall clock (same status and flags).
    const CosemDateTime later = stamp({0x07, 0xEA, 10, 25, 7, 2, 0, 15, 0xFF, 0x80, 0x00, 0x80});
    EXPECT_LT(*packed, *HistoryCodec::packClockInteger(later));
}

TEST(HistoryCodec, EveryOtherStampIsKeptAsItsTwelveBytes)
{
    const std::array<CosemDateTime, 5> odd = {
        stamp({0x07, 0xE1, 10, 20, 5, 4, 0, 5, 0xFF, 0xFF, 0xC4, 0x00}),       // deviation -60
        stamp({0x07, 0xE1, 10, 20, 3, 4, 0, 5, 0xFF, 0x80, 0x00, 0x00}),       // wrong weekday
        stamp({0xFF, 0xFF, 10, 20, 0xFF, 4, 0, 5, 0xFF, 0x80, 0x00, 0x00}),    // no year
        stamp({0x07, 0xE1, 10, 20, 0xFF, 4, 0, 0xFF, 0xFF, 0x80, 0x00, 0xFF}), // no second
        stamp({0x07, 0xE1, 13, 40, 0xFF, 25, 0, 0, 0, 0x80, 0x00, 0x00}),      // nonsense date
    };
    for (const CosemDateTime& t : odd) {
        EXPECT_FALSE(HistoryCodec::packClockInteger(t));
        const QVariant column = HistoryCodec::packClock(t);
        EXPECT_EQ(column.typeId(), QMetaType::QByteArray);
        EXPECT_EQ(HistoryCodec::unpackClock(column), t);
    }
}

TEST(HistoryCodec, PackingCoversTheCalendar)
{
    // Every day of a leap and a common year, with and without the weekday and hundredths.
    QDateTime t(QDate(2023, 12, 31), QTime(23, 59, 58), Qt::UTC);
    for (int day = 0; day < 2 * 366 + 2; ++day, t = t.addSecs(86400 + 3601)) {
        for (std::uint8_t status : {std::uint8_t{0x00}, std::uint8_t{0x80}, std::uint8_t{0xFF}}) {
            const CosemDateTime withWeekday = CosemDateTime::fromLocal(t, status);
            auto bytes = withWeekday.toBytes();
            bytes[4] = 0xFF;
            bytes[8] = static_cast<std::uint8_t>(day % 100);
            const CosemDateTime withoutWeekday = CosemDateTime::fromBytes(bytes.data());
            for (const CosemDateTime& c : {withWeekday, withoutWeekday}) {
                const auto packed = HistoryCodec::packClockInteger(c);
                ASSERT_TRUE(packed) << c.toIsoString().toStdString();
                ASSERT_EQ(HistoryCodec::unpackClockInteger(*packed), c)
                    << c.toIsoString().toStdString();
            }
        }
    }
}

TEST(HistoryCodec, ClockModesHaveFixedNumbers)
{
    using Mode = MeterClockResolver::Mode;
    EXPECT_EQ(HistoryCodec::clockModeToColumn(Mode::FollowsDst), 0);
    EXPECT_EQ(HistoryCodec::clockModeToColumn(Mode::StandardTime), 1);
    EXPECT_EQ(HistoryCodec::clockModeToColumn(Mode::Learned), 2);
    for (Mode m : {Mode::FollowsDst, Mode::StandardTime, Mode::Learned})
        EXPECT_EQ(HistoryCodec::clockModeFromColumn(HistoryCodec::clockModeToColumn(m)), m);
    EXPECT_EQ(HistoryCodec::clockModeFromColumn(17), Mode::FollowsDst);
}

} // namespace
} // namespace han
