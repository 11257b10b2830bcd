// SPDX-License-Identifier: GPL-3.0-or-later
// The Capacity page of the settings: the ladder edited, checked and stored in the history
// through the session; the two choices through AppSettings; the stored view index of older
// settings files moved past the new Capacity tab.

#include "app_settings.h"
#include "capacity_ladder.h"
#include "capacity_settings_page.h"
#include "history_reader.h"
#include "main_window.h"
#include "session_controller.h"
#include "settings_dialog.h"
#include "settings_keys.h"
#include "temporary_config_home.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using han::CapacityLadder;
using han::ui::AppSettings;
using han::ui::CapacitySettingsPage;
using han::ui::MainWindow;
using han::ui::SettingsDialog;

namespace {

class CapacitySettingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_config.isValid());
        m_path = m_dir.filePath(QStringLiteral("history.sqlite"));
        m_session.openHistory(m_path);
        ASSERT_TRUE(han::test::waitFor([&] { return m_session.isHistoryOpen(); }));
    }
    void TearDown() override { m_session.shutdown(); }

    static void setCell(QTableWidget* table, int row, int column, const QString& text)
    {
        table->item(row, column)->setText(text);
    }

    han::test::TemporaryConfigHome m_config;
    QTemporaryDir m_dir;
    QString m_path;
    han::ui::SessionController m_session;
};

} // namespace

TEST_F(CapacitySettingsTest, TheEditedLadderIsStoredInTheHistory)
{
    SettingsDialog dialog(&m_session, AppSettings{});
    CapacitySettingsPage* page = dialog.capacityPage();
    QTableWidget* table = page->table();
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(table->rowCount(), 10) << "the default ladder";
    EXPECT_EQ(page->ladder()->toString(), CapacityLadder::defaultLadder().toString());

    // 5–12 kW: the next step follows to start at 12.
    setCell(table, 2, CapacitySettingsPage::To, QStringLiteral("12"));
    EXPECT_EQ(table->item(3, CapacitySettingsPage::From)->text(), QStringLiteral("12"));
    setCell(table, 0, CapacitySettingsPage::Price, QStringLiteral("399.5"));
    EXPECT_TRUE(page->error().isEmpty()) << page->error().toStdString();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    const auto& steps = m_session.capacityLadder().steps();
    ASSERT_EQ(steps.size(), 10u);
    EXPECT_EQ(steps[2].fromKw, 5.0);
    EXPECT_EQ(steps[2].toKw, 12.0);
    EXPECT_EQ(steps[3].fromKw, 12.0);
    EXPECT_EQ(steps[0].monthlyPrice, 399.5);
    EXPECT_FALSE(steps[9].toKw.has_value());

    // In the file, for han-cli and the next start.
    const QString expected = m_session.capacityLadder().toString();
    EXPECT_TRUE(expected.contains(QStringLiteral("5-12:"))) << expected.toStdString();
    EXPECT_TRUE(han::test::waitFor([&] {
        han::HistoryReader reader;
        return reader.open(m_path) && reader.capacityLadder().toString() == expected;
    }));
}

TEST_F(CapacitySettingsTest, AnInvalidLadderIsExplainedAndNotAccepted)
{
    SettingsDialog dialog(&m_session, AppSettings{});
    CapacitySettingsPage* page = dialog.capacityPage();
    QTableWidget* table = page->table();
    auto* error = page->findChild<QLabel*>(QStringLiteral("capacityLadderError"));
    ASSERT_NE(error, nullptr);
    dialog.show();
    dialog.setCurrentPage(SettingsDialog::AppearancePage);

    setCell(table, 1, CapacitySettingsPage::Price, QStringLiteral("a lot"));
    EXPECT_FALSE(page->ladder().has_value());
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("“a lot”"))) << error->text().toStdString();
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.findChild<QTabWidget*>(QStringLiteral("settingsPages"))->currentIndex(),
              SettingsDialog::CapacityPage);
    EXPECT_EQ(m_session.capacityLadder().toString(), CapacityLadder::defaultLadder().toString());

    // A step that ends below where it starts: fromSteps' words.
    setCell(table, 1, CapacitySettingsPage::Price, QStringLiteral("100"));
    setCell(table, 3, CapacitySettingsPage::To, QStringLiteral("8"));
    EXPECT_FALSE(page->ladder().has_value());
    EXPECT_FALSE(error->text().isEmpty());

    // Reset to default mends it.
    page->findChild<QPushButton*>(QStringLiteral("resetCapacityLadder"))->click();
    EXPECT_TRUE(error->isHidden());
    EXPECT_EQ(page->ladder()->toString(), CapacityLadder::defaultLadder().toString());

    // Removing a middle step hands its range to the step below; adding one puts a new top.
    table->setCurrentCell(1, CapacitySettingsPage::Price); // 2–5 kW
    page->removeStep();
    ASSERT_TRUE(page->ladder().has_value()) << page->error().toStdString();
    EXPECT_EQ(page->ladder()->steps()[0].toKw, 5.0);
    page->addStep();
    ASSERT_TRUE(page->ladder().has_value()) << page->error().toStdString();
    EXPECT_EQ(page->ladder()->steps().size(), 10u);
    EXPECT_EQ(page->ladder()->steps()[8].toKw, 150.0);
    EXPECT_FALSE(page->ladder()->steps()[9].toKw.has_value());
}

TEST_F(CapacitySettingsTest, TheChoicesRoundTripThroughAppSettings)
{
    AppSettings original;
    SettingsDialog dialog(&m_session, original);
    EXPECT_FALSE(dialog.findChild<QCheckBox*>(QStringLiteral("capacityExcludeFlagged"))->isChecked());
    dialog.findChild<QCheckBox*>(QStringLiteral("capacityExcludeFlagged"))->setChecked(true);
    dialog.findChild<QCheckBox*>(QStringLiteral("notifyCapacity"))->setChecked(true);
    dialog.accept();
    const AppSettings chosen = dialog.settings();
    EXPECT_TRUE(chosen.capacityExcludeFlagged);
    EXPECT_TRUE(chosen.notifyCapacity);

    const QString file = m_dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        chosen.save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    const AppSettings loaded = AppSettings::load(settings);
    EXPECT_TRUE(loaded.capacityExcludeFlagged);
    EXPECT_TRUE(loaded.notifyCapacity);

    SettingsDialog again(&m_session, loaded);
    EXPECT_TRUE(again.findChild<QCheckBox*>(QStringLiteral("capacityExcludeFlagged"))->isChecked());
    EXPECT_TRUE(again.findChild<QCheckBox*>(QStringLiteral("notifyCapacity"))->isChecked());
}

TEST(CapacitySettingsMigration, AnOlderFilesSolarAndDiagnosticsStayTheViewsTheyWere)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    const auto viewAfterLoading = [&](int schema, int stored) {
        QSettings settings(file, QSettings::IniFormat);
        settings.clear();
        settings.setValue(QLatin1String(han::ui::keys::kSchemaVersion), schema);
        settings.setValue(QLatin1String(han::ui::keys::kCurrentView), stored);
        return AppSettings::load(settings).currentView;
    };
    EXPECT_EQ(viewAfterLoading(1, 3), MainWindow::Solar);
    EXPECT_EQ(viewAfterLoading(1, 4), MainWindow::Diagnostics);
    EXPECT_EQ(viewAfterLoading(1, 2), MainWindow::Energy);
    EXPECT_EQ(viewAfterLoading(2, 3), MainWindow::Capacity);
}
