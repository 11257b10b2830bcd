// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacity_month.h"

#include <QDate>
#include <QWidget>

#include <cstdint>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace han::ui {

class CapacityChart;
class CapacityHourBar;
class CapacityPeakModel;
class CapacityWatch;
class SessionController;
struct AppSettings;

// The Norwegian capacity fee ("kapasitetsledd") as the meter's HAN port sees it: the month's
// three peak days (the hour, its kWh, how it was found; Enter or a click opens the day in the
// Energy view through dayActivated()), their average and the step of the ladder it falls in
// with its monthly price, the hour in progress against the step's limit with the headroom in
// plain words, and a chart of the month's daily maxima with the step boundaries. It follows
// the month in progress (CapacityWatch) until the user steps to another (Alt+Left, Alt+Right;
// Alt+Home back). A note says these are estimates: the grid company bills from its own data.
class CapacityView : public QWidget
{
    Q_OBJECT

public:
    CapacityView(SessionController* session, CapacityWatch* watch, QWidget* parent = nullptr);

    void applySettings(const AppSettings& settings);

    // The month shown (any day in it: the 1st).
    QDate shownMonth() const { return m_shown; }
    bool isFollowing() const { return m_following; }
    const CapacityMonth& month() const { return m_month; }
    void showMonth(const QDate& anyDay);
    void showPrevious();
    void showNext();
    void showThisMonth();

    CapacityPeakModel* peakModel() const { return m_peaks; }
    QTableView* peakTable() const { return m_peakTable; }
    CapacityChart* chart() const { return m_chart; }
    CapacityHourBar* hourBar() const { return m_hourBar; }

signals:
    // The user chose a peak (or a bar): show this day, with this hour, in the Energy view.
    void dayActivated(const QDate& day, qint64 hourStartUtcMs);

private:
    void buildLayout();
    void refreshMonth();
    void updateSummary();
    void updateHour();
    void activatePeak(const QModelIndex& index);
    void fitPeakTable();
    bool showsWatchedMonth() const;

    SessionController* m_session = nullptr;
    CapacityWatch* m_watch = nullptr;
    CapacityPeakModel* m_peaks = nullptr;
    CapacityMonth m_month;
    QDate m_shown;
    bool m_following = true;

    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_thisMonth = nullptr;
    QLabel* m_monthLabel = nullptr;
    QGroupBox* m_hourGroup = nullptr;
    CapacityHourBar* m_hourBar = nullptr;
    QLabel* m_soFar = nullptr;
    QLabel* m_projected = nullptr;
    QLabel* m_limit = nullptr;
    QLabel* m_headroom = nullptr;
    QLabel* m_headroomSentence = nullptr;
    QTableView* m_peakTable = nullptr;
    QLabel* m_average = nullptr;
    QLabel* m_step = nullptr;
    QLabel* m_price = nullptr;
    QLabel* m_nextStep = nullptr;
    QLabel* m_qualityNote = nullptr;
    CapacityChart* m_chart = nullptr;
    QLabel* m_honesty = nullptr;
};

} // namespace han::ui
