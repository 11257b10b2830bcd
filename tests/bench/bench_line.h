// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>

namespace han::bench {

// One figure for scripts/bench, on stdout as
//   BENCH <name> <value> <unit> <target> <what...>
// name and unit without spaces; target ">=200", "<=30" or "-" (none), in the same unit; `what`
// is the rest of the line, the table's description. scripts/bench collects these lines from
// every benchmark, so a new figure is one more call.
inline void printBenchLine(const char* name, double value, const char* unit, const char* target,
                           const char* what)
{
    std::printf("BENCH %s %.6g %s %s %s\n", name, value, unit, target, what);
    std::fflush(stdout);
}

} // namespace han::bench
