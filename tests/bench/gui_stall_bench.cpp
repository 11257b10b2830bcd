// SPDX-License-Identifier: GPL-3.0-or-later
// Figures, not a test: how long the GUI thread stalls while the simulated meter is replayed at
// x1000 into the main window (every view visited in turn). An event-loop latency probe: a
// zero-interval timer notes the gaps between its runs; a gap is time the loop was busy.
//
// usage: gui_stall_bench [--seconds N] [--speed X] [--verbose]   (offscreen without a display)
#include "app_settings.h"
#include "live_model.h"
#include "main_window.h"
#include "session_controller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// With --verbose: names the receiver of every event that takes over 30 ms (the stall's cause).
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool verbose = false;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!verbose)
            return QApplication::notify(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const int type = event->type();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ms = timer.elapsed();
        if (ms > 30 && receiver->parent())
            std::printf("  (its parent: %s)\n", receiver->parent()->metaObject()->className());
        if (ms > 30)
            std::printf("  slow event %d to %s (%s) on thread \"%s\": %lld ms\n", type,
                        receiver->metaObject()->className(),
                        qPrintable(receiver->objectName()),
                        qPrintable(QThread::currentThread() == qApp->thread() ? QStringLiteral("gui") : QThread::currentThread()->objectName()),
                        static_cast<long long>(ms));
        return result;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    TimingApplication app(argc, argv);
    int seconds = 20;
    double speed = 1000;
    // --verbose: print each stall over 30 ms with the view shown, to find its cause.
    bool verbose = false;
    const QStringList args = QApplication::arguments();
    verbose = args.contains(QStringLiteral("--verbose"));
    app.verbose = verbose;
    // --view N: stay on one view (0 Live ... 4 Diagnostics) instead of visiting each in turn.
    int pinnedView = -1;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds"))
            seconds = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--view"))
            pinnedView = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--speed"))
            speed = args[i + 1].toDouble();
    }

    QTemporaryDir dir;
    han::ui::SessionController session;
    session.openHistory(dir.filePath(QStringLiteral("history.sqlite")));
    han::ui::AppSettings settings;
    settings.simulatorSpeed = speed;
    han::ui::MainWindow window(&session, settings);
    window.resize(1366, 768);
    window.show();

    // Let the simulated past be written first: the figure is for the live stream.
    bool live = false;
    QObject::connect(&session, &han::ui::SessionController::simulatedHistoryProgress, &app,
                     [&live](bool busy, const QString&) { live = !busy; });
    session.start(settings.sourceSpec());
    QElapsedTimer wait;
    wait.start();
    while (!live && wait.elapsed() < 120'000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);

    // Gaps are kept in a histogram of 10 us buckets (the last one collects everything over 1 s),
    // never in a growing vector: its reallocations, copying millions of samples, were once the
    // very stalls this program reported.
    constexpr std::size_t kBuckets = 100'001;
    std::vector<std::uint64_t> histogram(kBuckets, 0);
    std::uint64_t loops = 0;
    double maxGapUs = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setInterval(0);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double gapUs = static_cast<double>(now - last) / 1000.0;
        ++histogram[std::min(kBuckets - 1, static_cast<std::size_t>(gapUs / 10.0))];
        ++loops;
        maxGapUs = std::max(maxGapUs, gapUs);
        last = now;
        if (verbose && gapUs > 30'000.0)
            std::printf("  stall %.1f ms at %.1f s, view %d\n", gapUs / 1000.0,
                        static_cast<double>(now) / 1e9, static_cast<int>(window.currentView()));
    });
    QTimer viewSwitcher;
    viewSwitcher.setInterval(2000);
    QObject::connect(&viewSwitcher, &QTimer::timeout, &app, [&window] {
        window.setCurrentView(static_cast<han::ui::MainWindow::View>(
            (window.currentView() + 1) % han::ui::MainWindow::ViewCount));
    });
    QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);
    probe.start();
    if (pinnedView >= 0)
        window.setCurrentView(static_cast<han::ui::MainWindow::View>(pinnedView));
    else
        viewSwitcher.start();
    app.exec();
    probe.stop();

    const auto at = [&histogram, loops](double q) {
        const auto wanted = static_cast<std::uint64_t>(q * static_cast<double>(loops));
        std::uint64_t seen = 0;
        for (std::size_t i = 0; i < histogram.size(); ++i) {
            seen += histogram[i];
            if (seen > wanted)
                return static_cast<double>(i + 1) * 10.0; // the bucket's upper edge, us
        }
        return 0.0;
    };
    std::printf("gui stall under x%.0f simulator for %d s, %s (%s):\n", speed, seconds,
                pinnedView >= 0 ? "one view shown" : "every view shown in turn",
                qPrintable(QGuiApplication::platformName()));
    std::printf("  loop iterations %llu, gap median %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms\n",
                static_cast<unsigned long long>(loops), at(0.5) / 1000.0, at(0.99) / 1000.0,
                at(0.999) / 1000.0, maxGapUs / 1000.0);
    std::printf("  readings shown: %llu\n",
                static_cast<unsigned long long>(session.live()->sampleSerial()));
    session.shutdown();
    return 0;
}
