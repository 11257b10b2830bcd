// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <benchmark/benchmark.h>

#include <map>
#include <string>
#include <vector>

namespace han::bench {

// Google Benchmark's console output, plus the runs kept by name, so that main() can derive
// figures across benchmarks (a ratio) and print them as BENCH lines after the run.
class CollectingReporter : public benchmark::ConsoleReporter
{
public:
    // Colours only on a terminal: Google Benchmark applies --benchmark_color to its own
    // reporter, not to one passed in, and escape codes would end up in saved output.
    CollectingReporter();

    void ReportRuns(const std::vector<Run>& reports) override;

    // The run named `name` (e.g. "BM_Pipeline/4096"), or its median when repeated; null when
    // it did not run (filtered out) or failed.
    const Run* find(const std::string& name) const;
    // A user counter of that run, or `fallback`.
    double counter(const std::string& name, const std::string& counterName,
                   double fallback = 0.0) const;

private:
    std::map<std::string, Run> m_runs;
};

} // namespace han::bench
