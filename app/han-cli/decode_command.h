// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace han::cli {

// `han-cli decode [--input raw|hex|log|auto] [--format jsonl|csv|text] [--errors] FILE|-`
// Exit codes: 0 the input was read (rejected frames are normal), 1 it could not be read,
// 2 bad usage.
class DecodeCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecodeCommand)

public:
    // `arguments` starts with the command name ("decode").
    int run(const QStringList& arguments);
};

} // namespace han::cli
