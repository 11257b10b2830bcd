// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_reading.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace han::ui {

// The items one frame decoded to, as the meter named them: OBIS code, what it is, value, unit.
// Built from the MeterReading's fields (each known field has one OBIS code in the Kamstrup
// lists) and its unknown items, which carry their own code: the UI never reads frame bytes.
// GUI thread only.
class DecodedItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ObisColumn,
        NameColumn,
        ValueColumn,
        UnitColumn,
        MeaningColumn, // what the item means for the house, in words
        ColumnCount
    };

    struct Item
    {
        QString obis; // "1-1:1.7.0.255"; empty for what the list sends without a code
        QString name;
        QString value;
        QString unit;
        QString description;  // the name's tooltip: what it means for the house
        bool numeric = false; // right-aligned in the value column
    };

    explicit DecodedItemsModel(QObject* parent = nullptr);

    // Shows the items of `reading`, or none (a rejected frame). The whole content changes, so
    // this resets the model.
    void setReading(const std::optional<MeterReading>& reading);
    const std::vector<Item>& items() const { return m_items; }

    // The items of a reading in the order of the Kamstrup lists, unknown items last.
    static std::vector<Item> itemsOf(const MeterReading& reading);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Item> m_items;
};

} // namespace han::ui
