// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hourly_energy.h"
#include "hourly_source.h"

#include <QAbstractTableModel>
#include <QDate>

#include <cstdint>
#include <vector>

namespace han::ui {

// The hours of one period (normally a local day: 23, 24 or 25 rows) from the history's
// register snapshots: energy in and out, net, reactive, how it was found, and the registers
// at the hour's end. Only hours that have ended are rows; the hour in progress is not (the
// Energy and Live views show it "so far" from the LiveModel). refresh() adds the hours that
// ended since and updates rows whose values changed (an estimated hour reconciled, a late
// List 2) with exact inserts and dataChanged; only a new period or meter resets the model.
// No I/O in data(). GUI thread.
class HourlyEnergyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Hour,
        Import,
        Export,
        Net,
        ReactiveImport,
        ReactiveExport,
        Quality,
        ImportRegister,
        ExportRegister,
        ColumnCount
    };
    enum Role
    {
        // The raw number: double (kWh, kvarh) for the value columns, invalid where the hour
        // has none; the hour's start (UTC ms, qint64) for Hour; the EnergyQuality as int for
        // Quality.
        Value = Qt::UserRole,
        HourStartUtcMs, // qint64, any column
        QualityValue,   // EnergyQuality as int, any column
    };

    explicit HourlyEnergyModel(QObject* parent = nullptr);

    // Each of these resets the model when it changes what is shown.
    void setReader(const HistoryReader* reader);
    void setMeterId(const QString& meterId);
    void setClock(HourlySource::Clock clock);
    void setRange(std::int64_t fromUtcMs, std::int64_t toUtcMs);
    // The local calendar day (the system zone).
    void setDay(const QDate& day);

    std::int64_t fromUtcMs() const { return m_from; }
    std::int64_t toUtcMs() const { return m_to; }
    const std::vector<HourlyEnergy>& hours() const { return m_rows; }

    // Reads the period again: inserts hours that have ended since, dataChanged for rows
    // whose values differ.
    void refresh();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "02:00–03:00", the repeated October hour with its offset ("02:00–03:00 (UTC+2)").
    static QString hourLabel(std::int64_t hourStartUtcMs);
    // Short, for a chart axis: "02"; the repeated hour "02 +2" and "02 +1".
    static QString shortHourLabel(std::int64_t hourStartUtcMs);

private:
    void reload();
    QVariant value(const HourlyEnergy& hour, int column) const;
    QString toolTip(const HourlyEnergy& hour, int column) const;

    HourlySource m_source;
    std::int64_t m_from = 0;
    std::int64_t m_to = 0;
    std::vector<HourlyEnergy> m_rows;
};

} // namespace han::ui
