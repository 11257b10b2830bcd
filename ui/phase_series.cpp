// SPDX-License-Identifier: GPL-3.0-or-later
#include "phase_series.h"

#include "history_reader.h"
#include "live_model.h"
#include "plot_style.h"
#include "power_integrator.h"
#include "value_format.h"

#include <QDateTime>
#include <QLocale>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace han::ui {

namespace {

constexpr std::int64_t kNoTime = std::numeric_limits<std::int64_t>::min();

double valueOr(const std::optional<double>& value)
{
    return value ? *value : PhaseRow::kNone;
}

PhaseRow rowOf(const LiveSample& sample)
{
    PhaseRow row;
    row.utcMs = sample.utcMs;
    std::copy(std::begin(sample.currentA), std::end(sample.currentA), row.currentA.begin());
    std::copy(std::begin(sample.voltageV), std::end(sample.voltageV), row.voltageV.begin());
    std::copy(std::begin(sample.phasePowerW), std::end(sample.phasePowerW), row.powerW.begin());
    return row;
}

// Import minus export, or none when the list carries neither.
double netOf(const std::optional<double>& importW, const std::optional<double>& exportW)
{
    if (!importW && !exportW)
        return PhaseRow::kNone;
    return importW.value_or(0.0) - exportW.value_or(0.0);
}

std::size_t firstGraph(PhaseQuantity quantity)
{
    return 3 * static_cast<std::size_t>(quantity);
}

} // namespace

PhaseSeries::PhaseSeries(const std::array<QCPGraph*, 3>& current,
                         const std::array<QCPGraph*, 3>& voltage,
                         const std::array<QCPGraph*, 3>& power)
{
    std::copy(current.begin(), current.end(), m_graphs.begin());
    std::copy(voltage.begin(), voltage.end(), m_graphs.begin() + 3);
    std::copy(power.begin(), power.end(), m_graphs.begin() + 6);
}

std::vector<PhaseRow> PhaseSeries::load(const HistoryReader* reader, const QString& meterId,
                                        const LiveModel& live, std::int64_t fromUtcMs,
                                        std::int64_t toUtcMs)
{
    std::vector<PhaseRow> rows;
    const std::deque<LiveSample>& samples = live.samples();
    const std::int64_t liveFirst =
        samples.empty() ? std::numeric_limits<std::int64_t>::max() : samples.front().utcMs;
    if (reader && reader->isOpen() && !meterId.isEmpty() && fromUtcMs < liveFirst) {
        reader->forEachReading(meterId, fromUtcMs, std::min(toUtcMs, liveFirst),
                               [&rows](const StoredReading& stored) {
                                   const MeterReading& r = stored.reading;
                                   PhaseRow row;
                                   row.utcMs = stored.utcMs;
                                   row.currentA = {valueOr(r.currentL1A), valueOr(r.currentL2A),
                                                   valueOr(r.currentL3A)};
                                   row.voltageV = {valueOr(r.voltageL1V), valueOr(r.voltageL2V),
                                                   valueOr(r.voltageL3V)};
                                   row.powerW = {netOf(r.activeImportL1W, r.activeExportL1W),
                                                 netOf(r.activeImportL2W, r.activeExportL2W),
                                                 netOf(r.activeImportL3W, r.activeExportL3W)};
                                   rows.push_back(row);
                                   return true;
                               });
    }
    auto it = std::lower_bound(samples.begin(), samples.end(), fromUtcMs,
                               [](const LiveSample& s, std::int64_t t) { return s.utcMs < t; });
    for (; it != samples.end() && it->utcMs < toUtcMs; ++it)
        rows.push_back(rowOf(*it));
    return rows;
}

void PhaseSeries::clear()
{
    for (QCPGraph* graph : m_graphs)
        graph->data()->clear();
    m_lastUtcMs = kNoTime;
    m_seen = {false, false, false};
    m_powerSeen = false;
}

void PhaseSeries::append(const std::vector<PhaseRow>& rows)
{
    add(rows, false);
}

void PhaseSeries::prepend(const std::vector<PhaseRow>& rows)
{
    add(rows, true);
}

void PhaseSeries::appendLive(const LiveModel& live, std::int64_t beforeUtcMs)
{
    const std::uint64_t serial = live.sampleSerial();
    if (serial == m_serial)
        return;
    const std::deque<LiveSample>& samples = live.samples();
    const auto fresh = static_cast<std::ptrdiff_t>(
        std::min<std::uint64_t>(serial - m_serial, samples.size()));
    m_serial = serial;
    std::vector<PhaseRow> rows;
    for (auto it = samples.end() - fresh; it != samples.end(); ++it) {
        if (it->utcMs > m_lastUtcMs && it->utcMs < beforeUtcMs)
            rows.push_back(rowOf(*it));
    }
    add(rows, false);
}

void PhaseSeries::removeBefore(std::int64_t utcMs)
{
    // Cheap at the front of a QCPDataContainer: it only moves its start.
    for (QCPGraph* graph : m_graphs)
        graph->data()->removeBefore(PlotStyle::keyOf(utcMs));
}

bool PhaseSeries::isEmpty() const
{
    return m_graphs[0]->data()->isEmpty();
}

void PhaseSeries::add(const std::vector<PhaseRow>& rows, bool prepend)
{
    if (rows.empty())
        return;
    std::array<QVector<QCPGraphData>, 9> points;
    for (auto& vector : points)
        vector.reserve(static_cast<int>(rows.size() + rows.size() / 16 + 2));
    auto push = [&points](std::int64_t utcMs, const PhaseRow* row) {
        const double key = PlotStyle::keyOf(utcMs);
        for (std::size_t p = 0; p < 3; ++p) {
            points[p].append(QCPGraphData(key, row ? row->currentA[p] : PhaseRow::kNone));
            points[p + 3].append(QCPGraphData(key, row ? row->voltageV[p] : PhaseRow::kNone));
            // The power chart's axis is in kW.
            points[p + 6].append(QCPGraphData(key, row ? row->powerW[p] / 1000 : PhaseRow::kNone));
        }
    };
    auto gapAfter = [&push](std::int64_t before, std::int64_t after) {
        if (after - before > PowerIntegrator::kMaxHoldMs)
            push(before + PowerIntegrator::kMaxHoldMs, nullptr);
    };
    if (!prepend && m_lastUtcMs != kNoTime)
        gapAfter(m_lastUtcMs, rows.front().utcMs);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i > 0)
            gapAfter(rows[i - 1].utcMs, rows[i].utcMs);
        push(rows[i].utcMs, &rows[i]);
        for (std::size_t p = 0; p < 3; ++p) {
            if (!std::isnan(rows[i].currentA[p]) || !std::isnan(rows[i].voltageV[p]) ||
                !std::isnan(rows[i].powerW[p]))
                m_seen[p] = true;
            if (!std::isnan(rows[i].powerW[p]))
                m_powerSeen = true;
        }
    }
    if (prepend && !isEmpty())
        gapAfter(rows.back().utcMs, PlotStyle::utcMsOf(m_graphs[0]->data()->constBegin()->key));
    if (!prepend || m_lastUtcMs == kNoTime)
        m_lastUtcMs = std::max(m_lastUtcMs, rows.back().utcMs);
    for (std::size_t g = 0; g < m_graphs.size(); ++g)
        m_graphs[g]->data()->add(points[g], true);
}

bool PhaseSeries::hasValues(int index) const
{
    for (const QCPGraph* graph : m_graphs) {
        if (!std::isnan(graph->data()->at(index)->value))
            return true;
    }
    return false;
}

PhaseRow PhaseSeries::rowAt(int index) const
{
    PhaseRow row;
    row.utcMs = PlotStyle::utcMsOf(m_graphs[0]->data()->at(index)->key);
    for (std::size_t p = 0; p < 3; ++p) {
        row.currentA[p] = m_graphs[p]->data()->at(index)->value;
        row.voltageV[p] = m_graphs[p + 3]->data()->at(index)->value;
        row.powerW[p] = m_graphs[p + 6]->data()->at(index)->value * 1000;
    }
    return row;
}

std::optional<PhaseRow> PhaseSeries::nearest(std::int64_t utcMs) const
{
    const QCPGraphDataContainer* keys = m_graphs[0]->data().data();
    const int size = keys->size();
    const double key = PlotStyle::keyOf(utcMs);
    int after = static_cast<int>(keys->findBegin(key, false) - keys->constBegin());
    int before = after - 1;
    // Gap markers are no samples.
    while (after < size && !hasValues(after))
        ++after;
    while (before >= 0 && !hasValues(before))
        --before;
    if (after >= size && before < 0)
        return std::nullopt;
    if (after >= size)
        return rowAt(before);
    if (before < 0)
        return rowAt(after);
    return rowAt(key - keys->at(before)->key <= keys->at(after)->key - key ? before : after);
}

int PhaseSeries::countBetween(double lowerKey, double upperKey) const
{
    const QCPGraphDataContainer* keys = m_graphs[0]->data().data();
    const int end = static_cast<int>(keys->findEnd(upperKey, false) - keys->constBegin());
    int count = 0;
    for (int i = static_cast<int>(keys->findBegin(lowerKey, false) - keys->constBegin()); i < end;
         ++i) {
        if (hasValues(i))
            ++count;
    }
    return count;
}

std::optional<std::pair<double, double>> PhaseSeries::valueRange(PhaseQuantity quantity,
                                                                 const QCPRange& keys) const
{
    std::optional<std::pair<double, double>> total;
    for (std::size_t g = firstGraph(quantity); g < firstGraph(quantity) + 3; ++g) {
        if (!m_graphs[g]->visible())
            continue;
        bool found = false;
        const QCPRange r = m_graphs[g]->getValueRange(found, QCP::sdBoth, keys);
        if (!found)
            continue;
        total = total ? std::make_pair(std::min(total->first, r.lower),
                                       std::max(total->second, r.upper))
                      : std::make_pair(r.lower, r.upper);
    }
    return total;
}

void PhaseSeries::showSeenPhases()
{
    for (std::size_t g = 0; g < m_graphs.size(); ++g) {
        QCPGraph* graph = m_graphs[g];
        const bool visible = !anyPhaseSeen() || m_seen[g % 3];
        if (graph->visible() == visible)
            continue;
        graph->setVisible(visible);
        if (visible)
            graph->addToLegend();
        else
            graph->removeFromLegend();
    }
}

void PhaseSeries::setLineWidth(double width)
{
    if (qFuzzyCompare(m_graphs[0]->pen().widthF(), width))
        return;
    for (QCPGraph* graph : m_graphs) {
        QPen pen = graph->pen();
        pen.setWidthF(width);
        graph->setPen(pen);
    }
}

void PhaseSeries::setAntialiased(bool antialiased)
{
    for (QCPGraph* graph : m_graphs)
        graph->setAntialiased(antialiased);
}

QString PhaseSeries::readout(const PhaseRow& row, PhaseQuantity quantity, bool withDate) const
{
    QString text = ValueFormat::localTime(row.utcMs);
    if (withDate) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(row.utcMs, Qt::LocalTime).date();
        text = ValueFormat::shortDate(date) + QLatin1Char(' ') + text;
    }
    for (std::size_t p = 0; p < 3; ++p) {
        if (anyPhaseSeen() && !m_seen[p])
            continue;
        const double value = quantity == PhaseQuantity::Voltage ? row.voltageV[p]
                             : quantity == PhaseQuantity::Power ? row.powerW[p]
                                                                : row.currentA[p];
        const std::optional<double> shown =
            std::isnan(value) ? std::nullopt : std::optional<double>(value);
        QString formatted;
        switch (quantity) {
        case PhaseQuantity::Current:
            formatted = ValueFormat::amperes(shown, 1);
            break;
        case PhaseQuantity::Voltage:
            formatted = ValueFormat::volts(shown, 0);
            break;
        case PhaseQuantity::Power:
            formatted = ValueFormat::kilowatts(shown, 2);
            break;
        }
        text += QStringLiteral("   L%1 %2").arg(p + 1).arg(formatted);
    }
    return text;
}

} // namespace han::ui
