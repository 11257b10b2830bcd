// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "port_locator.h"

namespace han {

// The real port list, over QSerialPortInfo.
class SystemPortLocator : public PortLocator
{
public:
    std::vector<PortInfo> availablePorts() const override;
};

} // namespace han
