// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacity_ladder.h"
#include "history_event.h"
#include "hourly_energy.h"
#include "meter_info.h"
#include "power_sample.h"
#include "register_snapshot.h"
#include "stored_reading.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace han {

// The read-only side of the history: its own SQLite connection (WAL lets it read while the
// store writes), used by the UI's models, the CSV exporter and han-cli. Synchronous; use one
// reader per thread. Times are UTC milliseconds, ranges half-open [from, to).
class HistoryReader
{
public:
    HistoryReader();
    ~HistoryReader();
    HistoryReader(const HistoryReader&) = delete;
    HistoryReader& operator=(const HistoryReader&) = delete;

    // False with errorString() set (naming the file) when the file is missing, not a HAN
    // Monitor database, corrupt, or from a newer version.
    bool open(const QString& path);
    void close();
    bool isOpen() const;
    QString errorString() const;

    std::vector<MeterInfo> meters() const;

    // Calls `visit` for each List 1 reading of the meter in the range, in time order, without
    // loading them all (constant memory), with its per-phase values (kPhaseReadingFields) when
    // the list carried them. Stops early and returns false when `visit` returns false (a
    // cancelled export) or on a read error.
    bool forEachReading(const QString& meterId, std::int64_t fromUtcMs, std::int64_t toUtcMs,
                        const std::function<bool(const StoredReading&)>& visit) const;
    std::int64_t countReadings(const QString& meterId, std::int64_t fromUtcMs,
                               std::int64_t toUtcMs) const;
    // Whether any reading of the meter in the range carries per-phase values (the Danish
    // lists); false for a file older than schema version 3.
    bool hasPhaseReadings(const QString& meterId, std::int64_t fromUtcMs,
                          std::int64_t toUtcMs) const;

    std::vector<RegisterSnapshot> registerSnapshots(const QString& meterId, std::int64_t fromUtcMs,
                                                    std::int64_t toUtcMs) const;
    std::vector<PowerSample> powerSamples(const QString& meterId, std::int64_t fromUtcMs,
                                          std::int64_t toUtcMs) const;
    // Hourly energy for whole hours in the range (HourlyEnergyCalculator over this store).
    std::vector<HourlyEnergy> hourlyEnergy(const QString& meterId, std::int64_t fromUtcMs,
                                           std::int64_t toUtcMs) const;

    // The capacity tariff ladder stored with HistoryWriter::setCapacityLadder; the default
    // ladder when none is stored (or the file is not open or cannot be read: errorString()).
    CapacityLadder capacityLadder() const;

    // Link events of all meters in the range, in time order.
    std::vector<HistoryEvent> events(std::int64_t fromUtcMs, std::int64_t toUtcMs) const;
    // A consistent copy of the file while a writer goes on (VACUUM INTO needs only this
    // read-only connection); `han-cli backup` uses it. False with errorString() set.
    bool backup(const QString& path);
    QString path() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace han
