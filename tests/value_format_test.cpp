// SPDX-License-Identifier: GPL-3.0-or-later
#include "value_format.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QLocale>

using han::ui::ValueFormat;

namespace {

std::int64_t utc(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// The tests run with TZ=Europe/Oslo (see tests/CMakeLists.txt).
class ValueFormatTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway)); }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }
};

} // namespace

TEST_F(ValueFormatTest, HoursAroundTheClockChangesReadAsTheyWereLived)
{
    // 25 October 2026: 02:00–03:00 happens twice, first in summer time (UTC+2).
    EXPECT_EQ(ValueFormat::localHour(utc("2026-10-24T23:00:00Z")), QStringLiteral("01:00–02:00"));
    EXPECT_EQ(ValueFormat::localHour(utc("2026-10-25T00:00:00Z")),
              QStringLiteral("02:00–03:00 (UTC+2)"));
    EXPECT_EQ(ValueFormat::localHour(utc("2026-10-25T01:00:00Z")),
              QStringLiteral("02:00–03:00 (UTC+1)"));
    EXPECT_EQ(ValueFormat::localHour(utc("2026-10-25T02:00:00Z")), QStringLiteral("03:00–04:00"));
    // 29 March 2026: 02:00–03:00 never happens.
    EXPECT_EQ(ValueFormat::localHour(utc("2026-03-29T00:00:00Z")), QStringLiteral("01:00–02:00"));
    EXPECT_EQ(ValueFormat::localHour(utc("2026-03-29T01:00:00Z")), QStringLiteral("03:00–04:00"));
}

TEST_F(ValueFormatTest, NumbersUseTheLocaleAndAUnitAndNeverANegativeZero)
{
    EXPECT_EQ(ValueFormat::kilowatts(2345.0), QStringLiteral("2,35\u00a0kW"));
    EXPECT_EQ(ValueFormat::amperes(7.26), QStringLiteral("7,3\u00a0A"));
    EXPECT_EQ(ValueFormat::kilowattHours(-0.001), QStringLiteral("0,00\u00a0kWh"));
    EXPECT_EQ(ValueFormat::volts(std::nullopt), QStringLiteral("–"));
}

TEST_F(ValueFormatTest, ShortDatesFollowTheLocalesOrderAndPunctuation)
{
    const QDate wednesday(2026, 11, 25);
    // Bokmål and Danish write the day with a period, as on "25.11.2026".
    EXPECT_EQ(ValueFormat::shortDate(wednesday), QStringLiteral("ons. 25. nov."));
    EXPECT_EQ(ValueFormat::shortDate(wednesday, false), QStringLiteral("ons. 25."));
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    EXPECT_EQ(ValueFormat::shortDate(wednesday), QStringLiteral("ons. 25. nov."));
    // Swedish dates are "2026-11-25" in numbers, the day first in words.
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    EXPECT_EQ(ValueFormat::shortDate(wednesday), QStringLiteral("ons 25 nov."));
    EXPECT_EQ(ValueFormat::shortDate(wednesday, false), QStringLiteral("ons 25"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(ValueFormat::shortDate(wednesday), QStringLiteral("Wed 25 Nov"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(ValueFormat::shortDate(wednesday), QStringLiteral("Wed Nov 25"));
    EXPECT_EQ(ValueFormat::shortDate(wednesday, false), QStringLiteral("Wed 25"));
}
