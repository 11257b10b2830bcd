// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsDialog offscreen against a real SessionController and a history in a QTemporaryDir:
// choices round-trip through settings() and the history's `meters` table, the appearance
// applies at once and Cancel undoes it, every page works from the keyboard, and each page is
// rendered light and dark to PNG.
#include "appearance.h"
#include "autostart.h"
#include "desktop_notifier.h"
#include "history_store.h"
#include "live_model.h"
#include "main_window.h"
#include "meter_settings_panel.h"
#include "session_controller.h"
#include "settings_dialog.h"
#include "temporary_config_home.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <optional>

using han::MeterClockResolver;
using han::MeterReading;
using han::ui::Appearance;
using han::ui::AppSettings;
using han::ui::SettingsDialog;

namespace {

const QString kNoonUtc = QStringLiteral("2026-06-21T10:00:00Z");
const QString kMeterId = QStringLiteral("5706567000000042");

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QLatin1String(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_config.isValid());
        Appearance::rememberSystemLook();
        m_session.openHistory(m_dir.filePath(QStringLiteral("history.sqlite")));
        ASSERT_TRUE(han::test::waitFor([&] { return m_session.isHistoryOpen(); }));
    }
    void TearDown() override { Appearance::apply(AppSettings::Appearance::System); }

    // A meter that has sent readings: in the live model and in the history.
    void addMeter()
    {
        m_session.live()->setSource(QStringLiteral("Simulated meter"), true);
        han::HistoryStore* store = m_session.store();
        for (const MeterReading& reading : han::test::simulatedReadings(kNoonUtc, 20)) {
            m_session.live()->addReading(reading);
            QMetaObject::invokeMethod(
                store, [store, reading] { store->storeReading(reading); }, Qt::QueuedConnection);
        }
        ASSERT_TRUE(han::test::waitFor([&] { return !m_session.reader().meters().empty(); }));
    }

    std::optional<han::MeterSettings> storedSettings() const
    {
        for (const han::MeterInfo& meter : m_session.reader().meters()) {
            if (meter.meterId == kMeterId)
                return meter.settings;
        }
        return std::nullopt;
    }

    han::test::TemporaryConfigHome m_config;
    QTemporaryDir m_dir;
    han::ui::SessionController m_session;
};

} // namespace

TEST_F(SettingsDialogTest, ChoicesRoundTripThroughSettingsAndTheHistory)
{
    addMeter();
    AppSettings original;
    SettingsDialog dialog(&m_session, original);
    EXPECT_TRUE(dialog.meterPanel()->hasMeter());
    EXPECT_EQ(dialog.meterPanel()->meterId(), kMeterId);
    EXPECT_TRUE(child<QRadioButton>(dialog, "clockFollowsDst")->isChecked()) << "the default";

    child<QRadioButton>(dialog, "clockStandardTime")->setChecked(true);
    auto* energy = child<QComboBox>(dialog, "energyShift");
    energy->setCurrentIndex(energy->findData(-1));
    auto* current = child<QComboBox>(dialog, "currentShift");
    current->setCurrentIndex(current->findData(-1));
    child<QComboBox>(dialog, "fuseAmps")->setCurrentText(QStringLiteral("63"));
    child<QRadioButton>(dialog, "gridIt")->setChecked(true);
    child<QRadioButton>(dialog, "appearanceDark")->setChecked(true);
    EXPECT_TRUE(Appearance::isDark(QApplication::palette())) << "applied at once";
    auto* language = child<QComboBox>(dialog, "language");
    language->setCurrentIndex(language->findText(QStringLiteral("Norsk bokmål")));
    child<QCheckBox>(dialog, "notifyExport")->setChecked(true);
    child<QCheckBox>(dialog, "keepRecordingInTray")->setChecked(false);
    child<QCheckBox>(dialog, "startAtLogin")->setChecked(true);
    dialog.accept();

    const AppSettings chosen = dialog.settings();
    EXPECT_EQ(chosen.fuseAmps, 63);
    EXPECT_EQ(chosen.grid, AppSettings::Grid::It230);
    EXPECT_EQ(chosen.appearance, AppSettings::Appearance::Dark);
    EXPECT_EQ(chosen.language, QStringLiteral("nb"));
    EXPECT_TRUE(chosen.notifyExport);
    EXPECT_FALSE(chosen.keepRecordingInTray);
    EXPECT_TRUE(chosen.startAtLogin);
    EXPECT_EQ(chosen.sourceKind, original.sourceKind) << "what the dialog does not show stays";
    EXPECT_TRUE(QFile::exists(m_config.path() + QStringLiteral("/autostart/han-monitor.desktop")));

    // The meter's settings reach the history file through the store's thread.
    ASSERT_TRUE(han::test::waitFor([&] {
        const auto s = storedSettings();
        return s && s->clockMode == MeterClockResolver::Mode::StandardTime;
    }));
    EXPECT_EQ(storedSettings()->scale.energyShift, -1);
    EXPECT_EQ(storedSettings()->scale.currentShift, -1);
    EXPECT_EQ(storedSettings()->scale.powerShift, 0);

    // Reopened with what OK returned, it shows the same choices.
    SettingsDialog again(&m_session, chosen);
    EXPECT_EQ(child<QComboBox>(again, "fuseAmps")->currentText(), QStringLiteral("63"));
    EXPECT_TRUE(child<QRadioButton>(again, "gridIt")->isChecked());
    EXPECT_TRUE(child<QRadioButton>(again, "appearanceDark")->isChecked());
    EXPECT_EQ(child<QComboBox>(again, "language")->currentData().toString(), QStringLiteral("nb"));
    EXPECT_TRUE(child<QCheckBox>(again, "notifyExport")->isChecked());
    EXPECT_FALSE(child<QCheckBox>(again, "keepRecordingInTray")->isChecked());
    EXPECT_TRUE(child<QCheckBox>(again, "startAtLogin")->isChecked());
    EXPECT_TRUE(child<QRadioButton>(again, "clockStandardTime")->isChecked());
    EXPECT_EQ(child<QComboBox>(again, "energyShift")->currentData().toInt(), -1);
    EXPECT_EQ(child<QComboBox>(again, "currentShift")->currentData().toInt(), -1);
    EXPECT_EQ(child<QComboBox>(again, "powerShift")->currentData().toInt(), 0);

    // Switched off again, the autostart entry goes.
    child<QCheckBox>(again, "startAtLogin")->setChecked(false);
    again.accept();
    EXPECT_FALSE(again.settings().startAtLogin);
    EXPECT_FALSE(han::ui::Autostart::isEnabled());
}

TEST_F(SettingsDialogTest, CancelUndoesTheAppearanceAndStoresNothing)
{
    addMeter();
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    AppSettings original;
    SettingsDialog dialog(&m_session, original);
    child<QRadioButton>(dialog, "appearanceDark")->setChecked(true);
    ASSERT_TRUE(Appearance::isDark(QApplication::palette()));
    child<QRadioButton>(dialog, "clockLearned")->setChecked(true);
    child<QCheckBox>(dialog, "startAtLogin")->setChecked(true);
    dialog.reject();
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), systemWindow);
    EXPECT_FALSE(han::ui::Autostart::isEnabled());
    han::test::waitFor([] { return false; }, 300);
    EXPECT_EQ(storedSettings()->clockMode, MeterClockResolver::Mode::FollowsDst);
}

TEST_F(SettingsDialogTest, TheFuseShowsTheMostTheHouseCanDraw)
{
    AppSettings settings;
    settings.fuseAmps = 20;
    SettingsDialog dialog(&m_session, settings);
    auto* limit = child<QLabel>(dialog, "fuseLimit");
    const auto kw = [](double value) {
        return QLocale().toString(value, 'f', 1);
    };
    // 3 × 230 V × 20 A = 13 800 W; √3 × 230 V × 20 A = 7 967 W; 3 × 230 V × 100 A = 69 000 W.
    EXPECT_TRUE(limit->text().contains(kw(13.8) + QChar(0x00A0) + QStringLiteral("kW")))
        << limit->text().toStdString();
    EXPECT_TRUE(limit->text().contains(QStringLiteral("20 A on TN 400 V")));
    child<QRadioButton>(dialog, "gridIt")->setChecked(true);
    EXPECT_TRUE(limit->text().contains(kw(8.0))) << limit->text().toStdString();
    EXPECT_TRUE(limit->text().contains(QStringLiteral("IT 230 V")));
    child<QRadioButton>(dialog, "gridTn")->setChecked(true);
    child<QComboBox>(dialog, "fuseAmps")->setCurrentText(QStringLiteral("100"));
    EXPECT_TRUE(limit->text().contains(kw(69.0))) << limit->text().toStdString();
    EXPECT_EQ(dialog.settings().fuseAmps, 100);
}

TEST_F(SettingsDialogTest, WithoutAMeterTheMeterPageSaysSoAndTheHousePageOpens)
{
    SettingsDialog dialog(&m_session, AppSettings{});
    EXPECT_FALSE(dialog.meterPanel()->hasMeter());
    EXPECT_FALSE(child<QRadioButton>(dialog, "clockStandardTime")->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "meterName")->text().contains(QStringLiteral("No meter")));
    EXPECT_EQ(child<QTabWidget>(dialog, "settingsPages")->currentIndex(),
              SettingsDialog::HousePage);
    dialog.setCurrentPage(SettingsDialog::MeterPage);
    dialog.show();
    QDir().mkpath(QStringLiteral(HAN_SCREENSHOT_DIR));
    dialog.grab().save(QStringLiteral(HAN_SCREENSHOT_DIR "/settings-meter-none-light.png"));
    // Where the history is, and whether notifications can be shown.
    EXPECT_EQ(QDir::fromNativeSeparators(child<QLineEdit>(dialog, "historyPath")->text()),
              m_session.historyPath());
    const bool available = han::ui::DesktopNotifier().isAvailable();
    EXPECT_EQ(child<QLabel>(dialog, "notificationStatus")
                  ->text()
                  .contains(QStringLiteral("no notification service")),
              !available);
}

TEST_F(SettingsDialogTest, EveryPageWorksFromTheKeyboard)
{
    addMeter();
    SettingsDialog dialog(&m_session, AppSettings{});
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto* pages = child<QTabWidget>(dialog, "settingsPages");

    // Alt+P opens Appearance, Alt+D picks Dark.
    QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
    EXPECT_EQ(pages->currentIndex(), SettingsDialog::AppearancePage);
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    // A mnemonic animates a click: it lands a moment later.
    EXPECT_TRUE(han::test::waitFor(
        [&] { return child<QRadioButton>(dialog, "appearanceDark")->isChecked(); }, 2000));
    EXPECT_TRUE(Appearance::isDark(QApplication::palette()));
    // Alt+M, Alt+T: the meter on standard time.
    QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
    EXPECT_EQ(pages->currentIndex(), SettingsDialog::MeterPage);
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    EXPECT_TRUE(han::test::waitFor(
        [&] { return child<QRadioButton>(dialog, "clockStandardTime")->isChecked(); }, 2000));

    // On each page: every control takes the keyboard focus, and no two mnemonics collide
    // with each other, the tabs or the OK and Cancel buttons.
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        QApplication::processEvents();
        std::map<QChar, QString> mnemonics;
        const auto take = [&](const QString& text) {
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            if (amp < 0 || amp + 1 >= text.size())
                return;
            const QChar key = text.at(amp + 1).toLower();
            EXPECT_TRUE(mnemonics.emplace(key, text).second)
                << "page " << page << ": " << text.toStdString() << " and "
                << mnemonics[key].toStdString() << " share Alt+" << QString(key).toStdString();
        };
        for (int tab = 0; tab < pages->count(); ++tab)
            take(pages->tabText(tab));
        for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>()) {
            if (button->isVisible())
                take(button->text());
        }
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (!label->isVisible())
                continue;
            if (label->buddy())
                take(label->text());
            else
                EXPECT_FALSE(label->text().contains(QRegularExpression(QStringLiteral("&\\w"))))
                    << "a mnemonic without a buddy shows its '&': " << label->text().toStdString();
        }
        for (const QWidget* widget : pages->widget(page)->findChildren<QWidget*>()) {
            const bool control = qobject_cast<const QAbstractButton*>(widget) ||
                                 qobject_cast<const QComboBox*>(widget) ||
                                 qobject_cast<const QLineEdit*>(widget);
            if (control && widget->isVisible() && widget->parentWidget()->inherits("QComboBox"))
                continue; // a combo box's own line edit
            // Tab reaches the checked radio button of a group, the arrow keys the others.
            if (const auto* radio = qobject_cast<const QRadioButton*>(widget);
                radio && !radio->isChecked()) {
                continue;
            }
            if (control && widget->isVisible()) {
                EXPECT_TRUE(widget->focusPolicy() & Qt::TabFocus)
                    << widget->objectName().toStdString();
            }
        }
    }
}

TEST_F(SettingsDialogTest, PagesRenderLightAndDarkWithoutClippedText)
{
    addMeter();
    QDir().mkpath(QStringLiteral(HAN_SCREENSHOT_DIR));
    const std::pair<AppSettings::Appearance, const char*> looks[] = {
        {AppSettings::Appearance::Light, "light"}, {AppSettings::Appearance::Dark, "dark"}};
    const char* const names[] = {"meter", "house", "capacity", "appearance", "startup"};
    for (const auto& [look, lookName] : looks) {
        Appearance::apply(look);
        AppSettings settings;
        settings.appearance = look;
        SettingsDialog dialog(&m_session, settings);
        dialog.show();
        auto* pages = child<QTabWidget>(dialog, "settingsPages");
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            QApplication::processEvents();
            const QImage image = dialog.grab().toImage();
            const QString path = QStringLiteral(HAN_SCREENSHOT_DIR "/settings-%1-%2.png")
                                     .arg(QLatin1String(names[page]), QLatin1String(lookName));
            EXPECT_TRUE(image.save(path)) << path.toStdString();
            EXPECT_EQ(image.pixelColor(4, 4).lightness() < 128,
                      look == AppSettings::Appearance::Dark)
                << path.toStdString();
            for (const QLabel* label : pages->widget(page)->findChildren<QLabel*>()) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                const int needed = label->wordWrap() ? label->heightForWidth(label->width())
                                                     : label->sizeHint().height();
                EXPECT_GE(label->height(), needed)
                    << names[page] << ": " << label->text().toStdString();
                if (!label->wordWrap()) {
                    EXPECT_GE(label->width(), label->sizeHint().width())
                        << names[page] << ": " << label->text().toStdString();
                }
            }
        }
    }
}

TEST_F(SettingsDialogTest, TheMainWindowRendersInTheDarkPalette)
{
    addMeter();
    QDir().mkpath(QStringLiteral(HAN_SCREENSHOT_DIR));
    Appearance::apply(AppSettings::Appearance::Dark);
    han::ui::MainWindow window(&m_session, AppSettings{});
    window.resize(1366, 768);
    window.show();
    const char* const names[] = {"live", "phases", "energy", "capacity", "solar", "diagnostics"};
    for (int view = 0; view < han::ui::MainWindow::ViewCount; ++view) {
        window.setCurrentView(static_cast<han::ui::MainWindow::View>(view));
        han::test::waitFor([] { return false; }, 200);
        const QImage image = window.grab().toImage();
        const QString path = QStringLiteral(HAN_SCREENSHOT_DIR "/main-window-%1-dark.png")
                                 .arg(QLatin1String(names[view]));
        EXPECT_TRUE(image.save(path)) << path.toStdString();
        EXPECT_EQ(image.size(), QSize(1366, 768));
        EXPECT_LT(image.pixelColor(image.width() / 2, image.height() - 10).lightness(), 128)
            << "status bar of " << names[view];
    }
}
