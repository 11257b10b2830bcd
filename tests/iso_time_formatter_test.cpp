// SPDX-License-Identifier: GPL-3.0-or-later
// IsoTimeFormatter: ISO 8601 text for the CSV time columns, checked against a hand-written
// table around Norway's DST changes and against QDateTime over many random instants.

#include "iso_time_formatter.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QRandomGenerator>

#include <cstdint>

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

} // namespace
} // namespace han
