// SPDX-License-Identifier: GPL-3.0-or-later
// The Phases view on a real history file and a live model fed with simulated readings: what
// the charts hold is compared with the simulator's own pushes, counted here independently.

#include "history_session.h"
#include "live_model.h"
#include "main_window.h"
#include "phases_view.h"
#include "value_format.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using han::SimulatedFrame;
using han::test::HistorySession;
using han::test::householdSettings;
using han::test::simulatedFrames;
using han::ui::PhasesView;
using han::ui::TimeWindow;

namespace {

// Local midnight of Friday 19 June 2026 (UTC+2) and Saturday noon local (a sunny day).
const QDateTime kHistoryStart = QDateTime::fromString(QStringLiteral("2026-06-18T22:00:00Z"), Qt::ISODate);
const QDateTime kLiveStart = QDateTime::fromString(QStringLiteral("2026-06-20T10:00:00Z"), Qt::ISODate);

std::int64_t ms(const QDateTime& utc)
{
    return utc.toMSecsSinceEpoch();
}

// A QCustomPlot key: seconds since the epoch.
double sec(std::int64_t utcMs)
{
    return static_cast<double>(utcMs) / 1000.0;
}

// Pushes with a send time in [from, to].
int countFrames(const std::vector<SimulatedFrame>& frames, std::int64_t from, std::int64_t to)
{
    return static_cast<int>(std::count_if(frames.begin(), frames.end(), [&](const SimulatedFrame& f) {
        const std::int64_t t = ms(f.sentAtUtc);
        return t >= from && t <= to;
    }));
}

// Points with a value in [from, to] (ms) of one graph.
int pointsWithValue(const QCPGraph* graph, std::int64_t from, std::int64_t to)
{
    int count = 0;
    for (const QCPGraphData& point : *graph->data()) {
        const auto key = static_cast<std::int64_t>(std::llround(point.key * 1000));
        if (key >= from && key <= to && !std::isnan(point.value))
            ++count;
    }
    return count;
}

class PhasesViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        history = simulatedFrames(householdSettings(kHistoryStart), kLiveStart);
        live = simulatedFrames(householdSettings(kLiveStart), kLiveStart.addSecs(40 * 60));
        session = std::make_unique<HistorySession>(householdSettings(kHistoryStart), kLiveStart);
        ASSERT_TRUE(session->ok()) << session->error().toStdString();
    }

    // The first `count` live pushes.
    std::vector<han::MeterReading> liveReadings(std::size_t from, std::size_t count) const
    {
        std::vector<han::MeterReading> readings;
        for (std::size_t i = from; i < from + count && i < live.size(); ++i)
            readings.push_back(live[i].reading);
        return readings;
    }

    std::vector<SimulatedFrame> history;
    std::vector<SimulatedFrame> live;
    std::unique_ptr<HistorySession> session;
};

TEST_F(PhasesViewTest, OneHourWindowHoldsTheHistoryBeforeTheLiveSamplesAndTheLiveOnes)
{
    PhasesView view(&session->session());
    view.resize(1200, 700);
    ASSERT_TRUE(session->feedLive(liveReadings(0, 181))); // 10:00:00 to 10:29:50, and a List 2
    view.setWindow(TimeWindow::Kind::OneHour);

    const std::int64_t newest = ms(live[180].sentAtUtc);
    const std::int64_t from = newest - 3'600'000;
    const int expected = countFrames(history, from, newest) + countFrames(live, from, newest);
    EXPECT_EQ(expected, 362) << "an hour of pushes every 10 s, both ends, and two List 2";
    for (QCustomPlot* plot : {view.currentPlot(), view.voltagePlot()}) {
        ASSERT_EQ(plot->graphCount(), 3);
        for (int g = 0; g < 3; ++g) {
            EXPECT_TRUE(plot->graph(g)->visible());
            EXPECT_EQ(pointsWithValue(plot->graph(g), from, newest), expected)
                << plot->objectName().toStdString() << " L" << g + 1;
        }
        EXPECT_NEAR(plot->xAxis->range().upper, sec(newest), 1e-3);
        EXPECT_NEAR(plot->xAxis->range().lower, sec(from), 1e-3);
        EXPECT_EQ(plot->legend->itemCount(), 3);
    }
    // Voltage ranged around the data, current from zero.
    EXPECT_EQ(view.currentPlot()->yAxis->range().lower, 0.0);
    EXPECT_GT(view.voltagePlot()->yAxis->range().lower, 180.0);
    EXPECT_LT(view.voltagePlot()->yAxis->range().upper, 280.0);
}

TEST_F(PhasesViewTest, CrosshairReadsTheSampleNearestThePointer)
{
    PhasesView view(&session->session());
    view.resize(1200, 700);
    view.show();
    ASSERT_TRUE(session->feedLive(liveReadings(0, 181)));
    view.setWindow(TimeWindow::Kind::OneHour);

    // A live sample, pointed at 4 s after it (the next is 10 s after it).
    const SimulatedFrame& liveFrame = live[100];
    ASSERT_FALSE(liveFrame.reading.hasRegisters());
    view.showCrosshairAt(ms(liveFrame.sentAtUtc) + 4000);
    auto values = view.valuesAt(ms(liveFrame.sentAtUtc) + 4000);
    ASSERT_TRUE(values.has_value());
    EXPECT_EQ(values->utcMs, ms(liveFrame.sentAtUtc));
    EXPECT_DOUBLE_EQ(values->currentA[0], *liveFrame.reading.currentL1A);
    EXPECT_DOUBLE_EQ(values->currentA[1], *liveFrame.reading.currentL2A);
    EXPECT_DOUBLE_EQ(values->currentA[2], *liveFrame.reading.currentL3A);
    EXPECT_DOUBLE_EQ(values->voltageV[0], *liveFrame.reading.voltageL1V);
    EXPECT_DOUBLE_EQ(values->voltageV[2], *liveFrame.reading.voltageL3V);
    const QString text = view.crosshairText();
    EXPECT_TRUE(text.startsWith(han::ui::ValueFormat::localTime(ms(liveFrame.sentAtUtc))))
        << text.toStdString();
    for (const auto& current : {liveFrame.reading.currentL1A, liveFrame.reading.currentL2A,
                                liveFrame.reading.currentL3A})
        EXPECT_TRUE(text.contains(han::ui::ValueFormat::amperes(current, 1))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("L3"))) << text.toStdString();
    // Local time: live[100] is the 100th List 1 after the List 2 at 10:00:05Z, 10:16:30Z,
    // 12:16:30 in Oslo.
    EXPECT_TRUE(text.startsWith(QStringLiteral("12:16:30"))) << text.toStdString();

    // A sample from the history file, pointed at 3 s before it.
    const auto historyFrame = std::find_if(history.begin(), history.end(), [](const SimulatedFrame& f) {
        return f.sentAtUtc == QDateTime::fromString(QStringLiteral("2026-06-20T09:40:00Z"), Qt::ISODate);
    });
    ASSERT_NE(historyFrame, history.end());
    values = view.valuesAt(ms(historyFrame->sentAtUtc) - 3000);
    ASSERT_TRUE(values.has_value());
    EXPECT_EQ(values->utcMs, ms(historyFrame->sentAtUtc));
    EXPECT_DOUBLE_EQ(values->currentA[1], *historyFrame->reading.currentL2A);
    EXPECT_DOUBLE_EQ(values->voltageV[1], *historyFrame->reading.voltageL2V);
    view.showCrosshairAt(ms(historyFrame->sentAtUtc) - 3000);
    EXPECT_TRUE(view.crosshairText().contains(
        han::ui::ValueFormat::amperes(historyFrame->reading.currentL2A, 1)));
    view.hideCrosshair();
    EXPECT_TRUE(view.crosshairText().isEmpty());
}

TEST_F(PhasesViewTest, AppendsNewLiveSamplesAndFollowsUntilTheUserPans)
{
    PhasesView view(&session->session());
    view.resize(1200, 700);
    ASSERT_TRUE(session->feedLive(liveReadings(0, 181)));
    view.setWindow(TimeWindow::Kind::OneHour);
    ASSERT_TRUE(view.followsLive());

    ASSERT_TRUE(session->feedLive(liveReadings(181, 30))); // 10:30:00 to 10:34:50
    const std::int64_t newest = ms(live[210].sentAtUtc);
    const std::int64_t from = newest - 3'600'000;
    QCustomPlot* plot = view.currentPlot();
    EXPECT_NEAR(plot->xAxis->range().upper, sec(newest), 1e-3) << "the range follows";
    const int expected = countFrames(history, from, newest) + countFrames(live, from, newest);
    for (int g = 0; g < 3; ++g)
        EXPECT_EQ(pointsWithValue(plot->graph(g), from, newest), expected);
    // The window slid: points older than it left the graphs.
    EXPECT_GE(plot->graph(0)->data()->constBegin()->key, sec(from) - 1e-3);
    auto values = view.valuesAt(newest);
    ASSERT_TRUE(values);
    EXPECT_DOUBLE_EQ(values->currentA[0], *live[210].reading.currentL1A);

    // The user drags ten minutes back: following stops, both charts move, new samples do not
    // move the range.
    const QCPRange before = plot->xAxis->range();
    plot->xAxis->setRange(before.lower - 600, before.upper - 600);
    EXPECT_FALSE(view.followsLive());
    EXPECT_DOUBLE_EQ(view.voltagePlot()->xAxis->range().lower, before.lower - 600);
    ASSERT_TRUE(session->feedLive(liveReadings(211, 6)));
    EXPECT_DOUBLE_EQ(plot->xAxis->range().upper, before.upper - 600);
    values = view.valuesAt(ms(live[216].sentAtUtc));
    ASSERT_TRUE(values);
    EXPECT_EQ(values->utcMs, ms(live[216].sentAtUtc)) << "still appended while not following";

    // Following again jumps to the newest sample.
    view.setFollowLive(true);
    EXPECT_NEAR(plot->xAxis->range().upper, sec(ms(live[216].sentAtUtc)), 1e-3);
}

TEST_F(PhasesViewTest, PanningIntoThePastLoadsItFromTheHistory)
{
    PhasesView view(&session->session());
    view.resize(1200, 700);
    ASSERT_TRUE(session->feedLive(liveReadings(0, 181)));
    view.setWindow(TimeWindow::Kind::FiveMinutes);
    QCustomPlot* plot = view.voltagePlot();
    const QCPRange range = plot->xAxis->range();
    plot->xAxis->setRange(range.lower - 3 * 3600, range.upper - 3 * 3600);
    const auto from = static_cast<std::int64_t>(std::llround(plot->xAxis->range().lower * 1000));
    const auto to = static_cast<std::int64_t>(std::llround(plot->xAxis->range().upper * 1000));
    const int expected = countFrames(history, from, to);
    ASSERT_GT(expected, 25);
    EXPECT_TRUE(han::test::waitFor(
        [&] { return pointsWithValue(plot->graph(0), from, to) == expected; }, 5000));
    EXPECT_EQ(pointsWithValue(view.currentPlot()->graph(2), from, to), expected);
}

TEST_F(PhasesViewTest, CustomRangeShowsThatRangeFromTheHistory)
{
    PhasesView view(&session->session());
    ASSERT_TRUE(session->feedLive(liveReadings(0, 10)));
    const std::int64_t from = ms(QDateTime::fromString(QStringLiteral("2026-06-19T12:00:00Z"), Qt::ISODate));
    const std::int64_t to = from + 6 * 3'600'000;
    view.showRange(from, to);
    EXPECT_EQ(view.window(), TimeWindow::Kind::Custom);
    EXPECT_FALSE(view.followsLive());
    EXPECT_NEAR(view.currentPlot()->xAxis->range().lower, sec(from), 1e-3);
    EXPECT_NEAR(view.currentPlot()->xAxis->range().upper, sec(to), 1e-3);
    const int expected = countFrames(history, from, to - 1); // [from, to)
    EXPECT_EQ(expected, 6 * 361);
    for (int g = 0; g < 3; ++g)
        EXPECT_EQ(pointsWithValue(view.voltagePlot()->graph(g), from, to), expected);
}

TEST_F(PhasesViewTest, WindowsAreChosenWithTheKeyboardAndCustomStartsFromWhatIsShown)
{
    PhasesView view(&session->session());
    view.resize(1200, 700);
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    ASSERT_TRUE(session->feedLive(liveReadings(0, 181)));
    // A mnemonic "clicks" the button after a short animation, hence the waits.
    auto press = [&view](Qt::Key key, TimeWindow::Kind expected) {
        QTest::keyClick(&view, key, Qt::AltModifier);
        return han::test::waitFor([&] { return view.window() == expected; }, 2000);
    };
    EXPECT_TRUE(press(Qt::Key_1, TimeWindow::Kind::OneHour));
    EXPECT_TRUE(press(Qt::Key_7, TimeWindow::Kind::Week));
    EXPECT_TRUE(press(Qt::Key_2, TimeWindow::Kind::Day));
    EXPECT_TRUE(press(Qt::Key_5, TimeWindow::Kind::FiveMinutes));
    EXPECT_TRUE(view.followsLive());

    const QCPRange shown = view.currentPlot()->xAxis->range();
    EXPECT_TRUE(press(Qt::Key_U, TimeWindow::Kind::Custom));
    EXPECT_FALSE(view.followsLive());
    const QCPRange custom = view.currentPlot()->xAxis->range();
    EXPECT_LE(custom.lower, shown.lower);
    EXPECT_GT(custom.lower, shown.lower - 60);
    EXPECT_GE(custom.upper, shown.upper);
    EXPECT_LT(custom.upper, shown.upper + 60);

    // Follow live (Alt+W) goes back to a live window.
    QTest::keyClick(&view, Qt::Key_W, Qt::AltModifier);
    EXPECT_TRUE(han::test::waitFor([&] { return view.followsLive(); }, 2000));
    EXPECT_NE(view.window(), TimeWindow::Kind::Custom);
}

TEST(PhasesViewSinglePhase, ShowsOnlyL1)
{
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-03-10T08:00:00Z"), Qt::ISODate);
    const QDateTime end = start.addSecs(2 * 3600);
    HistorySession session(householdSettings(start, 1), end);
    ASSERT_TRUE(session.ok()) << session.error().toStdString();
    const auto live = simulatedFrames(householdSettings(end, 1), end.addSecs(600));
    ASSERT_TRUE(session.feedLive(han::test::readingsOf(live)));
    ASSERT_FALSE(live.back().reading.currentL2A.has_value());

    PhasesView view(&session.session());
    view.setWindow(TimeWindow::Kind::OneHour);
    for (QCustomPlot* plot : {view.currentPlot(), view.voltagePlot()}) {
        EXPECT_TRUE(plot->graph(0)->visible());
        EXPECT_FALSE(plot->graph(1)->visible());
        EXPECT_FALSE(plot->graph(2)->visible());
        EXPECT_EQ(plot->legend->itemCount(), 1);
    }
    view.showCrosshairAt(ms(live.back().sentAtUtc));
    const QString text = view.crosshairText();
    EXPECT_TRUE(text.contains(QStringLiteral("L1"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("L2"))) << text.toStdString();
}

TEST_F(PhasesViewTest, Screenshots)
{
    ASSERT_TRUE(session->feedLive(liveReadings(0, 181)));
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QApplication::setStyle(fusion);
    const QPalette light = QApplication::style()->standardPalette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? han::test::darkPalette() : light);
        han::ui::MainWindow window(&session->session(), han::ui::AppSettings{});
        window.setCurrentView(han::ui::MainWindow::Phases);
        PhasesView* view = window.phasesView();
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            window.resize(size);
            window.show();
            view->setWindow(TimeWindow::Kind::Day);
            QApplication::processEvents();
            view->showCrosshairAt(ms(QDateTime::fromString(QStringLiteral("2026-06-20T05:30:00Z"), Qt::ISODate)));
            const QString name = QStringLiteral("phases-%1x%2-%3")
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
            const QString path = han::test::saveViewScreenshot(&window, name);
            EXPECT_FALSE(path.isEmpty()) << name.toStdString();
            if (size.width() != 1366)
                continue;
            // The short window, and the custom range with its date fields in the bar.
            view->setWindow(TimeWindow::Kind::FiveMinutes);
            QApplication::processEvents();
            view->showCrosshairAt(ms(live[170].sentAtUtc));
            EXPECT_FALSE(han::test::saveViewScreenshot(&window, name + QStringLiteral("-5min")).isEmpty());
            view->showRange(ms(kHistoryStart.addSecs(6 * 3600)), ms(kHistoryStart.addSecs(30 * 3600)));
            QApplication::processEvents();
            EXPECT_FALSE(han::test::saveViewScreenshot(&window, name + QStringLiteral("-custom")).isEmpty());
        }
        window.hide();
    }
    QApplication::setPalette(light);
}

} // namespace
