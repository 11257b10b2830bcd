// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_exporter.h"

#include "energy_totals.h"
#include "history_reader.h"
#include "iso_time_formatter.h"
#include "reading_fields.h"

#include <QDateTime>
#include <QDir>
#include <QIODevice>
#include <QSaveFile>

#include <algorithm>
#include <vector>

namespace han {
namespace {

constexpr std::int64_t kHourMs = 3'600'000;
// Rows are written out in blocks of about this size: large enough that the device is not
// called per row, small enough that memory stays flat.
constexpr qsizetype kFlushBytes = 256 * 1024;
// Progress and the callback's cancel are checked this often (the atomic flag on every row).
constexpr std::int64_t kProgressEveryRows = 4096;

const char* const kHourlyColumns[] = {
    "hour_start_local", "hour_start_utc",        "import_kwh",
    "export_kwh",       "reactive_import_kvarh", "reactive_export_kvarh",
    "quality",          "import_register_kwh",   "export_register_kwh"};
const char* const kDailyColumns[] = {
    "day",     "import_kwh", "export_kwh", "reactive_import_kvarh", "reactive_export_kvarh",
    "quality", "hours"};

std::vector<const char*> columns(CsvExporter::Resolution resolution, bool phases)
{
    switch (resolution) {
    case CsvExporter::Resolution::Raw: {
        std::vector<const char*> names{"time_local", "time_utc", "meter_time"};
        for (const ReadingField& f : kInstantReadingFields)
            names.push_back(f.key);
        if (phases) {
            for (const ReadingField& f : kPhaseReadingFields)
                names.push_back(f.key);
        }
        names.insert(names.end(), {"meter_id", "meter_type", "list_version"});
        return names;
    }
    case CsvExporter::Resolution::Hourly:
        return {std::begin(kHourlyColumns), std::end(kHourlyColumns)};
    case CsvExporter::Resolution::Daily:
        return {std::begin(kDailyColumns), std::end(kDailyColumns)};
    }
    return {};
}

std::int64_t floorToHour(std::int64_t utcMs)
{
    return utcMs - ((utcMs % kHourMs) + kHourMs) % kHourMs;
}

// One row per hour of [from, to): the reader's rows, with a `missing` row wherever it has
// none, so the file has a row for every hour whatever the calculator left out.
std::vector<HourlyEnergy> completeHours(std::vector<HourlyEnergy> rows, std::int64_t from,
                                        std::int64_t to)
{
    std::sort(rows.begin(), rows.end(), [](const HourlyEnergy& a, const HourlyEnergy& b) {
        return a.hourStartUtcMs < b.hourStartUtcMs;
    });
    std::vector<HourlyEnergy> out;
    out.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, (to - from) / kHourMs)));
    auto missing = [&out](std::int64_t start) {
        HourlyEnergy h;
        h.hourStartUtcMs = start;
        h.quality = EnergyQuality::Missing;
        out.push_back(h);
    };
    std::int64_t expected = from;
    for (const HourlyEnergy& row : rows) {
        if (row.hourStartUtcMs < expected || row.hourStartUtcMs + kHourMs > to)
            continue; // outside the range, or a duplicate
        while (expected + kHourMs <= row.hourStartUtcMs) {
            missing(expected);
            expected += kHourMs;
        }
        out.push_back(row);
        expected = row.hourStartUtcMs + kHourMs;
    }
    while (expected + kHourMs <= to) {
        missing(expected);
        expected += kHourMs;
    }
    return out;
}

} // namespace

struct CsvExporter::Run
{
    const Options& options;
    QIODevice& device;
    QString name;
    CsvWriter writer;
    IsoTimeFormatter time;
    std::int64_t fromUtcMs = 0;
    std::int64_t toUtcMs = 0;
    std::int64_t rows = 0;
    bool phases = false; // raw: the per-phase columns are written
    bool cancelled = false;
    QString error;

    Run(const Options& o, QIODevice& d, const QString& n)
        : options(o), device(d), name(n), writer(o.dialect), time(o.zone)
    {
    }

    bool writeBytes(const QByteArray& bytes)
    {
        // A short write is not yet an error (a disk that fills up mid-block takes what fits);
        // writing the rest then fails with the system's reason, which the message gives.
        qsizetype done = 0;
        while (done < bytes.size()) {
            const qint64 n = device.write(bytes.constData() + done, bytes.size() - done);
            if (n <= 0) {
                error = tr("Could not write %1: %2").arg(name, device.errorString());
                return false;
            }
            done += static_cast<qsizetype>(n);
        }
        return true;
    }

    // Writes the rows built so far to the device.
    bool writeOut()
    {
        const bool ok = writeBytes(writer.buffer());
        writer.clear();
        return ok;
    }

    bool writeOutIfFull() { return writer.buffer().size() < kFlushBytes || writeOut(); }
};

CsvExporter::CsvExporter(const HistoryReader& reader) : m_reader(reader) {}

const char* CsvExporter::resolutionName(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Raw:
        return "raw";
    case Resolution::Hourly:
        return "hourly";
    case Resolution::Daily:
        return "daily";
    }
    return "hourly";
}

std::optional<CsvExporter::Resolution> CsvExporter::resolutionFromName(QStringView name)
{
    for (const Resolution r : {Resolution::Raw, Resolution::Hourly, Resolution::Daily}) {
        if (name == QLatin1String(resolutionName(r)))
            return r;
    }
    return std::nullopt;
}

QByteArray CsvExporter::header(Resolution resolution, bool phases)
{
    QByteArray out;
    for (const char* name : columns(resolution, phases)) {
        if (!out.isEmpty())
            out.append(',');
        out.append(name);
    }
    return out;
}

std::int64_t CsvExporter::rangeStartUtcMs(const Options& options)
{
    const QTimeZone zone = options.zone.isValid() ? options.zone : QTimeZone::utc();
    return options.firstDay.startOfDay(zone).toMSecsSinceEpoch();
}

std::int64_t CsvExporter::rangeEndUtcMs(const Options& options)
{
    const QTimeZone zone = options.zone.isValid() ? options.zone : QTimeZone::utc();
    return options.lastDay.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
}

QString CsvExporter::validate(const Options& options, const QString& name)
{
    if (options.meterId.isEmpty())
        return tr("Nothing exported to %1: no meter was chosen.").arg(name);
    if (!options.firstDay.isValid() || !options.lastDay.isValid() ||
        options.lastDay < options.firstDay)
        return tr("Nothing exported to %1: the first day must not be after the last.").arg(name);
    return QString();
}

CsvExporter::Result CsvExporter::exportToFile(const Options& options, const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    Result invalid;
    invalid.errorString = validate(options, name);
    if (!invalid.errorString.isEmpty())
        return invalid; // before the file exists: nothing to clean up
    // QSaveFile writes a temporary file beside the target and renames it over the target only
    // in commit(); it never falls back to writing the target directly (that is opt-in).
    QSaveFile file(path);
    // Unbuffered: the rows already come in blocks of kFlushBytes, and a write that fails does so
    // at once with the system's reason, not later in a flush inside commit().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        Result result;
        result.errorString = tr("Could not create %1: %2").arg(name, file.errorString());
        return result;
    }
    Result result = exportTo(options, file, name);
    if (!result.ok) {
        file.cancelWriting(); // the destructor removes the temporary file
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.errorString = tr("Could not write %1: %2").arg(name, file.errorString());
    }
    return result;
}

CsvExporter::Result CsvExporter::exportToDevice(const Options& options, QIODevice& device,
                                                const QString& name)
{
    return exportTo(options, device, name);
}

CsvExporter::Result CsvExporter::exportTo(const Options& options, QIODevice& device,
                                          const QString& name)
{
    m_cancelRequested.store(false, std::memory_order_relaxed);
    Result result;
    result.errorString = validate(options, name);
    if (!result.errorString.isEmpty())
        return result;

    Run run(options, device, name);
    run.fromUtcMs = rangeStartUtcMs(options);
    run.toUtcMs = rangeEndUtcMs(options);
    // Known before the header is written: one look-up in the per-phase table's key.
    run.phases = options.resolution == Resolution::Raw &&
                 m_reader.hasPhaseReadings(options.meterId, run.fromUtcMs, run.toUtcMs);

    bool ok = m_progress ? m_progress(0.0) : true;
    if (!ok)
        run.cancelled = true;
    if (ok) {
        for (const char* column : columns(options.resolution, run.phases))
            run.writer.addText(QLatin1String(column));
        run.writer.endRow();
        ok = run.writeBytes(run.writer.preamble()) && run.writeOut();
    }
    if (ok) {
        switch (options.resolution) {
        case Resolution::Raw:
            ok = writeRaw(run);
            break;
        case Resolution::Hourly:
            ok = writeHourly(run);
            break;
        case Resolution::Daily:
            ok = writeDaily(run);
            break;
        }
    }
    if (ok)
        ok = run.writeOut();
    run.writer.clear();
    if (ok && m_progress && !m_progress(1.0)) {
        run.cancelled = true;
        ok = false;
    }

    result.rows = run.rows;
    result.cancelled = run.cancelled;
    result.ok = ok && !run.cancelled;
    if (run.cancelled)
        result.errorString = tr("Export to %1 cancelled.").arg(name);
    else if (!ok)
        result.errorString = run.error;
    return result;
}

bool CsvExporter::writeRaw(Run& run)
{
    const Options& o = run.options;
    // The meter's type and list version as the meters table has them, for readings stored
    // without them.
    QString meterType;
    QString listVersion;
    for (const MeterInfo& info : m_reader.meters()) {
        if (info.meterId == o.meterId) {
            meterType = info.meterType;
            listVersion = info.listVersion;
        }
    }
    const std::int64_t total = m_reader.countReadings(o.meterId, run.fromUtcMs, run.toUtcMs);

    // The identity cells repeat on every row: encode them once per change, not per row.
    struct CachedCell
    {
        QString text;
        QByteArray cell;
        bool set = false;
    };
    CachedCell idCell;
    CachedCell typeCell;
    CachedCell versionCell;
    const CsvWriter::Dialect dialect = o.dialect;
    auto cached = [dialect](CachedCell& c, const QString& text) -> const QByteArray& {
        if (!c.set || c.text != text) {
            c.text = text;
            c.cell = CsvWriter::textCell(text, dialect);
            c.set = true;
        }
        return c.cell;
    };

    bool stoppedByUs = false;
    const bool completed = m_reader.forEachReading(
        o.meterId, run.fromUtcMs, run.toUtcMs, [&](const StoredReading& stored) {
            if (m_cancelRequested.load(std::memory_order_relaxed)) {
                run.cancelled = true;
                stoppedByUs = true;
                return false;
            }
            const MeterReading& r = stored.reading;
            CsvWriter& w = run.writer;
            // Formatted into one stack buffer: no allocation per cell.
            char text[IsoTimeFormatter::kMaxLength];
            w.addEncoded(text, run.time.formatLocal(stored.utcMs, text));
            w.addEncoded(text, IsoTimeFormatter::formatUtc(stored.utcMs, text));
            // Digits, dashes and colons only: never quoted or guarded as text could be.
            w.addEncoded(text, r.meterTime ? IsoTimeFormatter::formatWallClock(*r.meterTime, text)
                                           : 0);
            for (const ReadingField& f : kInstantReadingFields)
                w.addNumber(r.*(f.member));
            if (run.phases) {
                for (const ReadingField& f : kPhaseReadingFields)
                    w.addNumber(r.*(f.member));
            }
            w.addEncoded(cached(idCell, r.meterId.isEmpty() ? stored.meterId : r.meterId));
            w.addEncoded(cached(typeCell, r.meterType.isEmpty() ? meterType : r.meterType));
            w.addEncoded(
                cached(versionCell, r.listVersion.isEmpty() ? listVersion : r.listVersion));
            w.endRow();
            ++run.rows;
            if (!run.writeOutIfFull()) {
                stoppedByUs = true;
                return false;
            }
            if (m_progress && run.rows % kProgressEveryRows == 0 && total > 0) {
                const double fraction =
                    std::min(1.0, static_cast<double>(run.rows) / static_cast<double>(total));
                if (!m_progress(fraction)) {
                    run.cancelled = true;
                    stoppedByUs = true;
                    return false;
                }
            }
            return true;
        });
    if (!completed && !stoppedByUs) {
        run.error = tr("Could not export to %1: reading the history failed: %2")
                        .arg(run.name, m_reader.errorString());
    }
    return completed && !stoppedByUs;
}

bool CsvExporter::writeHourly(Run& run)
{
    const Options& o = run.options;
    const std::int64_t now = o.nowUtcMs.value_or(QDateTime::currentMSecsSinceEpoch());
    const std::int64_t to = std::min(run.toUtcMs, floorToHour(now));
    std::vector<HourlyEnergy> hours;
    if (to > run.fromUtcMs)
        hours =
            completeHours(m_reader.hourlyEnergy(o.meterId, run.fromUtcMs, to), run.fromUtcMs, to);
    if (m_cancelRequested.load(std::memory_order_relaxed)) {
        run.cancelled = true;
        return false;
    }

    const double total = static_cast<double>(hours.size());
    for (const HourlyEnergy& h : hours) {
        if (m_cancelRequested.load(std::memory_order_relaxed)) {
            run.cancelled = true;
            return false;
        }
        CsvWriter& w = run.writer;
        w.addEncoded(run.time.local(h.hourStartUtcMs));
        w.addEncoded(IsoTimeFormatter::utc(h.hourStartUtcMs));
        if (h.quality == EnergyQuality::Missing) {
            // A gap, not zero: the calculator's 0 must not read as an hour without use.
            for (int i = 0; i < 4; ++i)
                w.addEmpty();
        } else {
            w.addNumber(h.importKwh);
            w.addNumber(h.exportKwh);
            w.addNumber(h.reactiveImportKvarh);
            w.addNumber(h.reactiveExportKvarh);
        }
        w.addText(QLatin1String(energyQualityName(h.quality)));
        w.addNumber(h.importRegisterKwh);
        w.addNumber(h.exportRegisterKwh);
        w.endRow();
        ++run.rows;
        if (!run.writeOutIfFull())
            return false;
        if (m_progress && run.rows % kProgressEveryRows == 0 &&
            !m_progress(static_cast<double>(run.rows) / total)) {
            run.cancelled = true;
            return false;
        }
    }
    return true;
}

bool CsvExporter::writeDaily(Run& run)
{
    const Options& o = run.options;
    const std::int64_t now = o.nowUtcMs.value_or(QDateTime::currentMSecsSinceEpoch());
    const std::int64_t to = std::min(run.toUtcMs, floorToHour(now));
    std::vector<EnergyTotal> days;
    if (to > run.fromUtcMs) {
        const std::vector<HourlyEnergy> hours =
            completeHours(m_reader.hourlyEnergy(o.meterId, run.fromUtcMs, to), run.fromUtcMs, to);
        days = EnergyTotals::daily(hours, run.time.zone());
    }

    for (const EnergyTotal& day : days) {
        if (m_cancelRequested.load(std::memory_order_relaxed)) {
            run.cancelled = true;
            return false;
        }
        CsvWriter& w = run.writer;
        w.addEncoded(day.start.toString(Qt::ISODate).toLatin1());
        w.addNumber(day.importKwh);
        w.addNumber(day.exportKwh);
        w.addNumber(day.reactiveImportKvarh);
        w.addNumber(day.reactiveExportKvarh);
        w.addText(QLatin1String(energyQualityName(day.quality)));
        w.addInteger(day.hours);
        w.endRow();
        ++run.rows;
        if (!run.writeOutIfFull())
            return false;
    }
    return true;
}

} // namespace han
