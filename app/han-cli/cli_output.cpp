// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_output.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace han::cli {

void CliOutput::writeData(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
}

void CliOutput::flushData()
{
    std::fflush(stdout);
}

void CliOutput::message(const QString& text)
{
    const QByteArray line = QByteArrayLiteral("han-cli: ") + text.toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    std::fflush(stderr);
}

QString CliOutput::helpText(const QCommandLineParser& parser, const QString& usage)
{
    QString help = parser.helpText();
    help.replace(0, help.indexOf(QLatin1Char('\n')),
                 QCoreApplication::translate("han::cli::CliOutput", "Usage: %1").arg(usage));
    return help;
}

} // namespace han::cli
