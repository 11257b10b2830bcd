// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_year.h"

#include "history_reader.h"
#include "history_store.h"
#include "meter_simulator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace han::bench {
namespace {

constexpr std::int64_t kHourMs = 3'600'000;
// Rows per transaction: as han-cli import and the desktop's simulated history write.
constexpr int kBatchRows = 5000;

} // namespace

QTimeZone BenchYear::zone()
{
    return QTimeZone(QByteArrayLiteral("Europe/Oslo"));
}

std::int64_t BenchYear::fromUtcMs()
{
    return firstDay().startOfDay(zone()).toMSecsSinceEpoch();
}

std::int64_t BenchYear::toUtcMs()
{
    return lastDay().addDays(1).startOfDay(zone()).toMSecsSinceEpoch();
}

std::int64_t BenchYear::endUtcMs()
{
    return toUtcMs() + kHourMs;
}

SimulatorSettings BenchYear::simulator()
{
    SimulatorSettings settings;
    settings.start = QDateTime::fromMSecsSinceEpoch(fromUtcMs() - kHourMs, QTimeZone::utc());
    return settings;
}

StoredYear storeYear(const QString& path)
{
    StoredYear result;
    QFile::remove(path);
    HistoryStore store;
    HistoryStore::Settings settings;
    settings.batchRows = kBatchRows;
    store.setSettings(settings);
    QObject::connect(&store, &HistoryStore::failed,
                     [&result](const QString& error) { result.error = error; });
    store.open(path);
    if (!result.error.isEmpty())
        return result;

    MeterSimulator simulator(BenchYear::simulator());
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(BenchYear::endUtcMs(), QTimeZone::utc());
    QElapsedTimer clock;
    qint64 simulateNs = 0;
    while (true) {
        clock.start();
        if (simulator.nextPushUtc() >= end)
            break;
        const SimulatedFrame frame = simulator.next();
        simulateNs += clock.nsecsElapsed();
        store.storeReading(frame.reading);
        if (!result.error.isEmpty())
            return result;
    }
    simulateNs += clock.nsecsElapsed();
    store.flush(); // so the statistics count the last batch too
    const HistoryWriter::Statistics s = store.statistics();
    store.close();
    if (!result.error.isEmpty())
        return result;
    result.readings = s.readingsStored;
    result.snapshots = s.snapshotsStored;
    result.simulateSeconds = static_cast<double>(simulateNs) / 1e9;
    result.ok = true;
    return result;
}

QString cachedYearPath()
{
    return QStringLiteral(HAN_BENCH_DATA_DIR "/year-2025.sqlite");
}

QString cachedYearDatabase(QString& error)
{
    const QString path = cachedYearPath();
    if (QFileInfo::exists(path)) {
        HistoryReader reader;
        if (reader.open(path) && !reader.meters().empty())
            return path;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Made under another name and renamed: an interrupted run leaves no half year behind.
    const QString partial = path + QStringLiteral(".partial");
    const StoredYear stored = storeYear(partial);
    if (!stored.ok) {
        error = stored.error;
        return {};
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (!QFile::rename(partial, path)) {
        error = QStringLiteral("could not rename %1 to %2").arg(partial, path);
        return {};
    }
    return path;
}

} // namespace han::bench
