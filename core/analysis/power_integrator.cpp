// SPDX-License-Identifier: GPL-3.0-or-later
#include "power_integrator.h"

#include <algorithm>

namespace han {
namespace {

constexpr double kWattMsPerKwh = 3.6e9;

// Calls hold(sample, ms) for the part of each sample's hold that lies in [from, to).
template <typename Hold>
void forEachHold(const std::vector<PowerSample>& samples, std::int64_t from, std::int64_t to,
                 Hold&& hold)
{
    if (to <= from)
        return;
    // Samples older than one hold before `from` cannot reach into the range.
    auto it = std::lower_bound(samples.begin(), samples.end(), from - PowerIntegrator::kMaxHoldMs,
                               [](const PowerSample& s, std::int64_t t) { return s.utcMs < t; });
    for (; it != samples.end() && it->utcMs < to; ++it) {
        std::int64_t end = it->utcMs + PowerIntegrator::kMaxHoldMs;
        const auto next = it + 1;
        if (next != samples.end())
            end = std::min(end, next->utcMs);
        const std::int64_t ms = std::min(end, to) - std::max(it->utcMs, from);
        if (ms > 0)
            hold(*it, ms);
    }
}

} // namespace

PowerIntegrator::Result PowerIntegrator::integrate(const std::vector<PowerSample>& samples,
                                                   std::int64_t fromUtcMs, std::int64_t toUtcMs)
{
    // Sums in W·ms, converted once, so many small holds lose nothing to rounding.
    double importWms = 0, exportWms = 0, reactiveImportWms = 0, reactiveExportWms = 0;
    Result result;
    forEachHold(samples, fromUtcMs, toUtcMs, [&](const PowerSample& s, std::int64_t ms) {
        const auto t = static_cast<double>(ms);
        importWms += s.activeImportW * t;
        exportWms += s.activeExportW * t;
        reactiveImportWms += s.reactiveImportVar * t;
        reactiveExportWms += s.reactiveExportVar * t;
        result.coveredMs += ms;
    });
    result.importKwh = importWms / kWattMsPerKwh;
    result.exportKwh = exportWms / kWattMsPerKwh;
    result.reactiveImportKvarh = reactiveImportWms / kWattMsPerKwh;
    result.reactiveExportKvarh = reactiveExportWms / kWattMsPerKwh;
    return result;
}

double PowerIntegrator::integrateKwh(const std::vector<PowerSample>& samples,
                                     std::int64_t fromUtcMs, std::int64_t toUtcMs,
                                     double PowerSample::*power)
{
    double wms = 0;
    forEachHold(samples, fromUtcMs, toUtcMs, [&](const PowerSample& s, std::int64_t ms) {
        wms += s.*power * static_cast<double>(ms);
    });
    return wms / kWattMsPerKwh;
}

} // namespace han
