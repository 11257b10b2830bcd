// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace han::cli {

// `han-cli backup [--db PATH] FILE`: a consistent copy of the history, also while the GUI or
// `han-cli listen` is recording into it. Never replaces an existing FILE.
// Exit codes: 0 written, 1 it could not be, 2 bad usage.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    int run(const QStringList& arguments);
};

} // namespace han::cli
