// SPDX-License-Identifier: GPL-3.0-or-later
#include "live_model.h"

#include "power_sample.h"

#include <algorithm>
#include <vector>

namespace han::ui {

namespace {

constexpr std::int64_t kHourMs = 3'600'000;

double valueOr(const std::optional<double>& value)
{
    return value ? *value : LiveSample::kNone;
}

bool isSet(double value)
{
    return value == value; // NaN marks "not sent"
}

} // namespace

LiveModel::LiveModel(QObject* parent)
    : QObject(parent)
{
    m_refreshTimer.setObjectName(QStringLiteral("live_model.refreshTimer"));
    m_refreshTimer.setInterval(kRefreshIntervalMs);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &LiveModel::flush);
}

void LiveModel::setSource(const QString& label, bool simulated)
{
    m_sourceLabel = label;
    m_simulated = simulated;
    emit sourceChanged();
    markDirty();
}

void LiveModel::setClockSettings(const MeterClockResolver::Settings& settings)
{
    m_resolver = MeterClockResolver(settings);
}

void LiveModel::setCapacity(std::size_t samples)
{
    m_capacity = std::max<std::size_t>(samples, 1);
    while (m_samples.size() > m_capacity)
        m_samples.pop_front();
}

void LiveModel::addReading(const MeterReading& reading)
{
    if (!reading.meterId.isEmpty())
        m_meterId = reading.meterId;
    if (!reading.meterType.isEmpty())
        m_meterType = reading.meterType;
    if (!reading.listVersion.isEmpty())
        m_listVersion = reading.listVersion;

    const std::optional<std::int64_t> hostMs =
        reading.receivedAt ? std::optional<std::int64_t>(reading.receivedAt->toMSecsSinceEpoch())
                           : std::nullopt;
    std::optional<std::int64_t> utcMs;
    if (reading.meterTime) {
        // A simulator or replay runs faster than the wall clock: its host times say nothing
        // about the meter's clock, so only live serial data teaches the resolver.
        const auto resolved = m_resolver.resolve(*reading.meterTime,
                                                 m_simulated ? std::nullopt : hostMs);
        if (resolved)
            utcMs = resolved->utcMs;
    }
    if (!utcMs)
        utcMs = hostMs ? *hostMs : QDateTime::currentMSecsSinceEpoch();

    // The reading's host stamp when it is a plausible one from a live port; a simulator or a
    // replay stamps simulated or recorded times (the future, 2017), so then the arrival here.
    const QDateTime arrival = QDateTime::currentDateTimeUtc();
    constexpr qint64 kPlausibleLagMs = 5 * 60 * 1000;
    m_latestReceivedAt = arrival;
    if (reading.receivedAt && *reading.receivedAt <= arrival &&
        reading.receivedAt->msecsTo(arrival) < kPlausibleLagMs)
        m_latestReceivedAt = *reading.receivedAt;

    if (reading.hasRegisters())
        m_latestRegisters = reading;

    // Every list that carries power is a sample; a List 2 carries List 1's items too.
    if (reading.activeImportW || reading.activeExportW) {
        m_latest = reading;
        m_latestUtcMs = *utcMs;

        LiveSample sample;
        sample.utcMs = *utcMs;
        sample.importW = valueOr(reading.activeImportW);
        sample.exportW = valueOr(reading.activeExportW);
        sample.reactiveImportVar = valueOr(reading.reactiveImportVar);
        sample.reactiveExportVar = valueOr(reading.reactiveExportVar);
        sample.currentA[0] = valueOr(reading.currentL1A);
        sample.currentA[1] = valueOr(reading.currentL2A);
        sample.currentA[2] = valueOr(reading.currentL3A);
        sample.voltageV[0] = valueOr(reading.voltageL1V);
        sample.voltageV[1] = valueOr(reading.voltageL2V);
        sample.voltageV[2] = valueOr(reading.voltageL3V);
        const std::optional<double> phaseImport[3] = {
            reading.activeImportL1W, reading.activeImportL2W, reading.activeImportL3W};
        const std::optional<double> phaseExport[3] = {
            reading.activeExportL1W, reading.activeExportL2W, reading.activeExportL3W};
        for (int p = 0; p < 3; ++p) {
            if (phaseImport[p] || phaseExport[p])
                sample.phasePowerW[p] = phaseImport[p].value_or(0.0) - phaseExport[p].value_or(0.0);
        }
        // Samples stay in time order: one older than the newest (a clock step back) starts
        // the window again rather than folding the chart over itself.
        if (!m_samples.empty() && sample.utcMs < m_samples.back().utcMs)
            m_samples.clear();
        m_samples.push_back(sample);
        ++m_serial;
        while (m_samples.size() > m_capacity)
            m_samples.pop_front();

        const double exportW = isSet(sample.exportW) ? sample.exportW : 0.0;
        const double importW = isSet(sample.importW) ? sample.importW : 0.0;
        m_exporting = exportW >= kExportThresholdW && exportW > importW;
    }
    markDirty();
}

void LiveModel::setLinkState(LinkState state, const QString& detail)
{
    if (state == m_linkState && detail == m_linkDetail)
        return;
    m_linkState = state;
    m_linkDetail = detail;
    emit linkStateChanged(state, detail);
    markDirty();
}

void LiveModel::setStatistics(const LinkStatistics& statistics)
{
    m_statistics = statistics;
    markDirty();
}

void LiveModel::clear()
{
    m_latest.reset();
    m_latestRegisters.reset();
    m_latestUtcMs = 0;
    m_latestReceivedAt = QDateTime();
    m_meterId.clear();
    m_meterType.clear();
    m_listVersion.clear();
    m_samples.clear();
    m_statistics = LinkStatistics();
    m_resolver = MeterClockResolver(m_resolver.settings());
    const bool wasExporting = m_exportingReported;
    m_exporting = false;
    m_exportingReported = false;
    emit cleared();
    if (wasExporting)
        emit exportingChanged(false);
    markDirty();
}

std::int64_t LiveModel::currentHourStartUtcMs() const
{
    if (!m_latest)
        return 0;
    // Nordic zones are whole hours off UTC, so the meter's hour starts on a UTC hour.
    return m_latestUtcMs - ((m_latestUtcMs % kHourMs) + kHourMs) % kHourMs;
}

double LiveModel::importKwhThisHour() const
{
    return energyThisHour().importKwh;
}

double LiveModel::exportKwhThisHour() const
{
    return energyThisHour().exportKwh;
}

PowerIntegrator::Result LiveModel::energyThisHour() const
{
    if (m_samples.empty())
        return {};
    const std::int64_t from = currentHourStartUtcMs();
    // The sample just before the hour contributes its tail (PowerIntegrator holds each
    // sample's power until the next, at most kMaxHoldMs).
    auto first = std::lower_bound(m_samples.begin(), m_samples.end(), from,
                                  [](const LiveSample& s, std::int64_t t) { return s.utcMs < t; });
    if (first != m_samples.begin())
        --first;
    std::vector<PowerSample> samples;
    samples.reserve(static_cast<std::size_t>(std::distance(first, m_samples.end())));
    for (auto it = first; it != m_samples.end(); ++it) {
        PowerSample p;
        p.utcMs = it->utcMs;
        p.activeImportW = isSet(it->importW) ? it->importW : 0.0;
        p.activeExportW = isSet(it->exportW) ? it->exportW : 0.0;
        samples.push_back(p);
    }
    // Up to the latest sample: the hour so far, not the hour to come.
    return PowerIntegrator::integrate(samples, from, std::min(from + kHourMs, m_latestUtcMs));
}

void LiveModel::markDirty()
{
    m_dirty = true;
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void LiveModel::flush()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    if (m_exporting != m_exportingReported) {
        m_exportingReported = m_exporting;
        emit exportingChanged(m_exporting);
    }
    emit updated();
}

} // namespace han::ui
