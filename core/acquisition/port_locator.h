// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "port_info.h"
#include "port_settings.h"

#include <optional>
#include <vector>

namespace han {

// Port discovery behind an interface: Qt has no hot-plug signal, so the worker polls this, and
// tests drive the re-plug logic with a table instead of hardware. Called on the worker's thread.
class PortLocator
{
public:
    virtual ~PortLocator() = default;
    virtual std::vector<PortInfo> availablePorts() const = 0;

    // Where the adapter of `settings` is now: by USB serial number first, then by VID:PID (only
    // when exactly one port matches), then under its old name. Empty when it is not there.
    // Paths (a name starting with '/') that the system does not list, such as pseudo-terminals,
    // are returned as they are when the file exists.
    static std::optional<QString> locate(const std::vector<PortInfo>& ports,
                                         const PortSettings& settings, bool pathExists);
};

} // namespace han
