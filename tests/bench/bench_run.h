// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collecting_reporter.h"

#include <functional>
#include <string>

namespace han::bench {

// The main() of a benchmark binary after its application object exists: Google Benchmark's
// options, the run with its console table, then `figures` prints the BENCH lines for
// scripts/bench from the runs. Returns the exit code.
int runBenchmarks(int& argc, char** argv,
                  const std::function<void(const CollectingReporter&)>& figures);

// Per iteration of the run named `name` (as Google Benchmark prints it): wall and CPU seconds
// (manual time when the benchmark reports its own); 0 when it did not run.
double realSeconds(const CollectingReporter& reporter, const std::string& name);
double cpuSeconds(const CollectingReporter& reporter, const std::string& name);

} // namespace han::bench
