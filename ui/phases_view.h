// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phase_series.h"
#include "time_window.h"

#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>

class QCPRange;
class QCustomPlot;

namespace han::ui {

class PlotCrosshair;
class SessionController;
class TimeWindowBar;
struct AppSettings;

// Current and voltage per phase over time (QCustomPlot): two charts on one time axis, a
// window of 5 min to 7 days (or a range the user picks) from the history plus the live
// samples, pan and zoom with the mouse, "follow live", and a crosshair that reads the three
// phases at the pointer. New live samples are appended (never a reload), a window is loaded
// from the history when it is chosen, and the charts are repainted on LiveModel::updated()
// only. For a meter that sends per-phase power (the Danish lists) a third chart above them
// shows each phase's import minus export; for other meters it stays hidden.
class PhasesView : public QWidget
{
    Q_OBJECT

public:
    explicit PhasesView(SessionController* session, QWidget* parent = nullptr);
    ~PhasesView() override;

    // The settings changed (fuse, appearance, ...); called by MainWindow.
    void applySettings(const AppSettings& settings);

    TimeWindow::Kind window() const { return m_window; }
    // A live window (the last 5 min ... 7 days, following live); Custom shows the last custom
    // range (see showRange).
    void setWindow(TimeWindow::Kind kind);
    // The Custom window: [fromUtcMs, toUtcMs) from the history.
    void showRange(std::int64_t fromUtcMs, std::int64_t toUtcMs);
    bool followsLive() const { return m_follow; }
    void setFollowLive(bool follow);

    // The sample nearest to `utcMs` among those the charts hold: what the crosshair reads.
    std::optional<PhaseRow> valuesAt(std::int64_t utcMs) const;
    // "14:05:30   L1 7,3 A   L2 5,0 A   L3 6,1 A" and the same in volts.
    QString currentText(const PhaseRow& values) const;
    QString voltageText(const PhaseRow& values) const;
    QString powerText(const PhaseRow& values) const;
    // Puts the crosshair on the sample nearest to `utcMs`, as the mouse does.
    void showCrosshairAt(std::int64_t utcMs);
    void hideCrosshair();
    QString crosshairText() const;

    QCustomPlot* currentPlot() const { return m_currentPlot; }
    QCustomPlot* voltagePlot() const { return m_voltagePlot; }
    // Hidden unless the meter sends per-phase power.
    QCustomPlot* powerPlot() const { return m_powerPlot; }
    // How long the last load of a window (history and live samples) took, ms.
    qint64 lastLoadMs() const { return m_lastLoadMs; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QCustomPlot* createPlot(const QString& name, const QString& axisLabel, const QString& unit);
    void restyle();
    bool handleKey(QCustomPlot* plot, int key);

    std::int64_t newestUtcMs() const;
    std::vector<PhaseRow> load(std::int64_t fromUtcMs, std::int64_t toUtcMs) const;
    void reload(bool resetRange);
    void extendIntoPast();
    void onLiveUpdated();
    void onRangeChanged(const QCPRange& range);
    void setXRange(double lower, double upper);
    void rescaleValueAxes();
    void updateStatus();
    void showPowerPlotIfSent();
    void replot();

    SessionController* m_session = nullptr;
    TimeWindowBar* m_bar = nullptr;
    QCustomPlot* m_currentPlot = nullptr;
    QCustomPlot* m_voltagePlot = nullptr;
    QCustomPlot* m_powerPlot = nullptr;
    PlotCrosshair* m_currentCrosshair = nullptr;
    PlotCrosshair* m_voltageCrosshair = nullptr;
    PlotCrosshair* m_powerCrosshair = nullptr;
    std::unique_ptr<PhaseSeries> m_series;
    QTimer m_extendTimer;

    TimeWindow::Kind m_window = TimeWindow::Kind::FiveMinutes;
    bool m_follow = true;
    bool m_settingRange = false;
    std::int64_t m_customFromMs = 0;
    std::int64_t m_customToMs = 0;
    // The graphs hold [m_loadedFromMs, m_loadedToMs), the live part as it arrives.
    std::int64_t m_loadedFromMs = 0;
    std::int64_t m_loadedToMs = std::numeric_limits<std::int64_t>::max();
    // The newest sample when the charts were last repainted for live data.
    std::int64_t m_paintedNewestMs = std::numeric_limits<std::int64_t>::min();
    qint64 m_lastLoadMs = 0;
};

} // namespace han::ui
