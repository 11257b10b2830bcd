// SPDX-License-Identifier: GPL-3.0-or-later
#include "phase_reading_table.h"

#include "history_codec.h"

#include <QVariant>

#include <cstring>

namespace han {
namespace {

// Column names in kPhaseReadingFields order: the field's key, with the unit of the column
// where it differs from the key's (power factors are kept in thousandths).
constexpr std::array<const char*, PhaseReadingTable::kValues> kColumns = {
    "active_import_l1_w",  "active_import_l2_w",  "active_import_l3_w",  "active_export_l1_w",
    "active_export_l2_w",  "active_export_l3_w",  "power_factor_l1_pm",  "power_factor_l2_pm",
    "power_factor_l3_pm",  "power_factor_pm",     "active_import_l1_wh", "active_import_l2_wh",
    "active_import_l3_wh", "active_export_l1_wh", "active_export_l2_wh", "active_export_l3_wh"};

QString columnList()
{
    QString list;
    for (const char* column : kColumns) {
        list += QLatin1String(", ");
        list += QLatin1String(column);
    }
    return list;
}

} // namespace

double PhaseReadingTable::scale(std::size_t index)
{
    // The power factors (a ratio, 0.01 steps on the wire) in thousandths: exact for what the
    // meters send and for a finer meter, two bytes in SQLite.
    return std::strncmp(kColumns[index], "power_factor", 12) == 0 ? HistoryCodec::kPermille
                                                                  : HistoryCodec::kWatts;
}

std::optional<PhaseReadingTable::Values> PhaseReadingTable::valuesOf(const MeterReading& reading)
{
    Values values;
    bool any = false;
    for (std::size_t i = 0; i < kValues; ++i) {
        values[i] = reading.*(kPhaseReadingFields[i].member);
        any = any || values[i].has_value();
    }
    if (!any)
        return std::nullopt;
    return values;
}

const char* PhaseReadingTable::insertSql()
{
    static const QByteArray sql = [] {
        QString placeholders;
        for (std::size_t i = 0; i < kValues; ++i)
            placeholders += QStringLiteral(", :p%1").arg(i + 2);
        return QStringLiteral("INSERT INTO phase_readings (meter, utc_ms%1) VALUES (:p0, :p1%2)"
                              " ON CONFLICT (meter, utc_ms) DO NOTHING")
            .arg(columnList(), placeholders)
            .toLatin1();
    }();
    return sql.constData();
}

void PhaseReadingTable::bindValues(QSqlQuery& query, const Values& values,
                                   const QString& (*placeholder)(int))
{
    for (std::size_t i = 0; i < kValues; ++i)
        query.bindValue(placeholder(static_cast<int>(i) + 2),
                        HistoryCodec::toColumn(values[i], scale(i)));
}

QString PhaseReadingTable::selectSql()
{
    return QStringLiteral("SELECT utc_ms%1 FROM phase_readings"
                          " WHERE meter = ? AND utc_ms >= ? AND utc_ms < ? ORDER BY utc_ms")
        .arg(columnList());
}

void PhaseReadingTable::read(const QSqlQuery& query, MeterReading& reading)
{
    for (std::size_t i = 0; i < kValues; ++i)
        reading.*(kPhaseReadingFields[i].member) =
            HistoryCodec::fromColumn(query.value(static_cast<int>(i) + 1), scale(i));
}

void PhaseReadingTable::clear(MeterReading& reading)
{
    for (const ReadingField& field : kPhaseReadingFields)
        (reading.*(field.member)).reset();
}

} // namespace han
