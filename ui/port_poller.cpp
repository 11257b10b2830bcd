// SPDX-License-Identifier: GPL-3.0-or-later
#include "port_poller.h"

#include "port_locator.h"

#include <QThread>
#include <QTimer>

namespace han::ui {

PortPoller::PortPoller(std::shared_ptr<const PortLocator> locator, QObject* parent)
    : QObject(parent), m_locator(std::move(locator))
{
}

PortPoller::~PortPoller()
{
    stop();
}

void PortPoller::start(int intervalMs)
{
    stop();
    if (!m_locator)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ports"));
    // The timer lives on the thread, so each poll runs there; it is deleted there when the
    // thread ends.
    auto* timer = new QTimer;
    timer->setInterval(intervalMs);
    timer->moveToThread(m_thread);
    // `this` outlives the thread: stop() joins it before the poller is destroyed, and a result
    // still queued then is discarded with the poller.
    connect(timer, &QTimer::timeout, timer, [this, locator = m_locator] {
        std::vector<PortInfo> ports = locator->availablePorts();
        QMetaObject::invokeMethod(
            this,
            [this, ports = std::move(ports)] {
                if (m_thread) // not stopped meanwhile
                    emit portsFound(ports);
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::started, timer, qOverload<>(&QTimer::start));
    connect(m_thread, &QThread::finished, timer, &QObject::deleteLater);
    m_thread->start();
}

void PortPoller::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace han::ui
