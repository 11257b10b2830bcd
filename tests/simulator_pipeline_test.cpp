// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's bytes through a real pseudo-terminal into the AcquisitionWorker on its thread,
// compared with the simulator's own record of what it sent (the truth).
#include "acquisition_controller.h"
#include "acquisition_worker.h"
#include "meter_simulator.h"
#include "pty_pair.h"
#include "reading_json.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <functional>
#include <iostream>
#include <map>

namespace han {
namespace {

using test::PtyPair;

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 15000)
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

MeterReading withoutHostTime(MeterReading r)
{
    r.receivedAt.reset();
    return r;
}

struct Collected
{
    std::vector<MeterReading> readings;
    std::vector<FrameError> errors;
    LinkStatistics statistics;
};

class SimulatorPipelineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!PtyPair::socatAvailable())
            GTEST_SKIP() << "socat is not installed (scripts/test installs it)";
        ASSERT_TRUE(pty.start());
        AcquisitionWorker* w = controller.worker();
        QObject::connect(w, &AcquisitionWorker::readingDecoded, &context,
                         [this](const MeterReading& r) { got.readings.push_back(r); });
        QObject::connect(w, &AcquisitionWorker::frameRejected, &context,
                         [this](const FrameError& e) { got.errors.push_back(e); });
        QObject::connect(w, &AcquisitionWorker::statisticsChanged, &context,
                         [this](const LinkStatistics& s) { got.statistics = s; });
        QObject::connect(w, &AcquisitionWorker::linkStateChanged, &context,
                         [this](LinkState, const QString& d) { open = open || d.contains(QLatin1String("waiting")); });
        SourceSpec spec;
        spec.kind = SourceSpec::Kind::Serial;
        spec.port.portName = pty.adapterEnd();
        controller.start(spec);
        ASSERT_TRUE(waitFor([this] { return open; }));
    }

    // Sends the pushes back to back, as one stream; returns where each push starts in it.
    std::vector<qsizetype> send(const std::vector<SimulatedFrame>& frames)
    {
        QByteArray stream;
        std::vector<qsizetype> starts;
        for (const SimulatedFrame& f : frames) {
            starts.push_back(stream.size());
            stream += f.wire;
        }
        for (qsizetype at = 0; at < stream.size(); at += 4096)
            EXPECT_TRUE(pty.write(stream.mid(at, 4096)));
        sent = static_cast<std::uint64_t>(stream.size());
        starts.push_back(stream.size());
        return starts;
    }

    PtyPair pty;
    QObject context;
    AcquisitionController controller;
    Collected got;
    bool open = false;
    std::uint64_t sent = 0;
};

std::vector<SimulatedFrame> simulate(SimulatorSettings settings, int count)
{
    MeterSimulator simulator(settings);
    std::vector<SimulatedFrame> frames;
    for (int i = 0; i < count; ++i)
        frames.push_back(simulator.next());
    return frames;
}

TEST_F(SimulatorPipelineTest, EveryReadingTheSimulatorSentArrivesInOrderWithEqualValues)
{
    SimulatorSettings settings;
    settings.seed = 3;
    settings.start = QDateTime(QDate(2026, 6, 21), QTime(10, 58), Qt::UTC);
    const auto frames = simulate(settings, 400); // a bit over an hour: List 2 included
    send(frames);
    ASSERT_TRUE(waitFor([&] { return got.readings.size() >= frames.size(); }))
        << got.readings.size() << " of " << frames.size();
    ASSERT_EQ(got.readings.size(), frames.size());
    int hourly = 0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        EXPECT_EQ(withoutHostTime(got.readings[i]), frames[i].reading) << "push " << i;
        hourly += got.readings[i].hasRegisters() ? 1 : 0;
    }
    EXPECT_GE(hourly, 1);
    EXPECT_TRUE(got.errors.empty());
}

TEST_F(SimulatorPipelineTest, WithFaultsEveryIntactFrameDecodesAndEveryDamagedOneIsRejected)
{
    SimulatorSettings settings;
    settings.seed = 99;
    settings.start = QDateTime(QDate(2026, 3, 28), QTime(22, 0), Qt::UTC);
    settings.faults.bitFlip = 0.04;
    settings.faults.drop = 0.04;
    settings.faults.noise = 0.04;
    settings.faults.truncate = 0.04;
    const auto frames = simulate(settings, 1500);
    const std::vector<qsizetype> starts = send(frames);
    ASSERT_TRUE(waitFor([&] { return got.statistics.bytesReceived == sent; }))
        << got.statistics.bytesReceived << " of " << sent;
    QThread::msleep(100);
    QCoreApplication::processEvents();

    // Decoded readings must be exactly the intact pushes, in order. A damaged frame whose CRC
    // still matched (about 1 in 65 536) would show up here as a reading that is not in the
    // truth: it is reported by name, never passed off as good.
    std::vector<const SimulatedFrame*> intact;
    std::map<SimulatedFrame::Damage, int> damaged;
    for (const SimulatedFrame& f : frames) {
        if (f.arrivesIntact())
            intact.push_back(&f);
        if (f.damage != SimulatedFrame::Damage::None)
            ++damaged[f.damage];
    }
    for (const auto kind : {SimulatedFrame::Damage::BitFlip, SimulatedFrame::Damage::Drop,
                            SimulatedFrame::Damage::Noise, SimulatedFrame::Damage::Truncate})
        EXPECT_GT(damaged[kind], 10) << SimulatedFrame::damageName(kind);

    std::size_t t = 0;
    int mismatches = 0;
    for (const MeterReading& r : got.readings) {
        const MeterReading plain = withoutHostTime(r);
        if (t < intact.size() && intact[t]->reading == plain) {
            ++t;
            continue;
        }
        ++mismatches;
        std::cout << "decoded a reading that the simulator did not send intact: "
                  << ReadingJson::object(plain).toStdString() << '\n';
    }
    EXPECT_EQ(mismatches, 0);
    EXPECT_EQ(t, intact.size()) << "intact pushes that did not arrive";

    // Every damaged frame (noise in front of a good frame aside) caused a rejection within its
    // own bytes, unless the damage hit the opening flag: then there is no frame to reject, and
    // its bytes are skipped as garbage.
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const SimulatedFrame& f = frames[i];
        if (f.arrivesIntact() || f.wire.isEmpty())
            continue;
        const bool openingFlagLost =
            (f.damage == SimulatedFrame::Damage::BitFlip && f.damageAt < 8) ||
            (f.damage == SimulatedFrame::Damage::Drop && f.damageAt == 0) ||
            (f.damage == SimulatedFrame::Damage::Truncate && f.damageAt <= 1);
        if (openingFlagLost)
            continue;
        const bool rejected = std::any_of(got.errors.begin(), got.errors.end(), [&](const FrameError& e) {
            return e.streamOffset >= starts[i] && e.streamOffset < starts[i + 1];
        });
        EXPECT_TRUE(rejected) << "push " << i << " damaged by "
                              << SimulatedFrame::damageName(f.damage) << " was not rejected";
    }
}

} // namespace
} // namespace han
