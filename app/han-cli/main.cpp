// SPDX-License-Identifier: GPL-3.0-or-later
// han-cli: the headless face of HAN Monitor. Composition root of the command-line tool.
#include "backup_command.h"
#include "capacity_command.h"
#include "cli_output.h"
#include "decode_command.h"
#include "export_command.h"
#include "han_version.h"
#include "import_command.h"
#include "listen_command.h"
#include "meter_command.h"
#include "ports_command.h"
#include "simulate_command.h"

#include <QCoreApplication>

namespace {

QString usageText()
{
    return QCoreApplication::translate(
        "han-cli", "usage: han-cli COMMAND [options]\n"
                   "\n"
                   "Commands:\n"
                   "  backup   write a consistent copy of the history database\n"
                   "  capacity a month's capacity tariff: top-3 peak hours, average, step\n"
                   "  decode   decode a captured HAN byte stream into meter readings\n"
                   "  export   write a meter's history as CSV: every reading, hourly or daily\n"
                   "  import   decode a captured HAN byte stream into the history database\n"
                   "  listen   decode a live serial port and print readings as they come\n"
                   "  meter    show or change a meter's settings (clock, units) in the history\n"
                   "  ports    list the serial ports\n"
                   "  simulate run a simulated meter and write its frames to a file or port\n"
                   "\n"
                   "Run 'han-cli COMMAND --help' for the options of a command.\n");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The GUI uses the same names, so both find the same settings and history.
    QCoreApplication::setOrganizationName(QStringLiteral(HAN_ORGANIZATION_NAME));
    QCoreApplication::setApplicationName(QStringLiteral(HAN_APPLICATION_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(HAN_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") ||
        command == QLatin1String("help")) {
        han::cli::CliOutput::writeData(usageText().toLocal8Bit());
        return 0;
    }
    if (command == QLatin1String("--version")) {
        han::cli::CliOutput::writeData(QByteArrayLiteral("han-cli " HAN_VERSION "\n"));
        return 0;
    }
    if (command == QLatin1String("backup"))
        return han::cli::BackupCommand().run(arguments.mid(1));
    if (command == QLatin1String("capacity"))
        return han::cli::CapacityCommand().run(arguments.mid(1));
    if (command == QLatin1String("import"))
        return han::cli::ImportCommand().run(arguments.mid(1));
    if (command == QLatin1String("decode"))
        return han::cli::DecodeCommand().run(arguments.mid(1));
    if (command == QLatin1String("export"))
        return han::cli::ExportCommand().run(arguments.mid(1));
    if (command == QLatin1String("listen"))
        return han::cli::ListenCommand().run(arguments.mid(1));
    if (command == QLatin1String("meter"))
        return han::cli::MeterCommand().run(arguments.mid(1));
    if (command == QLatin1String("ports"))
        return han::cli::PortsCommand().run(arguments.mid(1));
    if (command == QLatin1String("simulate"))
        return han::cli::SimulateCommand().run(arguments.mid(1));

    if (command.isEmpty())
        han::cli::CliOutput::message(QCoreApplication::translate("han-cli", "no command given"));
    else
        han::cli::CliOutput::message(
            QCoreApplication::translate("han-cli", "unknown command '%1'").arg(command));
    std::fputs(usageText().toLocal8Bit().constData(), stderr);
    return 2;
}
