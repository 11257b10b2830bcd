// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app_settings.h"
#include "link_state.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QTabWidget;

namespace han::ui {

class CapacityView;
class CapacityWatch;
class DesktopNotifier;
class DiagnosticsView;
class EnergyView;
class LiveView;
class MessageBanner;
class PhasesView;
class SessionController;
class SolarView;

// Layout, actions and wiring only (STYLE.md habit 10): each view is its own class, the session
// does the work. The status bar names the source ("Simulated meter" when it is one), the link
// state and the age of the last reading.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum View
    {
        Live,
        Phases,
        Energy,
        Capacity,
        Solar,
        Diagnostics,
        ViewCount
    };

    MainWindow(SessionController* session, const AppSettings& settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    const AppSettings& settings() const { return m_settings; }
    View currentView() const;
    void setCurrentView(View view);

    LiveView* liveView() const { return m_liveView; }
    PhasesView* phasesView() const { return m_phasesView; }
    EnergyView* energyView() const { return m_energyView; }
    CapacityView* capacityView() const { return m_capacityView; }
    CapacityWatch* capacityWatch() const { return m_capacityWatch; }
    SolarView* solarView() const { return m_solarView; }
    DiagnosticsView* diagnosticsView() const { return m_diagnosticsView; }
    MessageBanner* banner() const { return m_banner; }

    // Stores geometry, the open view and the settings.
    void saveState();

public slots:
    // focusKeys: the cursor in the meter keys' first field (the encrypted-meter banner).
    void showConnectionDialog(bool focusKeys = false);
    void showExportDialog();
    void showSettingsDialog();
    void backupHistory();
    void toggleRecording();
    void bringToFront();

signals:
    // The user chose File > Quit (as opposed to closing the window into the tray).
    void quitRequested();
    void settingsChanged(const han::ui::AppSettings& settings);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void applySettings();
    void updateStatus();
    void updateLinkState(LinkState state, const QString& detail);
    void offerKeysDialog();
    void announceExporting(bool exporting);
    void warnCapacity(const QString& title, const QString& message);

    SessionController* m_session = nullptr;
    AppSettings m_settings;
    QTabWidget* m_tabs = nullptr;
    LiveView* m_liveView = nullptr;
    PhasesView* m_phasesView = nullptr;
    EnergyView* m_energyView = nullptr;
    CapacityWatch* m_capacityWatch = nullptr;
    CapacityView* m_capacityView = nullptr;
    SolarView* m_solarView = nullptr;
    DiagnosticsView* m_diagnosticsView = nullptr;
    MessageBanner* m_banner = nullptr;
    DesktopNotifier* m_notifier = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QLabel* m_linkLabel = nullptr;
    QLabel* m_ageLabel = nullptr;
    QLabel* m_historyLabel = nullptr;
    QAction* m_recordAction = nullptr;
    QTimer m_statusTimer;
    bool m_recording = false;
    // An encrypted meter without keys was announced and the link has not connected since.
    bool m_keysNeeded = false;
};

} // namespace han::ui
