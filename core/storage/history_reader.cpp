// SPDX-License-Identifier: GPL-3.0-or-later
#include "history_reader.h"

#include "capacity_ladder_table.h"
#include "history_codec.h"
#include "history_database.h"
#include "history_schema.h"
#include "hourly_energy_calculator.h"
#include "phase_reading_table.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>
#include <memory>
#include <optional>

namespace han {
namespace {

constexpr std::int64_t kMaxMs = std::numeric_limits<std::int64_t>::max();

const char* const kSelectReadings =
    "SELECT utc_ms, meter_time, active_import_w, active_export_w, reactive_import_var,"
    " reactive_export_var, current_l1_ma, current_l2_ma, current_l3_ma, voltage_l1_cv,"
    " voltage_l2_cv, voltage_l3_cv FROM readings"
    " WHERE meter = ? AND utc_ms >= ? AND utc_ms < ? ORDER BY utc_ms";
const char* const kSelectSnapshots =
    "SELECT clock_utc_ms, meter_clock, active_import_wh, active_export_wh, reactive_import_varh,"
    " reactive_export_varh FROM registers WHERE meter = ?";

QString notOpen()
{
    return QCoreApplication::translate("HistoryReader", "The history is not open.");
}

RegisterSnapshot snapshotFrom(const QSqlQuery& query)
{
    RegisterSnapshot s;
    s.clockUtcMs = query.value(0).toLongLong();
    if (const auto clock = HistoryCodec::unpackClock(query.value(1)))
        s.meterClock = *clock;
    s.activeImportWh = HistoryCodec::fromColumn(query.value(2), HistoryCodec::kWatts);
    s.activeExportWh = HistoryCodec::fromColumn(query.value(3), HistoryCodec::kWatts);
    s.reactiveImportVarh = HistoryCodec::fromColumn(query.value(4), HistoryCodec::kWatts);
    s.reactiveExportVarh = HistoryCodec::fromColumn(query.value(5), HistoryCodec::kWatts);
    return s;
}

} // namespace

struct HistoryReader::Private
{
    HistoryDatabase database;
    QString error;

    struct Meter
    {
        qint64 key = 0;
        QString meterType;
        QString listVersion;
    };
    QHash<QString, Meter> meters;
    // Whether the file has phase_readings (version 3); looked up once per open.
    std::optional<bool> hasPhaseTable;

    bool phaseTable()
    {
        if (!hasPhaseTable) {
            bool ok = false;
            const bool has = HistorySchema::hasTable(database.connection(),
                                                     QLatin1String(PhaseReadingTable::kName), &ok);
            if (!ok)
                return false; // asked again next time
            hasPhaseTable = has;
        }
        return *hasPhaseTable;
    }

    // The meter's per-phase rows in [from, to) as a forward-only query, or none.
    std::unique_ptr<QSqlQuery> phaseRows(qint64 meter, std::int64_t from, std::int64_t to)
    {
        if (!phaseTable())
            return nullptr;
        auto query = std::make_unique<QSqlQuery>(database.connection());
        query->setForwardOnly(true);
        query->prepare(PhaseReadingTable::selectSql());
        query->addBindValue(meter);
        query->addBindValue(static_cast<qint64>(from));
        query->addBindValue(static_cast<qint64>(to));
        if (!run(*query))
            return nullptr;
        return query;
    }

    // The meter's row; looked up again when unknown, since the writer may add meters while
    // this reader is open.
    std::optional<Meter> meter(const QString& meterId)
    {
        if (const auto it = meters.constFind(meterId); it != meters.constEnd())
            return it.value();
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral(
            "SELECT meter, meter_type, list_version FROM meters WHERE meter_id = ?"));
        query.addBindValue(meterId);
        if (!query.exec()) {
            error = database.explain(query.lastError());
            return std::nullopt;
        }
        if (!query.next())
            return std::nullopt;
        const Meter m{query.value(0).toLongLong(), query.value(1).toString(),
                      query.value(2).toString()};
        meters.insert(meterId, m);
        return m;
    }

    bool run(QSqlQuery& query)
    {
        if (query.exec())
            return true;
        error = database.explain(query.lastError());
        return false;
    }
};

HistoryReader::HistoryReader() : d(std::make_unique<Private>()) {}

HistoryReader::~HistoryReader() = default;

bool HistoryReader::open(const QString& path)
{
    close();
    if (!d->database.open(path, HistoryDatabase::Access::ReadOnly)) {
        d->error = d->database.errorString();
        return false;
    }
    d->error.clear();
    return true;
}

void HistoryReader::close()
{
    d->meters.clear();
    d->hasPhaseTable.reset();
    d->database.close();
}

bool HistoryReader::isOpen() const
{
    return d->database.isOpen();
}

QString HistoryReader::errorString() const
{
    return d->error;
}

QString HistoryReader::path() const
{
    return d->database.path();
}

std::vector<MeterInfo> HistoryReader::meters() const
{
    std::vector<MeterInfo> result;
    if (!isOpen())
        return result;
    QSqlQuery query(d->database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT meter_id, meter_type, list_version, clock_mode, power_shift, current_shift,"
        " voltage_shift, energy_shift, first_utc_ms, last_utc_ms, reading_count"
        " FROM meters ORDER BY meter"));
    if (!d->run(query))
        return result;
    while (query.next()) {
        MeterInfo info;
        info.meterId = query.value(0).toString();
        info.meterType = query.value(1).toString();
        info.listVersion = query.value(2).toString();
        info.settings.clockMode = HistoryCodec::clockModeFromColumn(query.value(3).toInt());
        info.settings.scale.powerShift = query.value(4).toInt();
        info.settings.scale.currentShift = query.value(5).toInt();
        info.settings.scale.voltageShift = query.value(6).toInt();
        info.settings.scale.energyShift = query.value(7).toInt();
        info.firstUtcMs = query.value(8).toLongLong();
        info.lastUtcMs = query.value(9).toLongLong();
        info.readingCount = query.value(10).toLongLong();
        result.push_back(std::move(info));
    }
    return result;
}

bool HistoryReader::forEachReading(const QString& meterId, std::int64_t fromUtcMs,
                                   std::int64_t toUtcMs,
                                   const std::function<bool(const StoredReading&)>& visit) const
{
    if (!isOpen()) {
        d->error = notOpen();
        return false;
    }
    d->error.clear();
    const auto meter = d->meter(meterId);
    if (!meter)
        return d->error.isEmpty(); // a meter the file does not know has no readings
    // Forward-only: SQLite hands out one row at a time and Qt keeps none of them, so a year
    // of readings streams through in constant memory.
    QSqlQuery query(d->database.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(kSelectReadings));
    query.addBindValue(meter->key);
    query.addBindValue(static_cast<qint64>(fromUtcMs));
    query.addBindValue(static_cast<qint64>(toUtcMs));
    if (!d->run(query))
        return false;
    // The per-phase values (a second query in the same order, merged by time): for a meter
    // that never sent any it returns no row at once, so Norwegian readings cost nothing more.
    std::unique_ptr<QSqlQuery> phases = d->phaseRows(meter->key, fromUtcMs, toUtcMs);
    if (!d->error.isEmpty())
        return false;
    bool phaseRow = phases && phases->next();
    bool phasesSet = false; // stored.reading holds the previous row's per-phase values

    StoredReading stored;
    stored.meterId = meterId;
    stored.reading.meterId = meterId;
    stored.reading.meterType = meter->meterType;
    stored.reading.listVersion = meter->listVersion;
    std::array<std::optional<double>*, 10> values = {
        &stored.reading.activeImportW,     &stored.reading.activeExportW,
        &stored.reading.reactiveImportVar, &stored.reading.reactiveExportVar,
        &stored.reading.currentL1A,        &stored.reading.currentL2A,
        &stored.reading.currentL3A,        &stored.reading.voltageL1V,
        &stored.reading.voltageL2V,        &stored.reading.voltageL3V};
    constexpr std::array<double, 10> scales = {
        HistoryCodec::kWatts,     HistoryCodec::kWatts,      HistoryCodec::kWatts,
        HistoryCodec::kWatts,     HistoryCodec::kMilliamps,  HistoryCodec::kMilliamps,
        HistoryCodec::kMilliamps, HistoryCodec::kCentivolts, HistoryCodec::kCentivolts,
        HistoryCodec::kCentivolts};
    while (query.next()) {
        stored.utcMs = query.value(0).toLongLong();
        stored.reading.meterTime = HistoryCodec::unpackClock(query.value(1));
        for (int i = 0; i < 10; ++i) {
            const auto index = static_cast<std::size_t>(i);
            *values[index] = HistoryCodec::fromColumn(query.value(2 + i), scales[index]);
        }
        while (phaseRow && phases->value(0).toLongLong() < stored.utcMs)
            phaseRow = phases->next(); // no row in `readings` (the writer never leaves one)
        if (phaseRow && phases->value(0).toLongLong() == stored.utcMs) {
            PhaseReadingTable::read(*phases, stored.reading);
            phaseRow = phases->next();
            phasesSet = true;
        } else if (phasesSet) {
            PhaseReadingTable::clear(stored.reading);
            phasesSet = false;
        }
        if (!visit(stored))
            return false;
    }
    for (const QSqlQuery* q : {&query, phases.get()}) {
        if (q && q->lastError().isValid()) {
            d->error = d->database.explain(q->lastError());
            return false;
        }
    }
    return true;
}

bool HistoryReader::hasPhaseReadings(const QString& meterId, std::int64_t fromUtcMs,
                                     std::int64_t toUtcMs) const
{
    if (!isOpen() || !d->phaseTable())
        return false;
    const auto meter = d->meter(meterId);
    if (!meter)
        return false;
    QSqlQuery query(d->database.connection());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM phase_readings"
                                 " WHERE meter = ? AND utc_ms >= ? AND utc_ms < ?)"));
    query.addBindValue(meter->key);
    query.addBindValue(static_cast<qint64>(fromUtcMs));
    query.addBindValue(static_cast<qint64>(toUtcMs));
    return d->run(query) && query.next() && query.value(0).toBool();
}

std::int64_t HistoryReader::countReadings(const QString& meterId, std::int64_t fromUtcMs,
                                          std::int64_t toUtcMs) const
{
    if (!isOpen())
        return 0;
    const auto meter = d->meter(meterId);
    if (!meter)
        return 0;
    QSqlQuery query(d->database.connection());
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM readings WHERE meter = ? AND utc_ms >= ? AND utc_ms < ?"));
    query.addBindValue(meter->key);
    query.addBindValue(static_cast<qint64>(fromUtcMs));
    query.addBindValue(static_cast<qint64>(toUtcMs));
    if (!d->run(query) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

std::vector<RegisterSnapshot> HistoryReader::registerSnapshots(const QString& meterId,
                                                               std::int64_t fromUtcMs,
                                                               std::int64_t toUtcMs) const
{
    std::vector<RegisterSnapshot> result;
    if (!isOpen())
        return result;
    const auto meter = d->meter(meterId);
    if (!meter)
        return result;
    QSqlQuery query(d->database.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(kSelectSnapshots) +
                  QStringLiteral(" AND hour_end_utc_ms >= ? AND hour_end_utc_ms < ?"
                                 " ORDER BY hour_end_utc_ms"));
    query.addBindValue(meter->key);
    query.addBindValue(static_cast<qint64>(fromUtcMs));
    query.addBindValue(static_cast<qint64>(toUtcMs));
    if (!d->run(query))
        return result;
    while (query.next())
        result.push_back(snapshotFrom(query));
    return result;
}

std::vector<PowerSample> HistoryReader::powerSamples(const QString& meterId, std::int64_t fromUtcMs,
                                                     std::int64_t toUtcMs) const
{
    std::vector<PowerSample> result;
    if (!isOpen())
        return result;
    const auto meter = d->meter(meterId);
    if (!meter)
        return result;
    QSqlQuery query(d->database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT utc_ms, active_import_w, active_export_w, reactive_import_var,"
        " reactive_export_var FROM readings WHERE meter = ? AND utc_ms >= ? AND utc_ms < ?"
        " ORDER BY utc_ms"));
    query.addBindValue(meter->key);
    query.addBindValue(static_cast<qint64>(fromUtcMs));
    query.addBindValue(static_cast<qint64>(toUtcMs));
    if (!d->run(query))
        return result;
    while (query.next()) {
        PowerSample s;
        s.utcMs = query.value(0).toLongLong();
        // A power the list did not carry counts as none flowing.
        s.activeImportW =
            HistoryCodec::fromColumn(query.value(1), HistoryCodec::kWatts).value_or(0.0);
        s.activeExportW =
            HistoryCodec::fromColumn(query.value(2), HistoryCodec::kWatts).value_or(0.0);
        s.reactiveImportVar =
            HistoryCodec::fromColumn(query.value(3), HistoryCodec::kWatts).value_or(0.0);
        s.reactiveExportVar =
            HistoryCodec::fromColumn(query.value(4), HistoryCodec::kWatts).value_or(0.0);
        result.push_back(s);
    }
    return result;
}

std::vector<HourlyEnergy> HistoryReader::hourlyEnergy(const QString& meterId,
                                                      std::int64_t fromUtcMs,
                                                      std::int64_t toUtcMs) const
{
    if (!isOpen())
        return {};
    const auto meter = d->meter(meterId);
    std::vector<RegisterSnapshot> snapshots;
    if (meter) {
        // The calculator wants the snapshots with hour-ends from..to inclusive, and the
        // nearest one on either side to reconcile a gap across an edge.
        snapshots = registerSnapshots(meterId, fromUtcMs, toUtcMs == kMaxMs ? kMaxMs : toUtcMs + 1);
        for (const bool before : {true, false}) {
            QSqlQuery query(d->database.connection());
            query.setForwardOnly(true);
            query.prepare(QString::fromLatin1(kSelectSnapshots) +
                          (before ? QStringLiteral(" AND hour_end_utc_ms < ?"
                                                   " ORDER BY hour_end_utc_ms DESC LIMIT 1")
                                  : QStringLiteral(" AND hour_end_utc_ms > ?"
                                                   " ORDER BY hour_end_utc_ms LIMIT 1")));
            query.addBindValue(meter->key);
            query.addBindValue(static_cast<qint64>(before ? fromUtcMs : toUtcMs));
            if (!d->run(query))
                return {};
            if (!query.next())
                continue;
            if (before)
                snapshots.insert(snapshots.begin(), snapshotFrom(query));
            else
                snapshots.push_back(snapshotFrom(query));
        }
    }
    const HourlyEnergyCalculator::SampleProvider samples = [this, &meterId](std::int64_t from,
                                                                            std::int64_t to) {
        return powerSamples(meterId, from, to);
    };
    return HourlyEnergyCalculator::compute(snapshots, samples, fromUtcMs, toUtcMs);
}

CapacityLadder HistoryReader::capacityLadder() const
{
    if (!isOpen()) {
        d->error = notOpen();
        return CapacityLadder::defaultLadder();
    }
    std::optional<CapacityLadder> stored;
    QSqlError error;
    if (!CapacityLadderTable::read(d->database.connection(), &stored, &error))
        d->error = d->database.explain(error);
    return stored.value_or(CapacityLadder::defaultLadder());
}

std::vector<HistoryEvent> HistoryReader::events(std::int64_t fromUtcMs, std::int64_t toUtcMs) const
{
    std::vector<HistoryEvent> result;
    if (!isOpen())
        return result;
    QSqlQuery query(d->database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT m.meter_id, e.utc_ms, e.kind, e.count, e.detail FROM events e"
                       " LEFT JOIN meters m ON m.meter = e.meter"
                       " WHERE e.utc_ms >= ? AND e.utc_ms < ? ORDER BY e.utc_ms, e.id"));
    query.addBindValue(static_cast<qint64>(fromUtcMs));
    query.addBindValue(static_cast<qint64>(toUtcMs));
    if (!d->run(query))
        return result;
    while (query.next()) {
        const auto kind = HistoryEvent::kindFromNumber(query.value(2).toLongLong());
        if (!kind)
            continue; // written by a newer version: not ours to interpret
        HistoryEvent event;
        if (!query.value(0).isNull())
            event.meterId = query.value(0).toString();
        event.utcMs = query.value(1).toLongLong();
        event.kind = *kind;
        event.count = query.value(3).toLongLong();
        event.detail = query.value(4).toString();
        result.push_back(std::move(event));
    }
    return result;
}

bool HistoryReader::backup(const QString& path)
{
    if (!isOpen()) {
        d->error = notOpen();
        return false;
    }
    QString error;
    if (!d->database.backupTo(path, &error)) {
        d->error = error;
        return false;
    }
    return true;
}

} // namespace han
