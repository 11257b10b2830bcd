// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace han::cli {

// `han-cli simulate [--port DEV | --out FILE | -] [--speed N] [--start DATE] [--duration D]
//  [--seed S] [--phases 1|3] [--clock dst|standard] [--firmware new|old] [--list2-offset S]
//  [--faults SPEC] [--truth FILE] [--no-line-limit] [--unplug-command CMD]`
// Runs MeterSimulator and writes its frames to a file, standard output or a serial device
// (2400 8N1, paced in simulated real time × speed, never faster than the line carries), with an
// optional truth file of what each push meant. For soak tests on a pseudo-terminal the line
// limit can be lifted and each simulated unplug made real by a command (PortOutput). Exit codes: 0 done (also after SIGINT/SIGTERM,
// which end it cleanly), 1 an output could not be opened or written, 2 bad usage.
class SimulateCommand
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)

public:
    // `arguments` starts with the command name ("simulate").
    int run(const QStringList& arguments);
};

} // namespace han::cli
