// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace han::cli {

// `han-cli listen --port DEV [--parity none|even|auto] [--record FILE] [--format jsonl|text]
//                [--db PATH]`
// Decodes a live port and prints readings as they come, one line each, flushed so it can feed a
// pipe; link state changes go to stderr. With --db it also stores readings and link events in
// the history (on the history thread). SIGINT and SIGTERM end it cleanly (exit 0).
class ListenCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListenCommand)

public:
    int run(const QStringList& arguments);
};

} // namespace han::cli
