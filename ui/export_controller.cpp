// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_controller.h"

#include "export_worker.h"

#include <QThread>

namespace han::ui {

ExportController::ExportController(QObject* parent) : QObject(parent) {}

ExportController::~ExportController()
{
    if (m_worker)
        m_worker->cancel();
    stopThread();
}

bool ExportController::start(const QString& historyPath, const CsvExporter::Options& options,
                             const QString& filePath)
{
    if (isRunning())
        return false;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("export"));
    m_worker = new ExportWorker(historyPath, options, filePath);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ExportWorker::run);
    connect(m_worker, &ExportWorker::progressed, this, &ExportController::progressed);
    connect(m_worker, &ExportWorker::finished, this,
            [this](bool ok, bool cancelled, qint64 rows, const QString& error) {
                stopThread();
                emit finished(ok, cancelled, rows, error);
            });
    m_thread->start();
    return true;
}

void ExportController::cancel()
{
    if (m_worker)
        m_worker->cancel();
}

void ExportController::stopThread()
{
    if (!m_thread)
        return;
    // After finished() run() has returned; otherwise cancel() makes it return at the next row.
    m_thread->quit();
    m_thread->wait();
    // The thread has ended, so the worker can be deleted from here.
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

} // namespace han::ui
