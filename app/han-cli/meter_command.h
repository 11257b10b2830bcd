// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace han::cli {

// `han-cli meter [--db PATH] [ID] [--clock dst|standard|learned] [--power-shift N]
//  [--current-shift N] [--voltage-shift N] [--energy-shift N]`
// Without options: one line per meter (or for meter ID) with its settings and how much of it
// is stored. With options: changes those settings of meter ID, creating its row when the
// history does not know it yet, so a meter that differs from the Norwegian data sheet is
// stored right from its first reading. Readings already stored are not changed.
// Exit codes: 0 done, 1 the history could not be used or holds no such meter, 2 bad usage.
class MeterCommand
{
    Q_DECLARE_TR_FUNCTIONS(MeterCommand)

public:
    // `arguments` starts with the command name ("meter").
    int run(const QStringList& arguments);
};

} // namespace han::cli
