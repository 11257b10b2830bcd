// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacity_ladder.h"
#include "history_event.h"
#include "meter_clock_resolver.h"
#include "meter_reading.h"
#include "meter_settings.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace han {

// The write side of the history, synchronous, on the calling thread: HistoryStore drives one
// on its own thread while recording, `han-cli import` drives one directly for bulk imports, so
// both write the same rows through the same SQL.
//
// Rows are collected in memory by add*() and written by commit() in one transaction (a
// "batch"): either the whole batch is in the file or none of it. When a commit fails (a full
// disk, a file locked too long by another program) the rows stay pending and the next commit
// tries again; what the file already holds is never touched. Past maxPendingRows the oldest
// pending readings are given up, and counted.
//
// UTC: each meter gets a MeterClockResolver set up from its settings in the `meters` table
// (new meters: newMeterSettings()); a reading's meterTime is resolved with the host time
// (reading.receivedAt) when known. A List 2 is also stored as a register snapshot keyed by its
// resolved clock. A reading's identity is (meter, UTC): the same reading twice is stored once.
//
// Units: the values are stored as the meter's ScaleSettings (in its `meters` row, defaults from
// the Norwegian data sheet) say; a reading mapped with other settings (reading.scale, e.g. a
// StreamDecoder that knows nothing of the meter) is converted first (ReadingScaler).
class HistoryWriter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryWriter)

public:
    struct Statistics
    {
        std::int64_t readingsStored = 0;  // new rows in `readings`
        std::int64_t snapshotsStored = 0; // new rows in `registers`
        std::int64_t eventsStored = 0;
        std::int64_t duplicates = 0;  // readings and snapshots the file already had
        std::int64_t withoutTime = 0; // neither a usable meter clock nor a host time
        std::int64_t clockDrifts = 0; // meter clock beyond the resolver's drift tolerance
        std::int64_t dropped = 0;     // pending rows given up after failed commits
    };

    struct Batch
    {
        std::int64_t id = 0; // counts this writer's successful commits from 1
        int rows = 0;        // readings, snapshots and events written (duplicates included)
    };

    HistoryWriter();
    ~HistoryWriter();
    HistoryWriter(const HistoryWriter&) = delete;
    HistoryWriter& operator=(const HistoryWriter&) = delete;

    // "history.sqlite" in QStandardPaths::AppDataLocation: the GUI and han-cli set the same
    // organization and application names, so both find the same file.
    static QString defaultPath();

    // Creates the file (and its folder) when missing, brings its schema up to date. False with
    // errorString() naming the file when it cannot be used; nothing was written then.
    bool open(const QString& path);
    // Commits what is pending, then closes. False when that commit failed (its rows are lost).
    bool close();
    bool isOpen() const;
    QString path() const;
    QString errorString() const;

    // For meters the file does not know yet. Default: MeterSettings{} (follows DST).
    void setNewMeterSettings(const MeterSettings& settings);
    // Every meter this writer meets is resolved (and from now on remembered) with this clock
    // mode, e.g. `han-cli import --clock standard`.
    void setClockModeOverride(std::optional<MeterClockResolver::Mode> mode);
    // Changes a meter's settings; written with the next commit. Readings already stored keep
    // their times.
    void setMeterSettings(const QString& meterId, const MeterSettings& settings);
    std::optional<MeterSettings> meterSettings(const QString& meterId);
    // Replaces the file's capacity tariff ladder (one per file: the house's grid contract);
    // written with the next commit, like meter settings. HistoryReader::capacityLadder().
    void setCapacityLadder(const CapacityLadder& ladder);

    // A cap on the file's size (PRAGMA max_page_count), for a small SD card; reaching it is
    // reported like a full disk. 0: no cap. Applies from the next open() if not open.
    void setSizeLimit(std::int64_t bytes);
    void setMaxPendingRows(int rows);

    // False when the reading cannot be placed in time (counted in withoutTime); nothing is
    // pending for it then. A reading without a meter id is filed under the last meter id this
    // writer saw (short lists of some meters carry none).
    bool addReading(const MeterReading& reading);
    void addEvent(const HistoryEvent& event);
    int pendingRows() const;

    // Writes everything pending in one transaction. True when it is in the file (or nothing
    // was pending); false with errorString(), the rows still pending.
    bool commit();
    // The last successful commit that wrote rows.
    Batch lastBatch() const;

    // Commits, then writes a consistent copy of the file to `path` (see HistoryDatabase).
    bool backup(const QString& path);

    Statistics statistics() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace han
