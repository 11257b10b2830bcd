// SPDX-License-Identifier: GPL-3.0-or-later
#include "port_locator.h"

namespace han {
namespace {

bool sameName(const PortInfo& port, const QString& name)
{
    return port.portName == name || port.systemLocation == name;
}

} // namespace

std::optional<QString> PortLocator::locate(const std::vector<PortInfo>& ports,
                                           const PortSettings& settings, bool pathExists)
{
    if (!settings.serialNumber.isEmpty()) {
        for (const PortInfo& port : ports)
            if (port.serialNumber == settings.serialNumber)
                return port.systemLocation;
    }
    if (settings.vendorId != 0 || settings.productId != 0) {
        // Two adapters of the same model cannot be told apart by VID:PID: then the old name
        // decides, or nothing does.
        const PortInfo* match = nullptr;
        int matches = 0;
        for (const PortInfo& port : ports) {
            // Another adapter of the same model, known by a different serial number, is not ours.
            const bool otherSerial = !settings.serialNumber.isEmpty() &&
                                     !port.serialNumber.isEmpty() &&
                                     port.serialNumber != settings.serialNumber;
            if (port.hasVendorId && port.hasProductId && port.vendorId == settings.vendorId &&
                port.productId == settings.productId && !otherSerial) {
                ++matches;
                if (!match || sameName(port, settings.portName))
                    match = &port;
            }
        }
        if (matches == 1 || (match && sameName(*match, settings.portName)))
            return match->systemLocation;
        if (matches > 1)
            return std::nullopt;
    }
    for (const PortInfo& port : ports)
        if (sameName(port, settings.portName))
            return port.systemLocation;
    if (settings.portName.startsWith(QLatin1Char('/')) && pathExists)
        return settings.portName;
    return std::nullopt;
}

} // namespace han
