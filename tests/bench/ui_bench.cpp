// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app (issue 7, benchmark 5):
//  - OpenWithYear: han-monitor started as a process on the bench year's history (BenchYear, the
//    cached year-sized file) with the Energy view as its open view and a meter that sends
//    nothing yet, timed from the process's start to the first paint of the Energy view with
//    the history's data (the hidden --measure-startup option prints when that happens). A
//    first, untimed run warms the disk cache and the font cache, as any second start has them.
//  - PhasesReplot: the Phases view showing 7 days of 10 s data (3 x 60 480 points per chart)
//    from a real history file; replot() of one chart, immediate, over many replots once the
//    data is loaded.
// Offscreen without a display; under xvfb-run in a real X server (closer to a desktop).
//
// usage: ui_bench [Google Benchmark options]
#include "bench_line.h"
#include "bench_run.h"
#include "bench_year.h"

#include "../history_session.h"
#include "app_settings.h"
#include "main_window.h"
#include "phases_view.h"
#include "time_window.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <qcustomplot.h>

#include <algorithm>
#include <string>
#include <memory>
#include <vector>

namespace {

using han::bench::BenchYear;

// A home of its own for each run: settings with the Energy view open and a serial meter that
// is not plugged in, so nothing is simulated into the year's file.
QProcessEnvironment isolatedHome(const QTemporaryDir& home)
{
    QDir(home.path()).mkpath(QStringLiteral("run"));
    const QString config = home.filePath(QStringLiteral("config"));
    {
        QSettings stored(config + QStringLiteral("/HanMonitor/han-monitor.conf"),
                         QSettings::IniFormat);
        han::ui::AppSettings settings;
        settings.sourceKind = han::SourceSpec::Kind::Serial;
        settings.portName = QStringLiteral("ttyHANBENCH0");
        settings.currentView = han::ui::MainWindow::Energy;
        settings.appearance = han::ui::AppSettings::Appearance::Light;
        settings.save(stored);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return env;
}

// Milliseconds from starting han-monitor to its "painted" line; negative on failure.
double openOnce(const QString& database, QString& error)
{
    QTemporaryDir home;
    QProcess monitor;
    monitor.setProcessEnvironment(isolatedHome(home));
    QElapsedTimer timer;
    timer.start();
    monitor.start(QStringLiteral(HAN_MONITOR_PATH),
                  {QStringLiteral("--db"), database, QStringLiteral("--measure-startup")});
    double ms = -1;
    while (monitor.waitForReadyRead(30000)) {
        if (monitor.canReadLine() && monitor.readLine().startsWith("painted")) {
            ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (ms < 0)
        error = QString::fromLocal8Bit(monitor.readAllStandardError());
    if (!monitor.waitForFinished(30000)) {
        monitor.kill();
        monitor.waitForFinished();
    }
    return ms;
}

void BM_OpenWithYear(benchmark::State& state)
{
    QString error;
    const QString database = han::bench::cachedYearDatabase(error);
    if (database.isEmpty() || openOnce(database, error) < 0) {
        state.SkipWithError(qPrintable(QStringLiteral("han-monitor: ") + error));
        return;
    }
    double worst = 0;
    for (auto _ : state) {
        const double ms = openOnce(database, error);
        if (ms < 0) {
            state.SkipWithError(qPrintable(QStringLiteral("han-monitor: ") + error));
            return;
        }
        worst = std::max(worst, ms);
        state.SetIterationTime(ms / 1000.0);
    }
    state.counters["max_ms"] = worst;
}
BENCHMARK(BM_OpenWithYear)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);

// Local noon of Saturday 20 June 2026, after a week of history.
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-06-20T10:00:00Z"), Qt::ISODate);

void BM_PhasesReplot(benchmark::State& state)
{
    using han::test::householdSettings;
    han::test::HistorySession session(householdSettings(kNow.addDays(-7)), kNow);
    if (!session.ok()) {
        state.SkipWithError(qPrintable(session.error()));
        return;
    }
    const auto live = han::test::simulatedFrames(householdSettings(kNow), kNow.addSecs(60));
    session.feedLive(han::test::readingsOf(live));
    han::ui::PhasesView view(&session.session());
    view.resize(1920, 1000);
    view.show();
    view.setWindow(han::ui::TimeWindow::Kind::Week);
    QCoreApplication::processEvents(); // the queued replots and the status line
    QCustomPlot* plot = state.range(0) == 0 ? view.currentPlot() : view.voltagePlot();
    // The first replots lay the charts out; what was measured, to look at:
    // build/tests/screenshots/phases-week-bench.png.
    view.currentPlot()->replot(QCustomPlot::rpImmediateRefresh);
    view.voltagePlot()->replot(QCustomPlot::rpImmediateRefresh);
    han::test::saveViewScreenshot(&view, QStringLiteral("phases-week-bench"));
    for (auto _ : state)
        plot->replot(QCustomPlot::rpImmediateRefresh);
    state.counters["points_per_graph"] = static_cast<double>(plot->graph(0)->dataCount());
    state.counters["graphs"] = plot->graphCount();
    state.counters["load_ms"] = static_cast<double>(view.lastLoadMs());
}
// 0: the currents chart, 1: the voltages chart.
BENCHMARK(BM_PhasesReplot)
    ->ArgName("chart")
    ->Arg(0)
    ->Arg(1)
    ->MinTime(2.0)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void printFigures(const han::bench::CollectingReporter& r)
{
    using han::bench::printBenchLine;
    const std::string where = QGuiApplication::platformName() == QLatin1String("offscreen")
                                  ? "offscreen"
                                  : "X (" + QGuiApplication::platformName().toStdString() + ")";
    const std::string open = "BM_OpenWithYear/iterations:5/manual_time";
    if (const double s = han::bench::realSeconds(r, open); s > 0) {
        const std::string what =
            "opening han-monitor on a year of history to the painted Energy view, mean of 5, " +
            where;
        printBenchLine("open_with_year", s * 1000, "ms", "<=1500", what.c_str());
        printBenchLine("open_with_year_max", r.counter(open, "max_ms"), "ms", "-",
                       "the slowest of those 5 starts");
    }
    const char* const charts[] = {"currents", "voltages"};
    for (int chart = 0; chart < 2; ++chart) {
        const std::string name =
            "BM_PhasesReplot/chart:" + std::to_string(chart) + "/min_time:2.000/real_time";
        if (const double s = han::bench::realSeconds(r, name); s > 0) {
            const std::string what = std::string("Phases view, 7 days of 10 s data: one replot "
                                                 "of the ") +
                                     charts[chart] + " chart (3 x 60 480 points), " + where;
            const std::string figure = std::string("phases_replot_") + charts[chart];
            printBenchLine(figure.c_str(), s * 1000, "ms", "<=16", what.c_str());
            const std::string cpu = figure + "_cpu";
            printBenchLine(cpu.c_str(), han::bench::cpuSeconds(r, name) * 1000, "ms", "-",
                           "its CPU time");
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return han::bench::runBenchmarks(argc, argv, printFigures);
}
