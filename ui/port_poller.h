// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "port_info.h"

#include <QObject>

#include <memory>
#include <vector>

class QThread;

namespace han {
class PortLocator;
}

namespace han::ui {

// Asks a PortLocator for the ports every interval on its own "ports" thread: on Linux
// QSerialPortInfo walks /sys and udev, which takes 35-55 ms here, too long for the GUI thread
// every 1.5 s. portsFound() is emitted on the poller's (GUI) thread. The locator must be safe
// to call from that other thread (SystemPortLocator holds no state).
class PortPoller : public QObject
{
    Q_OBJECT

public:
    explicit PortPoller(std::shared_ptr<const PortLocator> locator, QObject* parent = nullptr);
    ~PortPoller() override;

    // Polls every `intervalMs`, the first time after one interval.
    void start(int intervalMs);
    // Returns once the thread has ended; a poll under way is finished and its result dropped.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void portsFound(const std::vector<han::PortInfo>& ports);

private:
    std::shared_ptr<const PortLocator> m_locator;
    QThread* m_thread = nullptr;
};

} // namespace han::ui
