// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "solar_totals.h"

#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <limits>

class QCPGraph;
class QCustomPlot;
class QLabel;

namespace han::ui {

class SessionController;
struct AppSettings;

// Signed net power today and what the house exported: a chart of import minus export from
// local midnight to now (drawing above zero in the import colour, exporting below in the
// export colour), "export now", a status that changes colour at once when the house starts or
// stops exporting, and the kWh exported and imported today and this month.
class SolarView : public QWidget
{
    Q_OBJECT

public:
    explicit SolarView(SessionController* session, QWidget* parent = nullptr);
    ~SolarView() override;

    // The settings changed (fuse, appearance, ...); called by MainWindow.
    void applySettings(const AppSettings& settings);

    QCustomPlot* netPowerPlot() const { return m_plot; }
    // The totals as last shown.
    const SolarTotals::Result& totals() const { return m_totals; }

signals:
    // The house started or stopped exporting; `message` says so for a notification
    // ("The house started exporting 2,1 kW to the grid").
    void exportingChanged(bool exporting, const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createSummary();
    QLabel* addValue(QLayout* layout, const QString& name, const QString& toolTip);
    void restyle();
    std::int64_t nowUtcMs() const;
    void reloadDay();
    void appendLive();
    void addSamples(const std::vector<std::pair<std::int64_t, double>>& netW);
    void onLiveUpdated();
    void onExportingChanged(bool exporting);
    void updateStatus();
    void updateTotals();
    void updateRanges();
    void replot();

    SessionController* m_session = nullptr;
    QLabel* m_exportNow = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_exportedToday = nullptr;
    QLabel* m_importedToday = nullptr;
    QLabel* m_exportedMonth = nullptr;
    QLabel* m_importedMonth = nullptr;
    QLabel* m_monthCaption = nullptr;
    QCustomPlot* m_plot = nullptr;
    QCPGraph* m_importGraph = nullptr;
    QCPGraph* m_exportGraph = nullptr;
    QTimer m_dayTimer;

    SolarTotals m_totalsCalculator;
    SolarTotals::Result m_totals;
    std::int64_t m_dayStartMs = 0;
    std::int64_t m_dayEndMs = 0;
    std::int64_t m_lastKeyMs = std::numeric_limits<std::int64_t>::min();
    // The newest sample when the chart was last repainted.
    std::int64_t m_paintedNewestMs = std::numeric_limits<std::int64_t>::min();
    std::uint64_t m_serial = 0;
    bool m_exporting = false;
};

} // namespace han::ui
