// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoded_items_model.h"

#include "axdr_tag.h"
#include "value_format.h"

#include <QFontDatabase>

#include <cmath>

namespace han::ui {

namespace {

// The Kamstrup lists send B = 1 (core/protocol/kamstrup_list_encoder.cpp); the mapper matches
// C.D.E only, and HAN Monitor reads only Kamstrup lists, so these are the codes on the wire.
struct Field
{
    Obis obis;
    const char* name;
    const char* description;
    const std::optional<double> MeterReading::*member;
    double divisor; // from the reading's SI unit to the unit shown
    const char* unit;
    int minDecimals;
    int maxDecimals;
};

// QT_TRANSLATE_NOOP: the table is static; the names are translated when shown.
const Field kInstantFields[] = {
    {Obis(1, 1, 1, 7, 0, 255),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Active power import"),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Power the house draws from the grid now"),
     &MeterReading::activeImportW, 1.0, "W", 0, 0},
    {Obis(1, 1, 2, 7, 0, 255),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Active power export"),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel",
                       "Power the house sends to the grid now (solar)"),
     &MeterReading::activeExportW, 1.0, "W", 0, 0},
    {Obis(1, 1, 3, 7, 0, 255),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Reactive power import"),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel",
                       "Reactive power drawn (motors, transformers); not billed to households"),
     &MeterReading::reactiveImportVar, 1.0, "var", 0, 0},
    {Obis(1, 1, 4, 7, 0, 255),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Reactive power export"),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel",
                       "Reactive power sent back (inverters, electronics)"),
     &MeterReading::reactiveExportVar, 1.0, "var", 0, 0},
    {Obis(1, 1, 31, 7, 0, 255), QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Current L1"),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Current on phase 1 now"),
     &MeterReading::currentL1A, 1.0, "A", 2, 2},
    {Obis(1, 1, 51, 7, 0, 255), QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Current L2"),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Current on phase 2 now"),
     &MeterReading::currentL2A, 1.0, "A", 2, 2},
    {Obis(1, 1, 71, 7, 0, 255), QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Current L3"),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Current on phase 3 now"),
     &MeterReading::currentL3A, 1.0, "A", 2, 2},
    {Obis(1, 1, 32, 7, 0, 255), QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Voltage L1"),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Voltage of phase 1 now"),
     &MeterReading::voltageL1V, 1.0, "V", 0, 2},
    {Obis(1, 1, 52, 7, 0, 255), QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Voltage L2"),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Voltage of phase 2 now"),
     &MeterReading::voltageL2V, 1.0, "V", 0, 2},
    {Obis(1, 1, 72, 7, 0, 255), QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Voltage L3"),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Voltage of phase 3 now"),
     &MeterReading::voltageL3V, 1.0, "V", 0, 2},
};

const Field kRegisterFields[] = {
    {Obis(1, 1, 1, 8, 0, 255),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Active energy import"),
     QT_TRANSLATE_NOOP(
         "han::ui::DecodedItemsModel",
         "All energy the house has bought since the meter was installed, at the full hour"),
     &MeterReading::activeImportWh, 1000.0, "kWh", 2, 3},
    {Obis(1, 1, 2, 8, 0, 255),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Active energy export"),
     QT_TRANSLATE_NOOP(
         "han::ui::DecodedItemsModel",
         "All energy the house has sold since the meter was installed, at the full hour"),
     &MeterReading::activeExportWh, 1000.0, "kWh", 2, 3},
    {Obis(1, 1, 3, 8, 0, 255),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Reactive energy import"),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel",
                       "Reactive energy drawn since the meter was installed, at the full hour"),
     &MeterReading::reactiveImportVarh, 1000.0, "kvarh", 2, 3},
    {Obis(1, 1, 4, 8, 0, 255),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel", "Reactive energy export"),
     QT_TRANSLATE_NOOP("han::ui::DecodedItemsModel",
                       "Reactive energy sent back since the meter was installed, at the full hour"),
     &MeterReading::reactiveExportVarh, 1000.0, "kvarh", 2, 3},
};

const Obis kMeterIdObis(1, 1, 0, 0, 5, 255);
const Obis kMeterTypeObis(1, 1, 96, 1, 1, 255);
const Obis kClockObis(0, 1, 1, 0, 0, 255);

// The fewest decimals in [minDecimals, maxDecimals] that show the value as decoded: the meter's
// resolution differs by list and country (10 Wh in Norway, 1 Wh in Denmark).
QString number(double value, int minDecimals, int maxDecimals)
{
    int decimals = minDecimals;
    while (decimals < maxDecimals) {
        const double scaled = value * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            break;
        ++decimals;
    }
    return ValueFormat::number(value, decimals);
}

QString dateTimeText(const CosemDateTime& time)
{
    // The wall clock as sent, without a zone; a space instead of ISO's "T" for people.
    QString iso = time.toIsoString();
    return iso.isEmpty() ? DecodedItemsModel::tr("(not set)")
                         : iso.replace(QLatin1Char('T'), QLatin1Char(' '));
}

QString unknownValue(const UnknownItem& item)
{
    switch (static_cast<AxdrTag>(item.tag)) {
    case AxdrTag::OctetString:
    case AxdrTag::VisibleString:
    case AxdrTag::Utf8String:
    case AxdrTag::DateTime:
    case AxdrTag::Date:
    case AxdrTag::Time:
    case AxdrTag::BitString:
    case AxdrTag::Bcd: {
        bool printable = !item.bytes.isEmpty();
        for (const char c : item.bytes)
            printable = printable && c >= 0x20 && c < 0x7F;
        if (printable)
            return QStringLiteral("\"%1\"").arg(QString::fromLatin1(item.bytes));
        return item.bytes.toHex(' ').toUpper();
    }
    default:
        return QString::number(item.integer);
    }
}

void addFields(std::vector<DecodedItemsModel::Item>& items, const MeterReading& reading,
               const Field* begin, const Field* end)
{
    for (const Field* f = begin; f != end; ++f) {
        const std::optional<double>& value = reading.*(f->member);
        if (!value)
            continue;
        items.push_back({f->obis.toString(), DecodedItemsModel::tr(f->name),
                         number(*value / f->divisor, f->minDecimals, f->maxDecimals),
                         QString::fromLatin1(f->unit), DecodedItemsModel::tr(f->description),
                         true});
    }
}

} // namespace

DecodedItemsModel::DecodedItemsModel(QObject* parent) : QAbstractTableModel(parent) {}

std::vector<DecodedItemsModel::Item> DecodedItemsModel::itemsOf(const MeterReading& reading)
{
    std::vector<Item> items;
    if (reading.meterTime)
        items.push_back({QString(), tr("Message time"), dateTimeText(*reading.meterTime), QString(),
                         tr("The meter's clock when it sent the frame, from the message header "
                            "(wall-clock time, no time zone)")});
    if (!reading.listVersion.isEmpty())
        items.push_back({QString(), tr("List version"), reading.listVersion, QString(),
                         tr("The layout of the list; Kamstrup sends it as a bare text before the "
                            "first OBIS code")});
    if (!reading.meterId.isEmpty())
        items.push_back({kMeterIdObis.toString(), tr("Meter ID"), reading.meterId, QString(),
                         tr("The meter's serial number (GS1), also printed on the meter")});
    if (!reading.meterType.isEmpty())
        items.push_back({kMeterTypeObis.toString(), tr("Meter type"), reading.meterType, QString(),
                         tr("The meter's model code")});
    addFields(items, reading, std::begin(kInstantFields), std::end(kInstantFields));
    if (reading.meterClock)
        items.push_back({kClockObis.toString(), tr("Meter clock"),
                         dateTimeText(*reading.meterClock), QString(),
                         tr("The meter's clock at the full hour the registers belong to")});
    addFields(items, reading, std::begin(kRegisterFields), std::end(kRegisterFields));
    for (const UnknownItem& unknown : reading.unknownItems)
        items.push_back({unknown.obis.toString(), tr("Other item"), unknownValue(unknown),
                         QString(),
                         tr("An item HAN Monitor does not use; shown as the meter sent it")});
    return items;
}

void DecodedItemsModel::setReading(const std::optional<MeterReading>& reading)
{
    beginResetModel();
    m_items = reading ? itemsOf(*reading) : std::vector<Item>{};
    endResetModel();
}

int DecodedItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int DecodedItemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecodedItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case ObisColumn:
            return item.obis.isEmpty() ? QStringLiteral("–") : item.obis;
        case NameColumn:
            return item.name;
        case ValueColumn:
            return item.value;
        case UnitColumn:
            return item.unit;
        case MeaningColumn:
            return item.description;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case ObisColumn:
            return item.obis.isEmpty()
                       ? tr("Sent without an OBIS code")
                       : tr("OBIS code %1: the standard name of this quantity (IEC 62056-61)")
                             .arg(item.obis);
        case NameColumn:
        case MeaningColumn:
            return item.description;
        case ValueColumn:
        case UnitColumn:
            return tr("%1 as decoded from this frame: %2 %3").arg(item.name, item.value, item.unit);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && column == ValueColumn && item.numeric)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && column == ObisColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QVariant DecodedItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObisColumn:
        return tr("OBIS");
    case NameColumn:
        return tr("Item");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case MeaningColumn:
        return tr("What it is");
    default:
        return {};
    }
}

} // namespace han::ui
