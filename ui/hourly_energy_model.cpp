// SPDX-License-Identifier: GPL-3.0-or-later
#include "hourly_energy_model.h"

#include "quality_indicator.h"
#include "value_format.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>
#include <cstdlib>

namespace han::ui {

namespace {

constexpr int kDecimals = 2; // the registers count in 10 Wh

bool sameHour(const HourlyEnergy& a, const HourlyEnergy& b)
{
    return a.hourStartUtcMs == b.hourStartUtcMs && a.importKwh == b.importKwh &&
           a.exportKwh == b.exportKwh && a.reactiveImportKvarh == b.reactiveImportKvarh &&
           a.reactiveExportKvarh == b.reactiveExportKvarh && a.quality == b.quality &&
           a.importRegisterKwh == b.importRegisterKwh && a.exportRegisterKwh == b.exportRegisterKwh;
}

QString utcOffset(const QDateTime& local)
{
    const int offset = local.offsetFromUtc();
    QString text = QStringLiteral("UTC%1%2")
                       .arg(offset >= 0 ? QLatin1Char('+') : QChar(0x2212))
                       .arg(std::abs(offset) / 3600);
    if (const int minutes = std::abs(offset) % 3600 / 60)
        text += QStringLiteral(":%1").arg(minutes, 2, 10, QLatin1Char('0'));
    return text;
}

} // namespace

HourlyEnergyModel::HourlyEnergyModel(QObject* parent) : QAbstractTableModel(parent) {}

void HourlyEnergyModel::setReader(const HistoryReader* reader)
{
    m_source.setReader(reader);
    reload();
}

void HourlyEnergyModel::setMeterId(const QString& meterId)
{
    if (meterId == m_source.meterId())
        return;
    m_source.setMeterId(meterId);
    reload();
}

void HourlyEnergyModel::setClock(HourlySource::Clock clock)
{
    m_source.setClock(std::move(clock));
    reload();
}

void HourlyEnergyModel::setRange(std::int64_t fromUtcMs, std::int64_t toUtcMs)
{
    if (fromUtcMs == m_from && toUtcMs == m_to)
        return;
    m_from = fromUtcMs;
    m_to = toUtcMs;
    reload();
}

void HourlyEnergyModel::setDay(const QDate& day)
{
    setRange(day.startOfDay().toMSecsSinceEpoch(), day.addDays(1).startOfDay().toMSecsSinceEpoch());
}

void HourlyEnergyModel::reload()
{
    beginResetModel();
    m_rows = m_source.hours(m_from, m_to);
    endResetModel();
}

void HourlyEnergyModel::refresh()
{
    std::vector<HourlyEnergy> fresh = m_source.hours(m_from, m_to);
    // Row i is always the hour from + i h, so the old rows are a prefix of the new ones unless
    // the data went away (a different file): then start over.
    if (fresh.size() < m_rows.size()) {
        beginResetModel();
        m_rows = std::move(fresh);
        endResetModel();
        return;
    }
    const QList<int> roles = {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, Value,
                              QualityValue};
    const int common = static_cast<int>(m_rows.size());
    int firstChanged = -1;
    for (int row = 0; row <= common; ++row) {
        const bool changed = row < common && !sameHour(m_rows[static_cast<std::size_t>(row)],
                                                       fresh[static_cast<std::size_t>(row)]);
        if (changed) {
            m_rows[static_cast<std::size_t>(row)] = fresh[static_cast<std::size_t>(row)];
            if (firstChanged < 0)
                firstChanged = row;
        } else if (firstChanged >= 0) {
            // One signal per run of changed rows.
            emit dataChanged(index(firstChanged, 0), index(row - 1, ColumnCount - 1), roles);
            firstChanged = -1;
        }
    }
    if (fresh.size() > m_rows.size()) {
        beginInsertRows(QModelIndex(), common, static_cast<int>(fresh.size()) - 1);
        m_rows.insert(m_rows.end(), fresh.begin() + common, fresh.end());
        endInsertRows();
    }
}

int HourlyEnergyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HourlyEnergyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HourlyEnergyModel::value(const HourlyEnergy& hour, int column) const
{
    const bool has = hour.quality != EnergyQuality::Missing;
    switch (column) {
    case Hour:
        return QVariant::fromValue<qint64>(hour.hourStartUtcMs);
    case Import:
        return has ? QVariant(hour.importKwh) : QVariant();
    case Export:
        return has ? QVariant(hour.exportKwh) : QVariant();
    case Net:
        return has ? QVariant(hour.importKwh - hour.exportKwh) : QVariant();
    case ReactiveImport:
        return has ? QVariant(hour.reactiveImportKvarh) : QVariant();
    case ReactiveExport:
        return has ? QVariant(hour.reactiveExportKvarh) : QVariant();
    case Quality:
        return static_cast<int>(hour.quality);
    case ImportRegister:
        return hour.importRegisterKwh ? QVariant(*hour.importRegisterKwh) : QVariant();
    case ExportRegister:
        return hour.exportRegisterKwh ? QVariant(*hour.exportRegisterKwh) : QVariant();
    default:
        return {};
    }
}

QVariant HourlyEnergyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HourlyEnergy& hour = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Hour)
            return hourLabel(hour.hourStartUtcMs);
        if (column == Quality)
            return QualityIndicator::text(hour.quality);
        if (const QVariant v = value(hour, column); v.isValid())
            return ValueFormat::number(v.toDouble(), kDecimals);
        return ValueFormat::dash();
    case Qt::ToolTipRole:
        return toolTip(hour, column);
    case Qt::DecorationRole:
        if (column == Quality)
            return QualityIndicator::icon(hour.quality);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Hour || column == Quality)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Value:
        return value(hour, column);
    case HourStartUtcMs:
        return QVariant::fromValue<qint64>(hour.hourStartUtcMs);
    case QualityValue:
        return static_cast<int>(hour.quality);
    default:
        return {};
    }
}

QString HourlyEnergyModel::toolTip(const HourlyEnergy& hour, int column) const
{
    const QString quality = QualityIndicator::explanation(hour.quality);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(hour.hourStartUtcMs, Qt::LocalTime);
    const QString end = ValueFormat::localTime(hour.hourStartUtcMs + HourlySource::kHourMs).left(5);
    switch (column) {
    case Hour: {
        QString text = tr("%1, %2 local time (%3).")
                           .arg(QLocale().toString(start.date(), QLocale::LongFormat),
                                hourLabel(hour.hourStartUtcMs), utcOffset(start));
        if (ValueFormat::isRepeatedHour(hour.hourStartUtcMs))
            text += QLatin1Char(' ') + tr("The clocks went back this night, so this hour came "
                                          "twice; the UTC offset tells the two apart.");
        return text;
    }
    case Import:
        return tr("Active energy imported (bought from the grid) in this hour, kWh.") +
               QLatin1Char('\n') + quality;
    case Export:
        return tr("Active energy exported (sold to the grid, e.g. from solar panels) in this "
                  "hour, kWh.") +
               QLatin1Char('\n') + quality;
    case Net:
        return tr("Import minus export in this hour, kWh: positive when the house took more from "
                  "the grid than it gave back.") +
               QLatin1Char('\n') + quality;
    case ReactiveImport:
        return tr("Reactive energy imported in this hour, kvarh, from the meter's reactive "
                  "registers.") +
               QLatin1Char('\n') + quality;
    case ReactiveExport:
        return tr("Reactive energy exported in this hour, kvarh, from the meter's reactive "
                  "registers.") +
               QLatin1Char('\n') + quality;
    case Quality:
        return quality;
    case ImportRegister:
        if (!hour.importRegisterKwh)
            return tr("No hourly List 2 was received at %1, so the register reading is unknown.")
                .arg(end);
        return tr("The meter's import register at %1 (its hourly List 2), kWh: what the meter's "
                  "display showed then.")
            .arg(end);
    case ExportRegister:
        if (!hour.exportRegisterKwh)
            return tr("No hourly List 2 was received at %1, so the register reading is unknown.")
                .arg(end);
        return tr("The meter's export register at %1 (its hourly List 2), kWh: what the meter's "
                  "display showed then.")
            .arg(end);
    default:
        return {};
    }
}

QVariant HourlyEnergyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            (section == Hour || section == Quality ? Qt::AlignLeft : Qt::AlignRight) |
            Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Hour:
            return tr("Hour");
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
        case ImportRegister:
            return tr("Import register kWh");
        case ExportRegister:
            return tr("Export register kWh");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Hour:
            return tr("The hour in local time; a day has 23, 24 or 25 of them.");
        case Import:
            return tr("Energy bought from the grid in the hour.");
        case Export:
            return tr("Energy sold to the grid in the hour (solar export).");
        case Net:
            return tr("Import minus export.");
        case ReactiveImport:
        case ReactiveExport:
            return tr("Reactive energy from the meter's registers; households are rarely billed "
                      "for it.");
        case Quality:
            return tr("How the hour's energy was found: measured, estimated, missing or "
                      "suspect (hover a row for details).");
        case ImportRegister:
        case ExportRegister:
            return tr("The meter's register at the hour's end: compare with its display.");
        default:
            return {};
        }
    }
    return {};
}

QString HourlyEnergyModel::hourLabel(std::int64_t hourStartUtcMs)
{
    // "02:00–03:00 (UTC+2)" then "02:00–03:00 (UTC+1)" in October; "01:00–02:00" before the
    // spring gap.
    return ValueFormat::localHour(hourStartUtcMs);
}

QString HourlyEnergyModel::shortHourLabel(std::int64_t hourStartUtcMs)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(hourStartUtcMs, Qt::LocalTime);
    QString text = start.toString(QStringLiteral("HH"));
    if (ValueFormat::isRepeatedHour(hourStartUtcMs)) {
        const int offset = start.offsetFromUtc() / 3600;
        text += QStringLiteral(" %1%2")
                    .arg(offset >= 0 ? QLatin1Char('+') : QChar(0x2212))
                    .arg(std::abs(offset));
    }
    return text;
}

} // namespace han::ui
