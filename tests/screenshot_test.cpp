// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every view of the main window against the simulated meter (with its filled-in past),
// in the light and the dark palette at 1366x768 and 1920x1080, to PNG files under the build directory, and
// fails when a view is blank, when a number it must show is missing, or when a label's text is
// cut off. `scripts/screenshots` copies a set to docs/screenshots/.
#include "app_settings.h"
#include "appearance.h"
#include "live_model.h"
#include "main_window.h"
#include "session_controller.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QTemporaryDir>

using han::ui::AppSettings;
using han::ui::MainWindow;

namespace {

struct ViewCase
{
    MainWindow::View view;
    const char* name;
    // Value labels that must show something other than a dash.
    std::vector<const char*> values;
};

const std::vector<ViewCase>& viewCases()
{
    static const std::vector<ViewCase> cases = {
        {MainWindow::Live, "live", {"importValue", "exportValue", "currentL1Value", "voltageL1Value", "meterIdValue"}},
        {MainWindow::Phases, "phases", {}},
        {MainWindow::Energy, "energy", {"periodLabel", "totalImportValue", "totalExportValue"}},
        {MainWindow::Solar, "solar", {"exportNowValue", "exportedTodayValue", "importedTodayValue", "solarStatus"}},
        {MainWindow::Diagnostics, "diagnostics", {"linkStateValue", "framesOkValue"}},
    };
    return cases;
}

// Distinct colours in a coarse sample of the image: a blank or single-colour page has a few.
int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

class Screenshots : public ::testing::TestWithParam<AppSettings::Appearance>
{
};

} // namespace

TEST_P(Screenshots, EveryViewRendersItsNumbersWithNothingCutOff)
{
    const AppSettings::Appearance appearance = GetParam();
    const QString theme =
        appearance == AppSettings::Appearance::Dark ? QStringLiteral("dark") : QStringLiteral("light");
    han::ui::Appearance::apply(appearance);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    han::ui::SessionController session;
    session.openHistory(dir.filePath(QStringLiteral("history.sqlite")));
    AppSettings settings;
    settings.keepRecordingInTray = false;
    settings.simulatorSpeed = 10; // a little movement, the past filled in
    MainWindow window(&session, settings);
    window.resize(1366, 768);
    window.show();
    session.start(settings.sourceSpec());
    ASSERT_TRUE(han::test::waitFor([&] { return session.live()->hasReading(); }, 90000));
    // A few readings more, so charts have a line and the "so far" figures a value.
    const auto serial = session.live()->sampleSerial();
    ASSERT_TRUE(han::test::waitFor([&] { return session.live()->sampleSerial() >= serial + 3; }, 30000));

    const QString outDir = QStringLiteral(HAN_SCREENSHOT_DIR);
    QDir().mkpath(outDir);
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
    window.resize(size);
    const QString suffix = size.width() == 1366 ? QString() : QStringLiteral("-1920");
    for (const ViewCase& c : viewCases()) {
        SCOPED_TRACE(std::string(c.name) + " " + std::to_string(size.width()));
        window.setCurrentView(c.view);
        han::test::waitFor([] { return false; }, 600); // a refresh or two of every timer
        const QImage image = window.grab().toImage();
        const QString file = QStringLiteral("%1/%2-%3%4.png")
                                 .arg(outDir, QLatin1String(c.name), theme, suffix);
        ASSERT_TRUE(image.save(file)) << file.toStdString();
        EXPECT_EQ(image.size(), size);
        EXPECT_GT(distinctColours(image), 40) << "looks blank: " << file.toStdString();

        QWidget* page = window.findChild<QTabWidget*>(QStringLiteral("views"))->currentWidget();
        for (const char* name : c.values) {
            const auto* label = page->findChild<QLabel*>(QLatin1String(name));
            ASSERT_NE(label, nullptr) << "no label " << name;
            EXPECT_FALSE(label->text().isEmpty() || label->text() == QStringLiteral("–"))
                << name << " shows nothing";
        }
        const QStringList cut = han::test::cutOffTexts(&window);
        EXPECT_TRUE(cut.isEmpty()) << cut.join(QStringLiteral("\n")).toStdString();
    }
    }
    han::ui::Appearance::apply(AppSettings::Appearance::Light);
}

INSTANTIATE_TEST_SUITE_P(LightAndDark, Screenshots,
                         ::testing::Values(AppSettings::Appearance::Light,
                                           AppSettings::Appearance::Dark),
                         [](const auto& param) {
                             return param.param == AppSettings::Appearance::Dark
                                        ? std::string("Dark")
                                        : std::string("Light");
                         });
