// SPDX-License-Identifier: GPL-3.0-or-later
// The per-phase values of the Danish lists in the desktop app: the Live view shows each
// phase's import, export and power factor and the meter's total power factor, the Phases view
// charts each phase's power; for a Norwegian meter none of these widgets is shown. Real
// widgets offscreen, numbers read back from the labels in the Norwegian locale and compared
// with the values the test put into the readings; screenshots at 1366×768, light and dark.
#include "app_settings.h"
#include "appearance.h"
#include "danish_readings.h"
#include "live_model.h"
#include "live_view.h"
#include "main_window.h"
#include "phase_load_widget.h"
#include "phases_view.h"
#include "session_controller.h"
#include "time_window.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTimeZone>

#include <qcustomplot.h>

#include <cmath>
#include <memory>

using han::MeterReading;
using han::ui::LiveModel;
using han::ui::LiveView;
using han::ui::PhasesView;

namespace {

const QLocale kNorwegian(QLocale::NorwegianBokmal, QLocale::Norway);

double numberIn(const QString& text)
{
    QString number = text;
    const qsizetype space = number.lastIndexOf(QChar(0x00A0));
    if (space > 0)
        number.truncate(space);
    bool ok = false;
    const double value = kNorwegian.toDouble(number.trimmed(), &ok);
    EXPECT_TRUE(ok) << "not a number: " << text.toStdString();
    return value;
}

void settle()
{
    han::test::waitFor([] { return false; }, 2 * LiveModel::kRefreshIntervalMs + 50);
}

class PhasePowerViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_previousLocale = QLocale();
        QLocale::setDefault(kNorwegian);
        m_session = std::make_unique<han::ui::SessionController>();
    }
    void TearDown() override
    {
        m_session.reset();
        QLocale::setDefault(m_previousLocale);
    }

    void feed(const std::vector<MeterReading>& readings)
    {
        for (const MeterReading& r : readings)
            m_session->live()->addReading(r);
        settle();
    }

    QLocale m_previousLocale;
    std::unique_ptr<han::ui::SessionController> m_session;
};

QLabel* labelIn(const QWidget* root, const QString& name)
{
    auto* found = root->findChild<QLabel*>(name);
    EXPECT_NE(found, nullptr) << name.toStdString();
    return found;
}

bool shownIn(const QWidget* root, const QString& name)
{
    const QLabel* l = labelIn(root, name);
    return l && l->isVisibleTo(root);
}

TEST_F(PhasePowerViewTest, LiveViewShowsEachPhasesPowerAndPowerFactorWhereTheMeterSendsThem)
{
    LiveView view(m_session.get());
    view.resize(1366, 700);
    view.show();
    // A Norwegian reading first: no per-phase power, no power factor, no empty columns.
    feed(han::test::simulatedReadings(QStringLiteral("2026-01-15T17:00:00Z"), 3));
    for (const char* name :
         {"importL1Value", "exportL1Value", "powerFactorL1Value", "powerFactorValue"})
        EXPECT_FALSE(shownIn(&view, QLatin1String(name))) << name;
    EXPECT_FALSE(view.phaseLoads()->showsPhasePower());
    const QStringList norwegianTexts = han::test::visibleTexts(&view);
    EXPECT_FALSE(norwegianTexts.contains(QStringLiteral("Power factor")));

    m_session->live()->clear();
    feed({han::test::danishPush(QDateTime(QDate(2026, 3, 10), QTime(14, 0, 10)))});
    EXPECT_TRUE(view.phaseLoads()->showsPhasePower());
    // danishPush: L1 1 234 W, L2 567 W, L3 0 W import; L3 890 W export; PF 0,97 0,85 1 0,93.
    const double imports[3] = {1.234, 0.567, 0.0};
    const double exports[3] = {0.0, 0.0, 0.89};
    const double factors[3] = {0.97, 0.85, 1.0};
    for (int i = 0; i < 3; ++i) {
        const QString phase = QStringLiteral("L%1").arg(i + 1);
        ASSERT_TRUE(shownIn(&view, QStringLiteral("import%1Value").arg(phase))) << i;
        EXPECT_TRUE(shownIn(&view, QStringLiteral("export%1Value").arg(phase))) << i;
        EXPECT_TRUE(shownIn(&view, QStringLiteral("powerFactor%1Value").arg(phase))) << i;
        const QString importText =
            labelIn(&view, QStringLiteral("import%1Value").arg(phase))->text();
        EXPECT_TRUE(importText.endsWith(QStringLiteral("\u00A0kW"))) << importText.toStdString();
        EXPECT_NEAR(numberIn(importText), imports[i], 0.005 + 1e-9) << i;
        EXPECT_NEAR(numberIn(labelIn(&view, QStringLiteral("export%1Value").arg(phase))->text()),
                    exports[i], 0.005 + 1e-9)
            << i;
        const QString pf = labelIn(&view, QStringLiteral("powerFactor%1Value").arg(phase))->text();
        EXPECT_NEAR(numberIn(pf), factors[i], 1e-9) << pf.toStdString();
    }
    EXPECT_EQ(labelIn(&view, QStringLiteral("powerFactorL1Value"))->text(), QStringLiteral("0,97"));
    ASSERT_TRUE(shownIn(&view, QStringLiteral("powerFactorValue")));
    EXPECT_EQ(labelIn(&view, QStringLiteral("powerFactorValue"))->text(), QStringLiteral("0,93"));

    // Back to a Norwegian meter: the columns go away again.
    m_session->live()->clear();
    feed(han::test::simulatedReadings(QStringLiteral("2026-01-15T17:00:00Z"), 2));
    EXPECT_FALSE(shownIn(&view, QStringLiteral("importL1Value")));
    EXPECT_FALSE(shownIn(&view, QStringLiteral("powerFactorValue")));
}

TEST_F(PhasePowerViewTest, PhasesViewChartsPerPhasePowerOnlyForMetersThatSendIt)
{
    PhasesView view(m_session.get());
    view.resize(1366, 700);
    view.show();
    view.setWindow(han::ui::TimeWindow::Kind::OneHour);
    feed(han::test::simulatedReadings(QStringLiteral("2026-01-15T17:00:00Z"), 30));
    EXPECT_FALSE(view.powerPlot()->isVisibleTo(&view)) << "a Norwegian meter sends no phase power";
    EXPECT_TRUE(view.currentPlot()->isVisibleTo(&view));
    EXPECT_TRUE(view.currentPlot()->legend->visible());

    m_session->live()->clear();
    const QDate day(2026, 3, 10);
    // 11:55 to 12:04:50: hour 11 imports 360 × 12 W, hour 12 360 × 13 W (halved on L1), and
    // L3 exports 720 W until 15:00.
    const std::vector<MeterReading> pushes =
        han::test::danishDay(QDateTime(day, QTime(11, 55)), QDateTime(day, QTime(12, 4, 50)));
    feed(pushes);
    ASSERT_TRUE(view.powerPlot()->isVisibleTo(&view));
    // The legend moves to the top chart.
    EXPECT_TRUE(view.powerPlot()->legend->visible());
    EXPECT_FALSE(view.currentPlot()->legend->visible());
    const QCPGraph* l1 = view.powerPlot()->graph(0);
    const QCPGraph* l3 = view.powerPlot()->graph(2);
    int withValue = 0;
    for (const QCPGraphData& point : *l1->data()) {
        if (std::isnan(point.value))
            continue;
        ++withValue;
        const QDateTime local = QDateTime::fromSecsSinceEpoch(
            static_cast<qint64>(std::llround(point.key)), QTimeZone("Europe/Oslo"));
        EXPECT_DOUBLE_EQ(point.value, 0.18 * (local.time().hour() + 1))
            << local.toString(Qt::ISODate).toStdString();
    }
    EXPECT_EQ(withValue, static_cast<int>(pushes.size()));
    // L3: 360 × 13 / 4 W in, 720 W out.
    EXPECT_DOUBLE_EQ(l3->data()->at(l3->dataCount() - 1)->value, (1170.0 - 720.0) / 1000);
    // The crosshair reads all three phases in kW.
    const auto values =
        view.valuesAt(QDateTime(day, QTime(12, 0), QTimeZone("Europe/Oslo")).toMSecsSinceEpoch());
    ASSERT_TRUE(values.has_value());
    EXPECT_DOUBLE_EQ(values->powerW[0], 2340.0);
    EXPECT_TRUE(view.powerText(*values).contains(QStringLiteral("L1 2,34\u00A0kW")))
        << view.powerText(*values).toStdString();
    // Every phase draws net here, so the axis starts at zero.
    EXPECT_EQ(view.powerPlot()->yAxis->range().lower, 0.0);
    EXPECT_GE(view.powerPlot()->yAxis->range().upper, 2.34);
}

// The Live and Phases views of a Danish meter in the main window, light and dark.
TEST(PhasePowerScreenshots, DanishMeterLiveAndPhasesAt1366x768)
{
    const QString previousStyle = QApplication::style()->name();
    const QPalette previousPalette = QApplication::palette();
    const QLocale previousLocale;
    QLocale::setDefault(kNorwegian);
    QApplication::setStyle(QStringLiteral("Fusion"));
    const QPalette light = QApplication::style()->standardPalette();

    han::ui::SessionController session;
    han::ui::AppSettings settings;
    han::ui::MainWindow window(&session, settings);
    QDir().mkpath(QStringLiteral(HAN_SCREENSHOT_DIR));
    const QDate day(2026, 3, 10);
    for (MeterReading r :
         han::test::danishDay(QDateTime(day, QTime(11, 0)), QDateTime(day, QTime(12, 0)))) {
        r.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-4);
        session.live()->addReading(r);
    }
    // The last push as a real one would look: phases unequal, L3 exporting.
    MeterReading last = han::test::danishPush(QDateTime(day, QTime(12, 0, 10)));
    last.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-4);
    session.live()->addReading(last);
    settle();

    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? han::ui::Appearance::darkPalette() : light);
        window.resize(1366, 768);
        window.show();
        for (const auto view : {han::ui::MainWindow::Live, han::ui::MainWindow::Phases}) {
            window.setCurrentView(view);
            han::test::waitFor([] { return false; }, 300);
            const QString name = QStringLiteral("%1/%2_danish_1366x768_%3.png")
                                     .arg(QStringLiteral(HAN_SCREENSHOT_DIR))
                                     .arg(view == han::ui::MainWindow::Live ? "live" : "phases")
                                     .arg(dark ? "dark" : "light");
            EXPECT_TRUE(window.grab().toImage().save(name)) << name.toStdString();
        }
        const QStringList cut = han::test::cutOffTexts(window.liveView());
        EXPECT_TRUE(cut.isEmpty()) << cut.join(QStringLiteral(", ")).toStdString();
    }
    window.hide();
    QApplication::setPalette(previousPalette);
    QApplication::setStyle(previousStyle);
    QLocale::setDefault(previousLocale);
}

} // namespace
