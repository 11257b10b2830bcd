// SPDX-License-Identifier: GPL-3.0-or-later
#include "collecting_reporter.h"

#include <cstdio>

#include <unistd.h>

namespace han::bench {

CollectingReporter::CollectingReporter()
    : ConsoleReporter(isatty(STDOUT_FILENO) ? OO_ColorTabular : OO_Tabular)
{
}

void CollectingReporter::ReportRuns(const std::vector<Run>& reports)
{
    ConsoleReporter::ReportRuns(reports);
    for (const Run& run : reports) {
        if (run.error_occurred)
            continue;
        // With --benchmark_repetitions the median aggregate stands for the benchmark; a plain
        // run is kept unless a median has arrived already.
        const std::string key = run.run_name.str();
        const bool isMedian = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
        if (isMedian || (run.run_type == Run::RT_Iteration && m_runs.count(key + "#median") == 0)) {
            m_runs[key] = run;
            if (isMedian)
                m_runs[key + "#median"] = run;
        }
    }
}

const CollectingReporter::Run* CollectingReporter::find(const std::string& name) const
{
    const auto it = m_runs.find(name);
    return it == m_runs.end() ? nullptr : &it->second;
}

double CollectingReporter::counter(const std::string& name, const std::string& counterName,
                                   double fallback) const
{
    const Run* run = find(name);
    if (run == nullptr)
        return fallback;
    const auto it = run->counters.find(counterName);
    return it == run->counters.end() ? fallback : static_cast<double>(it->second);
}

} // namespace han::bench
