// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_worker.h"

#include "history_reader.h"

#include <QDir>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace han::ui {

ExportWorker::ExportWorker(const QString& historyPath, const CsvExporter::Options& options,
                           const QString& filePath)
    : m_historyPath(historyPath), m_options(options), m_filePath(filePath)
{
}

void ExportWorker::cancel()
{
    m_cancelRequested.store(true);
    QMutexLocker lock(&m_exporterMutex);
    if (m_exporter)
        m_exporter->cancel();
}

void ExportWorker::run()
{
    HistoryReader reader;
    if (!reader.open(m_historyPath)) {
        emit finished(false, false, 0,
                      tr("Nothing exported to %1: %2")
                          .arg(QDir::toNativeSeparators(m_filePath), reader.errorString()));
        return;
    }
    CsvExporter exporter(reader);
    int lastPermille = -1;
    // The exporter clears its own cancel flag when it starts, so a cancel that comes before
    // that is kept here and answered through the progress callback, which runs first.
    exporter.setProgressCallback([this, &lastPermille](double fraction) {
        const int permille = static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000));
        if (permille != lastPermille) {
            lastPermille = permille;
            emit progressed(permille);
        }
        return !m_cancelRequested.load();
    });
    {
        QMutexLocker lock(&m_exporterMutex);
        m_exporter = &exporter;
    }
    const CsvExporter::Result result = exporter.exportToFile(m_options, m_filePath);
    {
        QMutexLocker lock(&m_exporterMutex);
        m_exporter = nullptr;
    }
    emit finished(result.ok, result.cancelled, result.rows, result.errorString);
}

} // namespace han::ui
