// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace han::cli {

// Where han-cli writes: data to stdout (bytes as given), messages for people to stderr.
class CliOutput
{
public:
    static void writeData(const QByteArray& bytes);
    static void flushData();
    // "han-cli: <message>\n" on stderr.
    static void message(const QString& text);
};

} // namespace han::cli
