// SPDX-License-Identifier: GPL-3.0-or-later
// The real AcquisitionWorker on its thread, reading the built-in simulator with each make:
// Aidon and Kaifa send 8E1, so read at 8N1 they give bytes without a frame and Auto parity must
// switch to even by itself; Kamstrup sends 8N1 and Auto must stay there.
#include "acquisition_controller.h"
#include "acquisition_worker.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <functional>
#include <vector>

namespace han {
namespace {

using Make = SimulatorSettings::Make;

// What the worker emits, in the order it arrives on the test's thread.
class ParityHarness
{
public:
    ParityHarness()
    {
        AcquisitionWorker* w = controller.worker();
        QObject::connect(w, &AcquisitionWorker::readingDecoded, &context,
                         [this](const MeterReading& r) {
                             readings.push_back(r);
                             readingAt.push_back(events++);
                         });
        QObject::connect(w, &AcquisitionWorker::frameRejected, &context,
                         [this](const FrameError& e) {
                             errors.push_back(e);
                             errorAt.push_back(events++);
                         });
        QObject::connect(w, &AcquisitionWorker::linkStateChanged, &context,
                         [this](LinkState s, const QString& d) {
                             states.emplace_back(s, d);
                             if (d.contains(QLatin1String("trying even parity")) && evenAt < 0)
                                 evenAt = events;
                             ++events;
                         });
        QObject::connect(w, &AcquisitionWorker::statisticsChanged, &context,
                         [this](const LinkStatistics& s) { statistics = s; });
    }

    static bool waitFor(const std::function<bool()>& condition, int timeoutMs)
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

    bool sawState(LinkState state, const char* detailPart) const
    {
        for (const auto& [s, d] : states)
            if (s == state && d.contains(QLatin1String(detailPart)))
                return true;
        return false;
    }

    // Valid frames: decoded readings, or lists the mapper does not know (still whole frames).
    std::size_t validFramesAfter(int event) const
    {
        std::size_t n = 0;
        for (const int at : readingAt)
            n += at > event;
        for (std::size_t i = 0; i < errors.size(); ++i)
            n += errorAt[i] > event && errors[i].kind == FrameError::Kind::UnsupportedList;
        return n;
    }

    std::size_t damagedFrames() const
    {
        std::size_t n = 0;
        for (const FrameError& e : errors)
            n += e.kind == FrameError::Kind::Hcs || e.kind == FrameError::Kind::Fcs;
        return n;
    }

    QObject context;
    AcquisitionController controller;
    std::vector<MeterReading> readings;
    std::vector<int> readingAt;
    std::vector<FrameError> errors;
    std::vector<int> errorAt;
    std::vector<std::pair<LinkState, QString>> states;
    LinkStatistics statistics;
    int events = 0;
    int evenAt = -1;
};

SourceSpec simulatorSpec(Make make, PortSettings::Parity parity)
{
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Simulator;
    spec.simulator.make = make;
    spec.simulatorSpeed = 100; // an Aidon List 1 every 25 ms
    spec.port.parity = parity;
    // Scaled down from 25 s and 30 s; the logic is the same.
    spec.port.parityProbeMs = 400;
    spec.port.noDataTimeoutMs = 1500;
    return spec;
}

TEST(SimulatorParity, AutoParityFindsEvenParityForAidonAndKaifa)
{
    for (const Make make : {Make::Aidon, Make::Kaifa}) {
        SCOPED_TRACE(static_cast<int>(make));
        ParityHarness h;
        h.controller.start(simulatorSpec(make, PortSettings::Parity::Auto));
        ASSERT_TRUE(ParityHarness::waitFor([&] { return h.evenAt >= 0; }, 10000));
        // Read at 8N1 first: bytes, but no valid frame at all.
        EXPECT_EQ(h.validFramesAfter(-1) - h.validFramesAfter(h.evenAt), 0U);
        // Then at 8E1: live readings, from then on.
        ASSERT_TRUE(ParityHarness::waitFor([&] { return h.readings.size() >= 20; }, 10000));
        EXPECT_GT(h.readingAt.front(), h.evenAt);
        EXPECT_TRUE(h.sawState(LinkState::Connected, "Simulated"));
        EXPECT_EQ(h.damagedFrames(), 0U);
        h.controller.stop();
    }
}

TEST(SimulatorParity, AutoParityStaysAtNoneForKamstrup)
{
    for (const Make make : {Make::KamstrupNorway, Make::KamstrupDenmark}) {
        SCOPED_TRACE(static_cast<int>(make));
        ParityHarness h;
        h.controller.start(simulatorSpec(make, PortSettings::Parity::Auto));
        ASSERT_TRUE(ParityHarness::waitFor([&] { return h.readings.size() >= 5; }, 10000));
        // Three probe times on (a push every 100 ms at ×100), readings keep arriving and the
        // parity was never touched.
        const std::size_t before = h.readings.size();
        QDeadlineTimer past(1200);
        ParityHarness::waitFor([&] { return past.hasExpired(); }, 2000);
        EXPECT_LT(h.evenAt, 0);
        EXPECT_GE(h.readings.size(), before + 8);
        EXPECT_TRUE(h.errors.empty());
        h.controller.stop();
    }
}

TEST(SimulatorParity, AidonReadAtNoneExplainsTheWrongParity)
{
    ParityHarness h;
    h.controller.start(simulatorSpec(Make::Aidon, PortSettings::Parity::None));
    ASSERT_TRUE(ParityHarness::waitFor([&] { return h.sawState(LinkState::NoData, "parity"); },
                                       10000));
    EXPECT_EQ(h.validFramesAfter(-1), 0U);
    EXPECT_LT(h.evenAt, 0);
    ASSERT_TRUE(ParityHarness::waitFor([&] { return h.statistics.bytesReceived > 1000; }, 5000));
    h.controller.stop();
}

TEST(SimulatorParity, KamstrupReadAtEvenParityGivesNoFrame)
{
    ParityHarness h;
    h.controller.start(simulatorSpec(Make::KamstrupNorway, PortSettings::Parity::Even));
    ASSERT_TRUE(ParityHarness::waitFor([&] { return h.sawState(LinkState::NoData, "parity"); },
                                       10000));
    EXPECT_TRUE(h.readings.empty());
    h.controller.stop();
}

} // namespace
} // namespace han
