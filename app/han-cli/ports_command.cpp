// SPDX-License-Identifier: GPL-3.0-or-later
#include "ports_command.h"

#include "cli_output.h"
#include "command_line.h"
#include "system_port_locator.h"

namespace han::cli {

int PortsCommand::run(const QStringList& arguments)
{
    CommandLine command(QStringLiteral("han-cli ports"),
                        tr("Lists the serial ports with description, manufacturer, VID:PID and "
                           "serial number."));
    if (const std::optional<int> exitCode = command.parse(arguments))
        return *exitCode;
    if (!command.parser().positionalArguments().isEmpty())
        return command.usageError(tr("'ports' takes no arguments"));
    const std::vector<PortInfo> ports = SystemPortLocator().availablePorts();
    if (ports.empty()) {
        CliOutput::message(tr("No serial ports found. Plug in the USB M-Bus adapter; it shows up "
                              "as /dev/ttyUSB0 or similar."));
        return 0;
    }
    // Column widths from the content, so the table stays aligned whatever the names.
    const QStringList headers{tr("PORT"), tr("DESCRIPTION"), tr("MANUFACTURER"), tr("VID:PID"),
                              tr("SERIAL")};
    std::vector<QStringList> rows;
    for (const PortInfo& p : ports) {
        const QString ids = p.hasVendorId && p.hasProductId
                                ? QStringLiteral("%1:%2")
                                      .arg(p.vendorId, 4, 16, QLatin1Char('0'))
                                      .arg(p.productId, 4, 16, QLatin1Char('0'))
                                : QStringLiteral("-");
        rows.push_back({p.systemLocation,
                        p.description.isEmpty() ? QStringLiteral("-") : p.description,
                        p.manufacturer.isEmpty() ? QStringLiteral("-") : p.manufacturer, ids,
                        p.serialNumber.isEmpty() ? QStringLiteral("-") : p.serialNumber});
    }
    std::vector<int> widths;
    for (const QString& h : headers)
        widths.push_back(static_cast<int>(h.size()));
    for (const QStringList& row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[static_cast<std::size_t>(i)] =
                std::max(widths[static_cast<std::size_t>(i)], static_cast<int>(row[i].size()));
    auto line = [&](const QStringList& cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += cells[i].leftJustified(widths[static_cast<std::size_t>(i)] + 2);
        CliOutput::writeData(text.trimmed().toLocal8Bit() + '\n');
    };
    line(headers);
    for (const QStringList& row : rows)
        line(row);
    return 0;
}

} // namespace han::cli
