// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_run.h"

namespace han::bench {

int runBenchmarks(int& argc, char** argv,
                  const std::function<void(const CollectingReporter&)>& figures)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    CollectingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    figures(reporter);
    return 0;
}

double realSeconds(const CollectingReporter& reporter, const std::string& name)
{
    const CollectingReporter::Run* run = reporter.find(name);
    if (run == nullptr || run->iterations == 0)
        return 0;
    return run->real_accumulated_time / static_cast<double>(run->iterations);
}

double cpuSeconds(const CollectingReporter& reporter, const std::string& name)
{
    const CollectingReporter::Run* run = reporter.find(name);
    if (run == nullptr || run->iterations == 0)
        return 0;
    return run->cpu_accumulated_time / static_cast<double>(run->iterations);
}

} // namespace han::bench
