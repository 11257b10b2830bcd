// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A port list the test changes by hand: adapters plugged in and pulled out without hardware.

#include "port_locator.h"

#include <algorithm>
#include <cstdint>

namespace han::test {

class FakePortLocator : public PortLocator
{
public:
    std::vector<PortInfo> availablePorts() const override { return ports; }

    void plug(const PortInfo& port) { ports.push_back(port); }
    void unplug(const QString& systemLocation)
    {
        ports.erase(
            std::remove_if(ports.begin(), ports.end(),
                           [&](const PortInfo& p) { return p.systemLocation == systemLocation; }),
            ports.end());
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

    std::vector<PortInfo> ports;
};

} // namespace han::test
