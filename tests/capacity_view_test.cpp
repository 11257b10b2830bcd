// SPDX-License-Identifier: GPL-3.0-or-later
// The Capacity view on a real history whose hourly imports are known (October 2026, with its
// 25-hour Sunday, an estimated gap and a suspect hour): the three peaks, their average and
// step against figures worked out by hand; a peak opens its day in the Energy view.

#include "app_settings.h"
#include "appearance.h"
#include "history_session.h"
#include "live_model.h"
#include "capacity_chart.h"
#include "capacity_history.h"
#include "capacity_ladder.h"
#include "capacity_peak_model.h"
#include "capacity_view.h"
#include "capacity_watch.h"
#include "energy_view.h"
#include "hourly_energy_model.h"
#include "main_window.h"
#include "session_controller.h"
#include "value_format.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using han::CapacityLadder;
using han::EnergyQuality;
using han::test::CapacityHistory;
using han::ui::AppSettings;
using han::ui::CapacityPeakModel;
using han::ui::CapacityView;
using han::ui::CapacityWatch;
using han::ui::MainWindow;
using han::ui::SessionController;
using han::ui::ValueFormat;

namespace {

std::int64_t ms(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// October 2026 in Oslo: 00:00 on the 1st is 22:00Z on 30 September; 1 November 00:00 is 23:00Z.
const std::int64_t kOctober = ms("2026-09-30T22:00:00Z");
const std::int64_t kNovember = ms("2026-10-31T23:00:00Z");
// The host clock the tests pin: 31 October 21:30 local.
const std::int64_t kNow = ms("2026-10-31T20:30:00Z");

// Local times in the comments; a quiet house imports 0.5 kWh an hour.
double octoberKwh(std::int64_t hourStart)
{
    if (hourStart == ms("2026-10-03T15:00:00Z")) // Sat 3rd 17:00
        return 5.5;
    if (hourStart == ms("2026-10-14T16:00:00Z")) // Wed 14th 18:00
        return 6.2;
    if (hourStart == ms("2026-10-14T17:00:00Z")) // Wed 14th 19:00: the same day, counted once
        return 7.0;
    if (hourStart == ms("2026-10-20T06:00:00Z")) // Tue 20th 08:00: ties the 3rd, which is earlier
        return 5.5;
    if (hourStart == ms("2026-10-25T01:00:00Z")) // Sun 25th, the second 02:00 (UTC+1)
        return 6.0;
    if (hourStart == ms("2026-10-08T16:00:00Z")) // Thu 8th 18:00 and 19:00: a lost List 2
        return 16.0;                              // between them, so 8 kWh each, estimated
    if (hourStart == ms("2026-10-08T17:00:00Z"))
        return 0.0;
    if (hourStart == ms("2026-10-10T10:00:00Z")) // Sat 10th 12:00: no fuse carries 120 kWh
        return 120.0;                             // in an hour: suspect
    return 0.5;
}

CapacityHistory october()
{
    CapacityHistory history;
    history.importKwh = octoberKwh;
    history.droppedHourEnds = {ms("2026-10-08T17:00:00Z")};
    return history;
}

QString text(const QWidget& root, const char* name)
{
    const auto* label = root.findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

class CapacityViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(qgetenv("TZ"), QByteArray("Europe/Oslo")) << "run with TZ=Europe/Oslo";
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("history.sqlite"));
        QString error;
        ASSERT_TRUE(october().write(path, kOctober, kNovember, &error)) << error.toStdString();
        m_session.openHistory(path);
        ASSERT_TRUE(han::test::waitFor([this] { return m_session.isHistoryOpen(); }));
    }

    void TearDown() override { m_session.shutdown(); }

    QTemporaryDir m_dir;
    SessionController m_session;
};

} // namespace

TEST_F(CapacityViewTest, ShowsTheThreePeakDaysTheirAverageAndTheStep)
{
    CapacityWatch watch(&m_session);
    watch.setClock([] { return kNow; });
    CapacityView view(&m_session, &watch);
    QAbstractItemModelTester tester(view.peakModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1366, 700);
    view.show();
    EXPECT_EQ(view.shownMonth(), QDate(2026, 10, 1));
    EXPECT_EQ(text(view, "monthLabel"), QStringLiteral("October 2026"));

    // Estimated and suspect hours counted: the suspect 120 kWh, the estimated 8 and the 14th.
    const CapacityPeakModel* model = view.peakModel();
    ASSERT_EQ(model->rowCount(), 3);
    const auto value = [model](int row, int column) {
        return model->data(model->index(row, column), CapacityPeakModel::Value);
    };
    EXPECT_EQ(value(0, CapacityPeakModel::Day).toDate(), QDate(2026, 10, 10));
    EXPECT_DOUBLE_EQ(value(0, CapacityPeakModel::Energy).toDouble(), 120.0);
    EXPECT_EQ(value(0, CapacityPeakModel::Quality).toInt(), static_cast<int>(EnergyQuality::Suspect));
    EXPECT_EQ(value(1, CapacityPeakModel::Day).toDate(), QDate(2026, 10, 8));
    EXPECT_DOUBLE_EQ(value(1, CapacityPeakModel::Energy).toDouble(), 8.0);
    EXPECT_EQ(value(1, CapacityPeakModel::Quality).toInt(), static_cast<int>(EnergyQuality::Estimated));
    EXPECT_EQ(value(2, CapacityPeakModel::Day).toDate(), QDate(2026, 10, 14));
    EXPECT_EQ(text(view, "averageValue"), ValueFormat::kilowatts(45'000.0, 2)); // 135 / 3
    EXPECT_EQ(text(view, "stepValue"), QStringLiteral("25–50 kW"));
    EXPECT_EQ(text(view, "stepPriceValue"),
              QStringLiteral("%1 kr/month")
                  .arg(ValueFormat::number(CapacityLadder::defaultLadder().steps()[6].monthlyPrice, 0)));
    EXPECT_TRUE(text(view, "capacityQualityNote").contains(QStringLiteral("2 of the peaks")))
        << text(view, "capacityQualityNote").toStdString();

    // Left out: the 14th (19:00, not 18:00), the repeated 02:00 of the 25th, and the 3rd,
    // which ties the 20th and comes first.
    AppSettings settings;
    settings.capacityExcludeFlagged = true;
    watch.applySettings(settings);
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(value(0, CapacityPeakModel::Day).toDate(), QDate(2026, 10, 14));
    EXPECT_EQ(value(0, CapacityPeakModel::Hour).toLongLong(), ms("2026-10-14T17:00:00Z"));
    EXPECT_EQ(model->index(0, CapacityPeakModel::Hour).data().toString(), QStringLiteral("19:00–20:00"));
    EXPECT_DOUBLE_EQ(value(0, CapacityPeakModel::Energy).toDouble(), 7.0);
    EXPECT_EQ(value(1, CapacityPeakModel::Day).toDate(), QDate(2026, 10, 25));
    EXPECT_EQ(model->index(1, CapacityPeakModel::Hour).data().toString(),
              QStringLiteral("02:00–03:00 (UTC+1)"));
    EXPECT_DOUBLE_EQ(value(1, CapacityPeakModel::Energy).toDouble(), 6.0);
    EXPECT_EQ(value(2, CapacityPeakModel::Day).toDate(), QDate(2026, 10, 3));
    EXPECT_DOUBLE_EQ(value(2, CapacityPeakModel::Energy).toDouble(), 5.5);
    for (int row = 0; row < 3; ++row)
        EXPECT_EQ(value(row, CapacityPeakModel::Quality).toInt(), static_cast<int>(EnergyQuality::Measured));
    EXPECT_EQ(text(view, "averageValue"), ValueFormat::kilowatts(18'500.0 / 3, 2));
    EXPECT_EQ(text(view, "stepValue"), QStringLiteral("5–10 kW"));
    EXPECT_EQ(watch.month().excludedHours, 3);
    EXPECT_TRUE(text(view, "capacityQualityNote").contains(QStringLiteral("3 estimated or suspect hours left out")))
        << text(view, "capacityQualityNote").toStdString();

    // The chart: a bar per day, the peaks in their own set, the 20th a plain bar.
    const han::ui::CapacityChart* chart = view.chart();
    ASSERT_EQ(chart->categories().size(), 31);
    EXPECT_DOUBLE_EQ(chart->peakValues()[13], 7.0);
    EXPECT_DOUBLE_EQ(chart->peakValues()[24], 6.0);
    EXPECT_DOUBLE_EQ(chart->peakValues()[2], 5.5);
    EXPECT_DOUBLE_EQ(chart->dailyValues()[19], 5.5);
    EXPECT_DOUBLE_EQ(chart->peakValues()[19], 0.0);
    EXPECT_DOUBLE_EQ(chart->dailyValues()[0], 0.5);
    EXPECT_TRUE(chart->boundaries().contains(5.0));
    EXPECT_TRUE(chart->boundaries().contains(10.0)) << "the step above is always in view";

    // Every number says what it is.
    for (const char* name : {"averageValue", "stepValue", "stepPriceValue", "hourSoFarValue",
                             "hourProjectedValue", "hourLimitValue", "headroomValue"}) {
        const auto* label = view.findChild<QLabel*>(QLatin1String(name));
        ASSERT_NE(label, nullptr) << name;
        EXPECT_FALSE(label->toolTip().isEmpty()) << name;
    }
    EXPECT_FALSE(model->index(0, CapacityPeakModel::Energy).data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_TRUE(text(view, "capacityHonesty").contains(QStringLiteral("estimates")));
}

TEST_F(CapacityViewTest, StepsToOtherMonthsAndBack)
{
    CapacityWatch watch(&m_session);
    watch.setClock([] { return kNow; });
    CapacityView view(&m_session, &watch);
    QAbstractItemModelTester tester(view.peakModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    QApplication::setActiveWindow(&view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    view.peakTable()->setFocus();
    view.showPrevious();
    EXPECT_EQ(view.shownMonth(), QDate(2026, 9, 1));
    EXPECT_FALSE(view.isFollowing());
    EXPECT_EQ(view.peakModel()->rowCount(), 0) << "no data in September";
    EXPECT_EQ(text(view, "averageValue"), ValueFormat::dash());
    EXPECT_TRUE(text(view, "nextStepNote").contains(QStringLiteral("No hour with data")));
    EXPECT_FALSE(view.findChild<QWidget*>(QStringLiteral("hourGroup"))->isVisible())
        << "a past month has no hour in progress";
    QTest::keyClick(&view, Qt::Key_Home, Qt::AltModifier);
    EXPECT_TRUE(view.isFollowing());
    EXPECT_EQ(view.shownMonth(), QDate(2026, 10, 1));
    EXPECT_EQ(view.peakModel()->rowCount(), 3);
    QTest::keyClick(&view, Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(view.shownMonth(), QDate(2026, 11, 1));
    EXPECT_EQ(view.peakModel()->rowCount(), 0);
}

TEST_F(CapacityViewTest, APeakOpensItsDayInTheEnergyView)
{
    AppSettings settings;
    settings.keepRecordingInTray = false;
    settings.capacityExcludeFlagged = true;
    MainWindow window(&m_session, settings);
    window.capacityWatch()->setClock([] { return kNow; });
    window.resize(1366, 768);
    window.show();
    window.setCurrentView(MainWindow::Capacity);
    CapacityView* view = window.capacityView();
    QTableView* table = view->peakTable();
    ASSERT_EQ(table->model()->rowCount(), 3);

    // A click on the first peak: Wednesday 14 October, its 19:00 row selected.
    const QModelIndex first = table->model()->index(0, CapacityPeakModel::Day);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    EXPECT_EQ(window.currentView(), MainWindow::Energy);
    const han::ui::EnergyPeriod period = window.energyView()->period();
    EXPECT_EQ(period.kind, han::ui::EnergyPeriod::Kind::Day);
    EXPECT_EQ(period.date, QDate(2026, 10, 14));
    auto* hourly = window.energyView()->findChild<QTableView*>(QStringLiteral("hourlyTable"));
    ASSERT_NE(hourly, nullptr);
    ASSERT_TRUE(hourly->selectionModel()->hasSelection());
    EXPECT_EQ(hourly->selectionModel()->selectedRows().front()
                  .data(han::ui::HourlyEnergyModel::HourStartUtcMs).toLongLong(),
              ms("2026-10-14T17:00:00Z"));

    // Enter on the second: the 25-hour Sunday, at the second 02:00.
    window.setCurrentView(MainWindow::Capacity);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, CapacityPeakModel::Day));
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(window.currentView(), MainWindow::Energy);
    EXPECT_EQ(window.energyView()->period().date, QDate(2026, 10, 25));
    EXPECT_EQ(window.energyView()->hourlyModel()->rowCount(), 25);
    EXPECT_EQ(hourly->selectionModel()->selectedRows().front()
                  .data(han::ui::HourlyEnergyModel::HourStartUtcMs).toLongLong(),
              ms("2026-10-25T01:00:00Z"));
}

TEST_F(CapacityViewTest, RendersLightAndDarkWithTheHourInProgress)
{
    // The month with its marked peaks and an hour under way, for a person to look at.
    AppSettings settings;
    settings.keepRecordingInTray = false;
    for (const auto appearance : {AppSettings::Appearance::Light, AppSettings::Appearance::Dark}) {
        han::ui::Appearance::apply(appearance);
        MainWindow window(&m_session, settings);
        window.show();
        window.setCurrentView(MainWindow::Capacity);
        QSignalSpy updated(m_session.live(), &han::ui::LiveModel::updated);
        for (const auto& reading : han::test::capacityList1s(ms("2026-10-31T20:00:00Z"),
                                                             ms("2026-10-31T20:25:00Z"), 9'000))
            m_session.live()->addReading(reading);
        ASSERT_TRUE(han::test::waitFor([&] { return updated.count() > 0; }));
        const bool dark = appearance == AppSettings::Appearance::Dark;
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            window.resize(size);
            han::test::waitFor([] { return false; }, 300);
            const QString name = QStringLiteral("capacity-october-%1%2")
                                     .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"),
                                          size.width() == 1920 ? QStringLiteral("-1920") : QString());
            EXPECT_FALSE(han::test::saveViewScreenshot(&window, name).isEmpty()) << name.toStdString();
        }
        EXPECT_EQ(window.capacityView()->findChild<QLabel*>(QStringLiteral("hourSoFarValue"))->text(),
                  ValueFormat::kilowattHours(9.0 * (25 * 60 - 10) / 3600.0, 2));
        m_session.live()->clear();
    }
    han::ui::Appearance::apply(AppSettings::Appearance::Light);
}
