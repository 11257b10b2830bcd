// SPDX-License-Identifier: GPL-3.0-or-later
#include "hourly_energy_calculator.h"

#include "power_integrator.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace han {
namespace {

constexpr std::int64_t kHourMs = RegisterSnapshot::kHourMs;
// Below this share of an hour, List 1 says too little about the hour's power to weigh it; the
// hour gets its gap's mean instead.
constexpr double kMinWeightCoverage = 0.05;

std::int64_t floorHour(std::int64_t ms)
{
    return ms - (ms % kHourMs + kHourMs) % kHourMs;
}

std::int64_t ceilHour(std::int64_t ms)
{
    return -floorHour(-ms);
}

struct Quantity
{
    std::optional<double> RegisterSnapshot::*reg;
    double PowerIntegrator::Result::*integral;
    double HourlyEnergy::*out;
};

const std::array<Quantity, 4> kQuantities{{
    {&RegisterSnapshot::activeImportWh, &PowerIntegrator::Result::importKwh,
     &HourlyEnergy::importKwh},
    {&RegisterSnapshot::activeExportWh, &PowerIntegrator::Result::exportKwh,
     &HourlyEnergy::exportKwh},
    {&RegisterSnapshot::reactiveImportVarh, &PowerIntegrator::Result::reactiveImportKvarh,
     &HourlyEnergy::reactiveImportKvarh},
    {&RegisterSnapshot::reactiveExportVarh, &PowerIntegrator::Result::reactiveExportKvarh,
     &HourlyEnergy::reactiveExportKvarh},
}};

// List 1 integrals per UTC hour, fetched from the provider in runs of adjacent hours.
class HourIntegrals
{
public:
    explicit HourIntegrals(const HourlyEnergyCalculator::SampleProvider& provider)
        : m_provider(provider)
    {
    }

    void prefetch(std::set<std::int64_t> hours)
    {
        for (auto it = hours.begin(); it != hours.end();) {
            if (m_byHour.count(*it) != 0) {
                it = hours.erase(it);
                continue;
            }
            ++it;
        }
        auto it = hours.begin();
        while (it != hours.end()) {
            const std::int64_t first = *it;
            std::int64_t last = first;
            while (++it != hours.end() && *it == last + kHourMs)
                last = *it;
            fetch(first, last + kHourMs);
        }
    }

    const PowerIntegrator::Result& at(std::int64_t hour)
    {
        auto it = m_byHour.find(hour);
        if (it == m_byHour.end()) {
            fetch(hour, hour + kHourMs);
            it = m_byHour.find(hour);
        }
        return it->second;
    }

private:
    void fetch(std::int64_t from, std::int64_t to)
    {
        std::vector<PowerSample> samples;
        if (m_provider)
            samples = m_provider(from - PowerIntegrator::kMaxHoldMs, to);
        for (std::int64_t h = from; h < to; h += kHourMs)
            m_byHour[h] = PowerIntegrator::integrate(samples, h, h + kHourMs);
    }

    const HourlyEnergyCalculator::SampleProvider& m_provider;
    std::map<std::int64_t, PowerIntegrator::Result> m_byHour;
};

struct Point
{
    std::int64_t end = 0; // hour-end, UTC ms
    double wh = 0;
};

// One quantity's register series over the trusted snapshots, and the value and quality of an hour.
class QuantitySeries
{
public:
    QuantitySeries(const Quantity& quantity, const HourlyEnergyCalculator::Settings& settings,
                   HourIntegrals& integrals, const std::set<std::int64_t>& repeatedEnds)
        : m_q(quantity), m_settings(settings), m_integrals(integrals), m_repeatedEnds(repeatedEnds)
    {
    }

    void setPoints(std::vector<Point> points) { m_valid = std::move(points); }
    bool present() const { return !m_valid.empty(); }

    // Hours whose List 1 is needed over [from, to): those in gaps that reach into the range
    // (all of the gap, to reconcile it), and those in the range no two snapshots enclose.
    void collectNeeds(std::int64_t from, std::int64_t to, std::set<std::int64_t>& hours) const
    {
        for (std::size_t i = 1; i < m_valid.size(); ++i) {
            const Point& a = m_valid[i - 1];
            const Point& b = m_valid[i];
            if (b.end - a.end > kHourMs && a.end < to && b.end > from) {
                for (std::int64_t h = a.end; h < b.end; h += kHourMs)
                    hours.insert(h);
            }
        }
        for (std::int64_t h = from; h < to; h += kHourMs) {
            if (m_valid.empty() || h < m_valid.front().end || h + kHourMs > m_valid.back().end)
                hours.insert(h);
        }
    }

    // The hour [h, h + 1 h): its value (kWh or kvarh) and quality. An hour whose List 2 was a
    // repeat is suspect however its value was found.
    std::pair<double, EnergyQuality> hour(std::int64_t h)
    {
        auto [value, quality] = valueOf(h);
        if (m_repeatedEnds.count(h + kHourMs) != 0)
            quality = worseQuality(quality, EnergyQuality::Suspect);
        return {value, quality};
    }

private:
    std::pair<double, EnergyQuality> valueOf(std::int64_t h)
    {
        const std::int64_t e = h + kHourMs;
        // a: the last good snapshot at or before h; b: the first at or after e.
        const auto b = std::lower_bound(m_valid.begin(), m_valid.end(), e,
                                        [](const Point& p, std::int64_t t) { return p.end < t; });
        if (b == m_valid.end() || b == m_valid.begin() || (b - 1)->end > h)
            return alone(h);
        const Point& a = *(b - 1);
        const double deltaWh = b->wh - a.wh;
        const std::int64_t hours = (b->end - a.end) / kHourMs;
        const bool implausible =
            deltaWh < 0 ||
            deltaWh / 1000.0 > m_settings.maxPlausibleKwhPerHour * static_cast<double>(hours);
        if (hours == 1)
            return {deltaWh / 1000.0,
                    implausible ? EnergyQuality::Suspect : EnergyQuality::Measured};
        const std::vector<double>& shares = gapShares(a, *b);
        const double value = shares[static_cast<std::size_t>((h - a.end) / kHourMs)];
        return {value, implausible ? EnergyQuality::Suspect : EnergyQuality::Estimated};
    }

    // No snapshots around the hour: List 1 alone, if it covers enough of the hour.
    std::pair<double, EnergyQuality> alone(std::int64_t h)
    {
        const PowerIntegrator::Result& r = m_integrals.at(h);
        const double coverage = static_cast<double>(r.coveredMs) / static_cast<double>(kHourMs);
        if (coverage >= m_settings.minSampleCoverage)
            return {r.*m_q.integral, EnergyQuality::Estimated};
        return {0.0, EnergyQuality::Missing};
    }

    // The register difference across a gap, shared among its hours in proportion to List 1.
    const std::vector<double>& gapShares(const Point& a, const Point& b)
    {
        auto found = m_gapShares.find(a.end);
        if (found != m_gapShares.end())
            return found->second;
        const auto n = static_cast<std::size_t>((b.end - a.end) / kHourMs);
        std::vector<double> weight(n, 0.0);
        std::vector<bool> known(n, false);
        double knownSum = 0;
        std::size_t knownCount = 0;
        for (std::size_t k = 0; k < n; ++k) {
            const PowerIntegrator::Result& r =
                m_integrals.at(a.end + static_cast<std::int64_t>(k) * kHourMs);
            const double coverage = static_cast<double>(r.coveredMs) / static_cast<double>(kHourMs);
            if (coverage >= kMinWeightCoverage) {
                // The mean power seen, over the whole hour.
                weight[k] = std::max(0.0, r.*m_q.integral) / coverage;
                known[k] = true;
                knownSum += weight[k];
                ++knownCount;
            }
        }
        // Hours List 1 did not see get the mean of those it did; if List 1 saw nothing (or only
        // zero power while the register moved) the difference goes evenly to the unseen hours,
        // or to all hours.
        const bool spreadEvenly = knownSum <= 0;
        const bool anyUnknown = knownCount < n;
        const double mean = knownCount > 0 ? knownSum / static_cast<double>(knownCount) : 1.0;
        double sum = 0;
        for (std::size_t k = 0; k < n; ++k) {
            if (spreadEvenly)
                weight[k] = (!known[k] || !anyUnknown) ? 1.0 : 0.0;
            else if (!known[k])
                weight[k] = mean;
            sum += weight[k];
        }
        const double deltaKwh = (b.wh - a.wh) / 1000.0;
        std::vector<double> shares(n);
        for (std::size_t k = 0; k < n; ++k)
            shares[k] = deltaKwh * weight[k] / sum;
        return m_gapShares.emplace(a.end, std::move(shares)).first->second;
    }

    const Quantity& m_q;
    const HourlyEnergyCalculator::Settings& m_settings;
    HourIntegrals& m_integrals;
    std::vector<Point> m_valid; // the trusted snapshots' values, by hour-end
    const std::set<std::int64_t>& m_repeatedEnds;
    std::map<std::int64_t, std::vector<double>> m_gapShares; // by the gap's first hour
};

bool sameRegisters(const RegisterSnapshot& a, const RegisterSnapshot& b)
{
    bool any = false;
    for (const Quantity& q : kQuantities) {
        if (a.*q.reg != b.*q.reg)
            return false;
        any = any || (a.*q.reg).has_value();
    }
    return any;
}

// The hour-ends of snapshots that repeat the previous trusted one although List 1 shows energy
// flowing in their hour: a resent List 2 (Aidon meters do this), not a quiet hour. Judged on
// the whole snapshot, so the nightly standstill of the export register alone costs no List 1
// lookups.
std::set<std::int64_t>
repeatedSnapshots(const std::map<std::int64_t, const RegisterSnapshot*>& byEnd,
                  HourIntegrals& integrals, const HourlyEnergyCalculator::Settings& settings)
{
    // Equality is transitive along a run, so the candidates are those equal to their
    // predecessor whatever is decided about the predecessor.
    std::set<std::int64_t> candidates;
    const RegisterSnapshot* previous = nullptr;
    for (const auto& [end, snapshot] : byEnd) {
        if (previous && sameRegisters(*previous, *snapshot))
            candidates.insert(end - kHourMs);
        previous = snapshot;
    }
    integrals.prefetch(candidates);

    std::set<std::int64_t> repeated;
    for (const std::int64_t hour : candidates) {
        const PowerIntegrator::Result& r = integrals.at(hour);
        if (r.importKwh + r.exportKwh >= settings.staleMinKwh)
            repeated.insert(hour + kHourMs);
    }
    return repeated;
}

} // namespace

std::vector<HourlyEnergy>
HourlyEnergyCalculator::compute(const std::vector<RegisterSnapshot>& snapshots,
                                const SampleProvider& samples, std::int64_t fromUtcMs,
                                std::int64_t toUtcMs, const Settings& settings)
{
    const std::int64_t from = floorHour(fromUtcMs);
    const std::int64_t to = ceilHour(toUtcMs);
    if (to <= from)
        return {};

    std::map<std::int64_t, const RegisterSnapshot*> byEnd;
    for (const RegisterSnapshot& s : snapshots)
        byEnd.emplace(s.hourEndUtcMs(), &s);

    HourIntegrals integrals(samples);
    const std::set<std::int64_t> repeatedEnds = repeatedSnapshots(byEnd, integrals, settings);

    std::vector<QuantitySeries> series;
    series.reserve(kQuantities.size());
    std::set<std::int64_t> needs;
    for (const Quantity& q : kQuantities) {
        std::vector<Point> points;
        for (const auto& [end, snapshot] : byEnd) {
            if (snapshot->*q.reg && repeatedEnds.count(end) == 0)
                points.push_back({end, *(snapshot->*q.reg)});
        }
        series.emplace_back(q, settings, integrals, repeatedEnds);
        series.back().setPoints(std::move(points));
        series.back().collectNeeds(from, to, needs);
    }
    integrals.prefetch(std::move(needs));

    // Only quantities the meter reports count for the quality; with no snapshots at all, the
    // active ones.
    std::array<bool, 4> counts{};
    bool anyPresent = false;
    for (std::size_t i = 0; i < series.size(); ++i) {
        counts[i] = series[i].present();
        anyPresent = anyPresent || counts[i];
    }
    if (!anyPresent)
        counts = {true, true, false, false};

    std::vector<HourlyEnergy> rows;
    rows.reserve(static_cast<std::size_t>((to - from) / kHourMs));
    for (std::int64_t h = from; h < to; h += kHourMs) {
        HourlyEnergy row;
        row.hourStartUtcMs = h;
        row.quality = EnergyQuality::Measured;
        for (std::size_t i = 0; i < series.size(); ++i) {
            const auto [value, quality] = series[i].hour(h);
            row.*kQuantities[i].out = value;
            if (counts[i])
                row.quality = worseQuality(row.quality, quality);
        }
        const auto at = byEnd.find(h + kHourMs);
        if (at != byEnd.end()) {
            if (at->second->activeImportWh)
                row.importRegisterKwh = *at->second->activeImportWh / 1000.0;
            if (at->second->activeExportWh)
                row.exportRegisterKwh = *at->second->activeExportWh / 1000.0;
        }
        rows.push_back(row);
    }
    return rows;
}

double HourlyEnergyCalculator::integrateKwh(const std::vector<PowerSample>& samples,
                                            std::int64_t fromUtcMs, std::int64_t toUtcMs,
                                            double PowerSample::*power)
{
    return PowerIntegrator::integrateKwh(samples, fromUtcMs, toUtcMs, power);
}

} // namespace han
