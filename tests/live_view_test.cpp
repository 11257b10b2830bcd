// SPDX-License-Identifier: GPL-3.0-or-later
// The Live view against a LiveModel fed with the simulated household's readings (decoded from
// the simulator's real frames) and against the simulator itself at x1000. Numbers are read back
// from the labels, parsed in the locale they are written in (Norwegian: decimal comma), and
// compared with the readings' own values.
#include "appearance.h"
#include "app_settings.h"
#include "chart_colors.h"
#include "live_model.h"
#include "live_view.h"
#include "main_window.h"
#include "meter_simulator.h"
#include "phase_load_bar.h"
#include "power_gauge.h"
#include "session_controller.h"
#include "simulator_settings.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QTemporaryDir>

#include <cmath>
#include <memory>

using han::MeterReading;
using han::ui::AppSettings;
using han::ui::LiveModel;
using han::ui::LiveView;
using han::ui::PhaseLoadBar;

namespace {

// A sunny midday in June (the simulator's 21st is overcast): the simulated house exports.
// 18:00 in January: it imports.
const QString kNoonUtc = QStringLiteral("2026-06-20T10:00:00Z");
const QString kEveningUtc = QStringLiteral("2026-01-15T17:00:00Z");

const QLocale kNorwegian(QLocale::NorwegianBokmal, QLocale::Norway);

// The number in "2,35 kW" / "231 V" / "29 %", read as a person in Norway would read it.
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

MeterReading lastList1(const std::vector<MeterReading>& readings)
{
    for (auto it = readings.rbegin(); it != readings.rend(); ++it) {
        if (it->activeImportW || it->activeExportW)
            return *it;
    }
    ADD_FAILURE() << "no List 1 among the readings";
    return {};
}

std::vector<MeterReading> singlePhaseReadings(const QString& startUtc, int count)
{
    han::SimulatorSettings settings;
    settings.start = QDateTime::fromString(startUtc, Qt::ISODate);
    settings.phases = 1;
    han::MeterSimulator simulator(settings);
    std::vector<MeterReading> readings;
    for (int i = 0; i < count; ++i) {
        auto frame = simulator.next();
        frame.reading.receivedAt = frame.sentAtUtc;
        readings.push_back(frame.reading);
    }
    return readings;
}

QPalette darkPalette()
{
    // The app's own dark palette, so the pictures show what users see.
    return han::ui::Appearance::darkPalette();
}

class LiveViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_previousLocale = QLocale();
        QLocale::setDefault(kNorwegian);
        m_session = std::make_unique<han::ui::SessionController>();
        m_view = std::make_unique<LiveView>(m_session.get());
        m_view->applySettings(m_settings);
        m_view->resize(1366, 700);
        m_view->show();
    }
    void TearDown() override
    {
        m_view.reset();
        m_session.reset();
        QLocale::setDefault(m_previousLocale);
    }

    LiveModel* live() const { return m_session->live(); }

    // Feeds the model and waits for the coalesced repaint.
    void feed(const std::vector<MeterReading>& readings)
    {
        for (const MeterReading& reading : readings)
            live()->addReading(reading);
        settle();
    }
    void settle()
    {
        han::test::waitFor([] { return false; }, 2 * LiveModel::kRefreshIntervalMs + 50);
    }

    QLabel* label(const char* name) const
    {
        auto* found = m_view->findChild<QLabel*>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    QString text(const char* name) const
    {
        const QLabel* l = label(name);
        return l ? l->text() : QString();
    }
    bool shown(const char* name) const
    {
        const QLabel* l = label(name);
        return l && l->isVisibleTo(m_view.get());
    }

    QLocale m_previousLocale;
    AppSettings m_settings;
    std::unique_ptr<han::ui::SessionController> m_session;
    std::unique_ptr<LiveView> m_view;
};

} // namespace

TEST_F(LiveViewTest, WaitsForTheFirstReadingInsteadOfShowingZeros)
{
    settle();
    EXPECT_TRUE(m_view->isWaiting());
    EXPECT_TRUE(shown("waitingMessage"));
    EXPECT_EQ(text("waitingMessage"),
              QStringLiteral("Waiting for the first reading from the meter…"));
    for (const char* name :
         {"importValue", "exportValue", "currentL1Value", "voltageL1Value", "soFarImportValue"})
        EXPECT_FALSE(shown(name)) << name << " is shown before any reading";
    const QStringList texts = han::test::visibleTexts(m_view.get());
    for (const QString& t : texts)
        EXPECT_FALSE(t.contains(QStringLiteral("0,00")))
            << "a zero before the first reading: " << t.toStdString();
    EXPECT_FALSE(m_view->gauge()->netPowerW().has_value());

    feed(han::test::simulatedReadings(kEveningUtc, 1));
    EXPECT_FALSE(m_view->isWaiting());
    EXPECT_FALSE(shown("waitingMessage"));
    EXPECT_TRUE(shown("importValue"));

    live()->clear();
    settle();
    EXPECT_TRUE(m_view->isWaiting()) << "a new source waits again";
}

TEST_F(LiveViewTest, ShowsTheLatestReadingsNumbersInTheLocale)
{
    const auto readings = han::test::simulatedReadings(kEveningUtc, 30);
    feed(readings);
    const MeterReading last = lastList1(readings);
    ASSERT_TRUE(last.activeImportW && last.currentL1A && last.voltageL3V);
    ASSERT_GT(*last.activeImportW, 100.0) << "a January evening draws from the grid";

    EXPECT_TRUE(text("importValue").endsWith(QStringLiteral("\u00A0kW")));
    EXPECT_TRUE(text("importValue").contains(QLatin1Char(','))) << "decimal comma in Norway";
    EXPECT_NEAR(numberIn(text("importValue")), *last.activeImportW / 1000.0, 0.005 + 1e-9);
    EXPECT_NEAR(numberIn(text("exportValue")), last.activeExportW.value_or(0) / 1000.0,
                0.005 + 1e-9);
    EXPECT_NEAR(numberIn(text("reactiveImportValue")), *last.reactiveImportVar / 1000.0,
                0.005 + 1e-9);
    EXPECT_NEAR(numberIn(text("reactiveExportValue")), *last.reactiveExportVar / 1000.0,
                0.005 + 1e-9);
    const std::optional<double> currents[3] = {last.currentL1A, last.currentL2A, last.currentL3A};
    const std::optional<double> voltages[3] = {last.voltageL1V, last.voltageL2V, last.voltageL3V};
    const char* currentNames[3] = {"currentL1Value", "currentL2Value", "currentL3Value"};
    const char* voltageNames[3] = {"voltageL1Value", "voltageL2Value", "voltageL3Value"};
    for (int i = 0; i < 3; ++i) {
        EXPECT_TRUE(shown(currentNames[i]));
        EXPECT_TRUE(text(currentNames[i]).endsWith(QStringLiteral("\u00A0A")));
        EXPECT_NEAR(numberIn(text(currentNames[i])), *currents[i], 0.05 + 1e-9);
        EXPECT_TRUE(text(voltageNames[i]).endsWith(QStringLiteral("\u00A0V")));
        EXPECT_NEAR(numberIn(text(voltageNames[i])), *voltages[i], 0.5 + 1e-9);
    }
    EXPECT_EQ(text("meterIdValue"), QStringLiteral("5706567000000042"));
    EXPECT_EQ(text("meterIdValue"), last.meterId);
    EXPECT_EQ(text("meterTypeValue"), last.meterType);
    EXPECT_EQ(text("listVersionValue"), last.listVersion);
    EXPECT_FALSE(last.meterType.isEmpty());
    // The meter clock of the last List 1 (18:04:50 in Oslo, UTC+1 in January).
    EXPECT_EQ(text("readingTimeValue"), QStringLiteral("18:04:50"));
}

TEST_F(LiveViewTest, TheGaugeShowsTheNetPowerScaledToTheFuse)
{
    const auto evening = han::test::simulatedReadings(kEveningUtc, 5);
    feed(evening);
    const MeterReading in = lastList1(evening);
    ASSERT_TRUE(m_view->gauge()->netPowerW().has_value());
    EXPECT_DOUBLE_EQ(*m_view->gauge()->netPowerW(),
                     *in.activeImportW - in.activeExportW.value_or(0.0));
    EXPECT_GT(m_view->gauge()->position(), 0.0) << "import is to the right";
    // 25 A on 3 x 230 V.
    EXPECT_DOUBLE_EQ(m_view->gauge()->limitW(), 17'250.0);
    EXPECT_NEAR(m_view->gauge()->position(), *m_view->gauge()->netPowerW() / 17'250.0, 1e-12);

    const auto noon = han::test::simulatedReadings(kNoonUtc, 5);
    feed(noon);
    const MeterReading out = lastList1(noon);
    ASSERT_GT(out.activeExportW.value_or(0), 500.0) << "midsummer noon exports";
    EXPECT_DOUBLE_EQ(*m_view->gauge()->netPowerW(),
                     out.activeImportW.value_or(0.0) - *out.activeExportW);
    EXPECT_LT(m_view->gauge()->position(), 0.0) << "export is to the left";
    EXPECT_NEAR(numberIn(text("exportValue")), *out.activeExportW / 1000.0, 0.005 + 1e-9);

    // Beyond the fuse the needle stops at the end of the scale.
    MeterReading huge = out;
    huge.activeImportW = 40'000.0;
    huge.activeExportW = 0.0;
    feed({huge});
    EXPECT_DOUBLE_EQ(*m_view->gauge()->netPowerW(), 40'000.0);
    EXPECT_DOUBLE_EQ(m_view->gauge()->position(), 1.0);
}

TEST_F(LiveViewTest, PhaseBarsShowTheCurrentsAgainstTheFuse)
{
    const auto readings = han::test::simulatedReadings(kEveningUtc, 12);
    feed(readings);
    const MeterReading last = lastList1(readings);
    const std::optional<double> currents[3] = {last.currentL1A, last.currentL2A, last.currentL3A};
    const char* loadNames[3] = {"loadL1Value", "loadL2Value", "loadL3Value"};
    for (int i = 0; i < 3; ++i) {
        const PhaseLoadBar* bar = m_view->phaseBar(i);
        ASSERT_TRUE(bar->currentA().has_value());
        EXPECT_DOUBLE_EQ(*bar->currentA(), *currents[i]);
        EXPECT_EQ(bar->fuseAmps(), 25);
        EXPECT_DOUBLE_EQ(*bar->fuseFraction(), *currents[i] / 25.0);
        EXPECT_TRUE(text(loadNames[i]).endsWith(QStringLiteral("\u00A0%")));
        EXPECT_EQ(numberIn(text(loadNames[i])), std::round(*currents[i] / 25.0 * 100.0));
    }
    EXPECT_TRUE(text("fuseValue").contains(QStringLiteral("25 A")));
}

TEST_F(LiveViewTest, TheFuseSettingChangesTheScaleOfBarsAndGauge)
{
    const auto readings = han::test::simulatedReadings(kEveningUtc, 12);
    feed(readings);
    const double l1 = *lastList1(readings).currentL1A;

    AppSettings big = m_settings;
    big.fuseAmps = 63;
    m_view->applySettings(big);
    EXPECT_EQ(m_view->phaseBar(0)->fuseAmps(), 63);
    EXPECT_DOUBLE_EQ(*m_view->phaseBar(0)->fuseFraction(), l1 / 63.0);
    EXPECT_EQ(numberIn(text("loadL1Value")), std::round(l1 / 63.0 * 100.0));
    EXPECT_DOUBLE_EQ(m_view->gauge()->limitW(), 3 * 230.0 * 63);
    EXPECT_TRUE(text("fuseValue").contains(QStringLiteral("63 A")));

    AppSettings it = big;
    it.grid = AppSettings::Grid::It230;
    m_view->applySettings(it);
    EXPECT_NEAR(m_view->gauge()->limitW(), std::sqrt(3.0) * 230.0 * 63, 1e-9);
    // "... at most 25,1 kW."
    const QString fuse = text("fuseValue");
    const qsizetype unit = fuse.indexOf(QStringLiteral("\u00A0kW"));
    ASSERT_GT(unit, 0) << fuse.toStdString();
    const QString limit = fuse.left(unit).section(QLatin1Char(' '), -1);
    EXPECT_NEAR(numberIn(limit), std::sqrt(3.0) * 230.0 * 63 / 1000.0, 0.05 + 1e-9)
        << fuse.toStdString();
}

TEST_F(LiveViewTest, TheBarWarnsNearTheFuse)
{
    MeterReading reading = lastList1(han::test::simulatedReadings(kEveningUtc, 1));
    const PhaseLoadBar* bar = m_view->phaseBar(0);
    reading.currentL1A = 5.0; // 20 %
    feed({reading});
    EXPECT_EQ(bar->level(), PhaseLoadBar::Level::Normal);
    EXPECT_EQ(bar->barColor(), han::ui::ChartColors::phase(0));
    const QColor normalText = label("loadL1Value")->palette().color(QPalette::WindowText);

    reading.currentL1A = 21.0; // 84 % of 25 A
    feed({reading});
    EXPECT_EQ(bar->level(), PhaseLoadBar::Level::Warning);
    EXPECT_EQ(bar->barColor(), han::ui::ChartColors::warning());
    EXPECT_NE(label("loadL1Value")->palette().color(QPalette::WindowText), normalText);

    reading.currentL1A = 24.5; // 98 %
    feed({reading});
    EXPECT_EQ(bar->level(), PhaseLoadBar::Level::Overload);
    EXPECT_NE(bar->barColor(), han::ui::ChartColors::warning());
    EXPECT_NE(bar->barColor(), han::ui::ChartColors::phase(0));
    EXPECT_EQ(numberIn(text("loadL1Value")), 98.0);
}

TEST_F(LiveViewTest, ASinglePhaseMeterShowsOnlyL1)
{
    const auto readings = singlePhaseReadings(kEveningUtc, 6);
    ASSERT_FALSE(readings.back().currentL2A.has_value()) << "the simulator's 1-phase meter";
    ASSERT_TRUE(readings.back().currentL1A.has_value());
    feed(readings);
    EXPECT_TRUE(shown("currentL1Value"));
    EXPECT_TRUE(shown("voltageL1Value"));
    for (const char* name : {"currentL2Value", "currentL3Value", "voltageL2Value", "voltageL3Value",
                             "loadL2Value", "loadL3Value"})
        EXPECT_FALSE(shown(name)) << name;
    EXPECT_FALSE(m_view->phaseBar(1)->isVisibleTo(m_view.get()));
    EXPECT_NEAR(numberIn(text("currentL1Value")), *lastList1(readings).currentL1A, 0.05 + 1e-9);

    feed(han::test::simulatedReadings(kEveningUtc, 1));
    EXPECT_TRUE(shown("currentL3Value")) << "a three-phase meter brings the rows back";
}

TEST_F(LiveViewTest, SoFarThisHourIsTheEnergySinceTheLocalHourBegan)
{
    // 08:00:00 to 08:09:50 UTC = 09:00 to 09:09:50 in Oslo.
    const auto readings = han::test::simulatedReadings(QStringLiteral("2026-01-15T08:00:00Z"), 60);
    double expectedKwh = 0;
    const MeterReading* previous = nullptr;
    for (const MeterReading& reading : readings) {
        if (reading.hasRegisters())
            continue;
        if (previous)
            expectedKwh += *previous->activeImportW * 10.0 / 3600.0 / 1000.0;
        previous = &reading;
    }
    feed(readings);
    EXPECT_EQ(text("soFarHourValue"), QStringLiteral("09:00–now"));
    EXPECT_TRUE(text("soFarImportValue").endsWith(QStringLiteral("\u00A0kWh")));
    EXPECT_NEAR(numberIn(text("soFarImportValue")), expectedKwh, 0.005 + 1e-9);
    EXPECT_GT(expectedKwh, 0.05);
    EXPECT_NEAR(numberIn(text("soFarExportValue")), 0.0, 1e-9) << "no sun on a January morning";
}

TEST_F(LiveViewTest, TheAgeOfTheLastReadingTicksAndWarnsWhenOld)
{
    MeterReading reading = lastList1(han::test::simulatedReadings(kEveningUtc, 1));
    reading.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    feed({reading});
    const QString young = text("ageValue");
    EXPECT_TRUE(young == QStringLiteral("5 s ago") || young == QStringLiteral("6 s ago"))
        << young.toStdString();
    EXPECT_FALSE(label("ageValue")->property("stale").toBool());
    const QColor normal = label("ageValue")->palette().color(QPalette::WindowText);
    // No new reading: the one-second timer alone moves the age on.
    ASSERT_TRUE(han::test::waitFor([&] { return text("ageValue") != young; }, 2500));

    reading.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-45);
    feed({reading});
    const QString old = text("ageValue");
    EXPECT_TRUE(old == QStringLiteral("45 s ago") || old == QStringLiteral("46 s ago"))
        << old.toStdString();
    EXPECT_TRUE(label("ageValue")->property("stale").toBool());
    EXPECT_NE(label("ageValue")->palette().color(QPalette::WindowText), normal);
}

TEST_F(LiveViewTest, TheSimulatorIsLabelledAndEveryNumberSaysWhatItIs)
{
    live()->setSource(QStringLiteral("Simulated meter"), true);
    feed(han::test::simulatedReadings(kEveningUtc, 3));
    EXPECT_TRUE(shown("simulatedBadge"));
    EXPECT_EQ(text("simulatedBadge"), QStringLiteral("Simulated meter"));
    EXPECT_EQ(text("sourceValue"), QStringLiteral("Simulated meter"));

    int values = 0;
    for (const QLabel* l : m_view->findChildren<QLabel*>()) {
        if (!l->objectName().endsWith(QLatin1String("Value")))
            continue;
        ++values;
        EXPECT_FALSE(l->toolTip().isEmpty()) << l->objectName().toStdString();
    }
    EXPECT_GE(values, 20);
    for (const char* name : {"importValue", "exportValue", "currentL2Value", "voltageL3Value",
                             "reactiveImportValue", "soFarExportValue", "meterIdValue"})
        EXPECT_TRUE(label(name)->toolTip().contains(QStringLiteral("Simulated meter"))) << name;
    EXPECT_TRUE(label("importValue")->toolTip().contains(QStringLiteral("1.7.0")));
    EXPECT_FALSE(m_view->gauge()->toolTip().isEmpty());

    live()->setSource(QStringLiteral("Serial port /dev/ttyUSB0"), false);
    settle();
    EXPECT_FALSE(shown("simulatedBadge"));
    EXPECT_EQ(text("sourceValue"), QStringLiteral("Serial port /dev/ttyUSB0"));
    EXPECT_TRUE(label("importValue")->toolTip().contains(QStringLiteral("/dev/ttyUSB0")));
}

TEST_F(LiveViewTest, FollowsTheSimulatorRunningAtX1000)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    m_session->openHistory(dir.filePath(QStringLiteral("history.sqlite")));
    han::SourceSpec spec;
    spec.kind = han::SourceSpec::Kind::Simulator;
    spec.simulatorSpeed = 1000;
    spec.simulator.start = QDateTime::fromString(kEveningUtc, Qt::ISODate);
    m_session->start(spec);
    ASSERT_TRUE(han::test::waitFor([&] { return live()->sampleSerial() >= 50; }, 20000));
    m_session->stop();
    settle();

    ASSERT_TRUE(live()->latestReading().has_value());
    const MeterReading& last = *live()->latestReading();
    EXPECT_FALSE(m_view->isWaiting());
    EXPECT_TRUE(shown("simulatedBadge"));
    EXPECT_NEAR(numberIn(text("importValue")), last.activeImportW.value_or(0) / 1000.0,
                0.005 + 1e-9);
    EXPECT_NEAR(numberIn(text("currentL2Value")), *last.currentL2A, 0.05 + 1e-9);
    EXPECT_NEAR(numberIn(text("voltageL1Value")), *last.voltageL1V, 0.5 + 1e-9);
    EXPECT_DOUBLE_EQ(*m_view->gauge()->netPowerW(),
                     last.activeImportW.value_or(0) - last.activeExportW.value_or(0));
    EXPECT_EQ(text("meterIdValue"), last.meterId);
    m_session->shutdown();
}

namespace {

// Labels that cannot show their whole text: narrower than their text needs (no word wrap).
QStringList clippedLabels(const QWidget* root)
{
    QStringList clipped;
    for (const QLabel* l : root->findChildren<QLabel*>()) {
        if (!l->isVisibleTo(root) || l->wordWrap() || l->text().isEmpty())
            continue;
        if (l->width() < l->minimumSizeHint().width() ||
            l->height() < l->minimumSizeHint().height())
            clipped << QStringLiteral("%1 \"%2\" (%3 < %4)")
                           .arg(l->objectName(), l->text())
                           .arg(l->width())
                           .arg(l->minimumSizeHint().width());
    }
    return clipped;
}

bool isBlank(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first)
                return false;
        }
    }
    return true;
}

} // namespace

// Renders the Live view in the main window at both sizes in light and dark (Fusion), saves the
// PNGs for people to look at, and fails on a blank image or a cut-off label.
TEST(LiveViewScreenshots, LightAndDarkAtBothSizes)
{
    const QString previousStyle = QApplication::style()->name();
    const QPalette previousPalette = QApplication::palette();
    QApplication::setStyle(QStringLiteral("Fusion"));
    const QPalette light = QApplication::style()->standardPalette();

    han::ui::SessionController session;
    session.live()->setSource(han::ui::SessionController::sourceLabel(han::SourceSpec()), true);
    AppSettings settings;
    han::ui::MainWindow window(&session, settings);
    QDir().mkpath(QStringLiteral(HAN_SCREENSHOT_DIR));

    // Before the first reading.
    QApplication::setPalette(light);
    window.resize(1366, 768);
    window.show();
    window.setCurrentView(han::ui::MainWindow::Live);
    han::test::waitFor([] { return false; }, 300);
    const QImage waiting = window.grab().toImage();
    EXPECT_TRUE(window.liveView()->isWaiting());
    EXPECT_TRUE(
        waiting.save(QStringLiteral(HAN_SCREENSHOT_DIR "/live_waiting_1366x768_light.png")));
    EXPECT_FALSE(isBlank(waiting));

    // Midsummer noon, exporting, plus one hour of history for "so far this hour".
    const auto readings = han::test::simulatedReadings(QStringLiteral("2026-06-20T09:50:00Z"), 150);
    for (MeterReading reading : readings) {
        reading.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-4);
        session.live()->addReading(reading);
    }
    han::test::waitFor([] { return false; }, 300);

    struct Size
    {
        int width;
        int height;
    };
    for (const Size size : {Size{1366, 768}, Size{1920, 1080}}) {
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : light);
            window.resize(size.width, size.height);
            window.show();
            window.setCurrentView(han::ui::MainWindow::Live);
            han::test::waitFor([] { return false; }, 200);
            const QImage image = window.grab().toImage();
            const QString name = QStringLiteral("%1/live_%2x%3_%4.png")
                                     .arg(QStringLiteral(HAN_SCREENSHOT_DIR))
                                     .arg(size.width)
                                     .arg(size.height)
                                     .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
            EXPECT_TRUE(image.save(name)) << name.toStdString();
            EXPECT_FALSE(isBlank(image)) << name.toStdString();
            EXPECT_TRUE(clippedLabels(window.liveView()).isEmpty())
                << name.toStdString() << ": "
                << clippedLabels(window.liveView()).join(QStringLiteral(", ")).toStdString();
            const QStringList texts = han::test::visibleTexts(window.liveView());
            for (const char* expected :
                 {"Simulated meter", "Import", "Export", "L1", "L3", "5706567000000042"})
                EXPECT_TRUE(texts.contains(QLatin1String(expected))) << expected;
        }
    }

    // An evening near the fuse: import to the right, L1 amber, L2 red.
    MeterReading evening = han::test::simulatedReadings(kEveningUtc, 1).back();
    evening.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-40);
    evening.currentL1A = 21.0;
    evening.currentL2A = 24.5;
    session.live()->addReading(evening);
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : light);
        window.resize(1366, 768);
        han::test::waitFor([] { return false; }, 300);
        const QString name = QStringLiteral("%1/live_near_fuse_1366x768_%2.png")
                                 .arg(QStringLiteral(HAN_SCREENSHOT_DIR))
                                 .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
        EXPECT_TRUE(window.grab().toImage().save(name));
        EXPECT_EQ(window.liveView()->phaseBar(1)->level(), PhaseLoadBar::Level::Overload);
    }

    window.hide();
    QApplication::setPalette(previousPalette);
    QApplication::setStyle(previousStyle);
}
