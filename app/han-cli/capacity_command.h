// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace han::cli {

// `han-cli capacity [--db PATH] [--meter ID] [--month YYYY-MM] [--format text|json]
//  [--exclude-flagged] [--zone ZONE] [--set-steps STEPS]`
// The capacity tariff of a month from the history: each local day's highest hour, the three
// highest days, their average and the step of the ladder stored in the history (the same
// figures as the GUI's). Only finished hours count. --set-steps replaces the stored ladder
// first ("0-2:415;2-5:655;…;100-:4900").
// Exit codes: 0 done, 1 the history could not be used or holds no meters, 2 bad usage.
class CapacityCommand
{
    Q_DECLARE_TR_FUNCTIONS(CapacityCommand)

public:
    // `arguments` starts with the command name ("capacity").
    int run(const QStringList& arguments);
};

} // namespace han::cli
