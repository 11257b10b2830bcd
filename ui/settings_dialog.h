// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app_settings.h"
#include "meter_settings.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace han::ui {

class CapacitySettingsPage;
class DesktopNotifier;
class MeterSettingsPanel;
class SessionController;

// Preferences in five pages: Meter (clock mode and scale corrections of the current meter,
// stored with it in the history), House (main fuse and grid), Capacity (the capacity tariff's
// ladder, stored in the history, and its warning), Appearance (light, dark or the
// desktop's look, applied at once; language; export notifications) and Startup (recording in
// the tray, start at login, where the history is). OK stores the meter's settings through the
// session and writes or removes the autostart entry; Cancel also undoes the appearance.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Page
    {
        MeterPage,
        HousePage,
        CapacityPage,
        AppearancePage,
        StartupPage
    };

    SettingsDialog(SessionController* session, const AppSettings& settings,
                   QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // The settings with the choices the widgets show (what OK keeps).
    AppSettings settings() const;
    void setCurrentPage(Page page);
    MeterSettingsPanel* meterPanel() const { return m_meterPanel; }
    CapacitySettingsPage* capacityPage() const { return m_capacityPage; }

    // Language codes offered, "" being the system's: "", "en", "nb", "da", "sv".
    static QStringList languageCodes();

public slots:
    void accept() override;
    void reject() override;

private:
    QWidget* createHousePage();
    QWidget* createAppearancePage();
    QWidget* createStartupPage();
    void loadMeter();
    void updateFuseLimit();
    int fuseAmps() const;
    AppSettings::Appearance chosenAppearance() const;
    void sendTestNotification();
    void showHistoryFolder();

    SessionController* m_session = nullptr;
    AppSettings m_settings;
    MeterSettings m_loadedMeterSettings;
    DesktopNotifier* m_notifier = nullptr;

    QTabWidget* m_pages = nullptr;
    MeterSettingsPanel* m_meterPanel = nullptr;
    CapacitySettingsPage* m_capacityPage = nullptr;
    QComboBox* m_fuse = nullptr;
    QButtonGroup* m_grid = nullptr;
    QLabel* m_fuseLimit = nullptr;
    QButtonGroup* m_appearance = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_notifyExport = nullptr;
    QLabel* m_notificationStatus = nullptr;
    QCheckBox* m_keepInTray = nullptr;
    QCheckBox* m_startAtLogin = nullptr;
    QLineEdit* m_historyPath = nullptr;
};

} // namespace han::ui
