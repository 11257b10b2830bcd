// SPDX-License-Identifier: GPL-3.0-or-later
// The Solar view on a real history file and a live model fed with simulated readings: the
// kWh it shows against HistoryReader::hourlyEnergy summed here plus the live hour, the chart
// against the simulator's pushes, and the status against readings that import or export.

#include "chart_colors.h"
#include "history_session.h"
#include "live_model.h"
#include "main_window.h"
#include "solar_view.h"
#include "value_format.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

using han::SimulatedFrame;
using han::test::HistorySession;
using han::test::householdSettings;
using han::test::simulatedFrames;
using han::ui::SolarView;
using han::ui::ValueFormat;

namespace {

const QDateTime kHistoryStart = QDateTime::fromString(QStringLiteral("2026-06-18T22:00:00Z"), Qt::ISODate);
const QDateTime kLiveStart = QDateTime::fromString(QStringLiteral("2026-06-20T10:00:00Z"), Qt::ISODate);
// Local midnights (Oslo, UTC+2 in June) and the 1st of June.
const std::int64_t kToday = QDateTime::fromString(QStringLiteral("2026-06-19T22:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
const std::int64_t kMidnight = QDateTime::fromString(QStringLiteral("2026-06-20T22:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
const std::int64_t kMonth = QDateTime::fromString(QStringLiteral("2026-05-31T22:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();

std::int64_t ms(const QDateTime& utc)
{
    return utc.toMSecsSinceEpoch();
}

// A QCustomPlot key: seconds since the epoch.
double sec(std::int64_t utcMs)
{
    return static_cast<double>(utcMs) / 1000.0;
}

QString labelText(const QWidget& view, const char* name)
{
    const auto* label = view.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

struct Kwh
{
    double import = 0;
    double exported = 0;
};

Kwh sumHours(const han::HistoryReader& reader, const QString& meterId, std::int64_t from,
             std::int64_t to)
{
    Kwh sum;
    for (const han::HourlyEnergy& hour : reader.hourlyEnergy(meterId, from, to)) {
        sum.import += hour.importKwh;
        sum.exported += hour.exportKwh;
    }
    return sum;
}

class SolarViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        history = simulatedFrames(householdSettings(kHistoryStart), kLiveStart);
        live = simulatedFrames(householdSettings(kLiveStart), kLiveStart.addSecs(30 * 60));
        session = std::make_unique<HistorySession>(householdSettings(kHistoryStart), kLiveStart);
        ASSERT_TRUE(session->ok()) << session->error().toStdString();
    }

    std::vector<SimulatedFrame> history;
    std::vector<SimulatedFrame> live;
    std::unique_ptr<HistorySession> session;
};

TEST_F(SolarViewTest, TodayAndMonthAreTheHourlyEnergyPlusTheHourInProgress)
{
    SolarView view(&session->session());
    ASSERT_TRUE(session->feedLive(han::test::readingsOf(live)));
    han::ui::LiveModel* model = session->session().live();
    const han::HistoryReader& reader = session->session().reader();
    const QString meterId = model->meterId();

    const std::int64_t hour = model->currentHourStartUtcMs();
    ASSERT_EQ(hour, ms(kLiveStart));
    // Whole hours from the registers up to the live hour, then the live hour: once each.
    const Kwh todayHours = sumHours(reader, meterId, kToday, hour);
    const Kwh monthHours = sumHours(reader, meterId, kMonth, hour);
    const double importToday = todayHours.import + model->importKwhThisHour();
    const double exportToday = todayHours.exported + model->exportKwhThisHour();
    const double importMonth = monthHours.import + model->importKwhThisHour();
    const double exportMonth = monthHours.exported + model->exportKwhThisHour();
    ASSERT_GT(model->exportKwhThisHour(), 0.1) << "midsummer noon exports";
    ASSERT_GT(exportToday, model->exportKwhThisHour() + 1.0) << "and did all morning";
    ASSERT_GT(importMonth, importToday + 1.0) << "the month has a day before today";

    EXPECT_NEAR(view.totals().today.importKwh, importToday, 1e-9);
    EXPECT_NEAR(view.totals().today.exportKwh, exportToday, 1e-9);
    EXPECT_NEAR(view.totals().month.importKwh, importMonth, 1e-9);
    EXPECT_NEAR(view.totals().month.exportKwh, exportMonth, 1e-9);
    EXPECT_EQ(labelText(view, "exportedTodayValue"), ValueFormat::kilowattHours(exportToday, 2));
    EXPECT_EQ(labelText(view, "importedTodayValue"), ValueFormat::kilowattHours(importToday, 2));
    EXPECT_EQ(labelText(view, "exportedMonthValue"), ValueFormat::kilowattHours(exportMonth, 1));
    EXPECT_EQ(labelText(view, "importedMonthValue"), ValueFormat::kilowattHours(importMonth, 1));
    for (const char* name : {"exportNowValue", "exportedTodayValue", "importedTodayValue",
                             "exportedMonthValue", "importedMonthValue", "solarStatus"}) {
        const auto* label = view.findChild<QLabel*>(QString::fromLatin1(name));
        ASSERT_NE(label, nullptr) << name;
        EXPECT_FALSE(label->toolTip().isEmpty()) << name;
    }

    // Figures: the totals from a cold cache (a month of hourly energy) and a warm one.
    han::ui::SolarTotals totals;
    QElapsedTimer timer;
    timer.start();
    totals.compute(&reader, meterId, *model, model->latestUtcMs());
    const double coldMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const auto warm = totals.compute(&reader, meterId, *model, model->latestUtcMs());
    std::printf("[ figure   ] solar totals: %.1f ms from the history, %.3f ms cached\n", coldMs,
                static_cast<double>(timer.nsecsElapsed()) / 1e6);
    EXPECT_NEAR(warm.month.exportKwh, exportMonth, 1e-9);

    // The next hour's first reading: the finished hour now comes from the history, which
    // does not have it (these readings were never stored), so only the live part changes.
    const auto next = simulatedFrames(householdSettings(kLiveStart.addSecs(30 * 60)),
                                      kLiveStart.addSecs(62 * 60));
    ASSERT_TRUE(session->feedLive(han::test::readingsOf(next)));
    ASSERT_EQ(model->currentHourStartUtcMs(), hour + 3'600'000);
    const Kwh todayNow = sumHours(reader, meterId, kToday, hour + 3'600'000);
    EXPECT_NEAR(view.totals().today.exportKwh, todayNow.exported + model->exportKwhThisHour(), 1e-9);
}

TEST(SolarViewRestart, TheHourInProgressBeforeTheRestartComesFromTheHistory)
{
    // The app was closed at 10:20Z and starts again at once: the history has the hour's first
    // 20 minutes, the live model the rest.
    const QDateTime restart = kLiveStart.addSecs(20 * 60);
    HistorySession session(householdSettings(kHistoryStart), restart);
    ASSERT_TRUE(session.ok()) << session.error().toStdString();
    const auto before = simulatedFrames(householdSettings(kHistoryStart), restart);
    const auto live = simulatedFrames(householdSettings(restart), restart.addSecs(10 * 60));
    SolarView view(&session.session());
    ASSERT_TRUE(session.feedLive(han::test::readingsOf(live)));
    han::ui::LiveModel* model = session.session().live();
    ASSERT_EQ(model->currentHourStartUtcMs(), ms(kLiveStart));

    // Each List 1 holds its power for its 10 s (a List 2 in between repeats the same power).
    double exportBeforeKwh = 0;
    for (const SimulatedFrame& f : before) {
        if (ms(f.sentAtUtc) >= ms(kLiveStart) && !f.reading.hasRegisters())
            exportBeforeKwh += *f.reading.activeExportW * 10.0 / 3.6e6;
    }
    ASSERT_GT(exportBeforeKwh, 0.3);
    const Kwh hours = sumHours(session.session().reader(), model->meterId(), kToday, ms(kLiveStart));
    EXPECT_NEAR(view.totals().today.exportKwh,
                hours.exported + exportBeforeKwh + model->exportKwhThisHour(), 1e-6);
}

TEST(SolarViewDaylightSaving, TheLastSundayOfOctoberHasTwentyFiveHours)
{
    // Sunday 25 October 2026 in Oslo: 00:00 CEST (22:00Z the day before) to 00:00 CET (23:00Z).
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-10-24T21:00:00Z"), Qt::ISODate);
    const QDateTime liveStart = QDateTime::fromString(QStringLiteral("2026-10-25T22:00:00Z"), Qt::ISODate);
    const std::int64_t dayStart = ms(QDateTime::fromString(QStringLiteral("2026-10-24T22:00:00Z"), Qt::ISODate));
    HistorySession session(householdSettings(start), liveStart);
    ASSERT_TRUE(session.ok()) << session.error().toStdString();
    const auto live = simulatedFrames(householdSettings(liveStart), liveStart.addSecs(10 * 60));
    SolarView view(&session.session());
    ASSERT_TRUE(session.feedLive(han::test::readingsOf(live)));

    EXPECT_EQ(view.totals().dayStartUtcMs, dayStart);
    EXPECT_NEAR(view.netPowerPlot()->xAxis->range().lower, sec(dayStart), 1e-3);
    han::ui::LiveModel* model = session.session().live();
    const auto hours = session.session().reader().hourlyEnergy(model->meterId(), dayStart, ms(liveStart));
    EXPECT_EQ(hours.size(), 24u) << "23:00 local is the 25th hour of the day";
    double importKwh = 0;
    for (const han::HourlyEnergy& hour : hours)
        importKwh += hour.importKwh;
    EXPECT_NEAR(view.totals().today.importKwh, importKwh + model->importKwhThisHour(), 1e-9);
}

TEST_F(SolarViewTest, StatusAndColourSwitchAtOnceWhenTheHouseStartsExporting)
{
    SolarView view(&session->session());
    QSignalSpy changes(&view, &SolarView::exportingChanged);
    auto* status = view.findChild<QLabel*>(QStringLiteral("solarStatus"));
    ASSERT_NE(status, nullptr);

    han::MeterReading importing = live[1].reading;
    importing.activeImportW = 800.0;
    importing.activeExportW = 0.0;
    ASSERT_TRUE(session->feedLive({importing}));
    EXPECT_EQ(status->text(), QStringLiteral("Drawing %1 from the grid").arg(ValueFormat::kilowatts(800.0, 1)));
    EXPECT_EQ(status->palette().color(QPalette::WindowText), han::ui::ChartColors::import());
    EXPECT_EQ(labelText(view, "exportNowValue"), ValueFormat::kilowatts(0.0, 2));
    EXPECT_EQ(changes.count(), 0);

    han::MeterReading exporting = live[2].reading;
    exporting.activeImportW = 0.0;
    exporting.activeExportW = 2100.0;
    ASSERT_TRUE(session->feedLive({exporting}));
    EXPECT_EQ(status->text(), QStringLiteral("Exporting %1 to the grid").arg(ValueFormat::kilowatts(2100.0, 1)));
    EXPECT_EQ(status->palette().color(QPalette::WindowText), han::ui::ChartColors::exportColor());
    EXPECT_EQ(labelText(view, "exportNowValue"), ValueFormat::kilowatts(2100.0, 2));
    ASSERT_EQ(changes.count(), 1);
    EXPECT_TRUE(changes.at(0).at(0).toBool());
    EXPECT_TRUE(changes.at(0).at(1).toString().contains(ValueFormat::kilowatts(2100.0, 1)));

    han::MeterReading back = live[3].reading;
    back.activeImportW = 650.0;
    back.activeExportW = 0.0;
    ASSERT_TRUE(session->feedLive({back}));
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("Drawing")));
    EXPECT_EQ(status->palette().color(QPalette::WindowText), han::ui::ChartColors::import());
    ASSERT_EQ(changes.count(), 2);
    EXPECT_FALSE(changes.at(1).at(0).toBool());
    EXPECT_TRUE(changes.at(1).at(1).toString().contains(ValueFormat::kilowatts(650.0, 1)));
}

TEST_F(SolarViewTest, ChartHoldsTodayFromTheHistoryAndTheLiveSamples)
{
    SolarView view(&session->session());
    ASSERT_TRUE(session->feedLive(han::test::readingsOf(live)));
    QCustomPlot* plot = view.netPowerPlot();
    ASSERT_EQ(plot->objectName(), QStringLiteral("netPowerPlot"));
    ASSERT_EQ(plot->graphCount(), 2);
    EXPECT_NEAR(plot->xAxis->range().lower, sec(kToday), 1e-3);

    // Every push since local midnight is one point, on the import side or the export side.
    std::map<std::int64_t, double> expected;
    for (const auto* frames : {&history, &live}) {
        for (const SimulatedFrame& f : *frames) {
            if (ms(f.sentAtUtc) >= kToday)
                expected[ms(f.sentAtUtc)] = *f.reading.activeImportW - *f.reading.activeExportW;
        }
    }
    std::map<std::int64_t, double> shown;
    int below = 0;
    for (int g = 0; g < 2; ++g) {
        for (const QCPGraphData& point : *plot->graph(g)->data()) {
            if (std::isnan(point.value))
                continue;
            EXPECT_EQ(g == 1, point.value < 0) << "export below zero, import above";
            shown[static_cast<std::int64_t>(std::llround(point.key * 1000))] = point.value * 1000;
            below += g;
        }
    }
    ASSERT_EQ(shown.size(), expected.size());
    for (const auto& [utcMs, netW] : expected)
        EXPECT_NEAR(shown[utcMs], netW, 1e-6) << utcMs;
    EXPECT_GT(below, 1000) << "the morning exported";

    view.resize(1920, 1000);
    view.show();
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("[ figure   ] net power chart, %zu points since midnight: replot median %.1f ms\n",
                shown.size(), times[2]);
}

TEST(SolarViewMidnight, ANewDayStartsANewChartAndNewTotals)
{
    const QDateTime start = QDateTime::fromString(QStringLiteral("2026-06-20T20:00:00Z"), Qt::ISODate);
    const QDateTime liveStart = QDateTime::fromString(QStringLiteral("2026-06-20T21:50:00Z"), Qt::ISODate);
    HistorySession session(householdSettings(start), liveStart);
    ASSERT_TRUE(session.ok()) << session.error().toStdString();
    const auto live = simulatedFrames(householdSettings(liveStart), liveStart.addSecs(20 * 60));
    std::vector<han::MeterReading> beforeMidnight;
    std::vector<han::MeterReading> afterMidnight;
    for (const SimulatedFrame& f : live)
        (ms(f.sentAtUtc) < kMidnight ? beforeMidnight : afterMidnight).push_back(f.reading);

    SolarView view(&session.session());
    ASSERT_TRUE(session.feedLive(beforeMidnight));
    EXPECT_EQ(view.totals().dayStartUtcMs, kMidnight - 86'400'000);
    EXPECT_GT(view.totals().today.importKwh, 0.5) << "two hours of evening";

    ASSERT_TRUE(session.feedLive(afterMidnight));
    EXPECT_EQ(view.totals().dayStartUtcMs, kMidnight);
    EXPECT_NEAR(view.totals().today.importKwh, session.session().live()->importKwhThisHour(), 1e-9);
    EXPECT_LT(view.totals().today.importKwh, 0.5) << "ten minutes of the night";
    QCustomPlot* plot = view.netPowerPlot();
    EXPECT_NEAR(plot->xAxis->range().lower, sec(kMidnight), 1e-3);
    int points = 0;
    for (int g = 0; g < 2; ++g) {
        for (const QCPGraphData& point : *plot->graph(g)->data()) {
            EXPECT_GE(point.key, sec(kMidnight));
            points += std::isnan(point.value) ? 0 : 1;
        }
    }
    EXPECT_EQ(points, static_cast<int>(afterMidnight.size()));
}

TEST_F(SolarViewTest, Screenshots)
{
    ASSERT_TRUE(session->feedLive(han::test::readingsOf(live)));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? han::test::darkPalette() : light);
        han::ui::MainWindow window(&session->session(), han::ui::AppSettings{});
        window.setCurrentView(han::ui::MainWindow::Solar);
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            window.resize(size);
            window.show();
            QApplication::processEvents();
            const QString name = QStringLiteral("solar-%1x%2-%3")
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
            EXPECT_FALSE(han::test::saveViewScreenshot(&window, name).isEmpty()) << name.toStdString();
        }
        window.hide();
    }
    QApplication::setPalette(light);
}

} // namespace
