// SPDX-License-Identifier: GPL-3.0-or-later
// Figures, not a test: how long the GUI thread stalls while the simulated meter is replayed at
// x1000 into the main window (every view visited in turn). An event-loop latency probe: a
// zero-interval timer notes the gaps between its runs; a gap is time the loop was busy.
//
// usage: gui_stall_bench [--seconds N] [--speed X]   (offscreen without a display)
#include "app_settings.h"
#include "live_model.h"
#include "main_window.h"
#include "session_controller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    int seconds = 20;
    double speed = 1000;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds"))
            seconds = args[i + 1].toInt();
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

    std::vector<double> gapsUs;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setInterval(0);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        gapsUs.push_back(static_cast<double>(now - last) / 1000.0);
        last = now;
    });
    QTimer viewSwitcher;
    viewSwitcher.setInterval(2000);
    QObject::connect(&viewSwitcher, &QTimer::timeout, &app, [&window] {
        window.setCurrentView(static_cast<han::ui::MainWindow::View>(
            (window.currentView() + 1) % han::ui::MainWindow::ViewCount));
    });
    QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);
    probe.start();
    viewSwitcher.start();
    app.exec();
    probe.stop();

    std::sort(gapsUs.begin(), gapsUs.end());
    const auto at = [&gapsUs](double q) {
        if (gapsUs.empty())
            return 0.0;
        return gapsUs[static_cast<std::size_t>(q * static_cast<double>(gapsUs.size() - 1))];
    };
    std::printf("gui stall under x%.0f replay for %d s, every view shown in turn (%s):\n", speed,
                seconds, qPrintable(QGuiApplication::platformName()));
    std::printf("  loop iterations %zu, gap median %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms\n",
                gapsUs.size(), at(0.5) / 1000.0, at(0.99) / 1000.0, at(0.999) / 1000.0,
                (gapsUs.empty() ? 0.0 : gapsUs.back()) / 1000.0);
    std::printf("  readings shown: %llu\n",
                static_cast<unsigned long long>(session.live()->sampleSerial()));
    session.shutdown();
    return 0;
}
