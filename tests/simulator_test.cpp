// SPDX-License-Identifier: GPL-3.0-or-later
// The meter simulator against the real decoder: what it says it sent is what decodes, its
// registers are the integral of what it reported, its clock follows Norway's, and its faults
// break exactly the frames it says they break.
#include "household_model.h"
#include "meter_simulator.h"
#include "reading_json.h"
#include "simulator_options.h"
#include "stream_decoder.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <array>
#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace han {
namespace {

using ClockMode = SimulatorSettings::ClockMode;
using Encoding = DataNotification::DateTimeEncoding;
using Damage = SimulatedFrame::Damage;

constexpr int kFramesPerDay = 8640 + 24;

QDateTime osloMidnight(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0),
                     QTimeZone(QByteArrayLiteral("Europe/Oslo")));
}

SimulatorSettings settingsAt(const QDateTime& start, std::uint64_t seed = 1)
{
    SimulatorSettings s;
    s.seed = seed;
    s.start = start;
    return s;
}

std::vector<SimulatedFrame> simulate(const SimulatorSettings& settings, int frames)
{
    MeterSimulator simulator(settings);
    std::vector<SimulatedFrame> out;
    out.reserve(static_cast<std::size_t>(frames));
    for (int i = 0; i < frames; ++i)
        out.push_back(simulator.next());
    return out;
}

// Every push until (not including) `end`.
std::vector<SimulatedFrame> simulateUntil(const SimulatorSettings& settings, const QDateTime& end)
{
    MeterSimulator simulator(settings);
    std::vector<SimulatedFrame> out;
    while (simulator.nextPushUtc() < end)
        out.push_back(simulator.next());
    return out;
}

struct Collector : StreamDecoder::Sink
{
    std::vector<MeterReading> readings;
    std::vector<FrameError> errors;
    void readingDecoded(const MeterReading& reading, const HdlcFrame&) override
    {
        readings.push_back(reading);
    }
    void frameRejected(const FrameError& error) override { errors.push_back(error); }
};

Collector decode(const std::vector<SimulatedFrame>& frames)
{
    StreamDecoder decoder;
    Collector sink;
    for (const SimulatedFrame& f : frames)
        decoder.feed(reinterpret_cast<const std::uint8_t*>(f.wire.constData()),
                     static_cast<std::size_t>(f.wire.size()), sink);
    decoder.finish(sink);
    return sink;
}

std::string stamp(const std::optional<CosemDateTime>& t)
{
    return t ? t->toIsoString().toStdString() : std::string("(none)");
}

std::vector<const SimulatedFrame*> list2Of(const std::vector<SimulatedFrame>& frames)
{
    std::vector<const SimulatedFrame*> out;
    for (const SimulatedFrame& f : frames) {
        if (f.listNumber() == 2)
            out.push_back(&f);
    }
    return out;
}

// --- round trip through the real decoder --------------------------------------------------------

struct Variant
{
    int phases;
    Encoding firmware;
    ClockMode clock;
};

std::string variantName(const Variant& v)
{
    return std::string(v.phases == 3 ? "ThreePhase" : "SinglePhase") +
           (v.firmware == Encoding::LengthPrefix ? "NewFirmware" : "OldFirmware") +
           (v.clock == ClockMode::FollowsDst ? "FollowsDst" : "StandardTime");
}

// GoogleTest would otherwise print the struct's bytes, padding included.
[[maybe_unused]] void PrintTo(const Variant& v, std::ostream* os)
{
    *os << variantName(v);
}

class SimulatorRoundTrip : public ::testing::TestWithParam<Variant>
{
};

TEST_P(SimulatorRoundTrip, DecoderGivesBackExactlyWhatWasSent)
{
    SimulatorSettings s = settingsAt(osloMidnight(2026, 10, 24), 11);
    s.phases = GetParam().phases;
    s.firmware = GetParam().firmware;
    s.clock = GetParam().clock;
    // Two days over the October change: a 25-hour day.
    const std::vector<SimulatedFrame> frames = simulate(s, 2 * kFramesPerDay + 10);
    const Collector decoded = decode(frames);

    EXPECT_TRUE(decoded.errors.empty());
    ASSERT_EQ(decoded.readings.size(), frames.size());
    for (std::size_t i = 0; i < frames.size(); ++i) {
        ASSERT_EQ(decoded.readings[i], frames[i].reading)
            << "push " << i << " at " << stamp(frames[i].reading.meterTime);
    }
    for (const SimulatedFrame& f : frames) {
        ASSERT_EQ(f.reading.phaseCount(), s.phases);
        ASSERT_EQ(f.wire, f.intact);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Variants, SimulatorRoundTrip,
    ::testing::Values(Variant{3, Encoding::LengthPrefix, ClockMode::FollowsDst},
                      Variant{3, Encoding::TypedOctets, ClockMode::StandardTime},
                      Variant{1, Encoding::LengthPrefix, ClockMode::StandardTime},
                      Variant{1, Encoding::TypedOctets, ClockMode::FollowsDst}),
    [](const ::testing::TestParamInfo<Variant>& variant) { return variantName(variant.param); });

TEST(Simulator, FramesHaveTheSizesOfRealKamstrupFrames)
{
    // PROTOCOL.md §10.5 and §7: 0xA0E2 / 0xA12C three-phase new firmware, one byte more with
    // the old firmware's 09; single-phase NO meters keep the item count with null pairs.
    auto sizes = [](int phases, Encoding firmware) {
        SimulatorSettings s = settingsAt(QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC));
        s.phases = phases;
        s.firmware = firmware;
        const std::vector<SimulatedFrame> frames = simulate(s, 2);
        EXPECT_EQ(frames[0].listNumber(), 1);
        EXPECT_EQ(frames[1].listNumber(), 2);
        return std::make_pair(frames[0].intact.size(), frames[1].intact.size());
    };
    EXPECT_EQ(sizes(3, Encoding::LengthPrefix), std::make_pair(qsizetype{228}, qsizetype{302}));
    EXPECT_EQ(sizes(3, Encoding::TypedOctets), std::make_pair(qsizetype{229}, qsizetype{303}));
    const auto single = sizes(1, Encoding::LengthPrefix);
    EXPECT_LT(single.first, 228);
    EXPECT_LT(single.second, 302);

    SimulatorSettings s = settingsAt(QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC));
    const QByteArray frame = simulate(s, 1).front().intact;
    EXPECT_EQ(frame.left(8).toHex(' '), QByteArray("7e a0 e2 2b 21 13 23 9a"));
    EXPECT_EQ(frame.mid(11, 6).toHex(' '), QByteArray("0f 00 00 00 00 0c"));
}

TEST(Simulator, ValuesAreOnTheDataSheetResolution)
{
    const std::vector<SimulatedFrame> frames =
        simulate(settingsAt(osloMidnight(2026, 7, 1), 5), kFramesPerDay);
    for (const SimulatedFrame& f : frames) {
        const MeterReading& r = f.reading;
        for (const auto& w : {r.activeImportW, r.activeExportW, r.reactiveImportVar,
                              r.reactiveExportVar, r.voltageL1V, r.voltageL2V, r.voltageL3V})
            ASSERT_EQ(*w, std::floor(*w));
        for (const auto& a : {r.currentL1A, r.currentL2A, r.currentL3A})
            ASSERT_EQ(*a, static_cast<double>(std::llround(*a * 100)) / 100.0);
        ASSERT_TRUE(*r.activeImportW == 0 || *r.activeExportW == 0);
        ASSERT_TRUE(*r.reactiveImportVar == 0 || *r.reactiveExportVar == 0);
        for (const auto& v : {r.voltageL1V, r.voltageL2V, r.voltageL3V}) {
            ASSERT_GE(*v, 220.0);
            ASSERT_LE(*v, 242.0);
        }
        if (r.hasRegisters()) {
            ASSERT_EQ(std::fmod(*r.activeImportWh, 10.0), 0.0);
        }
    }
}

// --- registers -----------------------------------------------------------------------------------

TEST(Simulator, RegisterDeltasAreTheIntegralOfListOnePower)
{
    // Five June days, three-phase, with solar.
    SimulatorSettings s = settingsAt(osloMidnight(2026, 6, 8), 3);
    const std::vector<SimulatedFrame> frames = simulate(s, 5 * kFramesPerDay);

    // Energy per quantity in W·s: the List 1 powers times their 10 s, and its value at each hh:00.
    const std::array<std::int64_t, 4> initial{12'345'670, 1'234'560, 234'560, 1'345'670};
    std::array<double, 4> integralWs{};
    std::array<double, 4> atHour{};
    std::array<double, 4> previousRegisters{};
    std::array<double, 4> atPreviousHour{};
    int list2Seen = 0;
    bool middayExport = false;
    const QTimeZone oslo(QByteArrayLiteral("Europe/Oslo"));
    for (const SimulatedFrame& f : frames) {
        const MeterReading& r = f.reading;
        if (f.listNumber() == 1) {
            const QTime utc = f.sentAtUtc.time();
            if (utc.minute() == 0 && utc.second() == 0)
                atHour = integralWs; // the registers at hh:00 exclude the interval starting then
            integralWs[0] += *r.activeImportW * 10.0;
            integralWs[1] += *r.activeExportW * 10.0;
            integralWs[2] += *r.reactiveImportVar * 10.0;
            integralWs[3] += *r.reactiveExportVar * 10.0;
            const int localHour = f.sentAtUtc.toTimeZone(oslo).time().hour();
            if (localHour >= 11 && localHour < 15 && *r.activeExportW > 1000)
                middayExport = true;
            continue;
        }
        const std::array<double, 4> registers{*r.activeImportWh, *r.activeExportWh,
                                              *r.reactiveImportVarh, *r.reactiveExportVarh};
        for (std::size_t i = 0; i < 4; ++i) {
            // Exact: the initial value plus the integral, floored to the 10 Wh resolution.
            const double exact =
                std::floor((static_cast<double>(initial[i]) * 3600 + atHour[i]) / 36000.0) * 10;
            ASSERT_EQ(registers[i], exact) << "register " << i << " at " << stamp(r.meterClock);
            if (list2Seen > 0) {
                const double deltaWh = registers[i] - previousRegisters[i];
                const double integralWh = (atHour[i] - atPreviousHour[i]) / 3600.0;
                ASSERT_LT(std::abs(deltaWh - integralWh), 10.0)
                    << "register " << i << " at " << stamp(r.meterClock);
            }
        }
        previousRegisters = registers;
        atPreviousHour = atHour;
        ++list2Seen;
    }
    EXPECT_EQ(list2Seen, 5 * 24);
    EXPECT_TRUE(middayExport)
        << "no export at midday in five June days: the solar model is not exercised";
    // Both directions of both kinds of energy moved.
    const auto registersOf = [](const SimulatedFrame* f) {
        return std::array<double, 4>{*f->reading.activeImportWh, *f->reading.activeExportWh,
                                     *f->reading.reactiveImportVarh,
                                     *f->reading.reactiveExportVarh};
    };
    const auto list2 = list2Of(frames);
    const auto first = registersOf(list2.front());
    const auto last = registersOf(list2.back());
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_GT(last[i], first[i]) << "register " << i;
}

TEST(Simulator, FirstListTwoCarriesTheInitialRegisters)
{
    SimulatorSettings s = settingsAt(QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC));
    const std::vector<SimulatedFrame> frames = simulate(s, 2);
    ASSERT_EQ(frames[1].listNumber(), 2);
    EXPECT_EQ(*frames[1].reading.activeImportWh, 12'345'670.0);
    EXPECT_EQ(*frames[1].reading.activeExportWh, 1'234'560.0);
    EXPECT_EQ(*frames[1].reading.reactiveImportVarh, 234'560.0);
    EXPECT_EQ(*frames[1].reading.reactiveExportVarh, 1'345'670.0);
    // The List 2 reports the instantaneous values of the interval it falls in.
    EXPECT_EQ(frames[1].reading.activeImportW, frames[0].reading.activeImportW);
    EXPECT_EQ(frames[1].reading.voltageL3V, frames[0].reading.voltageL3V);
    EXPECT_EQ(frames[1].reading.meterClock, frames[1].reading.meterTime);
}

// --- the meter clock -----------------------------------------------------------------------------

// A List 2's meter clock and its clock status.
using Stamp = std::pair<std::string, int>;

std::vector<Stamp> list2Stamps(const SimulatorSettings& s, const QDateTime& end)
{
    std::vector<Stamp> out;
    const std::vector<SimulatedFrame> frames = simulateUntil(s, end); // outlives the pointers
    for (const SimulatedFrame* f : list2Of(frames))
        out.emplace_back(stamp(f->reading.meterClock), f->reading.meterClock->clockStatus());
    return out;
}

void expectStamps(const std::vector<Stamp>& actual, const std::vector<Stamp>& expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(actual[i], expected[i]) << "List 2 number " << i;
}

TEST(SimulatorClock, SpringForwardHasNoTwoOClockListTwo)
{
    // Europe/Oslo, 2026-03-29: 02:00 CET becomes 03:00 CEST. The local day has 23 hours.
    const SimulatorSettings s = settingsAt(osloMidnight(2026, 3, 29));
    expectStamps(list2Stamps(s, osloMidnight(2026, 3, 30)),
                 {{"2026-03-29T00:00:05", 0x00}, {"2026-03-29T01:00:05", 0x00},
                  {"2026-03-29T03:00:05", 0x80}, {"2026-03-29T04:00:05", 0x80},
                  {"2026-03-29T05:00:05", 0x80}, {"2026-03-29T06:00:05", 0x80},
                  {"2026-03-29T07:00:05", 0x80}, {"2026-03-29T08:00:05", 0x80},
                  {"2026-03-29T09:00:05", 0x80}, {"2026-03-29T10:00:05", 0x80},
                  {"2026-03-29T11:00:05", 0x80}, {"2026-03-29T12:00:05", 0x80},
                  {"2026-03-29T13:00:05", 0x80}, {"2026-03-29T14:00:05", 0x80},
                  {"2026-03-29T15:00:05", 0x80}, {"2026-03-29T16:00:05", 0x80},
                  {"2026-03-29T17:00:05", 0x80}, {"2026-03-29T18:00:05", 0x80},
                  {"2026-03-29T19:00:05", 0x80}, {"2026-03-29T20:00:05", 0x80},
                  {"2026-03-29T21:00:05", 0x80}, {"2026-03-29T22:00:05", 0x80},
                  {"2026-03-29T23:00:05", 0x80}});
}

TEST(SimulatorClock, FallBackRepeatsTwoOClockListTwo)
{
    // Europe/Oslo, 2026-10-25: 03:00 CEST becomes 02:00 CET. The local day has 25 hours.
    const SimulatorSettings s = settingsAt(osloMidnight(2026, 10, 25));
    expectStamps(list2Stamps(s, osloMidnight(2026, 10, 26)),
                 {{"2026-10-25T00:00:05", 0x80}, {"2026-10-25T01:00:05", 0x80},
                  {"2026-10-25T02:00:05", 0x80}, {"2026-10-25T02:00:05", 0x00},
                  {"2026-10-25T03:00:05", 0x00}, {"2026-10-25T04:00:05", 0x00},
                  {"2026-10-25T05:00:05", 0x00}, {"2026-10-25T06:00:05", 0x00},
                  {"2026-10-25T07:00:05", 0x00}, {"2026-10-25T08:00:05", 0x00},
                  {"2026-10-25T09:00:05", 0x00}, {"2026-10-25T10:00:05", 0x00},
                  {"2026-10-25T11:00:05", 0x00}, {"2026-10-25T12:00:05", 0x00},
                  {"2026-10-25T13:00:05", 0x00}, {"2026-10-25T14:00:05", 0x00},
                  {"2026-10-25T15:00:05", 0x00}, {"2026-10-25T16:00:05", 0x00},
                  {"2026-10-25T17:00:05", 0x00}, {"2026-10-25T18:00:05", 0x00},
                  {"2026-10-25T19:00:05", 0x00}, {"2026-10-25T20:00:05", 0x00},
                  {"2026-10-25T21:00:05", 0x00}, {"2026-10-25T22:00:05", 0x00},
                  {"2026-10-25T23:00:05", 0x00}});
}

TEST(SimulatorClock, FallBackListOneClockStepsBackOnce)
{
    SimulatorSettings s = settingsAt(QDateTime(QDate(2026, 10, 25), QTime(0, 59, 40), Qt::UTC));
    const std::vector<SimulatedFrame> frames = simulate(s, 4);
    EXPECT_EQ(stamp(frames[0].reading.meterTime), "2026-10-25T02:59:40");
    EXPECT_EQ(stamp(frames[1].reading.meterTime), "2026-10-25T02:59:50");
    EXPECT_EQ(frames[1].reading.meterTime->clockStatus(), 0x80);
    EXPECT_EQ(stamp(frames[2].reading.meterTime), "2026-10-25T02:00:00");
    EXPECT_EQ(frames[2].reading.meterTime->clockStatus(), 0x00);
    EXPECT_EQ(frames[3].listNumber(), 2);
    EXPECT_EQ(stamp(frames[3].reading.meterClock), "2026-10-25T02:00:05");
}

TEST(SimulatorClock, StandardTimeNeverRepeatsNorSkips)
{
    for (const QDate& day : {QDate(2026, 3, 29), QDate(2026, 10, 25)}) {
        SimulatorSettings s = settingsAt(QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, 3600));
        s.clock = ClockMode::StandardTime;
        const std::vector<Stamp> stamps =
            list2Stamps(s, QDateTime(day.addDays(1), QTime(0, 0), Qt::OffsetFromUTC, 3600));
        ASSERT_EQ(stamps.size(), 24u) << day.toString(Qt::ISODate).toStdString();
        for (int h = 0; h < 24; ++h) {
            const std::string expected =
                day.toString(Qt::ISODate).toStdString() +
                QStringLiteral("T%1:00:05").arg(h, 2, 10, QLatin1Char('0')).toStdString();
            EXPECT_EQ(stamps[static_cast<std::size_t>(h)], Stamp(expected, 0x00));
        }
    }
}

TEST(SimulatorClock, OneListTwoPerUtcHourOverAYear)
{
    // A long run, in both modes, sampled cheaply: every List 2 is an hour after the one before.
    for (const ClockMode mode : {ClockMode::FollowsDst, ClockMode::StandardTime}) {
        SimulatorSettings s = settingsAt(QDateTime(QDate(2026, 3, 27), QTime(0, 0), Qt::UTC));
        s.clock = mode;
        const std::vector<SimulatedFrame> frames = simulate(s, 4 * kFramesPerDay);
        QDateTime previous;
        for (const SimulatedFrame* f : list2Of(frames)) {
            EXPECT_EQ(f->sentAtUtc.time().minute(), 0);
            EXPECT_EQ(f->sentAtUtc.time().second(), 5);
            if (previous.isValid()) {
                EXPECT_EQ(previous.secsTo(f->sentAtUtc), 3600);
            }
            previous = f->sentAtUtc;
        }
    }
}

TEST(SimulatorClock, DaylightSavingFlagOnlyInSummerWhenFollowingDst)
{
    auto status = [](int month, ClockMode mode) {
        SimulatorSettings s = settingsAt(QDateTime(QDate(2026, month, 15), QTime(12, 0), Qt::UTC));
        s.clock = mode;
        return simulate(s, 1).front().reading.meterTime->clockStatus();
    };
    EXPECT_EQ(status(7, ClockMode::FollowsDst), 0x80);
    EXPECT_EQ(status(1, ClockMode::FollowsDst), 0x00);
    EXPECT_EQ(status(7, ClockMode::StandardTime), 0x00);

    SimulatorSettings s = settingsAt(QDateTime(QDate(2026, 7, 15), QTime(12, 0), Qt::UTC));
    const CosemDateTime summer = *simulate(s, 1).front().reading.meterTime;
    EXPECT_EQ(summer.toIsoString(), QStringLiteral("2026-07-15T14:00:00"));
    EXPECT_EQ(summer.hundredths(), 0xFF);
    EXPECT_FALSE(summer.hasDeviation());
    EXPECT_EQ(summer.dayOfWeek(), 3); // a Wednesday
    const QDateTime noon(QDate(2026, 7, 15), QTime(12, 0), Qt::UTC);
    EXPECT_EQ(MeterSimulator(s).meterWallClock(noon).offsetFromUtc(), 7200);
    EXPECT_EQ(MeterSimulator(s).meterWallClock(noon).time(), QTime(14, 0));
    s.clock = ClockMode::StandardTime;
    EXPECT_EQ(MeterSimulator(s).meterWallClock(noon).offsetFromUtc(), 3600);
    EXPECT_EQ(simulate(s, 1).front().reading.meterTime->toIsoString(),
              QStringLiteral("2026-07-15T13:00:00"));
}

TEST(SimulatorClock, ListTwoOffsetOnATenSecondBoundaryFollowsTheListOne)
{
    for (const int offset : {0, 30, 59}) {
        SimulatorSettings s = settingsAt(QDateTime(QDate(2026, 4, 2), QTime(7, 59, 0), Qt::UTC));
        s.list2OffsetSeconds = offset;
        const std::vector<SimulatedFrame> frames = simulate(s, 16);
        const auto list2 = list2Of(frames);
        ASSERT_EQ(list2.size(), 1u) << offset;
        const SimulatedFrame& l2 = *list2.front();
        EXPECT_EQ(l2.sentAtUtc, QDateTime(QDate(2026, 4, 2), QTime(8, 0, offset), Qt::UTC));
        EXPECT_EQ(l2.reading.meterClock->second(), offset);
        const SimulatedFrame& before = frames[l2.sequence - 1];
        EXPECT_EQ(before.listNumber(), 1);
        EXPECT_EQ(before.sentAtUtc.secsTo(l2.sentAtUtc), offset % 10);
        EXPECT_EQ(before.reading.activeImportW, l2.reading.activeImportW);
        EXPECT_EQ(before.reading.currentL1A, l2.reading.currentL1A);
    }
}

TEST(SimulatorClock, StartsAtTheNextTenSecondBoundary)
{
    SimulatorSettings s = settingsAt(QDateTime(QDate(2026, 4, 2), QTime(7, 59, 51, 500), Qt::UTC));
    MeterSimulator simulator(s);
    EXPECT_EQ(simulator.nextPushUtc(), QDateTime(QDate(2026, 4, 2), QTime(8, 0, 0), Qt::UTC));
    EXPECT_EQ(simulator.next().sequence, 0u);
    EXPECT_EQ(simulator.next().listNumber(), 2);
    EXPECT_EQ(simulator.next().sentAtUtc, QDateTime(QDate(2026, 4, 2), QTime(8, 0, 10), Qt::UTC));
}

// --- determinism ---------------------------------------------------------------------------------

TEST(Simulator, SameSeedSameBytesOtherSeedOtherBytes)
{
    SimulatorSettings s = settingsAt(osloMidnight(2026, 8, 1), 42);
    s.faults.bitFlip = 0.01;
    s.faults.noise = 0.01;
    auto bytes = [](const SimulatorSettings& settings) {
        QByteArray all;
        for (const SimulatedFrame& f : simulate(settings, 2000))
            all += f.wire;
        return all;
    };
    const QByteArray a = bytes(s);
    EXPECT_EQ(a, bytes(s));
    SimulatorSettings other = s;
    other.seed = 43;
    EXPECT_NE(a, bytes(other));
}

TEST(Simulator, FaultsDoNotChangeTheTruth)
{
    // The damage has its own random stream: turning it on leaves the household as it was.
    SimulatorSettings s = settingsAt(osloMidnight(2026, 8, 1), 42);
    const std::vector<SimulatedFrame> clean = simulate(s, 3000);
    s.faults.drop = 0.2;
    s.faults.unplugEveryHours = 1;
    const std::vector<SimulatedFrame> damaged = simulate(s, 3000);
    for (std::size_t i = 0; i < clean.size(); ++i)
        ASSERT_EQ(clean[i].reading, damaged[i].reading) << i;
}

TEST(Simulator, DaysDependOnTheDateNotOnTheStart)
{
    HouseholdModel a(9, 3, 6000.0);
    HouseholdModel b(9, 3, 6000.0);
    for (int d = 0; d < 30; ++d) {
        const QDate date = QDate(2026, 5, 1).addDays(d);
        EXPECT_EQ(a.weatherOn(date), b.weatherOn(date));
    }
}

// --- the household -------------------------------------------------------------------------------

TEST(Household, AWeekHasTheLoadsOfANorwegianHouse)
{
    SimulatorSettings s = settingsAt(osloMidnight(2026, 6, 1), 2);
    const std::vector<SimulatedFrame> frames = simulate(s, 7 * kFramesPerDay);
    double maxImport = 0;
    double minNightImport = 1e9;
    double maxNightImport = 0;
    double maxEveningImport = 0;
    double maxCurrent = 0;
    int sunnyDays = 0;
    const QTimeZone oslo(QByteArrayLiteral("Europe/Oslo"));
    for (const SimulatedFrame& f : frames) {
        const MeterReading& r = f.reading;
        const int hour = f.sentAtUtc.toTimeZone(oslo).time().hour();
        maxImport = std::max(maxImport, *r.activeImportW);
        if (hour >= 1 && hour < 3) // before sunrise, after the last shower
            minNightImport = std::min(minNightImport, *r.activeImportW);
        if (hour >= 16 && hour < 20)
            maxEveningImport = std::max(maxEveningImport, *r.activeImportW);
        maxNightImport = std::max(maxNightImport, hour < 5 ? *r.activeImportW : 0.0);
        maxCurrent = std::max({maxCurrent, *r.currentL1A, *r.currentL2A, *r.currentL3A});
    }
    HouseholdModel model(2, 3, 6000.0);
    for (int d = 0; d < 7; ++d)
        sunnyDays +=
            model.weatherOn(QDate(2026, 6, 1).addDays(d)) == HouseholdModel::Weather::Sunny;
    EXPECT_GE(minNightImport, 250.0); // base load and fridge, nothing else at 03:00 in June
    EXPECT_LT(minNightImport, 700.0);
    EXPECT_GT(maxNightImport, 7000.0);   // an EV charged on some night
    EXPECT_GT(maxEveningImport, 2000.0); // cooking
    EXPECT_LT(maxImport, 20000.0);
    EXPECT_LT(maxCurrent, 63.0); // a 63 A main fuse holds
    EXPECT_GE(sunnyDays, 1);
}

TEST(Household, SinglePhaseCarriesOnlyL1)
{
    SimulatorSettings s = settingsAt(osloMidnight(2026, 6, 1));
    s.phases = 1;
    for (const SimulatedFrame& f : simulate(s, 500)) {
        ASSERT_TRUE(f.reading.currentL1A && f.reading.voltageL1V);
        ASSERT_FALSE(f.reading.currentL2A || f.reading.currentL3A || f.reading.voltageL2V ||
                     f.reading.voltageL3V);
    }
}

TEST(Household, PanelsFollowTheSun)
{
    auto at = [](int month, int day, int hourUtc) {
        return HouseholdModel::clearSkyFraction(
            QDateTime(QDate(2026, month, day), QTime(hourUtc, 0), Qt::UTC).toSecsSinceEpoch());
    };
    EXPECT_EQ(at(6, 21, 23), 0.0);   // night
    EXPECT_GT(at(6, 21, 11), 0.95);  // midsummer noon (solar noon is about 11:20 UTC)
    EXPECT_LT(at(12, 21, 11), 0.35); // midwinter noon: the sun barely clears the horizon
    EXPECT_GT(at(12, 21, 11), 0.0);
    EXPECT_EQ(at(12, 21, 15), 0.0); // dark by 16:00 local in December
}

// --- faults --------------------------------------------------------------------------------------

TEST(SimulatorFaults, DamageRatesAndDecoderAgree)
{
    SimulatorSettings s = settingsAt(osloMidnight(2026, 9, 1), 1234);
    s.faults.bitFlip = 0.04;
    s.faults.drop = 0.04;
    s.faults.noise = 0.04;
    s.faults.truncate = 0.04;
    s.faults.unplugEveryHours = 6;
    s.faults.unplugSeconds = 120;
    const int n = 3 * kFramesPerDay;
    const std::vector<SimulatedFrame> frames = simulate(s, n);

    std::map<Damage, int> counts;
    std::vector<MeterReading> expected;
    for (const SimulatedFrame& f : frames) {
        ++counts[f.damage];
        switch (f.damage) {
        case Damage::None:
            ASSERT_EQ(f.wire, f.intact);
            break;
        case Damage::BitFlip: {
            ASSERT_EQ(f.wire.size(), f.intact.size());
            int differing = 0;
            for (qsizetype i = 0; i < f.wire.size(); ++i)
                differing += f.wire[i] != f.intact[i];
            ASSERT_EQ(differing, 1);
            const auto byte = static_cast<qsizetype>(f.damageAt / 8);
            ASSERT_EQ(static_cast<std::uint8_t>(f.wire[byte] ^ f.intact[byte]),
                      1u << (f.damageAt % 8));
            break;
        }
        case Damage::Drop:
            ASSERT_EQ(f.wire.size(), f.intact.size() - 1);
            ASSERT_GT(f.damageAt, 0);
            ASSERT_LT(f.damageAt, f.intact.size() - 1);
            break;
        case Damage::Noise:
            ASSERT_EQ(f.wire.size(), f.intact.size() + f.noiseBytes);
            ASSERT_TRUE(f.wire.endsWith(f.intact));
            ASSERT_GE(f.noiseBytes, 1);
            ASSERT_LE(f.noiseBytes, 64);
            break;
        case Damage::Truncate:
            ASSERT_EQ(f.wire.size(), f.damageAt);
            ASSERT_TRUE(f.intact.startsWith(f.wire));
            ASSERT_LE(f.damageAt, f.intact.size() - 2);
            break;
        case Damage::Unplugged: {
            ASSERT_TRUE(f.wire.isEmpty());
            const qint64 since = s.start.secsTo(f.sentAtUtc);
            ASSERT_GE(since, 6 * 3600);
            ASSERT_LT(since % (6 * 3600), 120);
            break;
        }
        }
        if (f.arrivesIntact())
            expected.push_back(f.reading);
    }

    // Shares per the documented precedence, within five standard deviations.
    const double plugged = n - counts[Damage::Unplugged];
    const double r = 0.04;
    const std::map<Damage, double> share{{Damage::BitFlip, r},
                                         {Damage::Drop, (1 - r) * r},
                                         {Damage::Noise, (1 - r) * (1 - r) * r},
                                         {Damage::Truncate, (1 - r) * (1 - r) * (1 - r) * r}};
    for (const auto& [damage, p] : share) {
        const double mean = plugged * p;
        EXPECT_NEAR(counts[damage], mean, 5 * std::sqrt(mean * (1 - p)))
            << SimulatedFrame::damageName(damage);
    }
    // 3 days: unplugged at 6 h, 12 h, ..., 66 h for 2 min: 12 List 1 and the List 2 each time.
    EXPECT_EQ(counts[Damage::Unplugged], 11 * 13);

    const Collector decoded = decode(frames);
    ASSERT_EQ(decoded.readings.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        ASSERT_EQ(decoded.readings[i], expected[i]) << i;
    EXPECT_GT(decoded.errors.size(), static_cast<std::size_t>(counts[Damage::BitFlip]));
}

TEST(SimulatorFaults, EveryKindAloneIsCaughtOrSurvived)
{
    // One kind at a time at a high rate: the decoder rejects exactly the damaged frames
    // (no CRC collision with this seed) and still finds every intact one after them.
    for (const auto& [name, member] :
         {std::pair{"bitflip", &FaultSettings::bitFlip}, std::pair{"drop", &FaultSettings::drop},
          std::pair{"noise", &FaultSettings::noise},
          std::pair{"truncate", &FaultSettings::truncate}}) {
        SimulatorSettings s = settingsAt(osloMidnight(2026, 9, 1), 77);
        s.faults.*member = 0.5;
        const std::vector<SimulatedFrame> frames = simulate(s, 4000);
        std::vector<MeterReading> expected;
        for (const SimulatedFrame& f : frames) {
            if (f.arrivesIntact())
                expected.push_back(f.reading);
        }
        const Collector decoded = decode(frames);
        ASSERT_EQ(decoded.readings.size(), expected.size()) << name;
        for (std::size_t i = 0; i < expected.size(); ++i)
            ASSERT_EQ(decoded.readings[i], expected[i]) << name << " " << i;
    }
}

// --- the truth file ------------------------------------------------------------------------------

TEST(SimulatorTruth, LineIsTheDecodersJsonPlusWhatHappened)
{
    SimulatorSettings s = settingsAt(QDateTime(QDate(2026, 10, 24), QTime(22, 0), Qt::UTC));
    s.faults.truncate = 1.0;
    const std::vector<SimulatedFrame> frames = simulate(s, 2);
    const QByteArray line = MeterSimulator::truthLine(frames[1]);
    EXPECT_FALSE(line.endsWith('\n'));
    QJsonParseError error{};
    const QJsonObject truth = QJsonDocument::fromJson(line, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
    EXPECT_EQ(truth.value(QLatin1String("seq")).toInt(), 1);
    EXPECT_EQ(truth.value(QLatin1String("sent_at")).toString(),
              QStringLiteral("2026-10-24T22:00:05.000Z"));
    EXPECT_EQ(truth.value(QLatin1String("list")).toInt(), 2);
    EXPECT_EQ(truth.value(QLatin1String("damage")).toString(), QStringLiteral("truncate"));
    EXPECT_EQ(truth.value(QLatin1String("damage_at")).toInteger(), frames[1].damageAt);
    EXPECT_FALSE(truth.contains(QLatin1String("noise_bytes")));
    EXPECT_EQ(truth.value(QLatin1String("meter_clock")).toString(),
              QStringLiteral("2026-10-25T00:00:05"));

    QJsonObject reading = truth;
    for (const char* key : {"seq", "sent_at", "list", "damage", "damage_at"})
        reading.remove(QLatin1String(key));
    EXPECT_EQ(reading, QJsonDocument::fromJson(ReadingJson::object(frames[1].reading)).object());

    const QJsonObject clean =
        QJsonDocument::fromJson(MeterSimulator::truthLine(simulate(settingsAt(s.start), 1).front()))
            .object();
    EXPECT_EQ(clean.value(QLatin1String("damage")).toString(), QStringLiteral("none"));
    EXPECT_FALSE(clean.contains(QLatin1String("damage_at")));
}

// --- option parsing ------------------------------------------------------------------------------

TEST(SimulatorOptions, Durations)
{
    EXPECT_EQ(SimulatorOptions::parseDuration(QStringLiteral("90s")), 90);
    EXPECT_EQ(SimulatorOptions::parseDuration(QStringLiteral("30m")), 1800);
    EXPECT_EQ(SimulatorOptions::parseDuration(QStringLiteral("2h")), 7200);
    EXPECT_EQ(SimulatorOptions::parseDuration(QStringLiteral("7d")), 7 * 86400);
    EXPECT_EQ(SimulatorOptions::parseDuration(QStringLiteral("1h30m")), 5400);
    EXPECT_EQ(SimulatorOptions::parseDuration(QStringLiteral(" 2H ")), 7200);
    EXPECT_EQ(SimulatorOptions::parseDuration(QStringLiteral("600")), 600);
    for (const char* bad :
         {"", "0", "0s", "-5m", "5x", "h", "1.5h", "2 h", "1h 30m", "10w", "99999999999d"})
        EXPECT_FALSE(SimulatorOptions::parseDuration(QString::fromLatin1(bad))) << bad;
}

TEST(SimulatorOptions, FaultSpecs)
{
    const auto all = SimulatorOptions::parseFaults(
        QStringLiteral("bitflip=0.01,drop=0.02, noise=0.5 ,truncate=1,unplug=6,unplug-for=5m"));
    ASSERT_TRUE(all);
    EXPECT_EQ(all->bitFlip, 0.01);
    EXPECT_EQ(all->drop, 0.02);
    EXPECT_EQ(all->noise, 0.5);
    EXPECT_EQ(all->truncate, 1.0);
    EXPECT_EQ(all->unplugEveryHours, 6.0);
    EXPECT_EQ(all->unplugSeconds, 300);

    const auto some = SimulatorOptions::parseFaults(QStringLiteral("unplug=90m"));
    ASSERT_TRUE(some);
    EXPECT_EQ(some->unplugEveryHours, 1.5);
    EXPECT_EQ(some->bitFlip, 0.0);
    EXPECT_EQ(some->unplugSeconds, 60);
    EXPECT_FALSE(some->bitFlip > 0 || some->drop > 0);
    EXPECT_TRUE(SimulatorOptions::parseFaults(QStringLiteral("none")));
    EXPECT_FALSE(SimulatorOptions::parseFaults(QStringLiteral("none"))->any());

    for (const char* bad :
         {"bitflip", "bitflip=", "bitflip=2", "drop=-0.1", "noise=x", "flip=0.1", "unplug=-1",
          "unplug=soon", "unplug-for=0", "bitflip=0.1,,drop=0.1", "=0.1"}) {
        QString item;
        EXPECT_FALSE(SimulatorOptions::parseFaults(QString::fromLatin1(bad), &item)) << bad;
        EXPECT_FALSE(item.isNull()) << bad;
    }
    QString item;
    EXPECT_FALSE(SimulatorOptions::parseFaults(QStringLiteral("drop=0.1,bitflip=7"), &item));
    EXPECT_EQ(item, QStringLiteral("bitflip=7"));
}

TEST(SimulatorOptions, StartTimesOnTheMetersClock)
{
    const auto utc = [](int mo, int d, int h, int mi) {
        return QDateTime(QDate(2026, mo, d), QTime(h, mi), Qt::UTC);
    };
    using SO = SimulatorOptions;
    EXPECT_EQ(SO::parseStart(QStringLiteral("2026-10-24T00:00"), ClockMode::FollowsDst),
              utc(10, 23, 22, 0));
    EXPECT_EQ(SO::parseStart(QStringLiteral("2026-10-24"), ClockMode::FollowsDst),
              utc(10, 23, 22, 0));
    EXPECT_EQ(SO::parseStart(QStringLiteral("2026-01-10 06:30"), ClockMode::FollowsDst),
              utc(1, 10, 5, 30));
    EXPECT_EQ(SO::parseStart(QStringLiteral("2026-10-24T00:00"), ClockMode::StandardTime),
              utc(10, 23, 23, 0));
    EXPECT_EQ(SO::parseStart(QStringLiteral("2026-10-24T00:00:30Z"), ClockMode::FollowsDst),
              QDateTime(QDate(2026, 10, 24), QTime(0, 0, 30), Qt::UTC));
    EXPECT_EQ(SO::parseStart(QStringLiteral("2026-10-24T02:00+02:00"), ClockMode::StandardTime),
              utc(10, 24, 0, 0));
    EXPECT_EQ(SO::parseStart(QStringLiteral("2026-03-29T02:30"), ClockMode::StandardTime),
              utc(3, 29, 1, 30));
    // The last one is in the spring-forward gap of Norwegian time.
    for (const char* bad : {"", "tomorrow", "2026-13-01", "2026-02-30T00:00", "2026-10-24T25:00",
                            "24.10.2026", "2026-03-29T02:30"})
        EXPECT_FALSE(SO::parseStart(QString::fromLatin1(bad), ClockMode::FollowsDst)) << bad;
}

} // namespace
} // namespace han
