// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history_event.h"
#include "history_writer.h"
#include "meter_reading.h"
#include "meter_settings.h"
#include "simulated_history.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace han {

// Records the history while the program runs: a QObject that lives on the history thread
// (HistoryController moves it there) and owns that thread's SQLite connection, created in
// open(). Every slot runs on that thread; readings arrive through queued connections, so the
// acquisition thread never waits for the disk.
//
// Writes are batched: a transaction at most commitIntervalMs after the first pending row, or
// at once when batchRows are pending, and on close(). A commit that fails (a full disk, a file
// locked by another program for more than the busy timeout) is reported once through failed()
// in words for people and retried with backoff (1, 2, 5, 10, 30 s); the rows wait in memory,
// the file keeps what it has. recovered() says when writing works again.
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int commitIntervalMs = 1000;
        int batchRows = 500;
        // Rows kept in memory while the file cannot be written (about three weeks of 10 s
        // readings); beyond that the oldest are given up, and failed() says so.
        int maxPendingRows = 200'000;
        std::int64_t sizeLimitBytes = 0; // HistoryWriter::setSizeLimit
    };

    explicit HistoryStore(QObject* parent = nullptr);
    ~HistoryStore() override;

    // Call before open(), on the store's thread (or before it is moved there).
    void setSettings(const Settings& settings);
    // On the store's thread.
    HistoryWriter::Statistics statistics() const;

    // On the store's thread: writes the simulated meter's pushes up to `toUtcMs` through this
    // store's writer (SimulatedHistory), then reports the new rows like any batch.
    SimulatedHistory::Result fillSimulatedHistory(const SimulatorSettings& settings,
                                                  std::int64_t toUtcMs);

public slots:
    // Empty: HistoryWriter::defaultPath().
    void open(const QString& path);
    void storeReading(const han::MeterReading& reading);
    void storeEvent(const han::HistoryEvent& event);
    // Changes a meter's clock mode and scale corrections (its row in `meters`) and commits at
    // once, so a read connection sees them; a meter the file does not know yet is added.
    // Readings already stored keep their times and values.
    void setMeterSettings(const QString& meterId, const han::MeterSettings& settings);
    // Replaces the file's capacity tariff ladder and commits at once, so a read connection
    // (HistoryReader::capacityLadder, han-cli capacity) sees it.
    void setCapacityLadder(const han::CapacityLadder& ladder);
    // Commits what is pending now.
    void flush();
    // Commits, then writes a consistent copy to `path` (VACUUM INTO); the recording goes on.
    void backup(const QString& path);
    // Commits what is pending and closes the file.
    void close();

signals:
    void opened(const QString& path);
    void failed(const QString& error);
    void recovered();
    void batchCommitted(qint64 batchId, int rows);
    void backupFinished(bool ok, const QString& detail);
    void closed();

private:
    void commitPending();
    void scheduleCommit();
    void reportDropped();

    std::unique_ptr<HistoryWriter> m_writer;
    Settings m_settings;
    QTimer m_commitTimer;
    bool m_failing = false;
    int m_retryAttempt = 0;
    std::int64_t m_droppedReported = 0;
};

} // namespace han
