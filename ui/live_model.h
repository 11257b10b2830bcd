// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link_state.h"
#include "link_statistics.h"
#include "live_sample.h"
#include "meter_clock_resolver.h"
#include "meter_reading.h"
#include "power_integrator.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <cstdint>
#include <deque>
#include <optional>

namespace han::ui {

// What the meter says now, for the live views: the latest List 1 and List 2, a bounded window
// of recent samples for the charts, "so far this hour", and the link's state and counters.
// Lives on the GUI thread; readings arrive through queued connections from the acquisition
// worker. Views never repaint per reading: updated() is coalesced to at most one per
// kRefreshIntervalMs (STYLE.md habit 5), so a replay at x1000 costs the GUI the same as x1.
class LiveModel : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRefreshIntervalMs = 100;
    // About a week of 10 s readings: the longest window the Phases view shows from memory.
    static constexpr std::size_t kDefaultCapacity = 7 * 24 * 360;
    // Export above this counts as "exporting" (a few watts of meter noise do not).
    static constexpr double kExportThresholdW = 20.0;

    explicit LiveModel(QObject* parent = nullptr);

    // How the source is named wherever it shows ("Simulated meter", "/dev/ttyUSB0").
    void setSource(const QString& label, bool simulated);
    QString sourceLabel() const { return m_sourceLabel; }
    bool isSimulated() const { return m_simulated; }

    void setClockSettings(const MeterClockResolver::Settings& settings);
    void setCapacity(std::size_t samples);

    bool hasReading() const { return m_latest.has_value(); }
    // The latest List 1 (the one that carries power); empty before the first.
    const std::optional<MeterReading>& latestReading() const { return m_latest; }
    // The latest List 2 (the hourly registers); empty before the first.
    const std::optional<MeterReading>& latestRegisters() const { return m_latestRegisters; }
    // The meter's time of the latest reading, resolved to UTC (ms).
    std::int64_t latestUtcMs() const { return m_latestUtcMs; }
    // When the latest reading arrived, by the host's clock (its age for the status bar), also
    // for a simulator or a replay whose readings carry simulated times.
    QDateTime latestReceivedAt() const { return m_latestReceivedAt; }

    QString meterId() const { return m_meterId; }
    QString meterType() const { return m_meterType; }
    QString listVersion() const { return m_listVersion; }

    // Recent samples in time order, at most capacity(). sampleSerial() counts every sample ever
    // added, so a chart can take just the new ones: samples().back() has serial
    // sampleSerial() - 1.
    const std::deque<LiveSample>& samples() const { return m_samples; }
    std::uint64_t sampleSerial() const { return m_serial; }
    std::size_t capacity() const { return m_capacity; }

    // Energy since the current hour began (meter clock), integrated from List 1 power.
    std::int64_t currentHourStartUtcMs() const;
    double importKwhThisHour() const;
    // Both directions (and the reactive energy) at once.
    PowerIntegrator::Result energyThisHour() const;
    double exportKwhThisHour() const;

    bool isExporting() const { return m_exporting; }

    LinkState linkState() const { return m_linkState; }
    QString linkDetail() const { return m_linkDetail; }
    const LinkStatistics& statistics() const { return m_statistics; }

public slots:
    void addReading(const han::MeterReading& reading);
    void setLinkState(han::LinkState state, const QString& detail);
    void setStatistics(const han::LinkStatistics& statistics);
    // Forgets everything (a new source starts).
    void clear();

signals:
    // Something changed; coalesced to at most one per kRefreshIntervalMs.
    void updated();
    // The house started (true) or stopped (false) exporting.
    void exportingChanged(bool exporting);
    void linkStateChanged(han::LinkState state, const QString& detail);
    void sourceChanged();
    void cleared();

private:
    void markDirty();
    void flush();

    QString m_sourceLabel;
    bool m_simulated = false;
    MeterClockResolver m_resolver;
    std::optional<MeterReading> m_latest;
    std::optional<MeterReading> m_latestRegisters;
    std::int64_t m_latestUtcMs = 0;
    QDateTime m_latestReceivedAt;
    QString m_meterId;
    QString m_meterType;
    QString m_listVersion;
    std::deque<LiveSample> m_samples;
    std::size_t m_capacity = kDefaultCapacity;
    std::uint64_t m_serial = 0;
    bool m_exporting = false;
    bool m_exportingReported = false;
    LinkState m_linkState = LinkState::Disconnected;
    QString m_linkDetail;
    LinkStatistics m_statistics;
    QTimer m_refreshTimer;
    bool m_dirty = false;
};

} // namespace han::ui
