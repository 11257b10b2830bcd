// SPDX-License-Identifier: GPL-3.0-or-later
#include "history_controller.h"

#include "history_event.h"
#include "history_store.h"
#include "meter_reading.h"

namespace han {

void HistoryController::registerMetaTypes()
{
    qRegisterMetaType<MeterReading>();
    qRegisterMetaType<HistoryEvent>();
}

HistoryController::HistoryController(QObject* parent) : QObject(parent)
{
    registerMetaTypes();
    m_thread.setObjectName(QStringLiteral("history"));
    m_store = new HistoryStore;
    m_store->moveToThread(&m_thread);
    // Objects live where they are created: the store (and its connection) go on its thread.
    connect(&m_thread, &QThread::finished, m_store, &QObject::deleteLater);
    m_thread.start();
}

HistoryController::~HistoryController()
{
    shutdown();
}

void HistoryController::open(const QString& path)
{
    QMetaObject::invokeMethod(
        m_store, [store = m_store, path] { store->open(path); }, Qt::QueuedConnection);
}

void HistoryController::flush()
{
    QMetaObject::invokeMethod(m_store, &HistoryStore::flush, Qt::QueuedConnection);
}

void HistoryController::backup(const QString& path)
{
    QMetaObject::invokeMethod(
        m_store, [store = m_store, path] { store->backup(path); }, Qt::QueuedConnection);
}

void HistoryController::close()
{
    if (!m_thread.isRunning())
        return;
    // Blocking: the readings queued before this call are stored first (the queue is in
    // order), and the caller may rely on the file being complete afterwards.
    QMetaObject::invokeMethod(m_store, &HistoryStore::close, Qt::BlockingQueuedConnection);
}

void HistoryController::shutdown()
{
    if (!m_thread.isRunning())
        return;
    close();
    m_thread.quit();
    m_thread.wait();
}

} // namespace han
