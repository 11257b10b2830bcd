// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The year of history the storage, export and UI benchmarks share: the simulated Norwegian
// three-phase meter (clock follows DST, no faults) over the calendar year 2025 in Europe/Oslo,
// an hour more on either side so the first and last hours have register snapshots around them.
// About 3.16 million List 1 and 8 762 List 2.

#include "simulator_settings.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <cstdint>

namespace han::bench {

struct BenchYear
{
    static QTimeZone zone();
    static QDate firstDay() { return {2025, 1, 1}; }
    static QDate lastDay() { return {2025, 12, 31}; }
    static SimulatorSettings simulator();
    // The pushes stop before this instant.
    static std::int64_t endUtcMs();
    // The UTC range of the calendar year's local days, [from, to).
    static std::int64_t fromUtcMs();
    static std::int64_t toUtcMs();
};

struct StoredYear
{
    bool ok = false;
    QString error;
    std::int64_t readings = 0;
    std::int64_t snapshots = 0;
    double simulateSeconds = 0; // of the time, spent making the frames (not storing)
};

// Every push of the bench year, as it is recorded: through HistoryStore::storeReading (called
// directly, as the queued connection would on the history thread) in 5 000-row transactions,
// the batch size of the bulk paths. Writes a new file at `path`.
StoredYear storeYear(const QString& path);

// The bench year's database, kept in the build tree (bench-data/) and made by storeYear() on
// first use (15–40 s), so each benchmark run reads a real year-sized SQLite file without paying
// for it again. A file that no longer opens (an older schema) is made again. Empty with `error`
// set when it cannot be made.
QString cachedYearDatabase(QString& error);
// Where that file lives (it may not exist yet).
QString cachedYearPath();

} // namespace han::bench
