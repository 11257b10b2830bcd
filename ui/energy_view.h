// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy_period.h"
#include "hourly_source.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace han::ui {

class EnergyChart;
class EnergyTotalsModel;
class HourlyEnergyModel;
class SessionController;
struct AppSettings;

// Energy per hour of a day, per day of a month or per month of a year, from the history's
// hourly registers: a table, the period's totals under it and a bar chart of import against
// export. It follows the latest day with data until the user steps elsewhere (Alt+Left once
// is yesterday). New history is picked up at most every kRefreshIntervalMs, with exact row
// inserts; only navigation resets the models. The hour in progress is no row: a line under
// the table shows it "so far" from the LiveModel.
class EnergyView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshIntervalMs = 2000;

    explicit EnergyView(SessionController* session, QWidget* parent = nullptr);

    // The settings changed (fuse, appearance, ...); called by MainWindow.
    void applySettings(const AppSettings& settings);

    EnergyPeriod period() const { return m_period; }
    // Shows this period (as the user's choice: the view stops following the latest day).
    void setPeriod(const EnergyPeriod& period);
    void showPrevious();
    void showNext();
    void showToday();
    // Shows the local day of this hour and selects the hour's row (the Capacity view's peaks).
    void showHour(std::int64_t hourStartUtcMs);

    HourlyEnergyModel* hourlyModel() const { return m_hourly; }
    EnergyTotalsModel* totalsModel() const { return m_totals; }
    EnergyChart* chart() const { return m_chart; }

    // The host clock; tests pin it so only the stored data decides which hours have ended.
    void setClock(HourlySource::Clock clock);
    // Reads the history now instead of within kRefreshIntervalMs.
    void refreshNow();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildLayout();
    void fitSplitter();
    void scheduleRefresh();
    void followLatestDay();
    void showPeriod(const EnergyPeriod& period);
    void updateTotals();
    void updateChart();
    void updateSoFar();
    void updateLabels();

    SessionController* m_session = nullptr;
    HourlyEnergyModel* m_hourly = nullptr;
    EnergyTotalsModel* m_totals = nullptr;
    EnergyPeriod m_period;
    bool m_following = true; // until the user navigates: the day of the latest data

    QComboBox* m_kind = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_today = nullptr;
    QLabel* m_periodLabel = nullptr;
    QLabel* m_periodNote = nullptr;
    QSplitter* m_splitter = nullptr;
    QWidget* m_tablePane = nullptr;
    bool m_userSplit = false; // the user dragged the splitter: keep their choice
    QStackedWidget* m_tables = nullptr;
    QTableView* m_hourlyTable = nullptr;
    QTableView* m_totalsTable = nullptr;
    QLabel* m_importTotal = nullptr;
    QLabel* m_exportTotal = nullptr;
    QLabel* m_netTotal = nullptr;
    QLabel* m_qualityNote = nullptr;
    QLabel* m_soFar = nullptr;
    EnergyChart* m_chart = nullptr;

    QTimer m_refreshTimer;
    QTimer m_hourTimer;
    QElapsedTimer m_sinceRefresh;
};

} // namespace han::ui
