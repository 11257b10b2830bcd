// SPDX-License-Identifier: GPL-3.0-or-later
// MeterClockResolver: the meter's wall clock to UTC in each mode, across both DST changes, with
// and without host times, and the drift flag.
#include "meter_clock_resolver.h"
#include "simulated_history.h"

#include <gtest/gtest.h>

#include <QDateTime>

#include <string>
#include <vector>

namespace han {
namespace {

using Mode = MeterClockResolver::Mode;
using test::utcMs;

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::uint8_t kDst = CosemDateTime::kStatusDaylightSaving;

CosemDateTime wall(int year, int month, int day, int hour, int minute, int second,
                   std::uint8_t status = 0)
{
    return CosemDateTime::fromLocal(
        QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC), status);
}

MeterClockResolver resolverIn(Mode mode)
{
    MeterClockResolver::Settings s;
    s.mode = mode;
    return MeterClockResolver(s);
}

std::int64_t resolved(MeterClockResolver& resolver, const CosemDateTime& t,
                      std::optional<std::int64_t> host = std::nullopt)
{
    const auto r = resolver.resolve(t, host);
    EXPECT_TRUE(r.has_value()) << t.toIsoString().toStdString();
    return r ? r->utcMs : -1;
}

TEST(MeterClockResolver, ModeNamesRoundTrip)
{
    for (Mode mode : {Mode::FollowsDst, Mode::StandardTime, Mode::Learned})
        EXPECT_EQ(MeterClockResolver::modeFromName(MeterClockResolver::modeName(mode)), mode);
    EXPECT_STREQ(MeterClockResolver::modeName(Mode::FollowsDst), "dst");
    EXPECT_STREQ(MeterClockResolver::modeName(Mode::StandardTime), "standard");
    EXPECT_STREQ(MeterClockResolver::modeName(Mode::Learned), "learned");
    EXPECT_FALSE(MeterClockResolver::modeFromName(QStringLiteral("cet")));
    EXPECT_EQ(MeterClockResolver().settings().mode, Mode::FollowsDst);
}

// The October night: 01:59:50 CEST, the hour 02:00-02:59:50 twice (CEST, then CET), 03:00 CET.
std::vector<CosemDateTime> autumnNight()
{
    std::vector<CosemDateTime> stream{wall(2026, 10, 25, 1, 59, 50, kDst)};
    for (std::uint8_t status : {kDst, std::uint8_t{0}}) {
        for (int s = 0; s < 3600; s += 10)
            stream.push_back(wall(2026, 10, 25, 2, s / 60, s % 60, status));
    }
    stream.push_back(wall(2026, 10, 25, 3, 0, 0));
    return stream;
}

TEST(MeterClockResolver, RepeatedAutumnHourIsTwoDistinctHoursWithoutHostTime)
{
    MeterClockResolver resolver;
    const std::vector<CosemDateTime> stream = autumnNight();
    const std::int64_t first = utcMs(2026, 10, 24, 23, 59, 50);
    for (std::size_t i = 0; i < stream.size(); ++i) {
        ASSERT_EQ(resolved(resolver, stream[i]), first + static_cast<std::int64_t>(i) * 10'000)
            << "push " << i << " " << stream[i].toIsoString().toStdString();
    }
    // The two 02:00:00 and the 03:00:00, by hand.
    MeterClockResolver again;
    std::vector<std::int64_t> utc;
    for (const CosemDateTime& t : stream)
        utc.push_back(resolved(again, t));
    EXPECT_EQ(utc[1], utcMs(2026, 10, 25, 0, 0));   // 02:00:00+02:00
    EXPECT_EQ(utc[361], utcMs(2026, 10, 25, 1, 0)); // 02:00:00+01:00
    EXPECT_EQ(utc.back(), utcMs(2026, 10, 25, 2, 0));
}

TEST(MeterClockResolver, RepeatedAutumnHourWithHostTimes)
{
    MeterClockResolver resolver;
    const std::vector<CosemDateTime> stream = autumnNight();
    const std::int64_t first = utcMs(2026, 10, 24, 23, 59, 50);
    for (std::size_t i = 0; i < stream.size(); ++i) {
        const std::int64_t truth = first + static_cast<std::int64_t>(i) * 10'000;
        // The frame reaches the host a second or so after the meter stamped it.
        const auto r = resolver.resolve(stream[i], truth + 1'200);
        ASSERT_TRUE(r);
        ASSERT_EQ(r->utcMs, truth) << "push " << i;
        EXPECT_FALSE(r->drifted);
        EXPECT_EQ(r->driftMs, -1'200);
    }
}

// Found by the soak test (docs/RELIABILITY.md): a host clock far from the meter's (a PC an hour
// ahead because its clock is kept in local time, or a simulated meter running at x10000) once
// put the whole first pass into the second, so the second pass collided with it and was lost.
// A host time near neither reading says nothing about the pass; the stream's order decides.
TEST(MeterClockResolver, RepeatedAutumnHourWithAHostClockFarOffFollowsTheStream)
{
    for (const std::int64_t hostAhead : {std::int64_t{3'600'000}, std::int64_t{-3'600'000},
                                         std::int64_t{31} * 86'400'000}) {
        MeterClockResolver resolver;
        const std::vector<CosemDateTime> stream = autumnNight();
        const std::int64_t first = utcMs(2026, 10, 24, 23, 59, 50);
        for (std::size_t i = 0; i < stream.size(); ++i) {
            const std::int64_t truth = first + static_cast<std::int64_t>(i) * 10'000;
            const auto r = resolver.resolve(stream[i], truth + hostAhead);
            ASSERT_TRUE(r);
            ASSERT_EQ(r->utcMs, truth) << "push " << i << ", host ahead by " << hostAhead;
            EXPECT_TRUE(r->drifted);
        }
    }
}

TEST(MeterClockResolver, StreamStartingInTheSecondPassNeedsTheHostTime)
{
    // A stream that begins at 02:30 CET: nothing came before, so only the host can tell.
    MeterClockResolver withHost;
    EXPECT_EQ(resolved(withHost, wall(2026, 10, 25, 2, 30, 0), utcMs(2026, 10, 25, 1, 30, 1)),
              utcMs(2026, 10, 25, 1, 30));
    // Without, the earlier reading of the wall clock is the documented choice.
    MeterClockResolver withoutHost;
    EXPECT_EQ(resolved(withoutHost, wall(2026, 10, 25, 2, 30, 0)), utcMs(2026, 10, 25, 0, 30));
}

// A restart inside the repeated hour (han-cli import of the next capture, the app started
// again): the resolver is seeded with the last time the history holds, so it goes on in the pass
// the history is in. Times by hand: 02:xx CEST = 00:xx UTC, 02:xx CET = 01:xx UTC.
TEST(MeterClockResolver, SeededWithTheLastStoredTimeGoesOnInThatPass)
{
    // Stored up to 02:30 of the second pass; 02:40 follows it.
    MeterClockResolver second;
    EXPECT_FALSE(second.lastUtcMs());
    second.setLastUtcMs(utcMs(2026, 10, 25, 1, 30));
    EXPECT_EQ(resolved(second, wall(2026, 10, 25, 2, 40, 0)), utcMs(2026, 10, 25, 1, 40));
    EXPECT_EQ(second.lastUtcMs(), utcMs(2026, 10, 25, 1, 40));

    // Stored up to 02:30 of the first pass; 02:40 is still the first pass (an unseeded resolver
    // says so too), and so is everything up to 02:59:50.
    MeterClockResolver first;
    first.setLastUtcMs(utcMs(2026, 10, 25, 0, 30));
    EXPECT_EQ(resolved(first, wall(2026, 10, 25, 2, 40, 0)), utcMs(2026, 10, 25, 0, 40));
    EXPECT_EQ(resolved(first, wall(2026, 10, 25, 2, 59, 50)), utcMs(2026, 10, 25, 0, 59, 50));

    // Stored up to 02:50 of the first pass, back after the clock stepped back: 02:10 is the
    // second pass.
    MeterClockResolver stepped;
    stepped.setLastUtcMs(utcMs(2026, 10, 25, 0, 50));
    EXPECT_EQ(resolved(stepped, wall(2026, 10, 25, 2, 10, 0)), utcMs(2026, 10, 25, 1, 10));
}

TEST(MeterClockResolver, ALastTimeLongAfterTheRepeatedHourSaysNothingAboutIt)
{
    // A capture of that October night from 02:00 CEST on, imported into a history that already
    // holds November: the stream starts with the first pass, as it would in an empty history.
    MeterClockResolver resolver;
    resolver.setLastUtcMs(utcMs(2026, 11, 20, 12, 0));
    const std::vector<CosemDateTime> stream = autumnNight();
    const std::int64_t first = utcMs(2026, 10, 24, 23, 59, 50);
    for (std::size_t i = 1; i < stream.size(); ++i)
        ASSERT_EQ(resolved(resolver, stream[i]), first + static_cast<std::int64_t>(i) * 10'000)
            << "push " << i;
    MeterClockResolver atTwo;
    atTwo.setLastUtcMs(utcMs(2026, 11, 20, 12, 0));
    EXPECT_EQ(resolved(atTwo, wall(2026, 10, 25, 2, 10, 0)), utcMs(2026, 10, 25, 0, 10));
}

TEST(MeterClockResolver, SpringForward)
{
    MeterClockResolver resolver;
    EXPECT_EQ(resolved(resolver, wall(2026, 3, 29, 1, 59, 50)), utcMs(2026, 3, 29, 0, 59, 50));
    EXPECT_EQ(resolved(resolver, wall(2026, 3, 29, 3, 0, 0, kDst)), utcMs(2026, 3, 29, 1, 0));
    // 02:30 does not exist in Oslo that night; a meter that says so has not sprung forward
    // yet: read with the winter offset, it is 01:30 UTC (03:30 CEST).
    MeterClockResolver gap;
    EXPECT_EQ(resolved(gap, wall(2026, 3, 29, 2, 30, 0)), utcMs(2026, 3, 29, 1, 30));
}

TEST(MeterClockResolver, StandardTimeMeterInSummer)
{
    // At 11:00 UTC in July, Oslo reads 13:00; a meter on standard time reads 12:00.
    const CosemDateTime meter = wall(2026, 7, 1, 12, 0, 5);
    const std::int64_t truth = utcMs(2026, 7, 1, 11, 0, 5);

    MeterClockResolver standard = resolverIn(Mode::StandardTime);
    const auto r = standard.resolve(meter, truth + 800);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->utcMs, truth);
    EXPECT_FALSE(r->drifted);
    // And in winter standard time is the wall clock.
    EXPECT_EQ(resolved(standard, wall(2026, 1, 15, 12, 0, 5)), utcMs(2026, 1, 15, 11, 0, 5));

    // Configured as following DST it lands an hour early, and with a host clock that is flagged.
    MeterClockResolver dst;
    const auto wrong = dst.resolve(meter, truth);
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->utcMs, truth - 60 * kMinuteMs);
    EXPECT_TRUE(wrong->drifted);
    EXPECT_EQ(wrong->driftMs, -60 * kMinuteMs);
}

TEST(MeterClockResolver, LearnsTheOffsetFromTheHostClock)
{
    MeterClockResolver resolver = resolverIn(Mode::Learned);
    // A standard-time meter in summer, 2 min 10 s fast; the first samples resolve as FollowsDst.
    const std::int64_t fastMs = 130'000;
    for (int i = 0; i < 5; ++i) {
        const std::int64_t truth = utcMs(2026, 7, 1, 11, 0, 10 * i);
        const CosemDateTime meter = CosemDateTime::fromLocal(
            QDateTime::fromMSecsSinceEpoch(truth + 3'600'000 + fastMs, Qt::UTC));
        const auto r = resolver.resolve(meter, truth);
        ASSERT_TRUE(r);
        if (i < 2) {
            EXPECT_FALSE(resolver.learnedOffsetSeconds());
            EXPECT_EQ(r->utcMs, truth - 3'600'000 + fastMs); // read as CEST: an hour early
            EXPECT_TRUE(r->drifted);
        } else {
            // Three agreeing samples: UTC+1, the 2 min 10 s rounded away.
            EXPECT_EQ(resolver.learnedOffsetSeconds(), 3600);
            EXPECT_EQ(r->utcMs, truth + fastMs);
            EXPECT_EQ(r->driftMs, fastMs);
            EXPECT_FALSE(r->drifted);
        }
    }
    // Once learned, a capture without host times uses it too.
    EXPECT_EQ(resolved(resolver, wall(2026, 7, 1, 14, 0, 0)), utcMs(2026, 7, 1, 13, 0));
}

TEST(MeterClockResolver, LearnedWithoutHostTimesFallsBackToFollowingDst)
{
    MeterClockResolver resolver = resolverIn(Mode::Learned);
    EXPECT_EQ(resolved(resolver, wall(2026, 7, 1, 13, 0, 0)), utcMs(2026, 7, 1, 11, 0));
    EXPECT_FALSE(resolver.learnedOffsetSeconds());
    // A remembered offset (the meters table keeps it) applies at once.
    resolver.setLearnedOffsetSeconds(3600);
    EXPECT_EQ(resolved(resolver, wall(2026, 7, 1, 13, 0, 0)), utcMs(2026, 7, 1, 12, 0));
}

TEST(MeterClockResolver, DisagreeingSamplesDoNotTeach)
{
    MeterClockResolver resolver = resolverIn(Mode::Learned);
    const std::int64_t t = utcMs(2026, 7, 1, 11, 0);
    resolver.resolve(wall(2026, 7, 1, 12, 0, 0), t);
    resolver.resolve(wall(2026, 7, 1, 13, 0, 10), t + 10'000); // a host clock that jumped
    resolver.resolve(wall(2026, 7, 1, 12, 0, 20), t + 20'000);
    EXPECT_FALSE(resolver.learnedOffsetSeconds());
    resolver.resolve(wall(2026, 7, 1, 12, 0, 30), t + 30'000);
    resolver.resolve(wall(2026, 7, 1, 12, 0, 40), t + 40'000);
    EXPECT_EQ(resolver.learnedOffsetSeconds(), 3600);
}

TEST(MeterClockResolver, DriftBeyondTheToleranceIsFlagged)
{
    MeterClockResolver resolver;
    const std::int64_t host = utcMs(2026, 1, 10, 9, 0, 0);
    // 10:07:00 on a UTC+1 wall clock is 09:07 UTC: seven minutes fast.
    const auto fast = resolver.resolve(wall(2026, 1, 10, 10, 7, 0), host);
    ASSERT_TRUE(fast);
    EXPECT_TRUE(fast->drifted);
    EXPECT_EQ(fast->driftMs, 7 * kMinuteMs);
    EXPECT_EQ(fast->utcMs, host + 7 * kMinuteMs); // flagged, not corrected

    const auto slow = resolver.resolve(wall(2026, 1, 10, 9, 56, 0), host);
    ASSERT_TRUE(slow);
    EXPECT_FALSE(slow->drifted); // four minutes: within the default five
    EXPECT_EQ(slow->driftMs, -4 * kMinuteMs);

    MeterClockResolver::Settings tight;
    tight.driftToleranceMs = 60'000;
    MeterClockResolver strict(tight);
    EXPECT_TRUE(strict.resolve(wall(2026, 1, 10, 9, 56, 0), host)->drifted);
    // No host time, no verdict.
    const auto noHost = strict.resolve(wall(2026, 1, 10, 9, 56, 0));
    EXPECT_FALSE(noHost->drifted);
    EXPECT_EQ(noHost->driftMs, 0);
}

TEST(MeterClockResolver, SentDeviationIsAuthoritative)
{
    // A Kaifa in Austria: 12:00 with deviation -120 (FF88), DST bit set (amsreader#809).
    const std::uint8_t kaifa[12] = {0x07, 0xE4, 5, 1, 5, 12, 0, 0, 0xFF, 0xFF, 0x88, 0x80};
    // Aidon: deviation 0, i.e. the meter claims UTC.
    const std::uint8_t utc[12] = {0x07, 0xE4, 1, 21, 2, 16, 0, 0, 0xFF, 0x00, 0x00, 0x00};
    for (Mode mode : {Mode::FollowsDst, Mode::StandardTime, Mode::Learned}) {
        MeterClockResolver resolver = resolverIn(mode);
        EXPECT_EQ(resolved(resolver, CosemDateTime::fromBytes(kaifa)), utcMs(2020, 5, 1, 10, 0));
        EXPECT_EQ(resolved(resolver, CosemDateTime::fromBytes(utc)), utcMs(2020, 1, 21, 16, 0));
    }
}

TEST(MeterClockResolver, UnusableDatesGiveNoTime)
{
    MeterClockResolver resolver;
    EXPECT_FALSE(resolver.resolve(CosemDateTime{}));
    // A clock never set: year 2000, status 0x01 (PROTOCOL.md §4, K12/K41).
    const std::uint8_t unset[12] = {0x07, 0xD0, 1, 1, 6, 0, 0, 0, 0xFF, 0x80, 0x00, 0x01};
    EXPECT_FALSE(resolver.resolve(CosemDateTime::fromBytes(unset)));
    const std::uint8_t month13[12] = {0x07, 0xEA, 13, 1, 0xFF, 0, 0, 0, 0xFF, 0x80, 0x00, 0x00};
    EXPECT_FALSE(resolver.resolve(CosemDateTime::fromBytes(month13)));
    const std::uint8_t noHour[12] = {0x07, 0xEA, 1, 1, 0xFF, 0xFF, 0, 0, 0xFF, 0x80, 0x00, 0x00};
    EXPECT_FALSE(resolver.resolve(CosemDateTime::fromBytes(noHour), utcMs(2026, 1, 1, 0, 0)));
    const std::uint8_t feb30[12] = {0x07, 0xEA, 2, 30, 0xFF, 0, 0, 0, 0xFF, 0x80, 0x00, 0x00};
    EXPECT_FALSE(resolver.resolve(CosemDateTime::fromBytes(feb30)));
}

// --- simulated days
// -------------------------------------------------------------------------------

struct DaysCase
{
    SimulatorSettings::ClockMode meter;
    Mode resolver;
    bool hostTimes;
    int month; // 3: 28-29 March, 10: 24-25 October (UTC days)
};

class MeterClockResolverDays : public ::testing::TestWithParam<DaysCase>
{
};

TEST_P(MeterClockResolverDays, EveryReadingResolvesToWhenItWasSent)
{
    const DaysCase c = GetParam();
    test::SimulatedHistory::Options o;
    // Two days around the change; HourlyEnergy's tests run whole weeks.
    const int firstDay = c.month == 3 ? 28 : 24;
    o.simulator.start = QDateTime(QDate(2026, c.month, firstDay), QTime(0, 0), Qt::UTC);
    o.simulator.clock = c.meter;
    o.simulator.list2OffsetSeconds = 5;
    o.end = o.simulator.start.addDays(2);
    o.resolver.mode = c.resolver;
    o.hostTimes = c.hostTimes;
    const test::SimulatedHistory h = test::SimulatedHistory::build(o);

    EXPECT_EQ(h.frames, 2 * (8640 + 24));
    EXPECT_EQ(h.unresolved, 0);
    // Learned mode reads the first samples as FollowsDst: a standard-time meter before the
    // October change is an hour off (and flagged) until three samples agree on UTC+1. In March
    // it starts in winter, learns UTC+1 at once and keeps it after the change.
    const int learning = c.resolver == Mode::Learned && c.month == 10 ? 2 : 0;
    EXPECT_EQ(h.misresolved, learning);
    EXPECT_EQ(h.drifted, learning);
    ASSERT_EQ(h.snapshots.size(), 2u * 24u);
    // One snapshot per real hour, whatever the wall clock did (the first one was read while
    // Learned was still learning).
    for (std::size_t i = learning ? 2 : 1; i < h.snapshots.size(); ++i)
        ASSERT_EQ(h.snapshots[i].hourEndUtcMs() - h.snapshots[i - 1].hourEndUtcMs(), 3'600'000);
}

INSTANTIATE_TEST_SUITE_P(
    DstChanges, MeterClockResolverDays,
    ::testing::Values(
        DaysCase{SimulatorSettings::ClockMode::FollowsDst, Mode::FollowsDst, false, 10},
        DaysCase{SimulatorSettings::ClockMode::FollowsDst, Mode::FollowsDst, true, 10},
        DaysCase{SimulatorSettings::ClockMode::FollowsDst, Mode::FollowsDst, false, 3},
        DaysCase{SimulatorSettings::ClockMode::FollowsDst, Mode::FollowsDst, true, 3},
        DaysCase{SimulatorSettings::ClockMode::StandardTime, Mode::StandardTime, false, 10},
        DaysCase{SimulatorSettings::ClockMode::StandardTime, Mode::StandardTime, false, 3},
        DaysCase{SimulatorSettings::ClockMode::StandardTime, Mode::Learned, true, 10},
        DaysCase{SimulatorSettings::ClockMode::StandardTime, Mode::Learned, true, 3}),
    [](const ::testing::TestParamInfo<DaysCase>& tested) {
        const DaysCase& c = tested.param;
        std::string name =
            c.meter == SimulatorSettings::ClockMode::FollowsDst ? "DstMeter" : "StandardMeter";
        name += std::string("_") + MeterClockResolver::modeName(c.resolver);
        name += c.hostTimes ? "_host" : "_noHost";
        name += c.month == 3 ? "_March" : "_October";
        return name;
    });

} // namespace
} // namespace han
