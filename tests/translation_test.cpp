// SPDX-License-Identifier: GPL-3.0-or-later
// The languages the app offers, as han-monitor's main() installs them: HAN Monitor's catalog
// compiled in, Qt's own from Debian's qt6-translations-l10n, and the locale numbers use.
#include "app_settings.h"
#include "appearance.h"
#include "energy_period.h"
#include "energy_summary.h"
#include "energy_view.h"
#include "live_model.h"
#include "main_window.h"
#include "session_controller.h"
#include "translation_loader.h"
#include "value_format.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTime>
#include <QTranslator>
#include <QTemporaryDir>

#include <ostream>
#include <string>
#include <utility>

using han::app::TranslationLoader;

namespace {

struct Expected
{
    const char* language;
    const char* cancel; // Qt's Cancel button from Qt's catalog; nullptr: Qt has none
    const char* copy;   // QLineEdit's "&Copy", from Qt's catalog
    const char* day;    // the Energy view's title for Tuesday 24 November 2026
};

// Test names and failure messages show the language, not the struct's bytes.
void PrintTo(const Expected& expected, std::ostream* out)
{
    *out << expected.language;
}

class LanguageTest : public ::testing::TestWithParam<Expected>
{
protected:
    // Whatever a test installs, the next one starts in English with the default locale.
    void SetUp() override { m_locale = QLocale(); }
    void TearDown() override { QLocale::setDefault(m_locale); }

private:
    QLocale m_locale;
};

TEST_P(LanguageTest, CatalogsLoadAndNumbersUseTheLanguage)
{
    const Expected expected = GetParam();
    const QString language = QString::fromLatin1(expected.language);
    TranslationLoader loader;
    ASSERT_EQ(loader.install(language, true), language);
    EXPECT_TRUE(loader.hasAppCatalog()) << ":/i18n/han-monitor_" << expected.language << ".qm";
    EXPECT_TRUE(loader.hasQtCatalog()) << "Qt's catalog (qt6-translations-l10n)";

    EXPECT_EQ(QLocale().toString(1.5).toStdString(), "1,5");
    EXPECT_EQ(han::ui::ValueFormat::kilowatts(2345.0).toStdString(), "2,35\u00A0kW");
    EXPECT_EQ(QLocale().toString(QTime(15, 4), QLocale::ShortFormat).left(2).toStdString(), "15");
    const han::ui::EnergyPeriod day{han::ui::EnergyPeriod::Kind::Day, QDate(2026, 11, 24)};
    EXPECT_EQ(day.label().toStdString(), expected.day);

    EXPECT_EQ(QCoreApplication::translate("QLineEdit", "&Copy").toStdString(), expected.copy);
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    const QString cancel = buttons.button(QDialogButtonBox::Cancel)->text();
    // Our catalog is asked first (translations/qt_own_texts.cpp); without its word, Qt's.
    QTranslator ours;
    ASSERT_TRUE(ours.load(QStringLiteral(":/i18n/han-monitor_") + language));
    const QString ourCancel = ours.translate("QPlatformTheme", "Cancel");
    if (!ourCancel.isEmpty()) {
        EXPECT_EQ(cancel.toStdString(), ourCancel.toStdString());
    } else if (expected.cancel) {
        EXPECT_EQ(cancel.toStdString(), expected.cancel);
    } else {
        // Debian 12 has no Qt 6 catalog for Swedish: English until ours translates it.
        EXPECT_EQ(cancel.toStdString(), "Cancel");
    }
}

TEST_P(LanguageTest, MainWindowMenusComeFromTheCatalog)
{
    const QString language = QString::fromLatin1(GetParam().language);
    TranslationLoader loader;
    loader.install(language, true);
    QTemporaryDir dir;
    han::ui::SessionController session;
    session.openHistory(dir.filePath(QStringLiteral("h.sqlite")));
    han::ui::MainWindow window(&session, han::ui::AppSettings());
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    QStringList expected;
    for (const char* title : {"&File", "&View", "&Settings", "&Help"})
        expected << QCoreApplication::translate("han::ui::MainWindow", title);
    EXPECT_EQ(titles.join(QLatin1Char('|')).toStdString(),
              expected.join(QLatin1Char('|')).toStdString());
    // Once the translators' work is in, the menu is not English any more.
    QTranslator probe;
    ASSERT_TRUE(probe.load(QStringLiteral(":/i18n/han-monitor_") + language));
    if (!probe.translate("han::ui::MainWindow", "&File").isEmpty()) {
        EXPECT_NE(titles.value(0), QStringLiteral("&File"));
    }
}

// Every view in the language at the smallest size, on the simulated meter: nothing cut off.
// English fits (screenshot_test.cpp); translations are often longer. The PNGs are
// <view>-<lang>.png under the build's screenshot folder.
TEST_P(LanguageTest, EveryViewFitsAt1366x768)
{
    const QString language = QString::fromLatin1(GetParam().language);
    TranslationLoader loader;
    loader.install(language, true);
    QTemporaryDir dir;
    han::ui::SessionController session;
    session.openHistory(dir.filePath(QStringLiteral("h.sqlite")));
    han::ui::AppSettings settings;
    settings.keepRecordingInTray = false;
    settings.simulatorSpeed = 10; // the past filled in, a little movement
    han::ui::MainWindow window(&session, settings);
    window.resize(1366, 768);
    window.show();
    session.start(settings.sourceSpec());
    ASSERT_TRUE(han::test::waitFor([&] { return session.live()->hasReading(); }, 90000));
    const auto serial = session.live()->sampleSerial();
    ASSERT_TRUE(
        han::test::waitFor([&] { return session.live()->sampleSerial() >= serial + 3; }, 30000));
    const QString out = QStringLiteral(HAN_SCREENSHOT_DIR);
    QDir().mkpath(out);
    const std::pair<han::ui::MainWindow::View, const char*> views[] = {
        {han::ui::MainWindow::Live, "live"},     {han::ui::MainWindow::Phases, "phases"},
        {han::ui::MainWindow::Energy, "energy"}, {han::ui::MainWindow::Solar, "solar"},
        {han::ui::MainWindow::Diagnostics, "diagnostics"}};
    for (const auto& [view, name] : views) {
        SCOPED_TRACE(name);
        window.setCurrentView(view);
        han::test::waitFor([] { return false; }, 600); // a refresh or two of every timer
        const QString file = QStringLiteral("%1/%2-%3.png").arg(out, QLatin1String(name), language);
        EXPECT_TRUE(window.grab().save(file)) << file.toStdString();
        const QStringList cut = han::test::cutOffTexts(&window);
        EXPECT_TRUE(cut.isEmpty()) << cut.join(QLatin1Char('\n')).toStdString();
    }
    session.shutdown();
}

INSTANTIATE_TEST_SUITE_P(Nordic, LanguageTest,
                         ::testing::Values(Expected{"nb", "Avbryt", "&Kopier", "tirsdag 24. november 2026"},
                                           Expected{"da", "Annuller", "&Kopiér",
                                                    "tirsdag den 24. november 2026"},
                                           Expected{"sv", nullptr, "&Kopiera",
                                                    "tisdag 24 november 2026"}),
                         [](const auto& param) { return std::string(param.param.language); });

TEST(TranslationLoader, ResolvesTheSystemsLanguages)
{
    const QString none;
    EXPECT_EQ(TranslationLoader::resolve(none, {QStringLiteral("nb-NO"), QStringLiteral("nb")}),
              QStringLiteral("nb"));
    EXPECT_EQ(TranslationLoader::resolve(none, {QStringLiteral("nn-NO")}), QStringLiteral("nb"));
    EXPECT_EQ(TranslationLoader::resolve(none, {QStringLiteral("no")}), QStringLiteral("nb"));
    EXPECT_EQ(TranslationLoader::resolve(none, {QStringLiteral("da-DK")}), QStringLiteral("da"));
    EXPECT_EQ(TranslationLoader::resolve(none, {QStringLiteral("sv-FI")}), QStringLiteral("sv"));
    // The first language we speak in the user's order; English where it comes first.
    EXPECT_EQ(TranslationLoader::resolve(none, {QStringLiteral("de-DE"), QStringLiteral("sv-SE")}),
              QStringLiteral("sv"));
    EXPECT_EQ(TranslationLoader::resolve(none, {QStringLiteral("en-GB"), QStringLiteral("da")}),
              QStringLiteral("en"));
    EXPECT_EQ(TranslationLoader::resolve(none, {QStringLiteral("C")}), QStringLiteral("en"));
    // Settings ▸ Language wins over the system.
    EXPECT_EQ(TranslationLoader::resolve(QStringLiteral("da"), {QStringLiteral("nb-NO")}),
              QStringLiteral("da"));
    EXPECT_EQ(TranslationLoader::resolve(QStringLiteral("en"), {QStringLiteral("nb-NO")}),
              QStringLiteral("en"));
    EXPECT_EQ(TranslationLoader::resolve(QStringLiteral("fr"), {QStringLiteral("sv-SE")}),
              QStringLiteral("sv"));
}

TEST(TranslationLoader, FormatsInTheLanguagesLocale)
{
    const QLocale norway(QLocale::NorwegianBokmal, QLocale::Norway);
    const QLocale finland(QLocale::Swedish, QLocale::Finland);
    EXPECT_EQ(TranslationLoader::formattingLocale(QStringLiteral("nb"), norway), norway);
    EXPECT_EQ(TranslationLoader::formattingLocale(QStringLiteral("sv"), finland), finland);
    EXPECT_EQ(TranslationLoader::formattingLocale(QStringLiteral("da"), norway).name(),
              QStringLiteral("da_DK"));
    // English on a Norwegian desktop keeps Norwegian numbers (CLDR has no en_NO) ...
    EXPECT_EQ(TranslationLoader::formattingLocale(QStringLiteral("en"), norway).toString(1.5),
              QStringLiteral("1,5"));
    // ... and on a Danish one takes CLDR's en_DK.
    EXPECT_EQ(TranslationLoader::formattingLocale(QStringLiteral("en"),
                                                  QLocale(QLocale::Danish, QLocale::Denmark))
                  .name(),
              QStringLiteral("en_DK"));
    EXPECT_EQ(TranslationLoader::formattingLocale(QStringLiteral("en"), QLocale::c()).name(),
              QStringLiteral("C"));
    EXPECT_EQ(TranslationLoader::formattingLocale(QStringLiteral("nb"), QLocale::c()).name(),
              QStringLiteral("nb_NO"));
}

} // namespace

namespace {

TEST(EnergyPeriodLabel, EnglishAndTheCLocaleKeepDayMonthOrder)
{
    const QLocale saved;
    const han::ui::EnergyPeriod day{han::ui::EnergyPeriod::Kind::Day, QDate(2026, 11, 24)};
    for (const QLocale& locale : {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedStates)}) {
        QLocale::setDefault(locale);
        EXPECT_EQ(day.label().toStdString(), "Tuesday 24 November 2026") << locale.name().toStdString();
    }
    QLocale::setDefault(saved);
}

} // namespace

namespace {

// The longest day title there is ("onsdag den 30. september 2026") fits the Energy view's bar
// at the smallest size, light and dark; the PNGs are for people to look at.
TEST(DanishEnergyView, LongestDayTitleFits)
{
    const QLocale saved;
    TranslationLoader loader;
    loader.install(QStringLiteral("da"), true);
    QTemporaryDir dir;
    han::ui::SessionController session;
    session.openHistory(dir.filePath(QStringLiteral("h.sqlite")));
    han::ui::AppSettings settings;
    settings.keepRecordingInTray = false;
    han::ui::MainWindow window(&session, settings);
    window.resize(1366, 768);
    window.show();
    window.setCurrentView(han::ui::MainWindow::Energy);
    auto* view = window.findChild<han::ui::EnergyView*>();
    ASSERT_NE(view, nullptr);
    view->setPeriod({han::ui::EnergyPeriod::Kind::Day, QDate(2026, 9, 30)});
    const auto* title = window.findChild<QLabel*>(QStringLiteral("periodLabel"));
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->text().toStdString(), "onsdag den 30. september 2026");
    // The bar chart's axis numbers with decimal commas too (Qt Charts' default is C).
    // Every Qt Charts view of the window (Energy and Capacity) writes its axis numbers so.
    const auto charts = window.findChildren<QChartView*>();
    ASSERT_GE(charts.size(), 2);
    for (const QChartView* chart : charts) {
        EXPECT_TRUE(chart->chart()->localizeNumbers()) << chart->metaObject()->className();
        EXPECT_EQ(chart->chart()->locale().toString(0.2, 'f', 2).toStdString(), "0,20");
    }
    const QString out = QStringLiteral(HAN_SCREENSHOT_DIR);
    QDir().mkpath(out);
    for (const auto appearance :
         {han::ui::AppSettings::Appearance::Light, han::ui::AppSettings::Appearance::Dark}) {
        han::ui::Appearance::apply(appearance);
        QCoreApplication::processEvents();
        const QImage image = window.grab().toImage();
        const bool dark = appearance == han::ui::AppSettings::Appearance::Dark;
        EXPECT_TRUE(image.save(out + (dark ? QStringLiteral("/energy-da-dark.png")
                                           : QStringLiteral("/energy-da-light.png"))));
        EXPECT_GE(title->contentsRect().width(),
                  title->fontMetrics().horizontalAdvance(title->text()));
    }
    han::ui::Appearance::apply(han::ui::AppSettings::Appearance::Light);
    QLocale::setDefault(saved);
}

// One hour is singular in each language ("1 hours" was what the catalogs could say before
// the counts became Qt plural forms), and counts get the language's thousands separator.
TEST(NordicPlurals, OneHourIsSingularAndCountsAreLocalised)
{
    const QLocale saved;
    struct Case
    {
        const char* language;
        const char* oneMeasured;
        const char* allMeasured;
        const char* oneOfTwo;
    };
    const Case cases[] = {
        {"nb", "1 time er målt.", "Alle 1\u00a0000 timer er målt.", "2 timer: 1 målt, 1 mangler."},
        {"da", "1 time er målt.", "Alle 1.000 timer er målt.", "2 timer: 1 målt, 1 mangler."},
        {"sv", "1 timme uppmätt.", "Alla 1\u00a0000 timmar uppmätta.",
         "2 timmar – uppmätta: 1, saknade: 1."},
    };
    for (const Case& c : cases) {
        TranslationLoader loader;
        loader.install(QString::fromLatin1(c.language), true);
        han::ui::EnergySummary one;
        one.hours = one.measured = 1;
        EXPECT_EQ(one.qualityNote(), QString::fromUtf8(c.oneMeasured)) << c.language;
        han::ui::EnergySummary many;
        many.hours = many.measured = 1000;
        EXPECT_EQ(many.qualityNote(), QString::fromUtf8(c.allMeasured)) << c.language;
        han::ui::EnergySummary mixed;
        mixed.hours = 2;
        mixed.measured = mixed.missing = 1;
        EXPECT_EQ(mixed.qualityNote(), QString::fromUtf8(c.oneOfTwo)) << c.language;
    }
    QLocale::setDefault(saved);
}

} // namespace
