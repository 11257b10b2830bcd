// SPDX-License-Identifier: GPL-3.0-or-later
#include "command_line.h"

#include "cli_output.h"

namespace han::cli {

CommandLine::CommandLine(const QString& usage, const QString& description)
    : m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")),
      m_usage(usage)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_helpOption);
}

std::optional<int> CommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_helpOption)) {
        CliOutput::writeData(CliOutput::helpText(m_parser, m_usage).toLocal8Bit());
        return 0;
    }
    return std::nullopt;
}

int CommandLine::usageError(const QString& message) const
{
    if (!message.isEmpty())
        CliOutput::message(message);
    CliOutput::message(tr("usage: %1").arg(m_usage));
    return 2;
}

} // namespace han::cli
