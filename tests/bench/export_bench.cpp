// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for the CSV export, printed, not asserted (run by hand):
//   export_bench [--days N] [--db PATH] [--dialect rfc4180|nordic]
// Fills a history database with N days (default 365) of the simulated meter through the store's
// bulk-import path (or reuses PATH when it already holds data), then exports raw, hourly and
// daily CSV for growing ranges and prints rows/s and the process's peak memory during each
// export. Peak memory is VmHWM from /proc/self/status, reset before each export by writing 5 to
// /proc/self/clear_refs, so each figure is that export's own peak: raw export streams, so its
// peak must not grow with the range.
#include "../export_history.h"
#include "csv_exporter.h"
#include "history_reader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

namespace {

using namespace han;

// "VmHWM:    12345 kB" -> 12345; 0 when absent.
long statusKb(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray wanted = QByteArray(key) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(wanted))
            return line.mid(wanted.size()).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// Resets VmHWM to the current RSS (Linux 4.0+). False when the kernel does not allow it.
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

struct Figure
{
    std::int64_t rows = 0;
    double seconds = 0;
    qint64 bytes = 0;
    long baselineKb = 0;
    long peakKb = 0;
};

std::optional<Figure> exportOnce(const HistoryReader& reader, const CsvExporter::Options& options,
                                 const QString& path)
{
    Figure f;
    const bool reset = resetPeak();
    f.baselineKb = statusKb("VmRSS");
    QElapsedTimer timer;
    timer.start();
    CsvExporter exporter(reader);
    const CsvExporter::Result result = exporter.exportToFile(options, path);
    f.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    f.peakKb = statusKb("VmHWM");
    if (!reset)
        f.baselineKb = -1;
    if (!result.ok) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(result.errorString));
        return std::nullopt;
    }
    f.rows = result.rows;
    f.bytes = QFileInfo(path).size();
    QFile::remove(path);
    return f;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days of data."),
                                        QStringLiteral("N"), QStringLiteral("365"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Database to fill or reuse."), QStringLiteral("PATH"));
    const QCommandLineOption dialectOption(QStringLiteral("dialect"),
                                           QStringLiteral("rfc4180 or nordic."),
                                           QStringLiteral("dialect"), QStringLiteral("rfc4180"));
    parser.addOptions({daysOption, dbOption, dialectOption});
    parser.addHelpOption();
    parser.process(app);

    const int days = parser.value(daysOption).toInt();
    const std::optional<CsvWriter::Dialect> dialect =
        CsvWriter::dialectFromName(parser.value(dialectOption));
    if (days < 1 || !dialect) {
        std::fprintf(stderr, "bad --days or --dialect\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString db = parser.isSet(dbOption) ? parser.value(dbOption)
                                              : dir.filePath(QStringLiteral("bench.sqlite"));
    const QTimeZone oslo(QByteArrayLiteral("Europe/Oslo"));
    const QDate firstDay(2025, 1, 1);
    const QDate lastDay = firstDay.addDays(days - 1);

    if (!QFileInfo::exists(db)) {
        std::printf("filling %s with %d days of 10 s readings...\n", qPrintable(db), days);
        std::fflush(stdout);
        QElapsedTimer timer;
        timer.start();
        const test::FilledHistory filled = test::fillHistory(
            db, test::exportSimulator(firstDay.startOfDay(oslo).toUTC().addSecs(-3600)),
            lastDay.addDays(1).startOfDay(oslo).toUTC().addSecs(3600));
        if (!filled.ok) {
            std::fprintf(stderr, "fill failed: %s\n", qPrintable(filled.error));
            return 1;
        }
        const double s = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        std::printf("import: %lld pushes in %.1f s = %.0f rows/s; database %.1f MB\n",
                    static_cast<long long>(filled.pushes), s,
                    static_cast<double>(filled.pushes) / s,
                    static_cast<double>(QFileInfo(db).size()) / 1e6);
    }

    HistoryReader reader;
    if (!reader.open(db)) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.errorString()));
        return 1;
    }
    const std::vector<MeterInfo> meters = reader.meters();
    if (meters.empty()) {
        std::fprintf(stderr, "no meter in %s\n", qPrintable(db));
        return 1;
    }
    std::printf("peak memory is the export's own when the baseline column is set "
                "(VmHWM reset through /proc/self/clear_refs)\n");
    std::printf("%-8s %6s %10s %9s %11s %9s %12s %12s %10s\n", "kind", "days", "rows", "seconds",
                "rows/s", "MB", "baseline kB", "peak kB", "growth kB");
    const QString out = dir.filePath(QStringLiteral("export.csv"));
    struct Run
    {
        CsvExporter::Resolution resolution;
        int days;
    };
    const Run runs[] = {{CsvExporter::Resolution::Raw, 1},
                        {CsvExporter::Resolution::Raw, std::min(days, 31)},
                        {CsvExporter::Resolution::Raw, days},
                        {CsvExporter::Resolution::Hourly, days},
                        {CsvExporter::Resolution::Daily, days}};
    for (const Run& r : runs) {
        CsvExporter::Options options;
        options.meterId = meters.front().meterId;
        options.firstDay = firstDay;
        options.lastDay = firstDay.addDays(r.days - 1);
        options.resolution = r.resolution;
        options.dialect = *dialect;
        options.zone = oslo;
        const std::optional<Figure> f = exportOnce(reader, options, out);
        if (!f)
            return 1;
        std::printf("%-8s %6d %10lld %9.2f %11.0f %9.1f %12ld %12ld %10ld\n",
                    CsvExporter::resolutionName(r.resolution), r.days,
                    static_cast<long long>(f->rows), f->seconds,
                    static_cast<double>(f->rows) / f->seconds, static_cast<double>(f->bytes) / 1e6,
                    f->baselineKb, f->peakKb, f->baselineKb >= 0 ? f->peakKb - f->baselineKb : -1L);
        std::fflush(stdout);
    }
    return 0;
}
