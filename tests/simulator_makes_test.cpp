// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator as a Danish Kamstrup, an Aidon and a Kaifa meter: each make's push timing, its
// registers as the integral of what it reported, the Danish meter's phases adding up, encryption
// that decrypts with the meter's keys and fails with others, and the UART model behind the
// simulator's parity.
#include "dlms_decoder.h"
#include "glo_cipher.h"
#include "hdlc_framer.h"
#include "meter_simulator.h"
#include "simulator_frame_encoder.h"
#include "stream_decoder.h"
#include "test_data.h"
#include "uart_receiver.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <vector>

namespace han {
namespace {

using Make = SimulatorSettings::Make;
using test::u8;
using test::usize;

const QDateTime kTen(QDate(2026, 2, 3), QTime(10, 0), Qt::UTC);

SimulatorSettings settingsFor(Make make, int phases = 3, std::uint64_t seed = 3)
{
    SimulatorSettings s;
    s.make = make;
    s.phases = phases;
    s.seed = seed;
    s.start = kTen;
    return s;
}

std::vector<SimulatedFrame> simulateUntil(const SimulatorSettings& s, const QDateTime& end)
{
    MeterSimulator simulator(s);
    std::vector<SimulatedFrame> out;
    while (simulator.nextPushUtc() < end)
        out.push_back(simulator.next());
    return out;
}

// --- timing ---------------------------------------------------------------------------------

struct Timing
{
    Make make;
    qint64 periodMs;
    int pushesPerHour;
    int hourlyListSecond; // second after hh:00 of the hourly list; -1: no hourly list
};

class SimulatorMakeTiming : public ::testing::TestWithParam<Timing>
{
};

TEST_P(SimulatorMakeTiming, PushesFollowTheMakesSchedule)
{
    const Timing t = GetParam();
    const std::vector<SimulatedFrame> frames =
        simulateUntil(settingsFor(t.make), kTen.addSecs(2 * 3600));
    ASSERT_EQ(frames.size(), static_cast<std::size_t>(2 * t.pushesPerHour));
    std::map<int, int> perList;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const SimulatedFrame& f = frames[i];
        if (i > 0) {
            EXPECT_EQ(frames[i - 1].sentAtUtc.msecsTo(f.sentAtUtc), t.periodMs);
        }
        ++perList[f.listNumber()];
        const qint64 ms = kTen.msecsTo(f.sentAtUtc);
        const bool tenSeconds = ms % 10'000 == 0;
        const bool hourly = t.hourlyListSecond >= 0 && ms % 3'600'000 == t.hourlyListSecond * 1000;
        if (t.make == Make::KamstrupDenmark) {
            EXPECT_EQ(f.listNumber(), 1);
            EXPECT_TRUE(f.reading.hasRegisters() && f.reading.meterClock) << f.sequence;
        } else {
            EXPECT_EQ(f.listNumber(), hourly ? 3 : tenSeconds ? 2 : 1) << f.sequence;
            EXPECT_EQ(f.reading.hasRegisters(), hourly) << f.sequence;
            EXPECT_EQ(f.reading.voltageL1V.has_value(), tenSeconds) << f.sequence;
            EXPECT_TRUE(f.reading.activeImportW) << f.sequence;
        }
    }
    if (t.make != Make::KamstrupDenmark) {
        EXPECT_EQ(perList[3], 2);
        EXPECT_EQ(perList[2], 2 * 360 - 2);
        EXPECT_EQ(perList[1], 2 * (t.pushesPerHour - 360));
    }
}

INSTANTIATE_TEST_SUITE_P(Makes, SimulatorMakeTiming,
                         ::testing::Values(Timing{Make::KamstrupDenmark, 10'000, 360, -1},
                                           Timing{Make::Aidon, 2'500, 1440, 0},
                                           Timing{Make::Kaifa, 2'000, 1800, 10}),
                         [](const auto& param) {
                             switch (param.param.make) {
                             case Make::KamstrupDenmark: return std::string("KamstrupDenmark");
                             case Make::Aidon: return std::string("Aidon");
                             case Make::Kaifa: return std::string("Kaifa");
                             default: return std::string("KamstrupNorway");
                             }
                         });

TEST(SimulatorMakes, KaifaSendsNoHourlyListForAnHourItDidNotSeeBegin)
{
    SimulatorSettings s = settingsFor(Make::Kaifa);
    s.start = kTen.addSecs(4); // the first push is at 10:00:10, after hh:00:00
    const std::vector<SimulatedFrame> frames = simulateUntil(s, kTen.addSecs(3600 + 20));
    ASSERT_FALSE(frames.empty());
    EXPECT_EQ(frames.front().sentAtUtc, kTen.addSecs(10));
    EXPECT_EQ(frames.front().listNumber(), 2);
    int hourly = 0;
    for (const SimulatedFrame& f : frames)
        hourly += f.listNumber() == 3;
    EXPECT_EQ(hourly, 1); // 11:00:10 only
}

// --- registers are the integral of the reported power ---------------------------------------

// Energy in W·s of what the pushes that begin an interval (every 10 s) reported, up to `end`.
std::array<std::int64_t, 4> reportedWs(const std::vector<SimulatedFrame>& frames,
                                       const QDateTime& end)
{
    std::array<std::int64_t, 4> ws{};
    for (const SimulatedFrame& f : frames) {
        if (f.sentAtUtc >= end || !f.reading.voltageL1V)
            continue;
        const MeterReading& r = f.reading;
        const double powers[4] = {*r.activeImportW, *r.activeExportW, *r.reactiveImportVar,
                                  *r.reactiveExportVar};
        for (std::size_t i = 0; i < 4; ++i)
            ws[i] += std::llround(powers[i]) * 10;
    }
    return ws;
}

TEST(SimulatorMakes, HourlyRegistersOfAidonAndKaifaAreTheIntegralInTheirResolution)
{
    for (const Make make : {Make::Aidon, Make::Kaifa}) {
        SimulatorSettings s = settingsFor(make, 3, 9);
        s.start = QDateTime(QDate(2026, 6, 20), QTime(6, 0), Qt::UTC); // sun and load
        const std::vector<SimulatedFrame> frames = simulateUntil(s, s.start.addSecs(4 * 3600));
        const std::int64_t stepWh = make == Make::Aidon ? 10 : 1;
        const double initial[4] = {s.initialImportWh, s.initialExportWh,
                                   s.initialReactiveImportVarh, s.initialReactiveExportVarh};
        int checked = 0;
        for (const SimulatedFrame& f : frames) {
            if (f.listNumber() != 3)
                continue;
            // The registers of hh:00:00, also for Kaifa's list at hh:00:10.
            const QDateTime hour = f.sentAtUtc.addSecs(-(f.sentAtUtc.time().second()));
            const std::array<std::int64_t, 4> ws = reportedWs(frames, hour);
            const double registers[4] = {*f.reading.activeImportWh, *f.reading.activeExportWh,
                                         *f.reading.reactiveImportVarh,
                                         *f.reading.reactiveExportVarh};
            for (std::size_t i = 0; i < 4; ++i) {
                const std::int64_t exactWs = std::llround(initial[i]) * 3600 + ws[i];
                EXPECT_EQ(std::llround(registers[i]), exactWs / (3600 * stepWh) * stepWh)
                    << int(make) << " register " << i << " at " << hour.toString().toStdString();
            }
            ++checked;
        }
        EXPECT_EQ(checked, 4) << int(make);
    }
}

TEST(SimulatorMakes, DanishPhasesAddUpToTheTotalsAndTheirRegistersToTheIntegral)
{
    SimulatorSettings s = settingsFor(Make::KamstrupDenmark, 3, 21);
    s.start = QDateTime(QDate(2026, 6, 20), QTime(4, 0), Qt::UTC);
    const std::vector<SimulatedFrame> frames = simulateUntil(s, s.start.addSecs(12 * 3600));
    ASSERT_EQ(frames.size(), 12U * 360U);

    const MeterReading& first = frames.front().reading;
    EXPECT_EQ(*first.activeImportWh, s.initialImportWh);
    EXPECT_EQ(*first.activeExportWh, s.initialExportWh);
    const std::array<double, 3> importAtStart{*first.activeImportL1Wh, *first.activeImportL2Wh,
                                              *first.activeImportL3Wh};
    const std::array<double, 3> exportAtStart{*first.activeExportL1Wh, *first.activeExportL2Wh,
                                              *first.activeExportL3Wh};

    std::array<std::int64_t, 3> importWs{};
    std::array<std::int64_t, 3> exportWs{};
    int mixedSigns = 0;
    for (const SimulatedFrame& f : frames) {
        const MeterReading& r = f.reading;
        const std::array<double, 3> in{*r.activeImportL1W, *r.activeImportL2W, *r.activeImportL3W};
        const std::array<double, 3> out{*r.activeExportL1W, *r.activeExportL2W, *r.activeExportL3W};
        const std::array<double, 3> inWh{*r.activeImportL1Wh, *r.activeImportL2Wh,
                                         *r.activeImportL3Wh};
        const std::array<double, 3> outWh{*r.activeExportL1Wh, *r.activeExportL2Wh,
                                          *r.activeExportL3Wh};
        const std::array<double, 3> pf{*r.powerFactorL1, *r.powerFactorL2, *r.powerFactorL3};
        const std::array<double, 3> amps{*r.currentL1A, *r.currentL2A, *r.currentL3A};
        const std::array<double, 3> volts{*r.voltageL1V, *r.voltageL2V, *r.voltageL3V};
        EXPECT_EQ(in[0] + in[1] + in[2], *r.activeImportW) << f.sequence;
        EXPECT_EQ(out[0] + out[1] + out[2], *r.activeExportW) << f.sequence;
        EXPECT_EQ(inWh[0] + inWh[1] + inWh[2], *r.activeImportWh) << f.sequence;
        EXPECT_EQ(outWh[0] + outWh[1] + outWh[2], *r.activeExportWh) << f.sequence;
        bool imports = false;
        bool exports = false;
        for (std::size_t i = 0; i < 3; ++i) {
            // The phase registers: the start plus what this phase reported before this push.
            EXPECT_EQ(inWh[i], importAtStart[i] + static_cast<double>(importWs[i] / 3600));
            EXPECT_EQ(outWh[i], exportAtStart[i] + static_cast<double>(exportWs[i] / 3600));
            importWs[i] += std::llround(in[i]) * 10;
            exportWs[i] += std::llround(out[i]) * 10;
            EXPECT_TRUE(in[i] == 0 || out[i] == 0);
            imports = imports || in[i] > 0;
            exports = exports || out[i] > 0;
            // A power factor between 0 and 1 that agrees with P / (U I), within the rounding of
            // the current to 0.01 A and the voltage to 1 V.
            EXPECT_GE(pf[i], 0.0);
            EXPECT_LE(pf[i], 1.0);
            if (amps[i] >= 2.0) {
                EXPECT_NEAR(pf[i], (in[i] + out[i]) / (volts[i] * amps[i]), 0.02) << f.sequence;
            }
        }
        mixedSigns += imports && exports;
        EXPECT_GE(*r.powerFactor, 0.0);
        EXPECT_LE(*r.powerFactor, 1.0);
    }
    // A June day with panels: some phases feed in while others draw, so the test saw both.
    EXPECT_GT(mixedSigns, 0);
}

TEST(SimulatorMakes, DanishSinglePhaseMeterHasOnlyL1)
{
    const std::vector<SimulatedFrame> frames =
        simulateUntil(settingsFor(Make::KamstrupDenmark, 1), kTen.addSecs(60));
    for (const SimulatedFrame& f : frames) {
        const MeterReading& r = f.reading;
        EXPECT_FALSE(r.voltageL2V || r.currentL3A || r.activeImportL2W || r.powerFactorL3 ||
                     r.activeExportL3Wh);
        EXPECT_EQ(*r.activeImportL1W, *r.activeImportW);
        EXPECT_EQ(*r.activeImportL1Wh, *r.activeImportWh);
        EXPECT_EQ(r.phaseCount(), 1);
    }
}

// --- decoding -------------------------------------------------------------------------------

struct Collector : StreamDecoder::Sink
{
    std::vector<MeterReading> readings;
    std::vector<FrameError> errors;
    void readingDecoded(const MeterReading& r, const HdlcFrame&) override { readings.push_back(r); }
    void frameRejected(const FrameError& e) override { errors.push_back(e); }
};

Collector decodeAll(const std::vector<SimulatedFrame>& frames, const MeterKeys& keys = {})
{
    StreamDecoder decoder;
    decoder.setKeys(keys);
    Collector sink;
    for (const SimulatedFrame& f : frames)
        decoder.feed(u8(f.wire), usize(f.wire), sink);
    decoder.finish(sink);
    return sink;
}

TEST(SimulatorMakes, DanishListDecodesToTheSimulatedTotals)
{
    const std::vector<SimulatedFrame> frames =
        simulateUntil(settingsFor(Make::KamstrupDenmark), kTen.addSecs(120));
    const Collector sink = decodeAll(frames);
    ASSERT_TRUE(sink.errors.empty());
    ASSERT_EQ(sink.readings.size(), frames.size());
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const MeterReading& sent = frames[i].reading;
        const MeterReading& got = sink.readings[i];
        EXPECT_EQ(got.listVersion, QStringLiteral("Kamstrup_V0001"));
        EXPECT_EQ(got.meterId, QStringLiteral("27500042"));
        EXPECT_EQ(got.meterTime, sent.meterTime);
        EXPECT_EQ(got.meterClock, sent.meterClock);
        for (const auto member :
             {&MeterReading::activeImportW, &MeterReading::activeExportW,
              &MeterReading::reactiveImportVar, &MeterReading::reactiveExportVar,
              &MeterReading::currentL1A, &MeterReading::currentL3A, &MeterReading::voltageL2V,
              &MeterReading::activeImportWh, &MeterReading::activeExportWh,
              &MeterReading::reactiveImportVarh, &MeterReading::reactiveExportVarh})
            EXPECT_EQ(got.*member, sent.*member) << i;
    }
}

// --- encryption -----------------------------------------------------------------------------

struct Ciphered
{
    QByteArray apdu; // from the DB tag
    GloCipher::Header header;
};

Ciphered cipheredOf(const SimulatedFrame& frame)
{
    HdlcFramer framer;
    struct Sink : HdlcFramer::Sink
    {
        QByteArray info;
        void frameReceived(const HdlcFrame& f) override
        {
            info = QByteArray(reinterpret_cast<const char*>(f.info), static_cast<qsizetype>(f.infoSize));
        }
        void frameRejected(const FrameError&) override {}
    } sink;
    framer.feed(u8(frame.wire), usize(frame.wire), sink);
    framer.finish(sink);
    Ciphered c;
    c.apdu = sink.info.mid(3); // after E6 E7 00
    EXPECT_EQ(GloCipher::parse(u8(c.apdu), usize(c.apdu), c.header), GloCipher::Status::Ok);
    return c;
}

TEST(SimulatorEncryption, DanishFramesAreE01sAndDecryptOnlyWithTheMetersKeys)
{
    SimulatorSettings s = settingsFor(Make::KamstrupDenmark);
    s.encrypted = true;
    s.keys = SimulatorSettings::demoKeys();
    const std::vector<SimulatedFrame> frames = simulateUntil(s, kTen.addSecs(40));
    SimulatorSettings clear = s;
    clear.encrypted = false;
    const std::vector<SimulatedFrame> clearFrames = simulateUntil(clear, kTen.addSecs(40));
    ASSERT_EQ(frames.size(), 4U);

    MeterKeys wrongEncryption = s.keys;
    wrongEncryption.encryption[3] = static_cast<char>(wrongEncryption.encryption[3] ^ 0x01);
    MeterKeys wrongAuthentication = s.keys;
    wrongAuthentication.authentication[15] =
        static_cast<char>(wrongAuthentication.authentication[15] ^ 0x80);

    GloCipher cipher;
    std::vector<std::uint8_t> plain;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        // E01's frame: 491 bytes, 41 03 13, DB, "KAME" + the meter number, SC 0x30.
        EXPECT_EQ(frames[i].wire.size(), 491);
        EXPECT_TRUE(frames[i].wire.startsWith(QByteArray::fromHex("7EA1E9410313")));
        const Ciphered c = cipheredOf(frames[i]);
        EXPECT_EQ(QByteArray(reinterpret_cast<const char*>(c.header.systemTitle), 8).toHex(),
                  QByteArray("4b414d4501a39e0a"));
        EXPECT_EQ(c.header.securityControl, 0x30);
        EXPECT_EQ(c.header.frameCounter, frames[0].frameCounter + i);
        EXPECT_EQ(frames[i].frameCounter, c.header.frameCounter);
        EXPECT_EQ(c.header.payloadSize, 447U);

        GloCipher::Header header;
        ASSERT_EQ(cipher.decrypt(u8(c.apdu), usize(c.apdu), s.keys, plain, header),
                  GloCipher::Status::Ok);
        // The plaintext is the clear meter's APDU: the same seed, the same values.
        const QByteArray clearInfo = clearFrames[i].wire.mid(11, clearFrames[i].wire.size() - 14);
        EXPECT_EQ(QByteArray(reinterpret_cast<const char*>(plain.data()),
                             static_cast<qsizetype>(plain.size())),
                  clearInfo);
        EXPECT_EQ(frames[i].reading, clearFrames[i].reading);

        EXPECT_EQ(cipher.decrypt(u8(c.apdu), usize(c.apdu), wrongEncryption, plain, header),
                  GloCipher::Status::Authentication);
        EXPECT_EQ(cipher.decrypt(u8(c.apdu), usize(c.apdu), wrongAuthentication, plain, header),
                  GloCipher::Status::Authentication);
    }
    // Counters count seconds since 2020 at the start: a later run starts above this one.
    EXPECT_GT(frames[0].frameCounter, 6U * 365U * 86400U);
}

TEST(SimulatorEncryption, WithoutAnAuthenticationKeyItOnlyEncrypts)
{
    SimulatorSettings s = settingsFor(Make::Aidon);
    s.encrypted = true;
    s.keys.encryption = SimulatorSettings::demoKeys().encryption;
    const std::vector<SimulatedFrame> frames = simulateUntil(s, kTen.addSecs(5));
    ASSERT_EQ(frames.size(), 2U);
    const Ciphered c = cipheredOf(frames[1]);
    EXPECT_EQ(c.header.securityControl, 0x20);
    EXPECT_EQ(c.header.authTag, nullptr);
    // "ADN" + the last 12 digits of the meter id, 992890000042, in 5 bytes.
    EXPECT_EQ(QByteArray(reinterpret_cast<const char*>(c.header.systemTitle), 8).toHex(),
              QByteArray("41444ee72cdb12aa"));
    GloCipher cipher;
    std::vector<std::uint8_t> plain;
    GloCipher::Header header;
    ASSERT_EQ(cipher.decrypt(u8(c.apdu), usize(c.apdu), s.keys, plain, header),
              GloCipher::Status::Ok);
    DataNotification n;
    FrameError error;
    ASSERT_TRUE(DlmsDecoder::decodeApdu(plain.data(), plain.size(), n, error));
    EXPECT_EQ(n.longInvokeIdAndPriority, 0x40000000U);
    EXPECT_EQ(n.body.node(0).tag, AxdrTag::Array);
}

TEST(SimulatorEncryption, EncryptingWithoutKeysUsesTheDemoKeys)
{
    SimulatorSettings s = settingsFor(Make::Kaifa);
    s.encrypted = true;
    MeterSimulator simulator(s);
    EXPECT_EQ(simulator.settings().keys, SimulatorSettings::demoKeys());
    const Ciphered c = cipheredOf(simulator.next());
    EXPECT_EQ(QByteArray(reinterpret_cast<const char*>(c.header.systemTitle), 3),
              QByteArray("KFM"));
    EXPECT_EQ(c.header.securityControl, 0x30);
}

// --- the UART behind the parity -------------------------------------------------------------

TEST(UartReceiver, SameFormatDeliversTheBytes)
{
    const QByteArray bytes = QByteArray::fromHex("7ea0e22b2113239a");
    EXPECT_EQ(UartReceiver::receive(bytes, false, false), bytes);
    EXPECT_EQ(UartReceiver::receive(bytes, true, true), bytes);
}

TEST(UartReceiver, EvenParityReadAsNoneZeroesEveryCharacterWithAnEvenNumberOfOnes)
{
    // 7E (six ones), A0 (two), 01 (one), 13 (three), 00 (none), FF (eight), 80 (one).
    EXPECT_EQ(UartReceiver::receive(QByteArray::fromHex("7ea001130000ff80"), true, false),
              QByteArray::fromHex("0000011300000080"));
}

TEST(UartReceiver, NoParityReadAsEvenLosesTheCharacterBoundaries)
{
    // One 01 alone: its stop bit passes for the parity bit (one 1 + 1: even) and the idle line
    // for the stop bit, so it arrives.
    EXPECT_EQ(UartReceiver::receive(QByteArray::fromHex("01"), false, true),
              QByteArray::fromHex("01"));
    // 01 01 back to back: the second start bit is read as the first's stop bit (framing error,
    // 00); the next falling edge is the second character's bit 1, whose 6 zeros, stop bit and
    // idle give C0 with a parity bit 1: three ones, a parity error (00).
    EXPECT_EQ(UartReceiver::receive(QByteArray::fromHex("0101"), false, true),
              QByteArray::fromHex("0000"));
}

TEST(UartReceiver, AWrongParityLeavesNoValidFrame)
{
    for (const Make make : {Make::KamstrupNorway, Make::Aidon, Make::Kaifa}) {
        const std::vector<SimulatedFrame> frames =
            simulateUntil(settingsFor(make), kTen.addSecs(600));
        const bool even = settingsFor(make).sendsEvenParity();
        EXPECT_EQ(even, make != Make::KamstrupNorway);
        StreamDecoder right;
        StreamDecoder wrong;
        Collector rightSink;
        Collector wrongSink;
        std::size_t wrongBytes = 0;
        for (const SimulatedFrame& f : frames) {
            right.feed(u8(f.wire), usize(f.wire), rightSink);
            const QByteArray garbled = UartReceiver::receive(f.wire, even, !even);
            wrongBytes += static_cast<std::size_t>(garbled.size());
            wrong.feed(u8(garbled), usize(garbled), wrongSink);
        }
        wrong.finish(wrongSink);
        EXPECT_GT(wrongBytes, 0U);
        EXPECT_TRUE(wrongSink.readings.empty()) << int(make);
        for (const FrameError& e : wrongSink.errors)
            EXPECT_TRUE(e.kind == FrameError::Kind::Hcs || e.kind == FrameError::Kind::Fcs ||
                        e.kind == FrameError::Kind::Flag ||
                        e.kind == FrameError::Kind::Truncated)
                << FrameError::kindName(e.kind);
        // Read right, every frame is whole (Aidon and Kaifa await their mapper for readings).
        EXPECT_EQ(right.statistics().framing.goodFrames, frames.size()) << int(make);
    }
}

} // namespace
} // namespace han
