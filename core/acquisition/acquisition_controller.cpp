// SPDX-License-Identifier: GPL-3.0-or-later
#include "acquisition_controller.h"

#include "acquisition_worker.h"

namespace han {

void AcquisitionController::registerMetaTypes()
{
    qRegisterMetaType<MeterReading>();
    qRegisterMetaType<FrameError>();
    qRegisterMetaType<LinkState>();
    qRegisterMetaType<LinkStatistics>();
    qRegisterMetaType<SourceSpec>();
}

AcquisitionController::AcquisitionController(QObject* parent) : QObject(parent)
{
    registerMetaTypes();
    m_thread.setObjectName(QStringLiteral("acquisition"));
    m_worker = new AcquisitionWorker;
    m_worker->moveToThread(&m_thread);
    // Objects live where they are created: the worker deletes itself on its own thread.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

AcquisitionController::~AcquisitionController()
{
    shutdown();
}

void AcquisitionController::start(const SourceSpec& spec)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, spec] { worker->start(spec); }, Qt::QueuedConnection);
}

void AcquisitionController::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &AcquisitionWorker::stop, Qt::BlockingQueuedConnection);
}

void AcquisitionController::startRecording(const QString& path)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path] { worker->startRecording(path); },
        Qt::QueuedConnection);
}

void AcquisitionController::stopRecording()
{
    QMetaObject::invokeMethod(m_worker, &AcquisitionWorker::stopRecording, Qt::QueuedConnection);
}

void AcquisitionController::shutdown()
{
    if (!m_thread.isRunning())
        return;
    stop();
    m_thread.quit();
    m_thread.wait();
}

} // namespace han
