// SPDX-License-Identifier: GPL-3.0-or-later
#include "system_port_locator.h"

#include <QSerialPortInfo>

namespace han {

std::vector<PortInfo> SystemPortLocator::availablePorts() const
{
    std::vector<PortInfo> ports;
    const QList<QSerialPortInfo> infos = QSerialPortInfo::availablePorts();
    ports.reserve(static_cast<std::size_t>(infos.size()));
    for (const QSerialPortInfo& info : infos) {
        PortInfo p;
        p.portName = info.portName();
        p.systemLocation = info.systemLocation();
        p.description = info.description();
        p.manufacturer = info.manufacturer();
        p.serialNumber = info.serialNumber();
        p.hasVendorId = info.hasVendorIdentifier();
        p.hasProductId = info.hasProductIdentifier();
        p.vendorId = info.vendorIdentifier();
        p.productId = info.productIdentifier();
        ports.push_back(p);
    }
    return ports;
}

} // namespace han
