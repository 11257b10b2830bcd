// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for the acquisition layer, printed, not asserted (run by hand or by scripts/bench):
//  - decode latency: from the write of a frame's last byte into a pseudo-terminal to the
//    worker's readingDecoded arriving on the main thread;
//  - CPU use of the process while the worker decodes the simulator at x1 and at x1000.
#include "acquisition_controller.h"
#include "acquisition_worker.h"
#include "meter_simulator.h"
#include "../pty_pair.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

namespace {

using namespace han;

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Runs the main thread's event loop for `ms`, sleeping between events (no busy wait, so the
// CPU figure is the worker's).
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

int latency(int frames)
{
    test::PtyPair pty;
    if (!pty.start()) {
        std::fprintf(stderr, "socat failed\n");
        return 1;
    }
    AcquisitionController controller;
    QObject context;
    std::vector<qint64> latenciesUs;
    QElapsedTimer clock;
    qint64 sentAtUs = 0;
    int received = 0;
    bool open = false;
    QObject::connect(controller.worker(), &AcquisitionWorker::readingDecoded, &context,
                     [&](const MeterReading&) {
                         latenciesUs.push_back(clock.nsecsElapsed() / 1000 - sentAtUs);
                         ++received;
                     });
    QObject::connect(controller.worker(), &AcquisitionWorker::linkStateChanged, &context,
                     [&](LinkState, const QString& d) { open = open || d.contains(QLatin1String("waiting")); });
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Serial;
    spec.port.portName = pty.adapterEnd();
    controller.start(spec);
    clock.start();
    while (!open)
        spin(10);

    SimulatorSettings settings;
    settings.start = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    MeterSimulator simulator(settings);
    for (int i = 0; i < frames; ++i) {
        const QByteArray frame = simulator.next().wire;
        pty.write(frame.left(frame.size() - 1));
        spin(20); // the frame's body is in; only the closing flag is missing
        sentAtUs = clock.nsecsElapsed() / 1000;
        pty.write(frame.right(1));
        QEventLoop loop;
        const QMetaObject::Connection done = QObject::connect(
            controller.worker(), &AcquisitionWorker::readingDecoded, &loop, &QEventLoop::quit,
            Qt::QueuedConnection);
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        if (received <= i)
            loop.exec();
        QObject::disconnect(done);
    }
    std::sort(latenciesUs.begin(), latenciesUs.end());
    if (latenciesUs.empty())
        return 1;
    const auto at = [&](double q) {
        return latenciesUs[std::min(latenciesUs.size() - 1,
                                    static_cast<std::size_t>(q * static_cast<double>(latenciesUs.size())))];
    };
    std::printf("decode latency, last byte written -> readingDecoded on the GUI thread "
                "(%zu frames through a pty): median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                latenciesUs.size(), static_cast<double>(at(0.5)) / 1000.0,
                static_cast<double>(at(0.95)) / 1000.0,
                static_cast<double>(latenciesUs.back()) / 1000.0);
    return 0;
}

void cpu(double speed, int seconds)
{
    AcquisitionController controller;
    QObject context;
    long readings = 0;
    QObject::connect(controller.worker(), &AcquisitionWorker::readingDecoded, &context,
                     [&](const MeterReading&) { ++readings; });
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Simulator;
    spec.simulatorSpeed = speed;
    spec.simulator.start = QDateTime::currentDateTimeUtc();
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    controller.start(spec);
    spin(seconds * 1000);
    controller.stop();
    const double cpuUsed = cpuSeconds() - cpu0;
    const double wallSeconds = static_cast<double>(wall.elapsed()) / 1000.0;
    std::printf("simulator x%-6g for %4.1f s: %6ld readings, process CPU %.3f s = %.2f %% of one "
                "core\n",
                speed, wallSeconds, readings, cpuUsed, 100.0 * cpuUsed / wallSeconds);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AcquisitionController::registerMetaTypes();
    if (latency(200) != 0)
        return 1;
    cpu(1, 30);
    cpu(1000, 10);
    return 0;
}
