// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup_command.h"

#include "cli_output.h"
#include "history_reader.h"
#include "history_writer.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace han::cli {

int BackupCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a consistent copy of the history database, also while it is recording."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), tr("The history database (default: the one HAN Monitor uses)."),
        QStringLiteral("PATH"));
    parser.addOption(helpOption);
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("Where to write the copy (must not exist yet)."));

    const QString usage = QStringLiteral("han-cli backup [--db PATH] FILE");
    if (!parser.parse(arguments)) {
        CliOutput::message(parser.errorText());
        CliOutput::message(tr("usage: %1").arg(usage));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        CliOutput::writeData(
            parser.helpText().replace(QStringLiteral("backup [options]"), usage).toLocal8Bit());
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || (parser.isSet(dbOption) && parser.value(dbOption).isEmpty())) {
        CliOutput::message(files.isEmpty() ? tr("no backup file given")
                                           : tr("give exactly one backup file"));
        CliOutput::message(tr("usage: %1").arg(usage));
        return 2;
    }

    const QString database =
        parser.isSet(dbOption) ? parser.value(dbOption) : HistoryWriter::defaultPath();
    // A read-only connection is enough for VACUUM INTO, and it cannot disturb a recording.
    HistoryReader reader;
    if (!reader.open(database)) {
        CliOutput::message(reader.errorString());
        return 1;
    }
    if (!reader.backup(files.first())) {
        CliOutput::message(reader.errorString());
        return 1;
    }
    const QFileInfo copy(files.first());
    CliOutput::message(tr("backed up %1 to %2 (%3 MB)")
                           .arg(reader.path(), copy.absoluteFilePath())
                           .arg(static_cast<double>(copy.size()) / 1e6, 0, 'f', 1));
    return 0;
}

} // namespace han::cli
