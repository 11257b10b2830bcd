// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace han {

// What the system says about one serial port (a value copy of QSerialPortInfo's fields).
struct PortInfo
{
    QString portName;       // "ttyUSB0"
    QString systemLocation; // "/dev/ttyUSB0"
    QString description;
    QString manufacturer;
    QString serialNumber;
    bool hasVendorId = false;
    bool hasProductId = false;
    std::uint16_t vendorId = 0;
    std::uint16_t productId = 0;
};

} // namespace han
