// SPDX-License-Identifier: GPL-3.0-or-later
// AcquisitionWorker on its own thread, fed through a real pseudo-terminal pair (socat) and opened
// with QSerialPort, as a USB adapter would be.
#include "acquisition_controller.h"
#include "acquisition_worker.h"
#include "frame_encoder.h"
#include "pty_pair.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <random>

namespace han {
namespace {

using test::PtyPair;

// Collects what the worker emits, on the test's (main) thread.
class Harness
{
public:
    Harness()
    {
        AcquisitionWorker* w = controller.worker();
        QObject::connect(w, &AcquisitionWorker::readingDecoded, &context,
                         [this](const MeterReading& r) { readings.push_back(r); });
        QObject::connect(w, &AcquisitionWorker::frameRejected, &context,
                         [this](const FrameError& e) { errors.push_back(e); });
        QObject::connect(w, &AcquisitionWorker::linkStateChanged, &context,
                         [this](LinkState s, const QString& d) { states.emplace_back(s, d); });
        QObject::connect(w, &AcquisitionWorker::statisticsChanged, &context,
                         [this](const LinkStatistics& s) { statistics = s; });
        QObject::connect(w, &AcquisitionWorker::recordingStateChanged, &context,
                         [this](bool on, const QString& d) { recording.emplace_back(on, d); });
        QObject::connect(w, &AcquisitionWorker::sourceFinished, &context,
                         [this] { finished = true; });
    }

    static bool waitFor(const std::function<bool()>& condition, int timeoutMs = 10000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!condition()) {
            if (deadline.hasExpired())
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(2);
        }
        return true;
    }

    bool sawState(LinkState state, const char* detailPart = "") const
    {
        for (const auto& [s, d] : states)
            if (s == state && d.contains(QLatin1String(detailPart)))
                return true;
        return false;
    }
    // The port is open when the worker says it waits for the first list.
    bool portOpen() const { return sawState(LinkState::Connecting, "waiting"); }

    QObject context;
    AcquisitionController controller;
    std::vector<MeterReading> readings;
    std::vector<FrameError> errors;
    std::vector<std::pair<LinkState, QString>> states;
    std::vector<std::pair<bool, QString>> recording;
    LinkStatistics statistics;
    bool finished = false;
};

// The real frames of the two-hour capture, one by one, with the readings they decode to.
struct RealFrames
{
    std::vector<QByteArray> frames;
    std::vector<MeterReading> readings;
};

const RealFrames& realFrames()
{
    static const RealFrames frames = [] {
        RealFrames f;
        StreamDecoder decoder;
        test::RecordingSink sink(&decoder);
        const QByteArray stream = test::loadStream();
        decoder.feed(reinterpret_cast<const std::uint8_t*>(stream.constData()),
                     static_cast<std::size_t>(stream.size()), sink);
        for (const test::DecodedFrame& d : sink.decoded) {
            f.frames.push_back(d.frame);
            f.readings.push_back(d.reading);
        }
        return f;
    }();
    return frames;
}

MeterReading withoutHostTime(MeterReading r)
{
    r.receivedAt.reset();
    return r;
}

SourceSpec serialSpec(const PtyPair& pty)
{
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Serial;
    spec.port.portName = pty.adapterEnd();
    // Scaled down so the suite runs in seconds; the logic is the same as at 30 s.
    spec.port.noDataTimeoutMs = 600;
    spec.port.parityProbeMs = 400;
    spec.port.locatorPollMs = 100;
    spec.port.backoffMs = {100, 200, 500};
    return spec;
}

class AcquisitionWorkerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!PtyPair::socatAvailable())
            GTEST_SKIP() << "socat is not installed (scripts/test installs it)";
        ASSERT_TRUE(pty.start());
    }
    PtyPair pty;
};

TEST_F(AcquisitionWorkerTest, EveryFrameSentArrivesDecodedInOrder)
{
    Harness h;
    h.controller.start(serialSpec(pty));
    ASSERT_TRUE(Harness::waitFor([&] { return h.portOpen(); }));

    const RealFrames& real = realFrames();
    const std::size_t count = 120;
    std::mt19937 rng(11);
    // The meter's bytes arrive in pieces of any size, as real serial reads do.
    QByteArray all;
    for (std::size_t i = 0; i < count; ++i)
        all += real.frames[i];
    for (qsizetype at = 0; at < all.size();) {
        const qsizetype n = std::uniform_int_distribution<qsizetype>(1, 700)(rng);
        ASSERT_TRUE(pty.write(all.mid(at, n)));
        at += n;
    }
    ASSERT_TRUE(Harness::waitFor([&] { return h.readings.size() >= count; }))
        << h.readings.size() << " of " << count;
    ASSERT_EQ(h.readings.size(), count);
    for (std::size_t i = 0; i < count; ++i) {
        EXPECT_EQ(withoutHostTime(h.readings[i]), real.readings[i]) << "reading " << i;
        EXPECT_TRUE(h.readings[i].receivedAt.has_value());
    }
    EXPECT_TRUE(h.errors.empty());
    EXPECT_TRUE(h.sawState(LinkState::Connected));
    ASSERT_TRUE(Harness::waitFor([&] { return h.statistics.framesOk == count; }));
    EXPECT_EQ(h.statistics.bytesReceived, static_cast<std::uint64_t>(all.size()));
}

TEST_F(AcquisitionWorkerTest, HealsItselfWhenTheDeviceVanishesAndComesBack)
{
    Harness h;
    h.controller.start(serialSpec(pty));
    ASSERT_TRUE(Harness::waitFor([&] { return h.portOpen(); }));
    const RealFrames& real = realFrames();

    std::size_t next = 0;
    std::vector<std::size_t> sentWhileUp;
    for (; next < 10; ++next) {
        ASSERT_TRUE(pty.write(real.frames[next]));
        sentWhileUp.push_back(next);
    }
    ASSERT_TRUE(Harness::waitFor([&] { return h.readings.size() == 10; }));

    // Pull the plug: the pseudo-terminal disappears.
    pty.stop();
    ASSERT_TRUE(Harness::waitFor([&] { return h.sawState(LinkState::Reconnecting); }));
    // What the meter sends while the link is down is lost.
    for (int i = 0; i < 5; ++i, ++next)
        EXPECT_FALSE(pty.write(real.frames[next]));

    // Plug it back in, under the same name; the worker must find it by itself.
    ASSERT_TRUE(pty.start());
    const std::size_t before = h.readings.size();
    ASSERT_TRUE(Harness::waitFor([&] {
        if (next < real.frames.size() && pty.write(real.frames[next]))
            sentWhileUp.push_back(next);
        ++next;
        QThread::msleep(50);
        return h.readings.size() > before + 3;
    }, 15000));
    for (int i = 0; i < 10; ++i, ++next) {
        ASSERT_TRUE(pty.write(real.frames[next]));
        sentWhileUp.push_back(next);
    }
    const std::size_t lastSent = sentWhileUp.back();
    ASSERT_TRUE(Harness::waitFor([&] {
        return !h.readings.empty() && withoutHostTime(h.readings.back()) == real.readings[lastSent];
    }));

    // Decoded readings are the frames sent while the link was up, in order, none twice; the
    // only ones missing were sent while it was down or before the port was open again.
    std::size_t s = 0;
    for (const MeterReading& r : h.readings) {
        while (s < sentWhileUp.size() && real.readings[sentWhileUp[s]] != withoutHostTime(r))
            ++s;
        ASSERT_LT(s, sentWhileUp.size()) << "a reading that was not sent, or out of order";
        ++s;
    }
    EXPECT_GE(h.readings.size(), 20u);
    EXPECT_TRUE(h.sawState(LinkState::Connected));
    const auto reconnecting =
        std::find_if(h.states.begin(), h.states.end(),
                     [](const auto& st) { return st.first == LinkState::Reconnecting; });
    ASSERT_NE(reconnecting, h.states.end());
    // It says what happened in words a person understands.
    EXPECT_TRUE(reconnecting->second.contains(QLatin1String("lost")) ||
                reconnecting->second.contains(QLatin1String("not connected")))
        << reconnecting->second.toStdString();
    ASSERT_TRUE(Harness::waitFor([&] { return h.statistics.reconnects >= 1; }));
}

TEST_F(AcquisitionWorkerTest, WatchdogExplainsSilence)
{
    Harness h;
    h.controller.start(serialSpec(pty));
    ASSERT_TRUE(Harness::waitFor([&] { return h.portOpen(); }));
    ASSERT_TRUE(Harness::waitFor([&] { return h.sawState(LinkState::NoData, "No data"); }, 5000));
}

TEST_F(AcquisitionWorkerTest, WatchdogExplainsBytesWithoutFrames)
{
    Harness h;
    h.controller.start(serialSpec(pty));
    ASSERT_TRUE(Harness::waitFor([&] { return h.portOpen(); }));
    std::mt19937 rng(5);
    ASSERT_TRUE(Harness::waitFor([&] {
        QByteArray noise(64, '\0');
        for (char& c : noise)
            c = static_cast<char>(rng() & 0x7D); // never a flag: nothing that could frame
        pty.write(noise);
        QThread::msleep(30);
        return h.sawState(LinkState::NoData, "parity");
    }, 5000));
}

TEST_F(AcquisitionWorkerTest, WatchdogExplainsFramesOfUnknownContent)
{
    Harness h;
    h.controller.start(serialSpec(pty));
    ASSERT_TRUE(Harness::waitFor([&] { return h.portOpen(); }));
    // A list named by no make the mapper knows.
    const QByteArray unknown = FrameEncoder::encodeFrame(test::fromHex(
        "E6 E7 00 0F 00 00 00 00 00 02 03 0A 09 41 43 4D 45 5F 56 30 30 31"
        "09 06 01 01 01 07 00 FF 06 00 00 05 28"));
    ASSERT_TRUE(Harness::waitFor([&] {
        pty.write(unknown);
        QThread::msleep(50);
        return h.sawState(LinkState::NoData, "ACME_V001");
    }, 5000));
    EXPECT_TRUE(h.readings.empty());
}

TEST_F(AcquisitionWorkerTest, AutoParityTriesTheOtherSettingWhenBytesMakeNoFrames)
{
    Harness h;
    SourceSpec spec = serialSpec(pty);
    spec.port.parity = PortSettings::Parity::Auto;
    h.controller.start(spec);
    ASSERT_TRUE(Harness::waitFor([&] { return h.portOpen(); }));
    ASSERT_TRUE(Harness::waitFor([&] {
        pty.write(QByteArray(32, '\x55'));
        QThread::msleep(30);
        return h.sawState(h.states.back().first, "even parity");
    }, 5000));
    // A pseudo-terminal ignores parity, so real frames still decode after the switch.
    const RealFrames& real = realFrames();
    ASSERT_TRUE(pty.write(real.frames[0]));
    ASSERT_TRUE(Harness::waitFor([&] { return !h.readings.empty(); }));
}

TEST_F(AcquisitionWorkerTest, RecordsTheRawStreamAndTheRecordingDecodesToTheSameReadings)
{
    QTemporaryDir dir;
    Harness h;
    const QString path = dir.filePath(QStringLiteral("capture.log"));
    h.controller.startRecording(path);
    h.controller.start(serialSpec(pty));
    ASSERT_TRUE(Harness::waitFor([&] { return h.portOpen(); }));
    const RealFrames& real = realFrames();
    for (int i = 0; i < 20; ++i)
        ASSERT_TRUE(pty.write(real.frames[static_cast<std::size_t>(i)]));
    ASSERT_TRUE(Harness::waitFor([&] { return h.readings.size() == 20; }));
    h.controller.stopRecording();
    ASSERT_TRUE(Harness::waitFor([&] { return h.recording.size() >= 2; }));
    EXPECT_TRUE(h.recording.front().first);

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    CaptureReader reader(&file);
    StreamDecoder decoder;
    test::RecordingSink sink;
    CaptureReader::Chunk chunk;
    while (reader.readChunk(chunk)) {
        EXPECT_TRUE(chunk.receivedAt.has_value()); // the log keeps the host's timestamps
        decoder.feed(reinterpret_cast<const std::uint8_t*>(chunk.bytes.constData()),
                     static_cast<std::size_t>(chunk.bytes.size()), sink);
    }
    EXPECT_EQ(reader.format(), CaptureReader::Format::Log);
    ASSERT_EQ(sink.decoded.size(), 20u);
    for (std::size_t i = 0; i < 20; ++i)
        EXPECT_EQ(sink.decoded[i].reading, real.readings[i]);
}

TEST(AcquisitionRecording, AnUnwritablePathIsReportedAndAcquisitionGoesOn)
{
    Harness h;
    h.controller.startRecording(QStringLiteral("/proc/han-monitor-cannot-write-here.log"));
    ASSERT_TRUE(Harness::waitFor([&] { return !h.recording.empty(); }));
    EXPECT_FALSE(h.recording.front().first);
    EXPECT_TRUE(h.recording.front().second.contains(QLatin1String("Cannot record")));

    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Replay;
    spec.replayPath = test::dataPath(QStringLiteral("kamstrup/stream-2017-10-20.log"));
    spec.replaySpeed = 0;
    h.controller.start(spec);
    ASSERT_TRUE(Harness::waitFor([&] { return h.finished; }));
    EXPECT_EQ(h.readings.size(), 689u);
}

TEST(AcquisitionReplay, FullSpeedReplayOfTheTwoHourLogGivesTheExpectedLists)
{
    Harness h;
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Replay;
    spec.replayPath = test::dataPath(QStringLiteral("kamstrup/stream-2017-10-20.log"));
    spec.replaySpeed = 0;
    h.controller.start(spec);
    ASSERT_TRUE(Harness::waitFor([&] { return h.finished; }, 30000));
    const auto expected = test::loadJsonl(QStringLiteral("kamstrup/stream-2017-10-20.expected.jsonl"));
    ASSERT_EQ(h.readings.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        MeterReading r = h.readings[i];
        r.receivedAt.reset();
        EXPECT_TRUE(test::readingMatches(expected[i], r)) << "list " << i;
    }
    EXPECT_TRUE(h.sawState(LinkState::Disconnected, "finished"));
}

TEST(AcquisitionReplay, PacedReplayFollowsTheLogsClock)
{
    // The log's reads are 10 s apart; at 100x the first few lists take about 0.1 s each.
    QTemporaryDir dir;
    const auto chunks = [] {
        std::vector<QByteArray> c;
        test::loadStream(&c);
        return c;
    }();
    Harness h;
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Replay;
    spec.replayPath = test::dataPath(QStringLiteral("kamstrup/stream-2017-10-20.log"));
    spec.replaySpeed = 100;
    QElapsedTimer clock;
    clock.start();
    h.controller.start(spec);
    ASSERT_TRUE(Harness::waitFor([&] { return h.readings.size() >= 6; }));
    const qint64 elapsed = clock.elapsed();
    h.controller.stop();
    // Six lists span 50 s of the original: 0.5 s at 100x. Not a timing test: only that the
    // replay is paced at all (as fast as possible would take milliseconds) and not stalled.
    EXPECT_GE(elapsed, 300);
    EXPECT_LT(elapsed, 5000);
}

TEST(AcquisitionShutdown, StoppingWhileDataFlowsEndsPromptly)
{
    for (int round = 0; round < 3; ++round) {
        auto h = std::make_unique<Harness>();
        SourceSpec spec;
        spec.kind = SourceSpec::Kind::Simulator;
        spec.simulator.seed = static_cast<std::uint64_t>(round + 1);
        spec.simulator.start = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        spec.simulatorSpeed = 10000;
        h->controller.start(spec);
        ASSERT_TRUE(Harness::waitFor([&] { return h->readings.size() > 20; }));
        QElapsedTimer clock;
        clock.start();
        h.reset(); // the controller's destructor stops the worker and ends the thread
        EXPECT_LT(clock.elapsed(), 2000);
    }
}

TEST(AcquisitionSimulator, SaysItIsSimulated)
{
    Harness h;
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Simulator;
    spec.simulatorSpeed = 1000;
    h.controller.start(spec);
    ASSERT_TRUE(Harness::waitFor([&] { return !h.readings.empty(); }));
    EXPECT_TRUE(h.sawState(LinkState::Connected, "Simulated"));
    // Accelerated time: the readings carry the simulator's clock, not the host's.
    ASSERT_TRUE(Harness::waitFor([&] { return h.readings.size() >= 3; }));
    EXPECT_EQ(h.readings[0].receivedAt->secsTo(*h.readings[1].receivedAt), 10);
}

} // namespace
} // namespace han
