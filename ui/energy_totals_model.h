// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy_totals.h"
#include "hourly_source.h"

#include <QAbstractTableModel>
#include <QDate>

#include <cstdint>
#include <vector>

namespace han::ui {

// Energy per local day of a month, or per month of a year (EnergyTotals over the history's
// hours): one row per period that has at least one ended hour, the last one "so far". A row
// shows values when any of its hours has data, and its worst quality with how many hours had
// it. refresh() recomputes only the last two rows and what follows (a gap's estimate can
// change the day before), with exact inserts and dataChanged; a new period resets. GUI thread.
class EnergyTotalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Granularity
    {
        Day,  // rows are the days of a month
        Month // rows are the months of a year
    };
    enum Column
    {
        Period,
        Import,
        Export,
        Net,
        ReactiveImport,
        ReactiveExport,
        Quality,
        Hours,
        ColumnCount
    };
    enum Role
    {
        // double (kWh, kvarh) for the value columns, invalid when no hour had data; the
        // period's first day (QDate) for Period; EnergyQuality as int for Quality; int for Hours.
        Value = Qt::UserRole,
        PeriodStart,  // QDate, any column
        QualityValue, // EnergyQuality as int, any column
    };

    struct Row
    {
        EnergyTotal total;
        // Hours of each quality in the period (they add up to total.hours).
        int measured = 0;
        int estimated = 0;
        int suspect = 0;
        int missing = 0;

        bool hasData() const { return missing < total.hours; }
        // The count of the hours with the period's worst quality.
        int worstCount() const;
    };

    explicit EnergyTotalsModel(QObject* parent = nullptr);

    void setReader(const HistoryReader* reader);
    void setMeterId(const QString& meterId);
    void setClock(HourlySource::Clock clock);
    // The local days of the month that contains `day`.
    void setMonth(const QDate& day);
    // The months of the year.
    void setYear(int year);

    Granularity granularity() const { return m_granularity; }
    const std::vector<Row>& rows() const { return m_rows; }

    void refresh();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Sun 25" for a day, "October" for a month.
    QString periodLabel(const QDate& start) const;
    // For a chart axis: "25", "Oct".
    QString shortPeriodLabel(const QDate& start) const;

    static std::int64_t startUtcMs(const QDate& day);

private:
    void setPeriod(Granularity granularity, const QDate& first, const QDate& end);
    void reload();
    std::vector<Row> compute(std::int64_t fromUtcMs) const;
    QVariant value(const Row& row, int column) const;
    QString toolTip(const Row& row, int column) const;

    HourlySource m_source;
    Granularity m_granularity = Granularity::Day;
    QDate m_first; // the first day of the first period
    QDate m_end;   // the day after the last period
    std::vector<Row> m_rows;
};

} // namespace han::ui
