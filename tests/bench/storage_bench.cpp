// SPDX-License-Identifier: GPL-3.0-or-later
// The history store (issue 7, benchmarks 2 and 3):
//  - StoreYear: the bench year (BenchYear: about 3.16 million List 1 and 8 762 List 2 of the
//    simulated meter) recorded through HistoryStore into a new SQLite file: rows/s overall and
//    for the store alone (the simulator's share timed apart), and the file's size. The first
//    run keeps its file as the cached year the other benchmarks read.
//  - HourlyEnergyYear: HistoryReader::hourlyEnergy over the whole year of that real file.
//  - CapacityMonth: a month's capacity-tariff peaks as han-cli capacity gets them, the month's
//    hours read from that file and CapacityCalculator::month over them; CapacityCalculator
//    alone on hours already read.
//
// usage: storage_bench [Google Benchmark options, e.g. --benchmark_filter=Hourly]
#include "bench_line.h"
#include "bench_run.h"
#include "bench_year.h"

#include "capacity_calculator.h"
#include "capacity_ladder.h"
#include "history_reader.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <string>
#include <vector>

namespace {

using han::HistoryReader;
using han::bench::BenchYear;

qint64 fileSize(const QString& path)
{
    return QFileInfo(path).size();
}

void BM_StoreYear(benchmark::State& state)
{
    QDir().mkpath(QStringLiteral(HAN_BENCH_DATA_DIR));
    // Beside the cache, so the file can become the cache by a rename.
    QTemporaryDir dir(QStringLiteral(HAN_BENCH_DATA_DIR "/store-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("year.sqlite"));
    han::bench::StoredYear stored;
    QElapsedTimer timer;
    for (auto _ : state) {
        timer.start();
        stored = han::bench::storeYear(path);
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!stored.ok) {
        state.SkipWithError(qPrintable(stored.error));
        return;
    }
    const qint64 bytes = fileSize(path) + fileSize(path + QStringLiteral("-wal"));
    // Rows written: each push is a reading, each List 2 also a register snapshot.
    const auto rows = static_cast<double>(stored.readings + stored.snapshots);
    state.counters["readings"] = static_cast<double>(stored.readings);
    state.counters["snapshots"] = static_cast<double>(stored.snapshots);
    state.counters["rows_per_s"] =
        benchmark::Counter(rows, benchmark::Counter::kIsIterationInvariantRate);
    state.counters["simulate_s"] = stored.simulateSeconds;
    // The store's own rate: the simulator's time taken out.
    state.counters["store_rows_per_s"] = rows / (seconds - stored.simulateSeconds);
    state.counters["MB"] = static_cast<double>(bytes) / 1e6;
    state.counters["bytes_per_reading"] =
        static_cast<double>(bytes) / static_cast<double>(stored.readings);
    if (!QFileInfo::exists(han::bench::cachedYearPath()))
        QFile::rename(path, han::bench::cachedYearPath());
}
BENCHMARK(BM_StoreYear)->Iterations(1)->UseRealTime()->Unit(benchmark::kSecond);

bool openCachedYear(benchmark::State& state, HistoryReader& reader)
{
    QString error;
    const QString path = han::bench::cachedYearDatabase(error);
    if (path.isEmpty() || !reader.open(path)) {
        state.SkipWithError(qPrintable(path.isEmpty() ? error : reader.errorString()));
        return false;
    }
    return true;
}

void BM_HourlyEnergyYear(benchmark::State& state)
{
    HistoryReader reader;
    if (!openCachedYear(state, reader))
        return;
    const QString meterId = BenchYear::simulator().meterId;
    std::size_t hours = 0;
    for (auto _ : state) {
        const auto table =
            reader.hourlyEnergy(meterId, BenchYear::fromUtcMs(), BenchYear::toUtcMs());
        hours = table.size();
        benchmark::DoNotOptimize(table.data());
    }
    state.counters["hours"] = static_cast<double>(hours);
}
BENCHMARK(BM_HourlyEnergyYear)->UseRealTime()->Unit(benchmark::kMillisecond);

// October 2025: 31 days and the 25-hour day of the autumn change, the longest month.
constexpr int kMonth = 10;

std::vector<han::HourlyEnergy> monthHours(const HistoryReader& reader)
{
    const QDate first(2025, kMonth, 1);
    return reader.hourlyEnergy(BenchYear::simulator().meterId,
                               first.startOfDay(BenchYear::zone()).toMSecsSinceEpoch(),
                               first.addMonths(1).startOfDay(BenchYear::zone()).toMSecsSinceEpoch());
}

void BM_CapacityMonth(benchmark::State& state)
{
    HistoryReader reader;
    if (!openCachedYear(state, reader))
        return;
    const han::CapacityLadder ladder = han::CapacityLadder::defaultLadder();
    const bool read = state.range(0) != 0;
    const std::vector<han::HourlyEnergy> readOnce = monthHours(reader);
    std::size_t peaks = 0;
    for (auto _ : state) {
        const han::CapacityMonth month = han::CapacityCalculator::month(
            read ? monthHours(reader) : readOnce, 2025, kMonth, BenchYear::zone(), ladder, false);
        peaks = month.peaks.size();
        benchmark::DoNotOptimize(month.averageKw);
    }
    state.counters["hours"] = static_cast<double>(readOnce.size());
    state.counters["peaks"] = static_cast<double>(peaks);
}
// 1: reading the month's hours and the calculator (what han-cli capacity does); 0: the
// calculator alone.
BENCHMARK(BM_CapacityMonth)->ArgName("read")->Arg(1)->Arg(0)->UseRealTime()->Unit(
    benchmark::kMillisecond);

void printFigures(const han::bench::CollectingReporter& r)
{
    using han::bench::printBenchLine;
    const std::string store = "BM_StoreYear/iterations:1/real_time";
    if (const double seconds = han::bench::realSeconds(r, store); seconds > 0) {
        const std::string what =
            "storing: a year of 10 s readings (" +
            std::to_string(static_cast<long long>(r.counter(store, "readings"))) + " readings + " +
            std::to_string(static_cast<long long>(r.counter(store, "snapshots"))) +
            " register snapshots) recorded through HistoryStore";
        printBenchLine("storage_import", seconds, "s", "<=30", what.c_str());
        printBenchLine("storage_import_cpu", han::bench::cpuSeconds(r, store), "s", "-",
                       "storing: CPU time of that (the wall clock includes the disk and the "
                       "neighbours)");
        printBenchLine("storage_rows_overall", r.counter(store, "rows_per_s"), "rows/s", "-",
                       "storing: rows/s overall (simulating the frames included)");
        printBenchLine("storage_rows", r.counter(store, "store_rows_per_s"), "rows/s", "-",
                       "storing: rows/s of the store alone");
        printBenchLine("storage_size", r.counter(store, "MB"), "MB", "<=250",
                       "storing: the year's database on disk");
    }
    if (const double s = han::bench::realSeconds(r, "BM_HourlyEnergyYear/real_time"); s > 0)
        printBenchLine("hourly_energy", s * 1000, "ms", "<=200",
                       "hourly energy: a year's table (8 760 hours) in one call");
    if (const double s = han::bench::realSeconds(r, "BM_CapacityMonth/read:1/real_time"); s > 0)
        printBenchLine("capacity_month", s * 1000, "ms", "-",
                       "capacity peaks: a month's hours read and CapacityCalculator::month");
    if (const double s = han::bench::realSeconds(r, "BM_CapacityMonth/read:0/real_time"); s > 0)
        printBenchLine("capacity_calculator", s * 1000, "ms", "-",
                       "capacity peaks: CapacityCalculator::month alone (745 hours)");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return han::bench::runBenchmarks(argc, argv, printFigures);
}
