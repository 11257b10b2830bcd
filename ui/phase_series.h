// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

class QCPGraph;
class QCPRange;

namespace han {
class HistoryReader;
}

namespace han::ui {

class LiveModel;

// One sample of the three phases; NaN where the meter sent no value.
struct PhaseRow
{
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

    std::int64_t utcMs = 0;
    std::array<double, 3> currentA = {kNone, kNone, kNone};
    std::array<double, 3> voltageV = {kNone, kNone, kNone};
    // Import minus export per phase (W), where the list carries it (the Danish lists).
    std::array<double, 3> powerW = {kNone, kNone, kNone};
};

// The three quantities the Phases view charts, one graph per phase each.
enum class PhaseQuantity
{
    Current,
    Voltage,
    Power
};

// The data behind the Phases charts: three current, three voltage and three power graphs that
// always hold the same keys (a row goes to all nine), so one index reads a sample across them. A
// silence longer than a held sample (PowerIntegrator::kMaxHoldMs) gets a row without values just
// after its last sample, so the line breaks instead of bridging a pulled cable.
class PhaseSeries
{
public:
    PhaseSeries(const std::array<QCPGraph*, 3>& current, const std::array<QCPGraph*, 3>& voltage,
                const std::array<QCPGraph*, 3>& power);

    // The rows in [fromUtcMs, toUtcMs): the history's readings before the first live sample,
    // then the live samples, so a reading that is in both is used once. `reader` may be null.
    static std::vector<PhaseRow> load(const HistoryReader* reader, const QString& meterId,
                                      const LiveModel& live, std::int64_t fromUtcMs,
                                      std::int64_t toUtcMs);

    void clear();
    // Rows newer than lastUtcMs() (ordered), or older than the first (prepend).
    void append(const std::vector<PhaseRow>& rows);
    void prepend(const std::vector<PhaseRow>& rows);
    // The live samples that arrived since the last call (LiveModel::sampleSerial), those
    // before `beforeUtcMs` only.
    void appendLive(const LiveModel& live, std::int64_t beforeUtcMs);
    // Counts the samples up to `serial` as seen (after a load that included them).
    void setLiveSerial(std::uint64_t serial) { m_serial = serial; }
    void removeBefore(std::int64_t utcMs);

    bool isEmpty() const;
    std::int64_t lastUtcMs() const { return m_lastUtcMs; }
    // Phases with any value so far (a single-phase meter: L1 only).
    const std::array<bool, 3>& phasesSeen() const { return m_seen; }
    bool anyPhaseSeen() const { return m_seen[0] || m_seen[1] || m_seen[2]; }
    // Whether any row so far had a per-phase power (a meter that sends them).
    bool powerSeen() const { return m_powerSeen; }

    // The sample nearest to `utcMs`; none when the graphs are empty.
    std::optional<PhaseRow> nearest(std::int64_t utcMs) const;
    // Samples (rows with a value) with keys in [lowerKey, upperKey].
    int countBetween(double lowerKey, double upperKey) const;

    // The values of the visible current (or voltage) graphs between the keys; none without.
    std::optional<std::pair<double, double>> valueRange(PhaseQuantity quantity,
                                                        const QCPRange& keys) const;
    // Hides the graphs (and legend entries) of phases the meter never reported, once it
    // reported any: a single-phase meter shows L1 only.
    void showSeenPhases();
    void setLineWidth(double width);
    // Antialiased lines cost a replot of a week about twice as much; dense data does without.
    void setAntialiased(bool antialiased);

    // "14:05:30   L1 7,3 A   L2 5,0 A   L3 6,1 A" (or volts) for the phases shown, the date
    // first when asked.
    QString readout(const PhaseRow& row, PhaseQuantity quantity, bool withDate) const;

private:
    void add(const std::vector<PhaseRow>& rows, bool prepend);
    bool hasValues(int index) const;
    PhaseRow rowAt(int index) const;

    std::array<QCPGraph*, 9> m_graphs{};
    std::int64_t m_lastUtcMs = std::numeric_limits<std::int64_t>::min();
    std::uint64_t m_serial = 0;
    std::array<bool, 3> m_seen = {false, false, false};
    bool m_powerSeen = false;
};

} // namespace han::ui
