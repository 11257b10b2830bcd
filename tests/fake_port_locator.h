// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A port list the test changes by hand: adapters plugged in and pulled out without hardware.
// Locked: the model polls it from its own thread while the test changes it.

#include "port_locator.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <algorithm>
#include <cstdint>

namespace han::test {

class FakePortLocator : public PortLocator
{
public:
    std::vector<PortInfo> availablePorts() const override
    {
        QMutexLocker lock(&m_mutex);
        m_lastCaller = QThread::currentThread();
        return m_ports;
    }
    // The thread of the latest availablePorts() call.
    QThread* lastCaller() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lastCaller;
    }

    void setPorts(std::vector<PortInfo> ports)
    {
        QMutexLocker lock(&m_mutex);
        m_ports = std::move(ports);
    }
    void plug(const PortInfo& port)
    {
        QMutexLocker lock(&m_mutex);
        m_ports.push_back(port);
    }
    void unplug(const QString& systemLocation)
    {
        QMutexLocker lock(&m_mutex);
        m_ports.erase(
            std::remove_if(m_ports.begin(), m_ports.end(),
                           [&](const PortInfo& p) { return p.systemLocation == systemLocation; }),
            m_ports.end());
    }

    // A USB adapter, e.g. usbPort("ttyUSB0", 0x0403, 0x6001, "A6008isP", "FTDI").
    static PortInfo usbPort(const QString& name, std::uint16_t vid, std::uint16_t pid,
                            const QString& serial, const QString& manufacturer = QString(),
                            const QString& description = QString())
    {
        PortInfo p;
        p.portName = name;
        p.systemLocation = QStringLiteral("/dev/") + name;
        p.description = description;
        p.manufacturer = manufacturer;
        p.serialNumber = serial;
        p.hasVendorId = p.hasProductId = true;
        p.vendorId = vid;
        p.productId = pid;
        return p;
    }
    // A built-in UART without USB ids.
    static PortInfo uart(const QString& name)
    {
        PortInfo p;
        p.portName = name;
        p.systemLocation = QStringLiteral("/dev/") + name;
        return p;
    }

private:
    mutable QMutex m_mutex;
    std::vector<PortInfo> m_ports;
    mutable QThread* m_lastCaller = nullptr;
};

} // namespace han::test
