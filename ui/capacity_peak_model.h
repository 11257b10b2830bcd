// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacity_peak.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace han::ui {

// The (up to) three peak days of a month the capacity fee is taken from, highest first: the
// day, the hour, its kWh and how it was found. setPeaks() inserts, removes and changes rows
// exactly; setPeaks(..., reset) is for a new month. No I/O. GUI thread.
class CapacityPeakModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rank,
        Day,
        Hour,
        Energy,
        Quality,
        ColumnCount
    };
    enum Role
    {
        // The raw value: the rank (int) for Rank, the QDate for Day, the hour's start (UTC ms,
        // qint64) for Hour, kWh (double) for Energy, the EnergyQuality (int) for Quality.
        Value = Qt::UserRole,
        DateValue,      // the peak's local date, any column
        HourStartUtcMs, // qint64, any column
    };

    explicit CapacityPeakModel(QObject* parent = nullptr);

    // `newMonth`: the rows are another month's (reset); otherwise exact changes.
    void setPeaks(const std::vector<CapacityPeak>& peaks, bool newMonth);
    const std::vector<CapacityPeak>& peaks() const { return m_peaks; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Wed 14 October" in the user's language.
    static QString dayLabel(const QDate& day);

private:
    QVariant display(const CapacityPeak& peak, int row, int column) const;
    QString toolTip(const CapacityPeak& peak, int row, int column) const;

    std::vector<CapacityPeak> m_peaks;
};

} // namespace han::ui
