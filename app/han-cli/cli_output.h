// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QCommandLineParser;

namespace han::cli {

// Where han-cli writes: data to stdout (bytes as given), messages for people to stderr.
class CliOutput
{
public:
    static void writeData(const QByteArray& bytes);
    static void flushData();
    // "han-cli: <message>\n" on stderr.
    static void message(const QString& text);
    // A command's --help: Qt's text with its first line (which names the binary, not the
    // command) replaced by the command's own usage line.
    static QString helpText(const QCommandLineParser& parser, const QString& usage);
};

} // namespace han::cli
