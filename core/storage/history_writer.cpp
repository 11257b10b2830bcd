// SPDX-License-Identifier: GPL-3.0-or-later
#include "history_writer.h"

#include "capacity_ladder_table.h"
#include "history_codec.h"
#include "history_database.h"
#include "phase_reading_table.h"
#include "reading_scaler.h"
#include "register_snapshot.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

namespace han {
namespace {

constexpr int kReadingValues = 10;
constexpr int kRegisterValues = 4;

// Column order of the value columns in the INSERT statements below, with their units.
constexpr std::array<double, kReadingValues> kReadingScales = {
    HistoryCodec::kWatts,     HistoryCodec::kWatts,      HistoryCodec::kWatts,
    HistoryCodec::kWatts,     HistoryCodec::kMilliamps,  HistoryCodec::kMilliamps,
    HistoryCodec::kMilliamps, HistoryCodec::kCentivolts, HistoryCodec::kCentivolts,
    HistoryCodec::kCentivolts};

// Named placeholders (:p0, :p1, ...) bound by name: Qt 6.4's bindValue(int) builds a
// placeholder string for every value it binds, which took half the CPU time of a bulk import;
// binding by a prebuilt name halves the cost of a commit (tests/bench/storage_bench).
const char* const kInsertReading =
    "INSERT INTO readings (meter, utc_ms, meter_time, active_import_w, active_export_w,"
    " reactive_import_var, reactive_export_var, current_l1_ma, current_l2_ma, current_l3_ma,"
    " voltage_l1_cv, voltage_l2_cv, voltage_l3_cv)"
    " VALUES (:p0, :p1, :p2, :p3, :p4, :p5, :p6, :p7, :p8, :p9, :p10, :p11, :p12)"
    " ON CONFLICT (meter, utc_ms) DO NOTHING";
// The registers of an hour boundary are those of the earliest list at or after it (lists
// imported out of order included); the same list twice is a duplicate, not an update.
const char* const kInsertSnapshot =
    "INSERT INTO registers (meter, hour_end_utc_ms, clock_utc_ms, meter_clock,"
    " active_import_wh, active_export_wh, reactive_import_varh, reactive_export_varh)"
    " VALUES (:p0, :p1, :p2, :p3, :p4, :p5, :p6, :p7)"
    " ON CONFLICT (meter, hour_end_utc_ms) DO UPDATE SET clock_utc_ms = excluded.clock_utc_ms,"
    " meter_clock = excluded.meter_clock, active_import_wh = excluded.active_import_wh,"
    " active_export_wh = excluded.active_export_wh,"
    " reactive_import_varh = excluded.reactive_import_varh,"
    " reactive_export_varh = excluded.reactive_export_varh"
    " WHERE excluded.clock_utc_ms < registers.clock_utc_ms";

// Registers stamped later than this after an hour boundary are not the registers *at* the
// boundary. Hourly lists come within the first minute (Kamstrup :05 to :55, Aidon :00, Kaifa
// :10; PROTOCOL.md §1), the Danish lists carry the registers in every 10 s push: there the
// first push of the hour is booked (the next ones if it was lost), and a push in the middle of
// an hour (the first after a start or a gap) is no snapshot at all — booking it would give the
// hour before it the energy of the minutes after the boundary.
constexpr std::int64_t kSnapshotWindowMs = 60'000;
const char* const kInsertEvent =
    "INSERT INTO events (meter, utc_ms, kind, count, detail) VALUES (:p0, :p1, :p2, :p3, :p4)";
// ON CONFLICT: another program may have added the same meter since we looked.
const char* const kInsertMeter =
    "INSERT INTO meters (meter_id) VALUES (:p0) ON CONFLICT (meter_id) DO NOTHING";
const char* const kSelectMeter =
    "SELECT meter, meter_type, list_version, clock_mode, learned_offset_s, power_shift,"
    " current_shift, voltage_shift, energy_shift, last_utc_ms FROM meters WHERE meter_id = :p0";
const char* const kUpdateMeter = "UPDATE meters SET meter_type = :p0, list_version = :p1, "
                                 "clock_mode = :p2, learned_offset_s = :p3,"
                                 " power_shift = :p4, current_shift = :p5, voltage_shift = :p6, "
                                 "energy_shift = :p7 WHERE meter = :p8";
const char* const kUpdateCounters =
    "UPDATE meters SET reading_count = reading_count + :p0,"
    " first_utc_ms = min(coalesce(first_utc_ms, :p1), :p2),"
    " last_utc_ms = max(coalesce(last_utc_ms, :p3), :p4) WHERE meter = :p5";

// ":p0" ... ":p17", built once.
const QString& param(int index)
{
    static const std::array<QString, 18> names = [] {
        std::array<QString, 18> n;
        for (std::size_t i = 0; i < n.size(); ++i)
            n[i] = QStringLiteral(":p%1").arg(i);
        return n;
    }();
    return names[static_cast<std::size_t>(index)];
}

struct PendingReading
{
    int meter = 0; // index into Private::meters
    std::int64_t utcMs = 0;
    std::optional<CosemDateTime> meterTime;
    std::array<std::optional<double>, kReadingValues> values;
    // Only for lists that carry per-phase values (the Danish ones): a Norwegian reading
    // carries a null pointer, not 16 empty values.
    std::unique_ptr<PhaseReadingTable::Values> phases;
};

struct PendingSnapshot
{
    int meter = 0;
    std::int64_t hourEndUtcMs = 0;
    std::int64_t clockUtcMs = 0;
    std::optional<CosemDateTime> meterClock;
    std::array<std::optional<double>, kRegisterValues> registers;
};

struct PendingEvent
{
    int meter = -1; // -1: no meter
    HistoryEvent event;
};

struct MeterState
{
    QString meterId;
    std::optional<qint64> key; // the `meters` row, once it exists
    QString meterType;
    QString listVersion;
    MeterSettings settings;
    std::optional<std::int64_t> storedLearnedOffset;
    bool dirty = false; // differs from its row
    MeterClockResolver resolver;
    // The hour boundary last booked as a snapshot and the clock of the list booked for it, so
    // the later pushes of a list that sends registers every 10 s are not even queued.
    std::int64_t bookedHourEndUtcMs = std::numeric_limits<std::int64_t>::min();
    std::int64_t bookedClockUtcMs = 0;
};

// `lastUtcMs`: the latest time stored for the meter, so a restart inside the repeated autumn
// hour goes on in the pass the history is in.
MeterClockResolver makeResolver(const MeterSettings& settings,
                                std::optional<std::int64_t> learnedOffsetSeconds,
                                std::optional<std::int64_t> lastUtcMs)
{
    MeterClockResolver::Settings resolverSettings;
    resolverSettings.mode = settings.clockMode;
    MeterClockResolver resolver(resolverSettings);
    if (learnedOffsetSeconds)
        resolver.setLearnedOffsetSeconds(*learnedOffsetSeconds);
    if (lastUtcMs)
        resolver.setLastUtcMs(*lastUtcMs);
    return resolver;
}

QVariant optionalText(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

struct HistoryWriter::Private
{
    HistoryDatabase database;
    std::unique_ptr<QSqlQuery> insertReading;
    std::unique_ptr<QSqlQuery> insertPhases;
    std::unique_ptr<QSqlQuery> insertSnapshot;
    std::unique_ptr<QSqlQuery> insertEvent;
    std::unique_ptr<QSqlQuery> insertMeter;
    std::unique_ptr<QSqlQuery> selectMeter;
    std::unique_ptr<QSqlQuery> updateMeter;
    std::unique_ptr<QSqlQuery> updateCounters;
    QString error;

    MeterSettings newMeterSettings;
    std::optional<MeterClockResolver::Mode> clockOverride;
    std::int64_t sizeLimit = 0;
    int maxPendingRows = 200'000;

    std::vector<MeterState> meters;
    QHash<QString, int> meterIndex;
    QString lastMeterId;

    std::vector<PendingReading> readings;
    std::vector<PendingSnapshot> snapshots;
    std::vector<PendingEvent> events;
    std::optional<CapacityLadder> pendingLadder;

    std::int64_t nextBatchId = 1;
    Batch lastBatch;
    Statistics statistics;

    std::unique_ptr<QSqlQuery> prepare(const char* sql)
    {
        auto query = std::make_unique<QSqlQuery>(database.connection());
        if (!query->prepare(QString::fromLatin1(sql))) {
            error = database.explain(query->lastError());
            return nullptr;
        }
        return query;
    }

    void finishQueries()
    {
        insertReading.reset();
        insertPhases.reset();
        insertSnapshot.reset();
        insertEvent.reset();
        insertMeter.reset();
        selectMeter.reset();
        updateMeter.reset();
        updateCounters.reset();
    }

    bool applySizeLimit()
    {
        if (!database.isOpen())
            return true;
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("PRAGMA page_size")) || !query.next())
            return false;
        const qint64 pageSize = std::max<qint64>(query.value(0).toLongLong(), 512);
        const qint64 pages = sizeLimit > 0 ? std::max<qint64>(sizeLimit / pageSize, 1)
                                           : std::numeric_limits<std::int32_t>::max() - 1;
        return query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    }

    // The meter's slot, loaded from the file or set up for a new one.
    int meterFor(const QString& meterId)
    {
        if (const auto it = meterIndex.constFind(meterId); it != meterIndex.constEnd())
            return it.value();
        MeterState meter;
        meter.meterId = meterId;
        meter.settings = newMeterSettings;
        std::optional<std::int64_t> lastUtcMs;
        selectMeter->bindValue(param(0), meterId);
        if (selectMeter->exec() && selectMeter->next()) {
            meter.key = selectMeter->value(0).toLongLong();
            meter.meterType = selectMeter->value(1).toString();
            meter.listVersion = selectMeter->value(2).toString();
            meter.settings.clockMode =
                HistoryCodec::clockModeFromColumn(selectMeter->value(3).toInt());
            if (!selectMeter->value(4).isNull())
                meter.storedLearnedOffset = selectMeter->value(4).toLongLong();
            meter.settings.scale.powerShift = selectMeter->value(5).toInt();
            meter.settings.scale.currentShift = selectMeter->value(6).toInt();
            meter.settings.scale.voltageShift = selectMeter->value(7).toInt();
            meter.settings.scale.energyShift = selectMeter->value(8).toInt();
            if (!selectMeter->value(9).isNull())
                lastUtcMs = selectMeter->value(9).toLongLong();
        } else {
            meter.dirty = true;
        }
        selectMeter->finish();
        if (clockOverride && meter.settings.clockMode != *clockOverride) {
            meter.settings.clockMode = *clockOverride;
            meter.dirty = true;
        }
        meter.resolver = makeResolver(meter.settings, meter.storedLearnedOffset, lastUtcMs);
        meters.push_back(std::move(meter));
        const int index = static_cast<int>(meters.size()) - 1;
        meterIndex.insert(meterId, index);
        return index;
    }

    int pendingRows() const
    {
        return static_cast<int>(readings.size() + snapshots.size() + events.size());
    }

    // Past the limit, give up the oldest readings (in chunks, so a long outage costs little).
    void limitPending()
    {
        const int excess = pendingRows() - maxPendingRows;
        if (excess <= 0 || readings.empty())
            return;
        const auto drop = std::min<std::size_t>(
            readings.size(), static_cast<std::size_t>(std::max(excess, maxPendingRows / 10)));
        readings.erase(readings.begin(), readings.begin() + static_cast<std::ptrdiff_t>(drop));
        statistics.dropped += static_cast<std::int64_t>(drop);
    }

    bool exec(QSqlQuery& query)
    {
        if (query.exec())
            return true;
        error = database.explain(query.lastError());
        return false;
    }

    bool writeMeters(std::vector<int>& newlyKeyed)
    {
        for (std::size_t i = 0; i < meters.size(); ++i) {
            MeterState& meter = meters[i];
            if (!meter.key) {
                insertMeter->bindValue(param(0), meter.meterId);
                if (!exec(*insertMeter))
                    return false;
                selectMeter->bindValue(param(0), meter.meterId);
                if (!exec(*selectMeter) || !selectMeter->next()) {
                    if (error.isEmpty())
                        error = database.explain(selectMeter->lastError());
                    selectMeter->finish();
                    return false;
                }
                meter.key = selectMeter->value(0).toLongLong();
                selectMeter->finish();
                newlyKeyed.push_back(static_cast<int>(i));
                meter.dirty = true;
            }
            if (!meter.dirty)
                continue;
            const ScaleSettings& scale = meter.settings.scale;
            const std::optional<std::int64_t> learned = meter.resolver.learnedOffsetSeconds();
            updateMeter->bindValue(param(0), optionalText(meter.meterType));
            updateMeter->bindValue(param(1), optionalText(meter.listVersion));
            updateMeter->bindValue(param(2),
                                   HistoryCodec::clockModeToColumn(meter.settings.clockMode));
            updateMeter->bindValue(param(3),
                                   learned ? QVariant(static_cast<qint64>(*learned)) : QVariant());
            updateMeter->bindValue(param(4), scale.powerShift);
            updateMeter->bindValue(param(5), scale.currentShift);
            updateMeter->bindValue(param(6), scale.voltageShift);
            updateMeter->bindValue(param(7), scale.energyShift);
            updateMeter->bindValue(param(8), *meter.key);
            if (!exec(*updateMeter))
                return false;
        }
        return true;
    }

    struct Counter
    {
        std::int64_t count = 0;
        std::int64_t first = std::numeric_limits<std::int64_t>::max();
        std::int64_t last = std::numeric_limits<std::int64_t>::min();
    };

    bool writeRows(std::int64_t& newReadings, std::int64_t& newSnapshots)
    {
        std::vector<Counter> counters(meters.size());
        QSqlQuery& reading = *insertReading;
        QSqlQuery& phases = *insertPhases;
        for (const PendingReading& row : readings) {
            const qint64 meterKey = *meters[static_cast<std::size_t>(row.meter)].key;
            reading.bindValue(param(0), meterKey);
            reading.bindValue(param(1), static_cast<qint64>(row.utcMs));
            reading.bindValue(param(2), HistoryCodec::packClock(row.meterTime));
            for (int v = 0; v < kReadingValues; ++v) {
                const auto index = static_cast<std::size_t>(v);
                reading.bindValue(param(3 + v),
                                  HistoryCodec::toColumn(row.values[index], kReadingScales[index]));
            }
            if (!exec(reading))
                return false;
            if (row.phases) {
                phases.bindValue(param(0), meterKey);
                phases.bindValue(param(1), static_cast<qint64>(row.utcMs));
                PhaseReadingTable::bindValues(phases, *row.phases, &param);
                if (!exec(phases))
                    return false;
            }
            if (reading.numRowsAffected() > 0) {
                Counter& c = counters[static_cast<std::size_t>(row.meter)];
                ++c.count;
                c.first = std::min(c.first, row.utcMs);
                c.last = std::max(c.last, row.utcMs);
            }
        }
        QSqlQuery& snapshot = *insertSnapshot;
        for (const PendingSnapshot& row : snapshots) {
            snapshot.bindValue(param(0), *meters[static_cast<std::size_t>(row.meter)].key);
            snapshot.bindValue(param(1), static_cast<qint64>(row.hourEndUtcMs));
            snapshot.bindValue(param(2), static_cast<qint64>(row.clockUtcMs));
            snapshot.bindValue(param(3), HistoryCodec::packClock(row.meterClock));
            for (int v = 0; v < kRegisterValues; ++v)
                snapshot.bindValue(
                    param(4 + v), HistoryCodec::toColumn(row.registers[static_cast<std::size_t>(v)],
                                                         HistoryCodec::kWatts));
            if (!exec(snapshot))
                return false;
            newSnapshots += snapshot.numRowsAffected() > 0 ? 1 : 0;
        }
        QSqlQuery& event = *insertEvent;
        for (const PendingEvent& row : events) {
            event.bindValue(param(0),
                            row.meter >= 0
                                ? QVariant(*meters[static_cast<std::size_t>(row.meter)].key)
                                : QVariant());
            event.bindValue(param(1), static_cast<qint64>(row.event.utcMs));
            event.bindValue(param(2), static_cast<int>(row.event.kind));
            event.bindValue(param(3), static_cast<qint64>(row.event.count));
            event.bindValue(param(4), optionalText(row.event.detail));
            if (!exec(event))
                return false;
        }
        for (std::size_t i = 0; i < counters.size(); ++i) {
            const Counter& c = counters[i];
            if (c.count == 0)
                continue;
            newReadings += c.count;
            updateCounters->bindValue(param(0), static_cast<qint64>(c.count));
            updateCounters->bindValue(param(1), static_cast<qint64>(c.first));
            updateCounters->bindValue(param(2), static_cast<qint64>(c.first));
            updateCounters->bindValue(param(3), static_cast<qint64>(c.last));
            updateCounters->bindValue(param(4), static_cast<qint64>(c.last));
            updateCounters->bindValue(param(5), *meters[i].key);
            if (!exec(*updateCounters))
                return false;
        }
        return true;
    }
};

HistoryWriter::HistoryWriter() : d(std::make_unique<Private>()) {}

HistoryWriter::~HistoryWriter()
{
    close();
}

QString HistoryWriter::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history.sqlite");
}

bool HistoryWriter::open(const QString& path)
{
    close();
    d->error.clear();
    if (!d->database.open(path, HistoryDatabase::Access::ReadWrite)) {
        d->error = d->database.errorString();
        return false;
    }
    d->insertReading = d->prepare(kInsertReading);
    d->insertPhases = d->prepare(PhaseReadingTable::insertSql());
    d->insertSnapshot = d->prepare(kInsertSnapshot);
    d->insertEvent = d->prepare(kInsertEvent);
    d->insertMeter = d->prepare(kInsertMeter);
    d->selectMeter = d->prepare(kSelectMeter);
    d->updateMeter = d->prepare(kUpdateMeter);
    d->updateCounters = d->prepare(kUpdateCounters);
    if (!d->insertReading || !d->insertPhases || !d->insertSnapshot || !d->insertEvent ||
        !d->insertMeter || !d->selectMeter || !d->updateMeter || !d->updateCounters) {
        const QString error = d->error;
        close();
        d->error = error;
        return false;
    }
    d->selectMeter->setForwardOnly(true);
    if (!d->applySizeLimit()) {
        d->error = d->database.explain(d->database.connection().lastError());
        close();
        return false;
    }
    return true;
}

bool HistoryWriter::close()
{
    bool ok = true;
    if (d->database.isOpen()) {
        ok = commit();
        if (!ok) {
            const int lost = d->pendingRows();
            d->statistics.dropped += lost;
            // One singular and one plural form serve English and the Nordic languages.
            d->error +=
                QLatin1Char(' ') +
                (lost == 1 ? tr("1 reading waiting to be saved could not be kept.")
                           : tr("%L1 readings waiting to be saved could not be kept.").arg(lost));
        }
    }
    d->readings.clear();
    d->snapshots.clear();
    d->events.clear();
    d->meters.clear();
    d->meterIndex.clear();
    d->finishQueries();
    d->database.close();
    return ok;
}

bool HistoryWriter::isOpen() const
{
    return d->database.isOpen();
}

QString HistoryWriter::path() const
{
    return d->database.path();
}

QString HistoryWriter::errorString() const
{
    return d->error;
}

void HistoryWriter::setNewMeterSettings(const MeterSettings& settings)
{
    d->newMeterSettings = settings;
}

void HistoryWriter::setClockModeOverride(std::optional<MeterClockResolver::Mode> mode)
{
    d->clockOverride = mode;
}

void HistoryWriter::setMeterSettings(const QString& meterId, const MeterSettings& settings)
{
    if (!isOpen())
        return;
    MeterState& meter = d->meters[static_cast<std::size_t>(d->meterFor(meterId))];
    if (meter.settings.clockMode != settings.clockMode)
        meter.resolver = makeResolver(settings, meter.resolver.learnedOffsetSeconds(),
                                      meter.resolver.lastUtcMs());
    meter.settings = settings;
    meter.dirty = true;
}

std::optional<MeterSettings> HistoryWriter::meterSettings(const QString& meterId)
{
    if (!isOpen())
        return std::nullopt;
    if (const auto it = d->meterIndex.constFind(meterId); it != d->meterIndex.constEnd())
        return d->meters[static_cast<std::size_t>(it.value())].settings;
    d->selectMeter->bindValue(param(0), meterId);
    const bool known = d->selectMeter->exec() && d->selectMeter->next();
    d->selectMeter->finish();
    if (!known)
        return std::nullopt; // asking must not create the meter
    // Known to the file: load it like a reading would.
    return d->meters[static_cast<std::size_t>(d->meterFor(meterId))].settings;
}

void HistoryWriter::setCapacityLadder(const CapacityLadder& ladder)
{
    d->pendingLadder = ladder;
}

void HistoryWriter::setSizeLimit(std::int64_t bytes)
{
    d->sizeLimit = std::max<std::int64_t>(bytes, 0);
    d->applySizeLimit();
}

void HistoryWriter::setMaxPendingRows(int rows)
{
    d->maxPendingRows = std::max(rows, 1);
}

bool HistoryWriter::addReading(const MeterReading& mapped)
{
    if (!isOpen()) {
        d->error = tr("The history is not open.");
        return false;
    }
    if (!mapped.meterId.isEmpty())
        d->lastMeterId = mapped.meterId;
    const int index = d->meterFor(mapped.meterId.isEmpty() ? d->lastMeterId : mapped.meterId);
    MeterState& meter = d->meters[static_cast<std::size_t>(index)];
    // In the meter's own units: a meter that differs from the data sheet (Wh registers, mA
    // currents) has ScaleSettings in its row; the mapper that decoded the list may not know them.
    const bool rescale = !(mapped.scale == meter.settings.scale);
    MeterReading converted;
    if (rescale) {
        converted = mapped;
        ReadingScaler::rescale(converted, meter.settings.scale);
    }
    const MeterReading& reading = rescale ? converted : mapped;
    if (!reading.meterType.isEmpty() && reading.meterType != meter.meterType) {
        meter.meterType = reading.meterType;
        meter.dirty = true;
    }
    if (!reading.listVersion.isEmpty() && reading.listVersion != meter.listVersion) {
        meter.listVersion = reading.listVersion;
        meter.dirty = true;
    }

    std::optional<std::int64_t> hostMs;
    if (reading.receivedAt && reading.receivedAt->isValid())
        hostMs = reading.receivedAt->toMSecsSinceEpoch();
    std::optional<std::int64_t> utcMs;
    if (reading.meterTime) {
        if (const auto resolved = meter.resolver.resolve(*reading.meterTime, hostMs)) {
            utcMs = resolved->utcMs;
            if (resolved->drifted)
                ++d->statistics.clockDrifts;
        }
    }
    if (!utcMs)
        utcMs = hostMs; // no usable meter clock: the host's time is the best there is
    if (!utcMs) {
        ++d->statistics.withoutTime;
        return false;
    }
    if (meter.resolver.learnedOffsetSeconds() != meter.storedLearnedOffset)
        meter.dirty = true;

    if (reading.hasRegisters()) {
        // The registers belong to the List 2's clock item; the header stamp stands in for a
        // list that has none.
        const std::optional<CosemDateTime>& clock =
            reading.meterClock ? reading.meterClock : reading.meterTime;
        std::optional<std::int64_t> clockUtcMs = utcMs;
        if (clock && reading.meterTime && *clock != *reading.meterTime) {
            const auto resolved = meter.resolver.resolve(*clock, hostMs);
            clockUtcMs = resolved ? std::optional<std::int64_t>(resolved->utcMs) : std::nullopt;
        }
        if (clockUtcMs) {
            RegisterSnapshot key;
            key.clockUtcMs = *clockUtcMs;
            const std::int64_t hourEnd = key.hourEndUtcMs();
            const bool atBoundary = *clockUtcMs - hourEnd < kSnapshotWindowMs;
            const bool laterPush =
                hourEnd == meter.bookedHourEndUtcMs && *clockUtcMs > meter.bookedClockUtcMs;
            if (atBoundary && !laterPush) {
                meter.bookedHourEndUtcMs = hourEnd;
                meter.bookedClockUtcMs = *clockUtcMs;
                d->snapshots.push_back({index,
                                        hourEnd,
                                        *clockUtcMs,
                                        clock,
                                        {reading.activeImportWh, reading.activeExportWh,
                                         reading.reactiveImportVarh, reading.reactiveExportVarh}});
            }
        } else {
            ++d->statistics.withoutTime;
        }
    }

    PendingReading row;
    row.meter = index;
    row.utcMs = *utcMs;
    row.meterTime = reading.meterTime;
    row.values = {reading.activeImportW,     reading.activeExportW, reading.reactiveImportVar,
                  reading.reactiveExportVar, reading.currentL1A,    reading.currentL2A,
                  reading.currentL3A,        reading.voltageL1V,    reading.voltageL2V,
                  reading.voltageL3V};
    if (auto phases = PhaseReadingTable::valuesOf(reading))
        row.phases = std::make_unique<PhaseReadingTable::Values>(*phases);
    // A list of registers only (no instantaneous value) has nothing for `readings`; per-phase
    // values always come with their `readings` row, which the reader joins them to.
    if (row.phases || std::any_of(row.values.begin(), row.values.end(),
                                  [](const auto& v) { return v.has_value(); }))
        d->readings.push_back(std::move(row));
    d->limitPending();
    return true;
}

void HistoryWriter::addEvent(const HistoryEvent& event)
{
    if (!isOpen())
        return;
    PendingEvent row;
    if (event.meterId)
        row.meter = d->meterFor(*event.meterId);
    row.event = event;
    d->events.push_back(std::move(row));
    d->limitPending();
}

int HistoryWriter::pendingRows() const
{
    return d->pendingRows();
}

bool HistoryWriter::commit()
{
    if (!isOpen()) {
        d->error = tr("The history is not open.");
        return false;
    }
    const int rows = d->pendingRows();
    const bool dirty = std::any_of(d->meters.begin(), d->meters.end(),
                                   [](const MeterState& m) { return m.dirty || !m.key; });
    if (rows == 0 && !dirty && !d->pendingLadder)
        return true;

    QSqlQuery control(d->database.connection());
    // IMMEDIATE: take the write lock now, waiting for another writer (busy timeout) instead of
    // failing half-way when a read transaction would have to be upgraded.
    if (!control.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        d->error = d->database.explain(control.lastError());
        return false;
    }
    std::vector<int> newlyKeyed;
    std::int64_t newReadings = 0;
    std::int64_t newSnapshots = 0;
    bool ok = d->writeMeters(newlyKeyed) && d->writeRows(newReadings, newSnapshots);
    if (ok && d->pendingLadder) {
        QSqlError error;
        ok = CapacityLadderTable::write(d->database.connection(), *d->pendingLadder, &error);
        if (!ok)
            d->error = d->database.explain(error);
    }
    if (ok && !control.exec(QStringLiteral("COMMIT"))) {
        d->error = d->database.explain(control.lastError());
        ok = false;
    }
    if (!ok) {
        control.exec(QStringLiteral("ROLLBACK"));
        // Rows written in the failed transaction are gone, so are meter rows it created.
        for (int index : newlyKeyed)
            d->meters[static_cast<std::size_t>(index)].key.reset();
        return false;
    }

    d->pendingLadder.reset();
    for (MeterState& meter : d->meters) {
        meter.dirty = false;
        meter.storedLearnedOffset = meter.resolver.learnedOffsetSeconds();
    }
    const auto duplicates = static_cast<std::int64_t>(d->readings.size() + d->snapshots.size()) -
                            newReadings - newSnapshots;
    d->statistics.readingsStored += newReadings;
    d->statistics.snapshotsStored += newSnapshots;
    d->statistics.eventsStored += static_cast<std::int64_t>(d->events.size());
    d->statistics.duplicates += duplicates;
    d->readings.clear();
    d->snapshots.clear();
    d->events.clear();
    if (rows > 0)
        d->lastBatch = {d->nextBatchId++, rows};
    return true;
}

HistoryWriter::Batch HistoryWriter::lastBatch() const
{
    return d->lastBatch;
}

bool HistoryWriter::backup(const QString& path)
{
    if (!isOpen()) {
        d->error = tr("The history is not open.");
        return false;
    }
    commit(); // a failed commit still leaves a consistent file to copy
    QString error;
    if (!d->database.backupTo(path, &error)) {
        d->error = error;
        return false;
    }
    return true;
}

HistoryWriter::Statistics HistoryWriter::statistics() const
{
    return d->statistics;
}

} // namespace han
