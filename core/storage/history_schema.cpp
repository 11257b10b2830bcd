// SPDX-License-Identifier: GPL-3.0-or-later
#include "history_schema.h"

#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace han {
namespace {

// Version 1. Integers in fixed units (HistoryCodec), NULL for what the meter did not send.
// Readings and registers are WITHOUT ROWID tables keyed by (meter, time): the key is the
// identity of a reading, so the same reading arriving twice is stored once, and the rows sit in
// time order inside the primary-key b-tree without a second index.
const char* const kVersion1[] = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "INSERT INTO schema_version (version) VALUES (0)",

    // One row per meter. `meter` is the small key the big tables carry instead of the 16-digit
    // GS1 number. clock_mode: 0 follows DST, 1 standard time all year, 2 learned.
    // The counters are kept by the writer in the same transaction as the readings.
    "CREATE TABLE meters ("
    " meter INTEGER PRIMARY KEY,"
    " meter_id TEXT NOT NULL UNIQUE,"
    " meter_type TEXT,"
    " list_version TEXT,"
    " clock_mode INTEGER NOT NULL DEFAULT 0,"
    " learned_offset_s INTEGER,"
    " power_shift INTEGER NOT NULL DEFAULT 0,"
    " current_shift INTEGER NOT NULL DEFAULT 0,"
    " voltage_shift INTEGER NOT NULL DEFAULT 0,"
    " energy_shift INTEGER NOT NULL DEFAULT 0,"
    " first_utc_ms INTEGER,"
    " last_utc_ms INTEGER,"
    " reading_count INTEGER NOT NULL DEFAULT 0)",

    // List 1 (and the instantaneous values of List 2). meter_time: the header date-time as
    // sent (HistoryCodec::packClock). Units: W, var, mA, 0.01 V.
    "CREATE TABLE readings ("
    " meter INTEGER NOT NULL,"
    " utc_ms INTEGER NOT NULL,"
    " meter_time INTEGER,"
    " active_import_w INTEGER,"
    " active_export_w INTEGER,"
    " reactive_import_var INTEGER,"
    " reactive_export_var INTEGER,"
    " current_l1_ma INTEGER,"
    " current_l2_ma INTEGER,"
    " current_l3_ma INTEGER,"
    " voltage_l1_cv INTEGER,"
    " voltage_l2_cv INTEGER,"
    " voltage_l3_cv INTEGER,"
    " PRIMARY KEY (meter, utc_ms)) WITHOUT ROWID",

    // List 2: the cumulative registers at hh:00 of the meter clock, keyed by that hour
    // boundary in UTC. clock_utc_ms is the resolved List 2 clock (a few seconds later).
    "CREATE TABLE registers ("
    " meter INTEGER NOT NULL,"
    " hour_end_utc_ms INTEGER NOT NULL,"
    " clock_utc_ms INTEGER NOT NULL,"
    " meter_clock INTEGER,"
    " active_import_wh INTEGER,"
    " active_export_wh INTEGER,"
    " reactive_import_varh INTEGER,"
    " reactive_export_varh INTEGER,"
    " PRIMARY KEY (meter, hour_end_utc_ms)) WITHOUT ROWID",

    // Link events (HistoryEvent::Kind). Few rows, so a plain rowid table: two events may share
    // a millisecond.
    "CREATE TABLE events ("
    " id INTEGER PRIMARY KEY,"
    " meter INTEGER,"
    " utc_ms INTEGER NOT NULL,"
    " kind INTEGER NOT NULL,"
    " count INTEGER NOT NULL DEFAULT 0,"
    " detail TEXT)",
    "CREATE INDEX events_by_time ON events (utc_ms)",
};

// Version 2: the capacity tariff's ladder (CapacityLadder), one for the file: it belongs to
// the house's grid contract, not to a meter, and the GUI and han-cli must see the same one.
// No rows: the default ladder. to_kw NULL: the top step, open-ended.
const char* const kVersion2[] = {
    "CREATE TABLE capacity_steps ("
    " from_kw REAL PRIMARY KEY,"
    " to_kw REAL,"
    " monthly_price REAL NOT NULL)",
};

// Version 3: the per-phase values of the Danish push lists (MeterReading's kPhaseReadingFields),
// in a table of their own, written only for a reading that carries any of them: a meter that
// does not send them (every Norwegian list) costs nothing, not even NULL columns in
// `readings`. Keyed like `readings`, so a row belongs to the reading with the same key.
// Units: W, power factor in 1/1000, Wh.
const char* const kVersion3[] = {
    "CREATE TABLE phase_readings ("
    " meter INTEGER NOT NULL,"
    " utc_ms INTEGER NOT NULL,"
    " active_import_l1_w INTEGER,"
    " active_import_l2_w INTEGER,"
    " active_import_l3_w INTEGER,"
    " active_export_l1_w INTEGER,"
    " active_export_l2_w INTEGER,"
    " active_export_l3_w INTEGER,"
    " power_factor_l1_pm INTEGER,"
    " power_factor_l2_pm INTEGER,"
    " power_factor_l3_pm INTEGER,"
    " power_factor_pm INTEGER,"
    " active_import_l1_wh INTEGER,"
    " active_import_l2_wh INTEGER,"
    " active_import_l3_wh INTEGER,"
    " active_export_l1_wh INTEGER,"
    " active_export_l2_wh INTEGER,"
    " active_export_l3_wh INTEGER,"
    " PRIMARY KEY (meter, utc_ms)) WITHOUT ROWID",
};

struct Step
{
    const char* const* begin;
    const char* const* end;
};

// steps()[n] takes a file from version n to n + 1.
std::vector<Step> steps()
{
    return {{std::begin(kVersion1), std::end(kVersion1)},
            {std::begin(kVersion2), std::end(kVersion2)},
            {std::begin(kVersion3), std::end(kVersion3)}};
}

} // namespace

bool HistorySchema::migrate(QSqlDatabase& db, int fromVersion, QString* error)
{
    const std::vector<Step> all = steps();
    static_assert(kVersion == 3, "add the new version's step to steps()");
    QSqlQuery query(db);
    for (int version = fromVersion; version < kVersion; ++version) {
        const Step& step = all[static_cast<std::size_t>(version)];
        for (const char* const* statement = step.begin; statement != step.end; ++statement) {
            if (!query.exec(QString::fromLatin1(*statement))) {
                *error = query.lastError().text();
                return false;
            }
        }
    }
    if (!query.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(kVersion)) ||
        !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool HistorySchema::hasTable(QSqlDatabase& db, const QString& name, bool* ok)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(name);
    *ok = query.exec() && query.next();
    return *ok && query.value(0).toInt() > 0;
}

} // namespace han
