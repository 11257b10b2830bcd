// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_run.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QProcess>

namespace han::test {

CliRun runCli(const QStringList& args, const QByteArray& stdinBytes,
              const QProcessEnvironment& env)
{
    const QString cli = QStringLiteral(HAN_CLI_PATH);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cli, args);
    EXPECT_TRUE(p.waitForStarted(10000)) << cli.toStdString();
    if (!stdinBytes.isEmpty())
        p.write(stdinBytes);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(60000));
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

std::vector<QJsonObject> parseJsonLines(const QByteArray& text)
{
    std::vector<QJsonObject> objects;
    for (const QByteArray& line : text.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
        objects.push_back(doc.object());
    }
    return objects;
}

} // namespace han::test
