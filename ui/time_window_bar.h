// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "time_window.h"

#include <QWidget>

#include <cstdint>

class QButtonGroup;
class QCheckBox;
class QDateTimeEdit;
class QLabel;

namespace han::ui {

// The Phases view's controls: the time windows as buttons with mnemonics (Alt+5, Alt+1,
// Alt+2, Alt+7, Alt+U for a custom range picked with two date-time fields), a place for a
// status text, and the "Follow live" switch. It only reports choices; the view acts on them.
class TimeWindowBar : public QWidget
{
    Q_OBJECT

public:
    explicit TimeWindowBar(QWidget* parent = nullptr);

    // Show a choice made elsewhere (no signal).
    void setWindow(TimeWindow::Kind kind);
    void setCustomRange(std::int64_t fromUtcMs, std::int64_t toUtcMs);
    void setFollowLive(bool follow);
    void setStatus(const QString& text, const QString& toolTip);

    std::int64_t customFromUtcMs() const;
    std::int64_t customToUtcMs() const;

signals:
    // A live window (not Custom); also when the current one is chosen again.
    void windowChosen(han::ui::TimeWindow::Kind kind);
    // The Custom button: the view fills the fields (setCustomRange) with what it shows.
    void customChosen();
    // Apply, or Enter in a changed field.
    void customRangeChosen(qint64 fromUtcMs, qint64 toUtcMs);
    void followLiveToggled(bool follow);

private:
    QWidget* createCustomControls();

    QButtonGroup* m_buttons = nullptr;
    QWidget* m_customControls = nullptr;
    QDateTimeEdit* m_fromEdit = nullptr;
    QDateTimeEdit* m_toEdit = nullptr;
    QLabel* m_status = nullptr;
    QCheckBox* m_follow = nullptr;
    std::int64_t m_appliedFromMs = 0;
    std::int64_t m_appliedToMs = 0;
};

} // namespace han::ui
