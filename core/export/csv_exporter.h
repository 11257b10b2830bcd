// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv_writer.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

class QIODevice;

namespace han {

class HistoryReader;

// Exports one meter's history for a range of local calendar days as CSV (DESIGN.md, CSV):
//  - Raw: every stored List 1, streamed row by row from HistoryReader::forEachReading, so a
//    year of 10 s readings takes the same memory as a day. Columns:
//      time_local,time_utc,meter_time,active_import_w,active_export_w,reactive_import_var,
//      reactive_export_var,current_l1_a,current_l2_a,current_l3_a,voltage_l1_v,voltage_l2_v,
//      voltage_l3_v,meter_id,meter_type,list_version
//    (meter_time: the meter's own wall clock exactly as sent, without an offset). When any
//    reading of the range carries per-phase values (the Danish lists), the 16 columns of
//    kPhaseReadingFields follow voltage_l3_v (active_import_l1_w ... power_factor_l1 ...
//    power_factor, active_import_l1_wh ... active_export_l3_wh), empty where a reading did
//    not carry the value; for other meters the columns are the ones above, unchanged.
//  - Hourly: one row per hour of the range, missing hours included, so a 23- or 25-hour day
//    has 23 or 25 rows:
//      hour_start_local,hour_start_utc,import_kwh,export_kwh,reactive_import_kvarh,
//      reactive_export_kvarh,quality,import_register_kwh,export_register_kwh
//    (the registers are the meter's readings at the hour's end; empty without a List 2; a
//    `missing` hour has empty energy cells: a gap, not a zero).
//  - Daily: day,import_kwh,export_kwh,reactive_import_kvarh,reactive_export_kvarh,quality,hours
//    (EnergyTotals::daily: sums of the hours with data; quality the worst of the day's hours;
//    hours: 23, 24 or 25, fewer for today).
// Hours and days are only those that have ended or begun by `Options::nowUtcMs`: an hour that
// has not ended yet is left out rather than shown as missing.
//
// A file is written through QSaveFile: an unwritable path, a full disk or a cancel leaves no
// file (and no half file) under the final name, and an existing file there is untouched.
//
// Synchronous; the UI runs it on a worker thread and may call cancel() from any thread.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    enum class Resolution
    {
        Raw,
        Hourly,
        Daily
    };
    // "raw", "hourly", "daily".
    static const char* resolutionName(Resolution resolution);
    static std::optional<Resolution> resolutionFromName(QStringView name);

    struct Options
    {
        QString meterId;
        // Local calendar days in `zone`, both included.
        QDate firstDay;
        QDate lastDay;
        Resolution resolution = Resolution::Hourly;
        CsvWriter::Dialect dialect = CsvWriter::Dialect::Rfc4180;
        // The zone of the *_local columns and of the days. The system's zone by default: the
        // homeowner's spreadsheet should show the times their computer and the app show. (The
        // meter's own clock zone is a per-meter setting of the store, not this.)
        QTimeZone zone = QTimeZone::systemTimeZone();
        // Hours that have not ended by then are left out; empty means the current time.
        std::optional<std::int64_t> nowUtcMs;
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        std::int64_t rows = 0; // data rows written, the header not counted
        QString errorString;   // for people: names the file and says what went wrong
    };

    // Called on the exporting thread with the fraction done (0 to 1): at the start, every few
    // thousand rows and at the end. Returning false cancels the export.
    using ProgressCallback = std::function<bool(double fraction)>;

    explicit CsvExporter(const HistoryReader& reader);

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // Asks a running export to stop at the next row. Safe from any thread.
    void cancel() { m_cancelRequested.store(true, std::memory_order_relaxed); }

    // Writes the table to `path`, replacing a file there only once the table is complete.
    Result exportToFile(const Options& options, const QString& path);
    // Streams the table to an open device (standard output). No atomic replace is possible
    // there: after a failure the device holds the rows written so far. `name` names it in
    // messages.
    Result exportToDevice(const Options& options, QIODevice& device, const QString& name);

    // The header row's cells joined with `,` (without preamble or line end); `phases`: raw
    // with the per-phase columns.
    static QByteArray header(Resolution resolution, bool phases = false);

    // The UTC range [from, to) of the options' local days, before capping at nowUtcMs.
    static std::int64_t rangeStartUtcMs(const Options& options);
    static std::int64_t rangeEndUtcMs(const Options& options);

private:
    struct Run;

    // Empty when the options can be exported, else why not (naming `name`).
    static QString validate(const Options& options, const QString& name);
    Result exportTo(const Options& options, QIODevice& device, const QString& name);
    bool writeRaw(Run& run);
    bool writeHourly(Run& run);
    bool writeDaily(Run& run);

    const HistoryReader& m_reader;
    ProgressCallback m_progress;
    std::atomic<bool> m_cancelRequested{false};
};

} // namespace han
