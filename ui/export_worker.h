// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv_exporter.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>

namespace han::ui {

// Runs one CsvExporter export on the thread it was moved to (the export dialog's "export"
// QThread), with its own HistoryReader: a reader is one SQLite connection, and a connection
// belongs to the thread that opened it. Progress and the result come back as queued signals;
// cancel() may be called from any thread.
class ExportWorker : public QObject
{
    Q_OBJECT

public:
    ExportWorker(const QString& historyPath, const CsvExporter::Options& options,
                 const QString& filePath);

    // Asks the export to stop at the next row; its file is then not written. Any thread.
    void cancel();

public slots:
    // Worker thread: opens the history, writes the file, emits finished() once.
    void run();

signals:
    // Thousandths done, only when the value changes (so a fast export cannot flood the GUI).
    void progressed(int permille);
    void finished(bool ok, bool cancelled, qint64 rows, const QString& errorString);

private:
    const QString m_historyPath;
    const CsvExporter::Options m_options;
    const QString m_filePath;
    std::atomic<bool> m_cancelRequested{false};
    QMutex m_exporterMutex;
    CsvExporter* m_exporter = nullptr; // the running export, under m_exporterMutex
};

} // namespace han::ui
