// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace han::cli {

// What every han-cli command does with its command line before its own work: a parser that
// takes long options with one dash too, -h/--help, the help text headed by the command's own
// usage line (not Qt's, which names the binary), and bad usage reported on stderr with that
// usage line and exit code 2.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // `usage`: the command's synopsis, e.g. "han-cli backup [--db PATH] FILE".
    CommandLine(const QString& usage, const QString& description);

    QCommandLineParser& parser() { return m_parser; }
    const QString& usage() const { return m_usage; }

    // Parses `arguments` (starting with the command name). Empty when the command should go
    // on; else its exit code: 0 after printing the help to stdout, 2 after a usage error.
    std::optional<int> parse(const QStringList& arguments);
    // `message` and the usage line on stderr; returns 2, the exit code of bad usage.
    int usageError(const QString& message) const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QString m_usage;
};

} // namespace han::cli
