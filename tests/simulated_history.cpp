// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulated_history.h"

#include "meter_simulator.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace han::test {

SimulatedHistory SimulatedHistory::build(const Options& options)
{
    SimulatedHistory h;
    MeterSimulator simulator(options.simulator);
    MeterClockResolver resolver(options.resolver);
    const std::int64_t endMs = options.end.toMSecsSinceEpoch();
    while (simulator.nextPushUtc().toMSecsSinceEpoch() < endMs) {
        SimulatedFrame frame = simulator.next();
        ++h.frames;
        const std::int64_t sentMs = frame.sentAtUtc.toMSecsSinceEpoch();
        MeterReading& r = frame.reading;
        if (r.hasRegisters()) {
            const std::int64_t hourEnd = sentMs - sentMs % RegisterSnapshot::kHourMs;
            h.truthWh[hourEnd] = {*r.activeImportWh, *r.activeExportWh, *r.reactiveImportVarh,
                                  *r.reactiveExportVarh};
        }
        if (!frame.arrivesIntact())
            continue;
        if (r.hasRegisters() && options.list2Filter) {
            const std::int64_t hourEnd = sentMs - sentMs % RegisterSnapshot::kHourMs;
            if (!options.list2Filter(r, hourEnd))
                continue;
        }
        const std::optional<std::int64_t> host =
            options.hostTimes ? std::optional<std::int64_t>(sentMs) : std::nullopt;
        const auto resolved = resolver.resolve(r.meterClock ? *r.meterClock : *r.meterTime, host);
        if (!resolved) {
            ++h.unresolved;
            continue;
        }
        if (resolved->utcMs != sentMs)
            ++h.misresolved;
        if (resolved->drifted)
            ++h.drifted;
        if (r.hasRegisters()) {
            RegisterSnapshot s;
            s.clockUtcMs = resolved->utcMs;
            s.meterClock = *r.meterClock;
            s.activeImportWh = r.activeImportWh;
            s.activeExportWh = r.activeExportWh;
            s.reactiveImportVarh = r.reactiveImportVarh;
            s.reactiveExportVarh = r.reactiveExportVarh;
            h.snapshots.push_back(s);
        } else {
            h.samples.push_back({resolved->utcMs, r.activeImportW.value_or(0),
                                 r.activeExportW.value_or(0), r.reactiveImportVar.value_or(0),
                                 r.reactiveExportVar.value_or(0)});
        }
    }
    return h;
}

HourlyEnergyCalculator::SampleProvider SimulatedHistory::provider() const
{
    return [this](std::int64_t from, std::int64_t to) {
        const auto byTime = [](const PowerSample& s, std::int64_t t) {
            return s.utcMs < t;
        };
        const auto first = std::lower_bound(samples.begin(), samples.end(), from, byTime);
        const auto last = std::lower_bound(first, samples.end(), to, byTime);
        return std::vector<PowerSample>(first, last);
    };
}

double SimulatedHistory::truthKwh(std::size_t index, std::int64_t fromUtcMs,
                                  std::int64_t toUtcMs) const
{
    return (truthWh.at(toUtcMs)[index] - truthWh.at(fromUtcMs)[index]) / 1000.0;
}

std::int64_t utcMs(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC)
        .toMSecsSinceEpoch();
}

std::int64_t osloMidnightMs(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0),
                     QTimeZone(QByteArrayLiteral("Europe/Oslo")))
        .toMSecsSinceEpoch();
}

QString osloLabel(std::int64_t utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(QByteArrayLiteral("Europe/Oslo")))
        .toString(Qt::ISODate);
}

} // namespace han::test
