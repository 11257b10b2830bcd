// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app_settings.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QStackedWidget;

namespace han::ui {

class PhaseLoadBar;
class PhaseLoadWidget;
class PowerGauge;
class SessionController;

// What the house draws and exports now: a centre-zero gauge of the net flow scaled to the main
// fuse, import and export in big numbers, each phase's current against the fuse and its
// voltage, reactive power, "so far this hour", and which meter and source the numbers come
// from and how old they are (MeterInfoWidget). Repaints on LiveModel::updated() (coalesced),
// never per reading. Before the first reading it says it waits instead of showing zeros.
class LiveView : public QWidget
{
    Q_OBJECT

public:
    explicit LiveView(SessionController* session, QWidget* parent = nullptr);

    // The settings changed (fuse, appearance, ...); called by MainWindow.
    void applySettings(const AppSettings& settings);

    // For tests and the screenshot test.
    bool isWaiting() const;
    PowerGauge* gauge() const { return m_gauge; }
    PhaseLoadBar* phaseBar(int index) const;
    PhaseLoadWidget* phaseLoads() const { return m_phases; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* createHeader();
    QWidget* createWaitingPage();
    QWidget* createDataPage();
    QGroupBox* createPowerGroup();
    QGroupBox* createReactiveGroup();
    QGroupBox* createHourGroup();

    void refresh();
    void refreshSource();
    void refreshFuse();
    void refreshColors();
    void updateFontScale();

    SessionController* m_session = nullptr;
    AppSettings m_settings;
    double m_fontScale = 0;

    QWidget* m_header = nullptr;
    QLabel* m_badge = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_waitingDetail = nullptr;
    QLabel* m_waitingSource = nullptr;

    PowerGauge* m_gauge = nullptr;
    QLabel* m_importCaption = nullptr;
    QLabel* m_exportCaption = nullptr;
    QLabel* m_import = nullptr;
    QLabel* m_export = nullptr;
    QLabel* m_scale = nullptr;

    PhaseLoadWidget* m_phases = nullptr;

    QLabel* m_reactiveImport = nullptr;
    QLabel* m_reactiveExport = nullptr;
    // The meter's total power factor, shown only when the list carries one (Danish lists).
    QLabel* m_powerFactorCaption = nullptr;
    QLabel* m_powerFactor = nullptr;

    QLabel* m_hour = nullptr;
    QLabel* m_soFarImport = nullptr;
    QLabel* m_soFarExport = nullptr;
};

} // namespace han::ui
