// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app_settings.h"

#include <QGroupBox>

class QLabel;

namespace han {
struct MeterReading;
}

namespace han::ui {

class PhaseLoadBar;

// The "Phases" box of the Live view: per phase its name in the phase's colour, a PhaseLoadBar
// of the current against the main fuse, and the voltage; under them the fuse the bars are
// drawn against. A phase the meter does not report (a single-phase meter's L2 and L3) is
// hidden rather than shown empty. Where the list carries them (the Danish lists), each phase
// also shows its import and export power and its power factor; for other meters those
// columns do not exist on screen.
class PhaseLoadWidget : public QGroupBox
{
    Q_OBJECT

public:
    explicit PhaseLoadWidget(QWidget* parent = nullptr);

    // The latest List 1.
    void showReading(const MeterReading& reading);
    // The fuse size and grid (AppSettings::fuseAmps, grid).
    void setFuse(const AppSettings& settings);
    // Where the readings come from, for the tooltips.
    void setSource(const QString& source);

    PhaseLoadBar* bar(int index) const { return m_bars[index]; }
    // Whether the per-phase power and power factor columns are shown (the last reading had
    // any of them).
    bool showsPhasePower() const { return m_phasePowerShown; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateFonts();
    void updateColors();
    void updateToolTips();

    QString m_source;
    AppSettings m_settings;
    QLabel* m_currentHeader = nullptr;
    QLabel* m_voltageHeader = nullptr;
    QLabel* m_names[3] = {};
    PhaseLoadBar* m_bars[3] = {};
    QLabel* m_voltages[3] = {};
    QLabel* m_importHeader = nullptr;
    QLabel* m_exportHeader = nullptr;
    QLabel* m_powerFactorHeader = nullptr;
    QLabel* m_imports[3] = {};
    QLabel* m_exports[3] = {};
    QLabel* m_powerFactors[3] = {};
    bool m_phasePowerShown = false;
    QLabel* m_fuse = nullptr;
};

} // namespace han::ui
