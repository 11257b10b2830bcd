// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacity_ladder.h"

#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace han::ui {

// The Capacity page of the settings: the grid company's ladder as an editable table (from,
// to, monthly price; the top step's "to" left empty), checked with CapacityLadder::fromSteps
// as it is edited, the error in words under it; "Reset to default"; whether estimated and
// suspect hours are left out; whether to notify when this hour will raise the step.
// Changing a step's "to" moves the next step's "from" along, so the ladder stays contiguous.
class CapacitySettingsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        From,
        To,
        Price,
        ColumnCount
    };

    explicit CapacitySettingsPage(QWidget* parent = nullptr);

    void setLadder(const CapacityLadder& ladder);
    // The ladder the table shows; empty (with error()) when it is not a valid ladder.
    std::optional<CapacityLadder> ladder() const;
    QString error() const;

    void setExcludeFlagged(bool exclude);
    bool excludeFlagged() const;
    void setNotify(bool notify);
    bool notify() const;

    QTableWidget* table() const { return m_table; }

public slots:
    void resetToDefault();
    void addStep();
    void removeStep();

private:
    // The steps as typed; empty with *error when a cell is not a number.
    std::optional<std::vector<CapacityStep>> steps(QString* error) const;
    void validate();
    void followBoundary(int row, int column);

    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QCheckBox* m_excludeFlagged = nullptr;
    QCheckBox* m_notify = nullptr;
    bool m_filling = false;
};

} // namespace han::ui
