// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv_exporter.h"

#include <QObject>
#include <QString>

class QThread;

namespace han::ui {

class ExportWorker;

// Owns the "export" thread and its ExportWorker for one export at a time. Destroying it while
// an export runs cancels the export and waits for the thread, so a closed dialog never leaves
// a thread writing a file. GUI thread.
class ExportController : public QObject
{
    Q_OBJECT

public:
    explicit ExportController(QObject* parent = nullptr);
    ~ExportController() override;

    // Starts exporting the history at `historyPath` to `filePath`; false while one runs.
    bool start(const QString& historyPath, const CsvExporter::Options& options,
               const QString& filePath);
    // Asks the running export to stop; finished() follows with cancelled set.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progressed(int permille);
    // The thread has ended when this is emitted; a new export may start from its slot.
    void finished(bool ok, bool cancelled, qint64 rows, const QString& errorString);

private:
    void stopThread();

    QThread* m_thread = nullptr;
    ExportWorker* m_worker = nullptr;
};

} // namespace han::ui
