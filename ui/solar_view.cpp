// SPDX-License-Identifier: GPL-3.0-or-later
#include "solar_view.h"

#include "app_settings.h"
#include "chart_colors.h"
#include "history_reader.h"
#include "live_model.h"
#include "plot_style.h"
#include "power_integrator.h"
#include "session_controller.h"
#include "value_format.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace han::ui {

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

void setTextColor(QLabel* label, const QColor& color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

QFont scaledFont(const QFont& base, double factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

SolarView::SolarView(SessionController* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("solarView"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createSummary());

    m_plot = new QCustomPlot(this);
    // A day of 10 s readings is thousands of vertices per filled area: antialiased fills and
    // polylines cost tens of milliseconds a replot, plain ones a few.
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setNotAntialiasedElements(QCP::aeFills);
    m_plot->setObjectName(QStringLiteral("netPowerPlot"));
    m_plot->setAccessibleDescription(
        tr("Net power today: import minus export from the meter's List 1, above zero while the "
           "house draws from the grid, below zero while it exports"));
    m_plot->setLocale(QLocale());
    m_plot->setMinimumHeight(200);
    PlotStyle::setUpTimeAxis(m_plot->xAxis);
    m_plot->yAxis->setLabel(tr("Net power (kW)"));
    m_importGraph = m_plot->addGraph();
    m_importGraph->setName(tr("Drawing from the grid"));
    m_exportGraph = m_plot->addGraph();
    m_exportGraph->setName(tr("Exporting to the grid"));
    const std::pair<QCPGraph*, QColor> graphs[] = {{m_importGraph, ChartColors::import()},
                                                   {m_exportGraph, ChartColors::exportColor()}};
    for (const auto& [graph, color] : graphs) {
        // Each reading holds until the next, as the energy is integrated (PowerIntegrator).
        graph->setLineStyle(QCPGraph::lsStepLeft);
        graph->setPen(QPen(color, 1.0)); // wider pens are slow to stroke (PhasesView)
        QColor fill = color;
        fill.setAlphaF(0.35f);
        // No channel graph: the fill reaches to zero, so import and export areas meet there.
        graph->setBrush(fill);
    }
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    layout->addWidget(m_plot, 1);

    LiveModel* live = session->live();
    connect(live, &LiveModel::updated, this, &SolarView::onLiveUpdated);
    connect(live, &LiveModel::exportingChanged, this, &SolarView::onExportingChanged);
    connect(live, &LiveModel::cleared, this, &SolarView::reloadDay);
    connect(session, &SessionController::historyOpened, this, [this] {
        m_totalsCalculator.invalidate();
        reloadDay();
    });
    // The simulated meter's past is written after its start: the day and the month change.
    connect(session, &SessionController::simulatedHistoryProgress, this, [this](bool busy) {
        if (busy)
            return;
        m_totalsCalculator.invalidate();
        reloadDay();
    });
    connect(session, &SessionController::historyChanged, this, [this] {
        m_totalsCalculator.historyChanged();
        if (!m_session->live()->hasReading())
            updateTotals();
    });
    // Midnight comes even when no meter speaks.
    m_dayTimer.setObjectName(QStringLiteral("solar_view.dayTimer"));
    m_dayTimer.setInterval(30'000);
    connect(&m_dayTimer, &QTimer::timeout, this, [this] {
        if (nowUtcMs() >= m_dayEndMs)
            reloadDay();
    });
    m_dayTimer.start();

    restyle();
    reloadDay();
}

SolarView::~SolarView() = default;

QWidget* SolarView::createSummary()
{
    auto* summary = new QWidget(this);
    auto* row = new QHBoxLayout(summary);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(24);

    auto* nowBox = new QVBoxLayout;
    auto* nowCaption = new QLabel(tr("Export now"), summary);
    nowBox->addWidget(nowCaption);
    m_exportNow = addValue(nowBox, QStringLiteral("exportNowValue"),
                           tr("Active power the house exports to the grid now, from the "
                              "meter's List 1 (every 10 s)"));
    m_exportNow->setFont(scaledFont(font(), 2.4, true));
    nowBox->addStretch(1);
    row->addLayout(nowBox);

    auto* statusBox = new QVBoxLayout;
    m_status = new QLabel(summary);
    m_status->setObjectName(QStringLiteral("solarStatus"));
    m_status->setFont(scaledFont(font(), 1.5, true));
    m_status->setWordWrap(true);
    m_status->setToolTip(tr("Exporting while the meter's List 1 shows more than %1 going out "
                            "and more going out than coming in; otherwise drawing from the grid")
                             .arg(ValueFormat::kilowatts(LiveModel::kExportThresholdW, 2)));
    statusBox->addStretch(1);
    statusBox->addWidget(m_status);
    auto* explanation =
        new QLabel(tr("The chart shows the net power since midnight: above zero the house draws "
                      "from the grid, below zero it exports."),
                   summary);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    statusBox->addWidget(explanation);
    statusBox->addStretch(1);
    row->addLayout(statusBox, 1);

    auto* energy = new QGridLayout;
    energy->setHorizontalSpacing(18);
    auto* exportedHeader = new QLabel(tr("Exported"), summary);
    auto* importedHeader = new QLabel(tr("Imported"), summary);
    for (QLabel* header : {exportedHeader, importedHeader}) {
        header->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        header->setFont(scaledFont(font(), 1.0, true));
    }
    energy->addWidget(exportedHeader, 0, 1);
    energy->addWidget(importedHeader, 0, 2);
    energy->addWidget(new QLabel(tr("Today"), summary), 1, 0);
    m_monthCaption = new QLabel(tr("This month"), summary);
    energy->addWidget(m_monthCaption, 2, 0);
    const QString hourly = tr("whole hours from the meter's hourly registers (List 2), the hour "
                              "in progress from List 1 power");
    const struct
    {
        QLabel** label;
        const char* name;
        QString toolTip;
        int row;
        int column;
    } values[] = {
        {&m_exportedToday, "exportedTodayValue",
         tr("Energy exported to the grid today since local midnight: %1").arg(hourly), 1, 1},
        {&m_importedToday, "importedTodayValue",
         tr("Energy drawn from the grid today since local midnight: %1").arg(hourly), 1, 2},
        {&m_exportedMonth, "exportedMonthValue",
         tr("Energy exported to the grid this month since the 1st: %1").arg(hourly), 2, 1},
        {&m_importedMonth, "importedMonthValue",
         tr("Energy drawn from the grid this month since the 1st: %1").arg(hourly), 2, 2},
    };
    for (const auto& value : values) {
        auto* cell = new QHBoxLayout;
        *value.label = addValue(cell, QString::fromLatin1(value.name), value.toolTip);
        (*value.label)->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        (*value.label)->setFont(scaledFont(font(), 1.25, false));
        energy->addLayout(cell, value.row, value.column);
    }
    row->addLayout(energy);
    return summary;
}

QLabel* SolarView::addValue(QLayout* layout, const QString& name, const QString& toolTip)
{
    auto* label = new QLabel(ValueFormat::dash(), this);
    label->setObjectName(name);
    label->setToolTip(toolTip);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    return label;
}

void SolarView::applySettings(const AppSettings& settings)
{
    Q_UNUSED(settings);
    // The appearance arrives as a palette change (changeEvent).
    restyle();
}

void SolarView::restyle()
{
    PlotStyle::apply(m_plot, palette());
    updateStatus();
    replot();
}

std::int64_t SolarView::nowUtcMs() const
{
    // The meter's time when it speaks (a replay shows the day it replays), else the clock's.
    const LiveModel* live = m_session->live();
    return live->hasReading() ? live->latestUtcMs() : QDateTime::currentMSecsSinceEpoch();
}

void SolarView::reloadDay()
{
    m_importGraph->data()->clear();
    m_exportGraph->data()->clear();
    m_lastKeyMs = std::numeric_limits<std::int64_t>::min();
    const std::int64_t now = nowUtcMs();
    m_dayStartMs = SolarTotals::localDayStart(now);
    const QDate day = QDateTime::fromMSecsSinceEpoch(now, Qt::LocalTime).date();
    m_dayEndMs = QDateTime(day.addDays(1), QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();

    const LiveModel* live = m_session->live();
    const std::deque<LiveSample>& samples = live->samples();
    const std::int64_t liveFirst =
        samples.empty() ? std::numeric_limits<std::int64_t>::max() : samples.front().utcMs;
    std::vector<std::pair<std::int64_t, double>> net;
    const QString meterId = m_session->currentMeterId();
    // The history up to the first live sample, the live samples after: each reading once.
    if (m_session->isHistoryOpen() && !meterId.isEmpty() && m_dayStartMs < liveFirst) {
        const auto stored = m_session->reader().powerSamples(meterId, m_dayStartMs,
                                                             std::min(liveFirst, m_dayEndMs));
        net.reserve(stored.size());
        for (const PowerSample& s : stored)
            net.emplace_back(s.utcMs, s.activeImportW - s.activeExportW);
    }
    auto first = std::lower_bound(samples.begin(), samples.end(), m_dayStartMs,
                                  [](const LiveSample& s, std::int64_t t) { return s.utcMs < t; });
    for (auto it = first; it != samples.end() && it->utcMs < m_dayEndMs; ++it)
        net.emplace_back(it->utcMs, it->netW());
    addSamples(net);
    m_serial = live->sampleSerial();
    m_paintedNewestMs = m_lastKeyMs;

    m_monthCaption->setText(
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(now, Qt::LocalTime).date(),
                           QStringLiteral("MMMM yyyy")));
    m_totalsCalculator.invalidate();
    updateTotals();
    updateStatus();
    updateRanges();
    replot();
}

void SolarView::addSamples(const std::vector<std::pair<std::int64_t, double>>& netW)
{
    if (netW.empty())
        return;
    QVector<QCPGraphData> import;
    QVector<QCPGraphData> exported;
    import.reserve(static_cast<int>(netW.size() + 8));
    exported.reserve(static_cast<int>(netW.size() + 8));
    std::int64_t previous = m_lastKeyMs;
    for (const auto& [utcMs, watts] : netW) {
        // A hold ends after PowerIntegrator::kMaxHoldMs: a longer silence is a gap, not power.
        if (previous != std::numeric_limits<std::int64_t>::min() &&
            utcMs - previous > PowerIntegrator::kMaxHoldMs) {
            const double gap = PlotStyle::keyOf(previous + PowerIntegrator::kMaxHoldMs);
            import.append(QCPGraphData(gap, kNone));
            exported.append(QCPGraphData(gap, kNone));
        }
        // Split at zero: each side ends where the other begins, so the areas never overlap.
        const double key = PlotStyle::keyOf(utcMs);
        const double kw = watts / 1000.0;
        import.append(QCPGraphData(key, kw >= 0 ? kw : kNone));
        exported.append(QCPGraphData(key, kw < 0 ? kw : kNone));
        previous = utcMs;
    }
    m_lastKeyMs = previous;
    m_importGraph->data()->add(import, true);
    m_exportGraph->data()->add(exported, true);
}

void SolarView::appendLive()
{
    const LiveModel* live = m_session->live();
    const std::uint64_t serial = live->sampleSerial();
    if (serial == m_serial)
        return;
    const std::deque<LiveSample>& samples = live->samples();
    const std::size_t fresh =
        static_cast<std::size_t>(std::min<std::uint64_t>(serial - m_serial, samples.size()));
    m_serial = serial;
    std::vector<std::pair<std::int64_t, double>> net;
    net.reserve(fresh);
    for (auto it = samples.end() - static_cast<std::ptrdiff_t>(fresh); it != samples.end(); ++it) {
        if (it->utcMs > m_lastKeyMs && it->utcMs >= m_dayStartMs && it->utcMs < m_dayEndMs)
            net.emplace_back(it->utcMs, it->netW());
    }
    addSamples(net);
}

void SolarView::onLiveUpdated()
{
    if (nowUtcMs() >= m_dayEndMs || nowUtcMs() < m_dayStartMs) {
        reloadDay(); // a new day (or a replay of another one)
        return;
    }
    appendLive();
    updateTotals();
    updateStatus();
    // The chart moves by a pixel every 25 s or so: fewer new samples wait for the next ones
    // (a chart not laid out yet has no pixels).
    const int pixels = m_plot->axisRect()->width();
    const double msPerPixel = m_plot->xAxis->range().size() * 1000.0 / std::max(pixels, 1);
    constexpr std::int64_t kNoTime = std::numeric_limits<std::int64_t>::min();
    if (pixels > 10 && m_lastKeyMs != kNoTime && m_paintedNewestMs != kNoTime &&
        static_cast<double>(m_lastKeyMs - m_paintedNewestMs) < msPerPixel)
        return;
    m_paintedNewestMs = m_lastKeyMs;
    updateRanges();
    replot();
}

void SolarView::onExportingChanged(bool exporting)
{
    updateStatus();
    const LiveModel* live = m_session->live();
    // A new source clears the model; that is no news for the homeowner.
    if (!live->hasReading())
        return;
    const MeterReading& reading = *live->latestReading();
    const QString message =
        exporting ? tr("The house started exporting %1 to the grid")
                        .arg(ValueFormat::kilowatts(reading.activeExportW.value_or(0), 1))
                  : tr("The house stopped exporting and draws %1 from the grid")
                        .arg(ValueFormat::kilowatts(reading.activeImportW.value_or(0), 1));
    emit exportingChanged(exporting, message);
}

void SolarView::updateStatus()
{
    const LiveModel* live = m_session->live();
    if (!live->hasReading()) {
        m_exportNow->setText(ValueFormat::dash());
        m_status->setText(tr("Waiting for readings from the meter"));
        setTextColor(m_status, palette().color(QPalette::WindowText));
        setTextColor(m_exportNow, palette().color(QPalette::WindowText));
        return;
    }
    const MeterReading& reading = *live->latestReading();
    const double exportW = reading.activeExportW.value_or(0);
    const double importW = reading.activeImportW.value_or(0);
    m_exportNow->setText(ValueFormat::kilowatts(exportW, 2));
    const bool exporting = live->isExporting();
    if (exporting) {
        m_status->setText(
            tr("Exporting %1 to the grid").arg(ValueFormat::kilowatts(exportW, 1)));
    } else {
        m_status->setText(
            tr("Drawing %1 from the grid").arg(ValueFormat::kilowatts(importW, 1)));
    }
    const QColor color = exporting ? ChartColors::exportColor() : ChartColors::import();
    setTextColor(m_status, color);
    setTextColor(m_exportNow,
                 exporting ? ChartColors::exportColor() : palette().color(QPalette::WindowText));
}

void SolarView::updateTotals()
{
    const HistoryReader* reader = m_session->isHistoryOpen() ? &m_session->reader() : nullptr;
    m_totals = m_totalsCalculator.compute(reader, m_session->currentMeterId(),
                                          *m_session->live(), nowUtcMs());
    m_exportedToday->setText(ValueFormat::kilowattHours(m_totals.today.exportKwh, 2));
    m_importedToday->setText(ValueFormat::kilowattHours(m_totals.today.importKwh, 2));
    m_exportedMonth->setText(ValueFormat::kilowattHours(m_totals.month.exportKwh, 1));
    m_importedMonth->setText(ValueFormat::kilowattHours(m_totals.month.importKwh, 1));
}

void SolarView::updateRanges()
{
    const std::int64_t now = std::max(nowUtcMs(), m_dayStartMs + 3'600'000);
    // Midnight to now, with a little room after the newest reading.
    const double lower = PlotStyle::keyOf(m_dayStartMs);
    const double upper = PlotStyle::keyOf(now);
    m_plot->xAxis->setRange(lower, upper + (upper - lower) * 0.02);
    PlotStyle::updateTimeAxis(m_plot->xAxis);

    bool found = false;
    double low = -0.5;
    double high = 0.5;
    QCPRange range = m_importGraph->getValueRange(found);
    if (found)
        high = std::max(high, range.upper);
    range = m_exportGraph->getValueRange(found);
    if (found)
        low = std::min(low, range.lower);
    const double pad = (high - low) * 0.08;
    m_plot->yAxis->setRange(low - pad, high + pad);
}

void SolarView::replot()
{
    // A hidden tab is painted when it is shown, not 10 times a second.
    if (isVisible())
        m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SolarView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    replot();
}

void SolarView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange ||
         event->type() == QEvent::ApplicationPaletteChange) && m_plot)
        restyle();
}

} // namespace han::ui
