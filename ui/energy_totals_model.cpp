// SPDX-License-Identifier: GPL-3.0-or-later
#include "energy_totals_model.h"

#include "quality_indicator.h"
#include "value_format.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <map>

namespace han::ui {

namespace {

constexpr int kDecimals = 2;

bool sameRow(const EnergyTotalsModel::Row& a, const EnergyTotalsModel::Row& b)
{
    return a.total.start == b.total.start && a.total.hours == b.total.hours &&
           a.total.importKwh == b.total.importKwh && a.total.exportKwh == b.total.exportKwh &&
           a.total.reactiveImportKvarh == b.total.reactiveImportKvarh &&
           a.total.reactiveExportKvarh == b.total.reactiveExportKvarh &&
           a.total.quality == b.total.quality && a.measured == b.measured &&
           a.estimated == b.estimated && a.suspect == b.suspect && a.missing == b.missing;
}

} // namespace

int EnergyTotalsModel::Row::worstCount() const
{
    switch (total.quality) {
    case EnergyQuality::Measured:
        return measured;
    case EnergyQuality::Estimated:
        return estimated;
    case EnergyQuality::Suspect:
        return suspect;
    case EnergyQuality::Missing:
        return missing;
    }
    return missing;
}

EnergyTotalsModel::EnergyTotalsModel(QObject* parent) : QAbstractTableModel(parent) {}

std::int64_t EnergyTotalsModel::startUtcMs(const QDate& day)
{
    return day.startOfDay().toMSecsSinceEpoch();
}

void EnergyTotalsModel::setReader(const HistoryReader* reader)
{
    m_source.setReader(reader);
    reload();
}

void EnergyTotalsModel::setMeterId(const QString& meterId)
{
    if (meterId == m_source.meterId())
        return;
    m_source.setMeterId(meterId);
    reload();
}

void EnergyTotalsModel::setClock(HourlySource::Clock clock)
{
    m_source.setClock(std::move(clock));
    reload();
}

void EnergyTotalsModel::setMonth(const QDate& day)
{
    const QDate first(day.year(), day.month(), 1);
    setPeriod(Granularity::Day, first, first.addMonths(1));
}

void EnergyTotalsModel::setYear(int year)
{
    const QDate first(year, 1, 1);
    setPeriod(Granularity::Month, first, first.addYears(1));
}

void EnergyTotalsModel::setPeriod(Granularity granularity, const QDate& first, const QDate& end)
{
    if (granularity == m_granularity && first == m_first && end == m_end)
        return;
    m_granularity = granularity;
    m_first = first;
    m_end = end;
    reload();
}

void EnergyTotalsModel::reload()
{
    beginResetModel();
    m_rows = m_first.isValid() ? compute(startUtcMs(m_first)) : std::vector<Row>{};
    endResetModel();
}

std::vector<EnergyTotalsModel::Row> EnergyTotalsModel::compute(std::int64_t fromUtcMs) const
{
    const std::vector<HourlyEnergy> hours = m_source.hours(fromUtcMs, startUtcMs(m_end));
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto totals = [&](const std::vector<HourlyEnergy>& of) {
        return m_granularity == Granularity::Day ? EnergyTotals::daily(of, zone)
                                                 : EnergyTotals::monthly(of, zone);
    };
    std::map<QDate, Row> byStart;
    for (const EnergyTotal& total : totals(hours))
        byStart[total.start].total = total;
    // The hours of each quality per period: EnergyTotals over just those hours counts them.
    for (const EnergyQuality quality : {EnergyQuality::Measured, EnergyQuality::Estimated,
                                        EnergyQuality::Suspect, EnergyQuality::Missing}) {
        std::vector<HourlyEnergy> some;
        for (const HourlyEnergy& hour : hours) {
            if (hour.quality == quality)
                some.push_back(hour);
        }
        for (const EnergyTotal& total : totals(some)) {
            Row& row = byStart[total.start];
            switch (quality) {
            case EnergyQuality::Measured:
                row.measured = total.hours;
                break;
            case EnergyQuality::Estimated:
                row.estimated = total.hours;
                break;
            case EnergyQuality::Suspect:
                row.suspect = total.hours;
                break;
            case EnergyQuality::Missing:
                row.missing = total.hours;
                break;
            }
        }
    }
    std::vector<Row> rows;
    rows.reserve(byStart.size());
    for (auto& entry : byStart)
        rows.push_back(entry.second);
    return rows;
}

void EnergyTotalsModel::refresh()
{
    if (!m_first.isValid())
        return;
    // Everything before the last two rows stays as it is: a day is only revised when a gap
    // that reaches into it is reconciled, which the next day's first List 2 does.
    const std::size_t keep = m_rows.size() >= 2 ? m_rows.size() - 2 : 0;
    const std::int64_t from = keep > 0 ? startUtcMs(m_rows[keep].total.start) : startUtcMs(m_first);
    std::vector<Row> fresh = compute(from);
    if (fresh.size() + keep < m_rows.size() ||
        (!fresh.empty() && keep < m_rows.size() &&
         fresh.front().total.start != m_rows[keep].total.start)) {
        beginResetModel();
        m_rows.resize(keep);
        m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
        endResetModel();
        return;
    }
    const QList<int> roles = {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, Value,
                              QualityValue};
    const std::size_t common = m_rows.size();
    for (std::size_t i = keep; i < common; ++i) {
        if (!sameRow(m_rows[i], fresh[i - keep])) {
            m_rows[i] = fresh[i - keep];
            const int row = static_cast<int>(i);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
        }
    }
    if (fresh.size() + keep > common) {
        beginInsertRows(QModelIndex(), static_cast<int>(common),
                        static_cast<int>(fresh.size() + keep) - 1);
        m_rows.insert(m_rows.end(), fresh.begin() + static_cast<std::ptrdiff_t>(common - keep),
                      fresh.end());
        endInsertRows();
    }
}

int EnergyTotalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EnergyTotalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnergyTotalsModel::value(const Row& row, int column) const
{
    const EnergyTotal& t = row.total;
    const bool has = row.hasData();
    switch (column) {
    case Period:
        return t.start;
    case Import:
        return has ? QVariant(t.importKwh) : QVariant();
    case Export:
        return has ? QVariant(t.exportKwh) : QVariant();
    case Net:
        return has ? QVariant(t.importKwh - t.exportKwh) : QVariant();
    case ReactiveImport:
        return has ? QVariant(t.reactiveImportKvarh) : QVariant();
    case ReactiveExport:
        return has ? QVariant(t.reactiveExportKvarh) : QVariant();
    case Quality:
        return static_cast<int>(t.quality);
    case Hours:
        return t.hours;
    default:
        return {};
    }
}

QVariant EnergyTotalsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Period)
            return periodLabel(row.total.start);
        if (column == Hours)
            return QLocale().toString(row.total.hours);
        if (column == Quality) {
            const QString word = QualityIndicator::text(row.total.quality);
            if (row.total.quality == EnergyQuality::Measured)
                return word;
            return tr("%1 (%2 h)").arg(word).arg(row.worstCount());
        }
        if (const QVariant v = value(row, column); v.isValid())
            return ValueFormat::number(v.toDouble(), kDecimals);
        return ValueFormat::dash();
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::DecorationRole:
        if (column == Quality)
            return QualityIndicator::icon(row.total.quality);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Period || column == Quality)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Value:
        return value(row, column);
    case PeriodStart:
        return row.total.start;
    case QualityValue:
        return static_cast<int>(row.total.quality);
    default:
        return {};
    }
}

QString EnergyTotalsModel::toolTip(const Row& row, int column) const
{
    const EnergyTotal& t = row.total;
    const QString period = m_granularity == Granularity::Day
                               ? QLocale().toString(t.start, QLocale::LongFormat)
                               : QLocale().toString(t.start, QStringLiteral("MMMM yyyy"));
    const QString hours = tr("%Ln hour(s): %1 measured, %2 estimated, %3 suspect, %4 missing.",
                             nullptr, t.hours)
                              .arg(row.measured)
                              .arg(row.estimated)
                              .arg(row.suspect)
                              .arg(row.missing);
    const QString sum =
        tr("The sum of the hourly energy of %1, from the meter's hourly registers.").arg(period);
    switch (column) {
    case Period:
        return period + QLatin1Char('\n') + hours;
    case Import:
        return tr("Active energy imported (bought from the grid), kWh.") + QLatin1Char('\n') + sum;
    case Export:
        return tr("Active energy exported (sold to the grid, e.g. solar), kWh.") +
               QLatin1Char('\n') + sum;
    case Net:
        return tr("Import minus export, kWh.") + QLatin1Char('\n') + sum;
    case ReactiveImport:
        return tr("Reactive energy imported, kvarh.") + QLatin1Char('\n') + sum;
    case ReactiveExport:
        return tr("Reactive energy exported, kvarh.") + QLatin1Char('\n') + sum;
    case Quality:
        return tr("The worst quality of the period's hours.") + QLatin1Char(' ') + hours +
               QLatin1Char('\n') + QualityIndicator::explanation(t.quality);
    case Hours:
        return tr("Hours that have ended in this period (a day has 23, 24 or 25).") +
               QLatin1Char('\n') + hours;
    default:
        return {};
    }
}

QVariant EnergyTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (section == Period || section == Quality ? Qt::AlignLeft : Qt::AlignRight) |
            Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Period:
            return m_granularity == Granularity::Day ? tr("Day") : tr("Month");
        case Import:
            return tr("Import kWh");
        case Export:
            return tr("Export kWh");
        case Net:
            return tr("Net kWh");
        case ReactiveImport:
            return tr("Reactive in kvarh");
        case ReactiveExport:
            return tr("Reactive out kvarh");
        case Quality:
            return tr("Quality");
        case Hours:
            return tr("Hours");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Period:
            return m_granularity == Granularity::Day ? tr("The local calendar day.")
                                                     : tr("The calendar month.");
        case Quality:
            return tr("The worst quality of the period's hours, with how many hours had it.");
        case Hours:
            return tr("Hours that have ended in the period.");
        default:
            return tr("The sum of the period's hours.");
        }
    }
    return {};
}

QString EnergyTotalsModel::periodLabel(const QDate& start) const
{
    if (m_granularity == Granularity::Day)
        return ValueFormat::shortDate(start, false);
    return QLocale().standaloneMonthName(start.month());
}

QString EnergyTotalsModel::shortPeriodLabel(const QDate& start) const
{
    if (m_granularity == Granularity::Day)
        return QString::number(start.day());
    return QLocale().standaloneMonthName(start.month(), QLocale::ShortFormat);
}

} // namespace han::ui
