// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace han::cli {

// `han-cli ports`: the serial ports with description, manufacturer, VID:PID and serial number.
class PortsCommand
{
    Q_DECLARE_TR_FUNCTIONS(PortsCommand)

public:
    int run(const QStringList& arguments);
};

} // namespace han::cli
