// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export (issue 7, benchmark 4): the raw readings of a day, a month and the bench year
// (BenchYear, a real year-sized SQLite file cached in the build tree) exported through
// CsvExporter to a file, with rows/s and the export's own peak memory (VmHWM, reset before each
// export), so "memory flat" reads as the year's peak equal to the day's. Beside them the hourly
// and daily tables of the year, and the read side alone (HistoryReader::forEachReading over the
// year with nothing done per row), the floor under the raw export.
//
// usage: export_bench [Google Benchmark options, e.g. --benchmark_filter=Raw]
#include "bench_line.h"
#include "bench_run.h"
#include "bench_year.h"
#include "process_memory.h"

#include "csv_exporter.h"
#include "history_reader.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <string>

namespace {

using han::CsvExporter;
using han::HistoryReader;
using han::bench::BenchYear;

QString g_database;

QString meterId()
{
    return BenchYear::simulator().meterId;
}

void exportRange(benchmark::State& state, CsvExporter::Resolution resolution, int days)
{
    HistoryReader reader;
    if (!reader.open(g_database)) {
        state.SkipWithError(qPrintable(reader.errorString()));
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    CsvExporter::Options options;
    options.meterId = meterId();
    options.firstDay = BenchYear::firstDay();
    options.lastDay = options.firstDay.addDays(days - 1);
    options.resolution = resolution;
    options.zone = BenchYear::zone();
    std::int64_t rows = 0;
    qint64 bytes = 0;
    long growthKb = 0;
    for (auto _ : state) {
        const bool reset = han::bench::resetPeak();
        const long baselineKb = han::bench::residentKb();
        CsvExporter exporter(reader);
        const CsvExporter::Result result = exporter.exportToFile(options, path);
        growthKb = reset ? han::bench::peakKb() - baselineKb : -1;
        if (!result.ok) {
            state.SkipWithError(qPrintable(result.errorString));
            return;
        }
        rows = result.rows;
        bytes = QFileInfo(path).size();
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["rows_per_s"] =
        benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["MB"] = static_cast<double>(bytes) / 1e6;
    // The export's own peak over the resident size before it: flat memory is this staying the
    // same from a day to a year.
    state.counters["peak_growth_kB"] = static_cast<double>(growthKb);
}

void BM_ExportRaw(benchmark::State& state)
{
    exportRange(state, CsvExporter::Resolution::Raw, static_cast<int>(state.range(0)));
}
BENCHMARK(BM_ExportRaw)
    ->Arg(1)
    ->Arg(31)
    ->Arg(365)
    ->Iterations(1)
    ->UseRealTime()
    ->Unit(benchmark::kSecond);

void BM_ExportHourly(benchmark::State& state)
{
    exportRange(state, CsvExporter::Resolution::Hourly, static_cast<int>(state.range(0)));
}
BENCHMARK(BM_ExportHourly)->Arg(365)->Iterations(3)->UseRealTime()->Unit(benchmark::kMillisecond);

void BM_ExportDaily(benchmark::State& state)
{
    exportRange(state, CsvExporter::Resolution::Daily, static_cast<int>(state.range(0)));
}
BENCHMARK(BM_ExportDaily)->Arg(365)->Iterations(3)->UseRealTime()->Unit(benchmark::kMillisecond);

// The read side alone: every reading of the year streamed through forEachReading.
void BM_ReadYear(benchmark::State& state)
{
    HistoryReader reader;
    if (!reader.open(g_database)) {
        state.SkipWithError(qPrintable(reader.errorString()));
        return;
    }
    std::int64_t rows = 0;
    for (auto _ : state) {
        rows = 0;
        double sum = 0;
        reader.forEachReading(meterId(), BenchYear::fromUtcMs(), BenchYear::toUtcMs(),
                              [&](const han::StoredReading& r) {
                                  ++rows;
                                  sum += r.reading.activeImportW.value_or(0);
                                  return true;
                              });
        benchmark::DoNotOptimize(sum);
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["rows_per_s"] =
        benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ReadYear)->Iterations(1)->UseRealTime()->Unit(benchmark::kSecond);

void printFigures(const han::bench::CollectingReporter& r)
{
    using han::bench::printBenchLine;
    const std::string year = "BM_ExportRaw/365/iterations:1/real_time";
    const std::string month = "BM_ExportRaw/31/iterations:1/real_time";
    if (const double seconds = han::bench::realSeconds(r, year); seconds > 0) {
        const std::string what =
            "CSV export: the raw year, " +
            std::to_string(static_cast<long long>(r.counter(year, "rows"))) + " rows, " +
            std::to_string(static_cast<long long>(r.counter(year, "MB"))) + " MB";
        printBenchLine("export_raw_year", seconds, "s", "<=10", what.c_str());
        printBenchLine("export_raw_cpu", han::bench::cpuSeconds(r, year), "s", "-",
                       "CSV export: CPU time of the raw year");
        printBenchLine("export_raw_rows", r.counter(year, "rows_per_s"), "rows/s", "-",
                       "CSV export: raw rows/s");
        printBenchLine("export_raw_memory", r.counter(year, "peak_growth_kB"), "kB", "-",
                       "CSV export: peak memory growth during the raw year");
        if (han::bench::realSeconds(r, month) > 0)
            printBenchLine("export_raw_memory_flat",
                           r.counter(year, "peak_growth_kB") - r.counter(month, "peak_growth_kB"),
                           "kB", "<=1024",
                           "CSV export: the year's peak growth over a month's (flat: no more "
                           "than noise)");
    }
    if (const double s = han::bench::realSeconds(r, "BM_ReadYear/iterations:1/real_time"); s > 0)
        printBenchLine("export_read_year", s, "s", "-",
                       "CSV export's read side alone: the year through forEachReading");
    if (const double s = han::bench::realSeconds(r, "BM_ExportHourly/365/iterations:3/real_time");
        s > 0)
        printBenchLine("export_hourly_year", s * 1000, "ms", "-",
                       "CSV export: hourly year, 8 760 rows");
    if (const double s = han::bench::realSeconds(r, "BM_ExportDaily/365/iterations:3/real_time");
        s > 0)
        printBenchLine("export_daily_year", s * 1000, "ms", "-", "CSV export: daily year");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString error;
    g_database = han::bench::cachedYearDatabase(error);
    if (g_database.isEmpty()) {
        std::fprintf(stderr, "export_bench: %s\n", qPrintable(error));
        return 1;
    }
    return han::bench::runBenchmarks(argc, argv, printFigures);
}
