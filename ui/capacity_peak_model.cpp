// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity_peak_model.h"

#include "quality_indicator.h"
#include "value_format.h"

#include <QLocale>

#include <algorithm>

namespace han::ui {

namespace {

bool samePeak(const CapacityPeak& a, const CapacityPeak& b)
{
    return a.date == b.date && a.hourStartUtcMs == b.hourStartUtcMs && a.kwh == b.kwh &&
           a.quality == b.quality;
}

} // namespace

CapacityPeakModel::CapacityPeakModel(QObject* parent) : QAbstractTableModel(parent) {}

void CapacityPeakModel::setPeaks(const std::vector<CapacityPeak>& peaks, bool newMonth)
{
    if (newMonth) {
        beginResetModel();
        m_peaks = peaks;
        endResetModel();
        return;
    }
    const int oldRows = static_cast<int>(m_peaks.size());
    const int newRows = static_cast<int>(peaks.size());
    if (newRows < oldRows) {
        beginRemoveRows({}, newRows, oldRows - 1);
        m_peaks.resize(peaks.size());
        endRemoveRows();
    }
    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = 0; row < std::min(oldRows, newRows); ++row) {
        const auto i = static_cast<std::size_t>(row);
        if (samePeak(m_peaks[i], peaks[i]))
            continue;
        m_peaks[i] = peaks[i];
        firstChanged = firstChanged < 0 ? row : firstChanged;
        lastChanged = row;
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (newRows > oldRows) {
        beginInsertRows({}, oldRows, newRows - 1);
        m_peaks.insert(m_peaks.end(), peaks.begin() + oldRows, peaks.end());
        endInsertRows();
    }
}

int CapacityPeakModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_peaks.size());
}

int CapacityPeakModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CapacityPeakModel::dayLabel(const QDate& day)
{
    return QLocale().toString(day, QStringLiteral("ddd d MMMM"));
}

QVariant CapacityPeakModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const CapacityPeak& peak = m_peaks[static_cast<std::size_t>(row)];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(peak, row, column);
    case Qt::ToolTipRole:
        return toolTip(peak, row, column);
    case Qt::DecorationRole:
        return column == Quality ? QVariant(QualityIndicator::icon(peak.quality)) : QVariant();
    case Qt::TextAlignmentRole:
        return static_cast<int>(column == Energy || column == Rank
                                    ? Qt::AlignRight | Qt::AlignVCenter
                                    : Qt::AlignLeft | Qt::AlignVCenter);
    case Value:
        switch (column) {
        case Rank:
            return row + 1;
        case Day:
            return peak.date;
        case Hour:
            return QVariant::fromValue<qint64>(peak.hourStartUtcMs);
        case Energy:
            return peak.kwh;
        case Quality:
            return static_cast<int>(peak.quality);
        default:
            return {};
        }
    case DateValue:
        return peak.date;
    case HourStartUtcMs:
        return QVariant::fromValue<qint64>(peak.hourStartUtcMs);
    default:
        return {};
    }
}

QVariant CapacityPeakModel::display(const CapacityPeak& peak, int row, int column) const
{
    switch (column) {
    case Rank:
        return QLocale().toString(row + 1);
    case Day:
        return dayLabel(peak.date);
    case Hour:
        return ValueFormat::localHour(peak.hourStartUtcMs);
    case Energy:
        return ValueFormat::kilowattHours(peak.kwh, 2);
    case Quality:
        return QualityIndicator::text(peak.quality);
    default:
        return {};
    }
}

QString CapacityPeakModel::toolTip(const CapacityPeak& peak, int row, int column) const
{
    switch (column) {
    case Rank:
        return tr("Peak %1 of the month: the capacity fee averages the three highest hours, one "
                  "per day")
            .arg(row + 1);
    case Day:
        return tr("%1: Enter or a click opens this day in the Energy view")
            .arg(QLocale().toString(peak.date, QLocale::LongFormat));
    case Hour:
        return tr("The hour of the day with the most energy imported, local time");
    case Energy:
        return tr("Energy imported in %1 on %2, from the meter's hourly registers; in kWh per "
                  "hour, which is the hour's average power in kW")
            .arg(ValueFormat::localHour(peak.hourStartUtcMs), dayLabel(peak.date));
    case Quality:
        return QualityIndicator::explanation(peak.quality);
    default:
        return {};
    }
}

QVariant CapacityPeakModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Rank:
            return tr("#");
        case Day:
            return tr("Day");
        case Hour:
            return tr("Hour");
        case Energy:
            return tr("Import");
        case Quality:
            return tr("Quality");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Rank:
            return tr("Rank among the month's daily maxima");
        case Day:
            return tr("The local calendar day");
        case Hour:
            return tr("The day's hour with the highest import");
        case Energy:
            return tr("Energy imported in that hour (= its average kW)");
        case Quality:
            return tr("How the hour's energy was found");
        default:
            return {};
        }
    }
    return {};
}

} // namespace han::ui
