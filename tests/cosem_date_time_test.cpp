// SPDX-License-Identifier: GPL-3.0-or-later
// CosemDateTime and the APDU date-time encodings of PROTOCOL.md §4 (through DlmsDecoder).

#include "cosem_date_time.h"
#include "dlms_decoder.h"
#include "frame_encoder.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QTimeZone>

namespace han {
namespace {

using test::fromHex;
using test::u8;
using test::usize;

// 2021-11-25 (Thursday) 23:01:00, hundredths and deviation not specified, status 00 (K15).
const char* const kK15Time = "07 E5 0B 19 04 17 01 00 FF 80 00 00";
const char* const kBody = "02 01 0A 0E 4B 61 6D 73 74 72 75 70 5F 56 30 30 30 31";

CosemDateTime dateTime(const char* hex)
{
    const QByteArray bytes = fromHex(hex);
    EXPECT_EQ(bytes.size(), 12);
    return CosemDateTime::fromBytes(u8(bytes));
}

TEST(CosemDateTime, FieldsOfAKamstrupTime)
{
    const CosemDateTime t = dateTime(kK15Time);
    EXPECT_EQ(t.year(), 2021);
    EXPECT_EQ(t.month(), 11);
    EXPECT_EQ(t.day(), 25);
    EXPECT_EQ(t.dayOfWeek(), 4);
    EXPECT_EQ(t.hour(), 23);
    EXPECT_EQ(t.minute(), 1);
    EXPECT_EQ(t.second(), 0);
    EXPECT_EQ(t.hundredths(), CosemDateTime::kUnspecified);
    EXPECT_EQ(t.deviation(), CosemDateTime::kDeviationUnspecified);
    EXPECT_FALSE(t.hasDeviation());
    EXPECT_EQ(t.clockStatus(), 0x00);
    EXPECT_FALSE(t.daylightSavingFlag());
    EXPECT_FALSE(t.invalidFlag());
    EXPECT_TRUE(t.isValidDateTime());
    EXPECT_EQ(t.toIsoString(), QStringLiteral("2021-11-25T23:01:00"));
}

TEST(CosemDateTime, NotSpecifiedFieldsStaySoThroughBytes)
{
    const char* hex[] = {
        kK15Time,
        "FF FF FF FF FF FF FF FF FF 80 00 FF", // everything unspecified
        "07 E1 0A 14 FF 03 2B FF FF 80 00 80", // weekday and seconds unspecified, DST
        "07 D0 01 01 06 16 21 00 FF 80 00 01", // K12: clock not set
        "07 E5 06 0F 02 0E 00 00 00 FF 88 80", // deviation -120 (CEST)
    };
    for (const char* h : hex) {
        const CosemDateTime t = dateTime(h);
        const auto back = t.toBytes();
        EXPECT_EQ(QByteArray(reinterpret_cast<const char*>(back.data()), 12), fromHex(h)) << h;
        EXPECT_TRUE(t == CosemDateTime::fromBytes(back.data())) << h;
    }
    const CosemDateTime none = dateTime("FF FF FF FF FF FF FF FF FF 80 00 FF");
    EXPECT_EQ(none.year(), CosemDateTime::kYearUnspecified);
    EXPECT_FALSE(none.hasDeviation());
    EXPECT_FALSE(none.daylightSavingFlag()) << "status FF is 'not specified', not all flags";
    EXPECT_FALSE(none.invalidFlag());
    EXPECT_FALSE(none.isValidDateTime());
    EXPECT_TRUE(none.toIsoString().isEmpty());
    EXPECT_FALSE(none.toNaiveDateTime().has_value());
    EXPECT_FALSE(none.toUtc(QTimeZone::utc()).has_value());

    const CosemDateTime noSeconds = dateTime("07 E1 0A 14 FF 03 2B FF FF 80 00 80");
    EXPECT_EQ(noSeconds.second(), CosemDateTime::kUnspecified);
    EXPECT_EQ(noSeconds.dayOfWeek(), CosemDateTime::kUnspecified);
    EXPECT_TRUE(noSeconds.daylightSavingFlag());
    EXPECT_EQ(noSeconds.toIsoString(), QStringLiteral("2017-10-20T03:43:00"));

    const CosemDateTime notSet = dateTime("07 D0 01 01 06 16 21 00 FF 80 00 01");
    EXPECT_TRUE(notSet.invalidFlag());
    EXPECT_FALSE(notSet.daylightSavingFlag());
    EXPECT_EQ(notSet.toIsoString(), QStringLiteral("2000-01-01T22:33:00"));

    const CosemDateTime cest = dateTime("07 E5 06 0F 02 0E 00 00 00 FF 88 80");
    EXPECT_TRUE(cest.hasDeviation());
    EXPECT_EQ(cest.deviation(), -120);
    EXPECT_EQ(cest.hundredths(), 0);
}

TEST(CosemDateTime, InvalidDatesAreNotUsable)
{
    for (const char* h : {"07 E5 02 1E 01 0C 00 00 FF 80 00 00",   // 30 February
                          "07 E5 0D 01 01 0C 00 00 FF 80 00 00",   // month 13
                          "07 E5 01 01 01 18 00 00 FF 80 00 00",   // hour 24
                          "07 E5 01 01 01 0C 3C 00 FF 80 00 00",   // minute 60
                          "07 E5 01 01 01 0C 00 3C FF 80 00 00"}) { // second 60
        const CosemDateTime t = dateTime(h);
        EXPECT_FALSE(t.isValidDateTime()) << h;
        EXPECT_TRUE(t.toIsoString().isEmpty()) << h;
        EXPECT_FALSE(t.toUtc(QTimeZone::utc()).has_value()) << h;
    }
}

TEST(CosemDateTime, ToUtcWithDeviation)
{
    // Deviation = minutes to add to local time to get UTC (PROTOCOL.md §4): CEST is -120,
    // so local 14:00 is 12:00 UTC, whatever zone is passed.
    const CosemDateTime cest = dateTime("07 E5 06 0F 02 0E 00 00 FF FF 88 80");
    const auto utc = cest.toUtc(QTimeZone("Asia/Tokyo"));
    ASSERT_TRUE(utc.has_value());
    EXPECT_EQ(*utc, QDateTime(QDate(2021, 6, 15), QTime(12, 0), Qt::UTC));

    const CosemDateTime west = dateTime("07 E5 06 0F 02 0E 00 00 FF 00 3C 00"); // +60
    ASSERT_TRUE(west.toUtc(QTimeZone::utc()).has_value());
    EXPECT_EQ(*west.toUtc(QTimeZone::utc()), QDateTime(QDate(2021, 6, 15), QTime(15, 0), Qt::UTC));

    // Aidon's deviation 0 claims UTC; it is taken literally.
    const CosemDateTime zero = dateTime("07 E4 01 15 02 10 00 00 FF 00 00 00");
    EXPECT_EQ(*zero.toUtc(QTimeZone("Europe/Oslo")),
              QDateTime(QDate(2020, 1, 21), QTime(16, 0), Qt::UTC));

    // Across midnight.
    const CosemDateTime early = dateTime("07 E5 06 0F 02 01 00 00 FF FF 88 80");
    EXPECT_EQ(*early.toUtc(QTimeZone::utc()), QDateTime(QDate(2021, 6, 14), QTime(23, 0), Qt::UTC));
}

TEST(CosemDateTime, ToUtcWithoutDeviationUsesTheZone)
{
    const QTimeZone oslo("Europe/Oslo");
    ASSERT_TRUE(oslo.isValid()) << "the system has no time zone data for Europe/Oslo";
    // Summer: CEST, UTC+2.
    const CosemDateTime summer = dateTime("07 E5 06 0F 02 0E 00 00 FF 80 00 80");
    ASSERT_TRUE(summer.toUtc(oslo).has_value());
    EXPECT_EQ(*summer.toUtc(oslo), QDateTime(QDate(2021, 6, 15), QTime(12, 0), Qt::UTC));
    // Winter: CET, UTC+1.
    const CosemDateTime winter = dateTime(kK15Time);
    ASSERT_TRUE(winter.toUtc(oslo).has_value());
    EXPECT_EQ(*winter.toUtc(oslo), QDateTime(QDate(2021, 11, 25), QTime(22, 1), Qt::UTC));
    // The same wall clock in UTC is not converted at all.
    EXPECT_EQ(*winter.toUtc(QTimeZone::utc()), QDateTime(QDate(2021, 11, 25), QTime(23, 1), Qt::UTC));
}

TEST(CosemDateTime, NaiveDateTimeIsTheWallClock)
{
    const auto naive = dateTime("07 E1 0A 14 05 03 2B 1E 32 80 00 00").toNaiveDateTime();
    ASSERT_TRUE(naive.has_value());
    EXPECT_EQ(naive->date(), QDate(2017, 10, 20));
    EXPECT_EQ(naive->time(), QTime(3, 43, 30, 500));
}

TEST(CosemDateTime, FromLocal)
{
    const CosemDateTime t =
        CosemDateTime::fromLocal(QDateTime(QDate(2017, 10, 22), QTime(4, 0, 5), Qt::UTC), 0x80);
    EXPECT_EQ(t.year(), 2017);
    EXPECT_EQ(t.month(), 10);
    EXPECT_EQ(t.day(), 22);
    EXPECT_EQ(t.dayOfWeek(), 7) << "a Sunday";
    EXPECT_EQ(t.hour(), 4);
    EXPECT_EQ(t.minute(), 0);
    EXPECT_EQ(t.second(), 5);
    EXPECT_EQ(t.hundredths(), CosemDateTime::kUnspecified);
    EXPECT_FALSE(t.hasDeviation());
    EXPECT_EQ(t.clockStatus(), 0x80);
    EXPECT_EQ(t.toIsoString(), QStringLiteral("2017-10-22T04:00:05"));
}

// --- the date-time of the data-notification APDU ---------------------------------------------

struct ApduResult
{
    bool ok = false;
    DataNotification notification;
    FrameError error;
};

ApduResult decodeApdu(const QByteArray& apdu)
{
    ApduResult r;
    r.ok = DlmsDecoder::decodeApdu(u8(apdu), usize(apdu), r.notification, r.error);
    return r;
}

TEST(ApduDateTime, LengthPrefixed)
{
    const QByteArray apdu = fromHex("0F 00 00 00 00 0C") + fromHex(kK15Time) + fromHex(kBody);
    const ApduResult r = decodeApdu(apdu);
    ASSERT_TRUE(r.ok) << FrameError::kindName(r.error.kind);
    EXPECT_EQ(r.notification.dateTimeEncoding, DataNotification::DateTimeEncoding::LengthPrefix);
    ASSERT_TRUE(r.notification.dateTime.has_value());
    EXPECT_TRUE(*r.notification.dateTime == dateTime(kK15Time));
    EXPECT_EQ(r.notification.longInvokeIdAndPriority, 0U);
    ASSERT_EQ(r.notification.body.size(), 2U);
    EXPECT_EQ(r.notification.body.content(1), QByteArrayView("Kamstrup_V0001"));
    EXPECT_EQ(FrameEncoder::encodeApdu(r.notification), apdu);
}

TEST(ApduDateTime, TypedOctets)
{
    const QByteArray apdu = fromHex("0F 40 00 00 00 09 0C") + fromHex(kK15Time) + fromHex(kBody);
    const ApduResult r = decodeApdu(apdu);
    ASSERT_TRUE(r.ok) << FrameError::kindName(r.error.kind);
    EXPECT_EQ(r.notification.dateTimeEncoding, DataNotification::DateTimeEncoding::TypedOctets);
    ASSERT_TRUE(r.notification.dateTime.has_value());
    EXPECT_TRUE(*r.notification.dateTime == dateTime(kK15Time));
    EXPECT_EQ(r.notification.longInvokeIdAndPriority, 0x40000000U);
    EXPECT_EQ(FrameEncoder::encodeApdu(r.notification), apdu);
}

TEST(ApduDateTime, Absent)
{
    const QByteArray apdu = fromHex("0F 40 00 00 00 00") + fromHex(kBody);
    const ApduResult r = decodeApdu(apdu);
    ASSERT_TRUE(r.ok) << FrameError::kindName(r.error.kind);
    EXPECT_EQ(r.notification.dateTimeEncoding, DataNotification::DateTimeEncoding::Absent);
    EXPECT_FALSE(r.notification.dateTime.has_value());
    EXPECT_EQ(r.notification.body.size(), 2U);
    EXPECT_EQ(FrameEncoder::encodeApdu(r.notification), apdu);
}

TEST(ApduDateTime, DecoderIsReusedWithoutLeftovers)
{
    DataNotification n;
    FrameError e;
    const QByteArray withTime = fromHex("0F 00 00 00 00 0C") + fromHex(kK15Time) + fromHex(kBody);
    ASSERT_TRUE(DlmsDecoder::decodeApdu(u8(withTime), usize(withTime), n, e));
    const QByteArray without = fromHex("0F 40 00 00 00 00 12 00 05");
    ASSERT_TRUE(DlmsDecoder::decodeApdu(u8(without), usize(without), n, e));
    EXPECT_FALSE(n.dateTime.has_value());
    EXPECT_EQ(n.dateTimeEncoding, DataNotification::DateTimeEncoding::Absent);
    ASSERT_EQ(n.body.size(), 1U);
    EXPECT_EQ(n.body.toUInt64(0), 5U);
}

TEST(ApduDateTime, MalformedDateTimesAreAxdrErrors)
{
    for (const char* hex : {
             "0F 00 00 00 00 0C 07 E5 0B 19 04 17 01 00 FF 80 00",  // 11 of 12 bytes, no body
             "0F 00 00 00 00 09 0C 07 E5 0B 19 04 17 01 00 FF 80",  // typed, too short
             "0F 00 00 00 00 09 0B 07 E5 0B 19 04 17 01 00 FF 80 00 02 00", // length 11
             "0F 00 00 00 00 05 01 02 03 04 05 02 00",              // a length of 5
             "0F 00 00 00 00 0C 07 E5 0B 19 04 17 01 00 FF 80 00 00", // no body at all
             "0F 00 00 00",                                          // no date-time
         }) {
        const ApduResult r = decodeApdu(fromHex(hex));
        EXPECT_FALSE(r.ok) << hex;
        EXPECT_EQ(r.error.kind, FrameError::Kind::Axdr) << hex;
        EXPECT_GE(r.error.apduOffset, 0) << hex;
        EXPECT_LE(r.error.apduOffset, fromHex(hex).size()) << hex;
    }
}

TEST(ApduDateTime, InformationFieldWithAndWithoutLlcHeader)
{
    const QByteArray apdu = fromHex("0F 00 00 00 00 0C") + fromHex(kK15Time) + fromHex(kBody);
    for (const QByteArray& info : {fromHex("E6 E7 00") + apdu, apdu}) {
        DataNotification n;
        FrameError e;
        ASSERT_TRUE(DlmsDecoder::decodeInfo(u8(info), usize(info), n, e));
        ASSERT_TRUE(n.dateTime.has_value());
        EXPECT_EQ(n.dateTime->toIsoString(), QStringLiteral("2021-11-25T23:01:00"));
    }
}

} // namespace
} // namespace han

namespace han {
namespace {

// The repeated autumn hour: 02:00:05 on 2026-10-25 happens at 00:00:05Z (CEST) and again at
// 01:00:05Z (CET). The DST bit of the clock status tells which one the meter meant.
TEST(CosemDateTimeZone, TheRepeatedOctoberHourFollowsTheDstBit)
{
    const QTimeZone oslo("Europe/Oslo");
    const QDateTime wall(QDate(2026, 10, 25), QTime(2, 0, 5), Qt::UTC);
    const CosemDateTime summer = CosemDateTime::fromLocal(wall, CosemDateTime::kStatusDaylightSaving);
    const CosemDateTime winter = CosemDateTime::fromLocal(wall, 0x00);
    EXPECT_EQ(*summer.toUtc(oslo), QDateTime(QDate(2026, 10, 25), QTime(0, 0, 5), Qt::UTC));
    EXPECT_EQ(*winter.toUtc(oslo), QDateTime(QDate(2026, 10, 25), QTime(1, 0, 5), Qt::UTC));
    // Outside the repeated hour the bit changes nothing (it is not reliable, PROTOCOL.md §10.8).
    const CosemDateTime wrongBit = CosemDateTime::fromLocal(
        QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC), 0x00);
    EXPECT_EQ(*wrongBit.toUtc(oslo), QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC));
}

} // namespace
} // namespace han
