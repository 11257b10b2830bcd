// SPDX-License-Identifier: GPL-3.0-or-later
// IsoTimeFormatter: ISO 8601 text for the CSV time columns, checked against a hand-written
// table around Norway's DST changes and against QDateTime over many random instants.

#include "iso_time_formatter.h"

#include "cosem_date_time.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace han {
namespace {

std::int64_t utcMs(const char* iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    EXPECT_TRUE(t.isValid()) << iso;
    return t.toMSecsSinceEpoch();
}

TEST(IsoTimeFormatter, OsloAroundBothDstChanges)
{
    IsoTimeFormatter f(QTimeZone(QByteArrayLiteral("Europe/Oslo")));
    struct Row
    {
        const char* utc;
        const char* local;
    };
    // Written by hand from the rules (last Sunday of March / October, 01:00 UTC), not computed.
    const Row rows[] = {
        {"2026-03-29T00:00:00Z", "2026-03-29T01:00:00+01:00"},
        {"2026-03-29T00:59:59Z", "2026-03-29T01:59:59+01:00"},
        {"2026-03-29T01:00:00Z", "2026-03-29T03:00:00+02:00"},
        {"2026-10-24T23:00:00Z", "2026-10-25T01:00:00+02:00"},
        {"2026-10-25T00:00:00Z", "2026-10-25T02:00:00+02:00"},
        {"2026-10-25T01:00:00Z", "2026-10-25T02:00:00+01:00"},
        {"2026-10-25T02:00:00Z", "2026-10-25T03:00:00+01:00"},
        {"2026-12-31T23:00:00Z", "2027-01-01T00:00:00+01:00"},
        {"2024-02-28T23:00:00Z", "2024-02-29T00:00:00+01:00"},
    };
    for (const Row& r : rows) {
        EXPECT_EQ(f.local(utcMs(r.utc)), QByteArray(r.local)) << r.utc;
        EXPECT_EQ(IsoTimeFormatter::utc(utcMs(r.utc)), QByteArray(r.utc)) << r.utc;
    }
    // Backwards in time after the cache moved on.
    EXPECT_EQ(f.local(utcMs("2026-03-29T00:00:00Z")), QByteArray("2026-03-29T01:00:00+01:00"));
}

TEST(IsoTimeFormatter, MillisecondsOnlyWhenNotZero)
{
    EXPECT_EQ(IsoTimeFormatter::utc(utcMs("2026-01-01T12:00:00.250Z")),
              QByteArray("2026-01-01T12:00:00.250Z"));
    EXPECT_EQ(IsoTimeFormatter::utc(utcMs("2026-01-01T12:00:00.001Z")),
              QByteArray("2026-01-01T12:00:00.001Z"));
    EXPECT_EQ(IsoTimeFormatter::utc(0), QByteArray("1970-01-01T00:00:00Z"));
    EXPECT_EQ(IsoTimeFormatter::utc(-1000), QByteArray("1969-12-31T23:59:59Z"));
}

TEST(IsoTimeFormatter, UtcAndInvalidZonesGiveZeroOffset)
{
    IsoTimeFormatter utc(QTimeZone::utc());
    EXPECT_EQ(utc.local(utcMs("2026-06-01T10:00:00Z")), QByteArray("2026-06-01T10:00:00+00:00"));
    IsoTimeFormatter invalid{QTimeZone()};
    EXPECT_EQ(invalid.local(utcMs("2026-06-01T10:00:00Z")),
              QByteArray("2026-06-01T10:00:00+00:00"));
}

TEST(IsoTimeFormatter, AgreesWithQDateTimeOverRandomInstants)
{
    // Zones with whole-hour, half-hour, 45-minute and negative offsets and their DST rules.
    for (const char* zoneName : {"Europe/Oslo", "America/St_Johns", "Asia/Kathmandu",
                                 "America/Los_Angeles", "Australia/Lord_Howe"}) {
        const QTimeZone zone{QByteArray(zoneName)};
        ASSERT_TRUE(zone.isValid()) << zoneName;
        IsoTimeFormatter f(zone);
        QRandomGenerator random(7);
        std::int64_t t = utcMs("1990-01-01T00:00:00Z");
        // Forward in random steps (the exporter's order), crossing many transitions.
        for (int i = 0; i < 20000; ++i) {
            t += static_cast<std::int64_t>(random.bounded(3 * 86'400)) * 1000;
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(t, zone);
            const QByteArray want = local.toString(Qt::ISODate).toLatin1();
            QByteArray got = f.local(t);
            // Qt writes a zero offset as "Z"; we keep "+00:00" in the local column.
            if (want.endsWith('Z'))
                got.replace("+00:00", "Z");
            ASSERT_EQ(got, want) << zoneName << " at " << t;
        }
    }
}

TEST(IsoTimeFormatter, CachedOffsetAgreesWithQTimeZoneEveryHourOf2026)
{
    // The offset is cached from one transition to the next; checked against QTimeZone's own
    // lookup for every hour of the year and for the seconds around each change, forward (the
    // exporter's order) and then backward.
    for (const char* zoneName : {"Europe/Oslo", "America/New_York", "Australia/Sydney",
                                 "Australia/Lord_Howe", "Asia/Kolkata", "UTC"}) {
        const QTimeZone zone{QByteArray(zoneName)};
        ASSERT_TRUE(zone.isValid()) << zoneName;
        IsoTimeFormatter f(zone);
        const std::int64_t from = utcMs("2026-01-01T00:00:00Z");
        const std::int64_t to = utcMs("2027-01-01T00:00:00Z");
        std::vector<std::int64_t> instants;
        for (std::int64_t t = from; t < to; t += 3'600'000)
            instants.push_back(t);
        for (const QTimeZone::OffsetData& change :
             zone.transitions(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()),
                              QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()))) {
            const std::int64_t at = change.atUtc.toMSecsSinceEpoch();
            for (const std::int64_t t : {at - 10'000, at - 1, at, at + 1, at + 10'000})
                instants.push_back(t);
        }
        std::sort(instants.begin(), instants.end());
        auto check = [&](std::int64_t t) {
            const int want =
                zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()));
            ASSERT_EQ(f.offsetSeconds(t), want) << zoneName << " at " << t;
        };
        for (const std::int64_t t : instants)
            check(t);
        for (auto t = instants.rbegin(); t != instants.rend(); ++t)
            check(*t);
    }
}

TEST(IsoTimeFormatter, YearsOutsideFourDigits)
{
    // As printf's %04lld: zero-padded to four digits, longer years in full.
    EXPECT_EQ(IsoTimeFormatter::utc(utcMs("0999-03-04T05:06:07Z")),
              QByteArray("0999-03-04T05:06:07Z"));
    EXPECT_EQ(IsoTimeFormatter::utc(utcMs("0001-01-01T00:00:00Z")),
              QByteArray("0001-01-01T00:00:00Z"));
    // 10000-01-01T00:00:00Z, 253402300800 s after the epoch.
    EXPECT_EQ(IsoTimeFormatter::utc(253'402'300'800'000), QByteArray("10000-01-01T00:00:00Z"));
}

TEST(IsoTimeFormatter, WallClockAsCosemDateTimeWritesIt)
{
    // The raw export writes the meter's clock through formatWallClock; it must be the text
    // CosemDateTime::toIsoString() gives, including unspecified seconds and unusable stamps.
    QRandomGenerator random(11);
    char text[IsoTimeFormatter::kMaxLength];
    for (int i = 0; i < 50000; ++i) {
        std::uint8_t bytes[12] = {};
        const int year = i % 50 == 0 ? 0xFFFF : 1990 + static_cast<int>(random.bounded(80));
        bytes[0] = static_cast<std::uint8_t>(year >> 8);
        bytes[1] = static_cast<std::uint8_t>(year & 0xFF);
        // Mostly valid fields, sometimes out of range or 'not specified' (0xFF).
        auto field = [&](int low, int high) {
            return static_cast<std::uint8_t>(random.bounded(20) == 0 ? 0xFF - random.bounded(2) * 0x80
                                                                    : low + random.bounded(high - low + 1));
        };
        bytes[2] = field(1, 12);
        bytes[3] = field(1, 31);
        bytes[4] = field(1, 7);
        bytes[5] = field(0, 23);
        bytes[6] = field(0, 59);
        bytes[7] = field(0, 59);
        bytes[8] = 0xFF;
        bytes[9] = 0x80;
        bytes[10] = 0x00;
        bytes[11] = 0x80;
        const CosemDateTime clock = CosemDateTime::fromBytes(bytes);
        const QByteArray got(text, IsoTimeFormatter::formatWallClock(clock, text));
        ASSERT_EQ(got, clock.toIsoString().toLatin1())
            << year << '-' << int(bytes[2]) << '-' << int(bytes[3]) << ' ' << int(bytes[5]) << ':'
            << int(bytes[6]) << ':' << int(bytes[7]);
    }
}

} // namespace
} // namespace han
