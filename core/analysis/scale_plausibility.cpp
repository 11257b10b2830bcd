// SPDX-License-Identifier: GPL-3.0-or-later
#include "scale_plausibility.h"

#include "power_integrator.h"

#include <cmath>

namespace han {

const char* ScalePlausibility::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotEnoughData:
        return "not_enough_data";
    case Verdict::Consistent:
        return "consistent";
    case Verdict::ScaleMismatch:
        return "scale_mismatch";
    case Verdict::Inconsistent:
        return "inconsistent";
    }
    return "not_enough_data";
}

ScalePlausibility::Result ScalePlausibility::check(const std::vector<RegisterSnapshot>& snapshots,
                                                   const std::vector<PowerSample>& samples,
                                                   const ScaleSettings& current,
                                                   const Settings& settings)
{
    constexpr std::int64_t kHourMs = RegisterSnapshot::kHourMs;
    Result result;
    result.suggested = current;
    for (std::size_t i = 1; i < snapshots.size(); ++i) {
        const RegisterSnapshot& a = snapshots[i - 1];
        const RegisterSnapshot& b = snapshots[i];
        const std::int64_t start = a.hourEndUtcMs();
        if (b.hourEndUtcMs() - start != kHourMs || !a.activeImportWh || !b.activeImportWh)
            continue;
        double deltaWh = *b.activeImportWh - *a.activeImportWh;
        const bool withExport = a.activeExportWh && b.activeExportWh;
        if (withExport)
            deltaWh += *b.activeExportWh - *a.activeExportWh;
        const PowerIntegrator::Result power =
            PowerIntegrator::integrate(samples, start, start + kHourMs);
        // Registers that go backwards or stand still while power flows say something is wrong
        // with the meter or the data, not with the scaling; leave them to HourlyEnergyCalculator.
        if (deltaWh <= 0 || static_cast<double>(power.coveredMs) <
                                settings.minCoverage * static_cast<double>(kHourMs))
            continue;
        ++result.hoursCompared;
        result.registerKwh += deltaWh / 1000.0;
        result.integratedKwh += power.importKwh + (withExport ? power.exportKwh : 0.0);
    }
    if (result.hoursCompared < settings.minHours || result.integratedKwh < settings.minKwh)
        return result;

    result.ratio = result.registerKwh / result.integratedKwh;
    const double decades = std::log10(result.ratio);
    const double k = std::round(decades);
    if (std::abs(decades - k) > settings.toleranceDecades) {
        result.verdict = Verdict::Inconsistent;
        return result;
    }
    result.powerOfTen = static_cast<int>(k);
    if (result.powerOfTen == 0) {
        result.verdict = Verdict::Consistent;
        return result;
    }
    result.verdict = Verdict::ScaleMismatch;
    if (result.powerOfTen > 0)
        result.suggested.energyShift -= result.powerOfTen;
    else
        result.suggested.powerShift += result.powerOfTen;
    return result;
}

} // namespace han
