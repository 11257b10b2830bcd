// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <vector>

namespace han::test {

// What a han-cli process left behind: its exit code (-1 when it crashed) and both streams.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs han-cli (HAN_CLI_PATH) to its end with `stdinBytes` on its standard input, then closed.
CliRun runCli(const QStringList& args, const QByteArray& stdinBytes = {},
              const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// One JSON object per non-empty line (han-cli's JSON Lines); a line that does not parse fails
// the calling test.
std::vector<QJsonObject> parseJsonLines(const QByteArray& text);

} // namespace han::test
