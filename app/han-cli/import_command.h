// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace han::cli {

// `han-cli import CAPTURE [--db PATH] [--input raw|hex|log|auto] [--clock dst|standard]`
// Decodes a capture into the history (the GUI's database unless --db), with a progress line on
// stderr and a summary. Importing the same capture twice stores nothing new.
// Exit codes: 0 imported, 1 the capture or the history could not be used, 2 bad usage.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    // `arguments` starts with the command name ("import").
    int run(const QStringList& arguments);
};

} // namespace han::cli
