// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup_command.h"

#include "cli_output.h"
#include "command_line.h"
#include "history_reader.h"
#include "history_writer.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace han::cli {

int BackupCommand::run(const QStringList& arguments)
{
    CommandLine command(
        QStringLiteral("han-cli backup [--db PATH] FILE"),
        tr("Writes a consistent copy of the history database, also while it is recording."));
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), tr("The history database (default: the one HAN Monitor uses)."),
        QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("Where to write the copy (must not exist yet)."));
    if (const std::optional<int> exitCode = command.parse(arguments))
        return *exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return command.usageError(files.isEmpty() ? tr("no backup file given")
                                                  : tr("give exactly one backup file"));
    if (parser.isSet(dbOption) && parser.value(dbOption).isEmpty())
        return command.usageError(tr("--db needs a path"));

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
