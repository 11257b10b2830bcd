// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for the history store, printed, not asserted (run by hand, see docs/ARCHITECTURE.md):
// a year of simulated 10 s data (about 3.15 million List 1 and 8 760 List 2 from MeterSimulator
// at full speed, no faults) imported through the bulk path (HistoryWriter, as `han-cli import`
// uses it), then read back through HistoryReader.
//
// usage: storage_bench [--days N] [--batch ROWS] [--db PATH]
#include "history_reader.h"
#include "history_writer.h"
#include "meter_simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <limits>
#include <vector>

namespace {

// CPU time of this process: on a busy machine the wall clock says more about the neighbours.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

qint64 fileSize(const QString& path)
{
    return QFileInfo(path).size();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    int days = 365;
    int batchRows = 5000;
    QString path;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--days"))
            days = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--batch"))
            batchRows = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--db"))
            path = args[i + 1];
    }
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));

    han::SimulatorSettings settings;
    settings.start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime end = settings.start.addDays(days);
    han::MeterSimulator simulator(settings);

    han::HistoryWriter writer;
    if (!writer.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
        return 1;
    }
    QElapsedTimer total;
    total.start();
    const double cpuStart = cpuSeconds();
    double commitCpu = 0;
    qint64 simulateNs = 0;
    qint64 addNs = 0;
    qint64 commitNs = 0;
    qint64 frames = 0;
    QElapsedTimer clock;
    while (true) {
        clock.start();
        if (simulator.nextPushUtc() >= end)
            break;
        const han::SimulatedFrame frame = simulator.next();
        simulateNs += clock.nsecsElapsed();
        clock.start();
        writer.addReading(frame.reading);
        addNs += clock.nsecsElapsed();
        ++frames;
        if (writer.pendingRows() >= batchRows) {
            clock.start();
            const double cpuBefore = cpuSeconds();
            if (!writer.commit()) {
                std::fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
                return 1;
            }
            commitNs += clock.nsecsElapsed();
            commitCpu += cpuSeconds() - cpuBefore;
        }
    }
    if (!writer.close()) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
        return 1;
    }
    const double seconds = static_cast<double>(total.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    const double simulateSeconds = static_cast<double>(simulateNs) / 1e9;
    const han::HistoryWriter::Statistics s = writer.statistics();
    const qint64 bytes = fileSize(path) + fileSize(path + QStringLiteral("-wal"));

    std::printf("import: %d days, %lld lists (%lld readings, %lld register snapshots), batches of "
                "%d rows\n",
                days, static_cast<long long>(frames), static_cast<long long>(s.readingsStored),
                static_cast<long long>(s.snapshotsStored), batchRows);
    std::printf("import: %.1f s in all, of which %.1f s simulating frames; %.0f lists/s overall, "
                "%.0f lists/s for the store alone\n",
                seconds, simulateSeconds, static_cast<double>(frames) / seconds,
                static_cast<double>(frames) / (seconds - simulateSeconds));
    std::printf("import: %.1f s resolving and collecting (addReading), %.1f s in transactions "
                "(commit)\n",
                static_cast<double>(addNs) / 1e9, static_cast<double>(commitNs) / 1e9);
    std::printf("import: CPU %.1f s in all, %.1f s of it in commit (%.0f rows/s of CPU)\n", cpu,
                commitCpu, static_cast<double>(s.readingsStored + s.snapshotsStored) / commitCpu);
    std::printf("size: %.1f MB (%.1f bytes per reading)\n", static_cast<double>(bytes) / 1e6,
                static_cast<double>(bytes) / static_cast<double>(s.readingsStored));

    han::HistoryReader reader;
    if (!reader.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.errorString()));
        return 1;
    }
    total.restart();
    qint64 read = 0;
    double sum = 0;
    reader.forEachReading(settings.meterId, 0, std::numeric_limits<std::int64_t>::max(),
                          [&](const han::StoredReading& r) {
                              ++read;
                              sum += r.reading.activeImportW.value_or(0);
                              return true;
                          });
    const double readSeconds = static_cast<double>(total.nsecsElapsed()) / 1e9;
    std::printf("read back: %lld readings in %.1f s, %.0f readings/s (mean import %.0f W)\n",
                static_cast<long long>(read), readSeconds, static_cast<double>(read) / readSeconds,
                sum / static_cast<double>(read));
    total.restart();
    const auto hours = reader.hourlyEnergy(settings.meterId, settings.start.toMSecsSinceEpoch(),
                                           end.toMSecsSinceEpoch());
    std::printf("hourly energy: %zu hours in %.2f s\n", hours.size(),
                static_cast<double>(total.nsecsElapsed()) / 1e9);
    return 0;
}
