// SPDX-License-Identifier: GPL-3.0-or-later
#include "phases_view.h"

#include "app_settings.h"
#include "chart_colors.h"
#include "live_model.h"
#include "plot_crosshair.h"
#include "plot_style.h"
#include "session_controller.h"
#include "time_window_bar.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace han::ui {

namespace {

constexpr std::int64_t kMaxMs = std::numeric_limits<std::int64_t>::max();
// The most one pan into the past loads from the history at once.
constexpr std::int64_t kMaxExtendMs = 31LL * 24 * 3600 * 1000;

std::array<QCPGraph*, 3> graphsOf(QCustomPlot* plot)
{
    return {plot->graph(0), plot->graph(1), plot->graph(2)};
}

} // namespace

PhasesView::PhasesView(SessionController* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("phasesView"));
    auto* layout = new QVBoxLayout(this);
    m_bar = new TimeWindowBar(this);
    layout->addWidget(m_bar);
    m_bar->setFollowLive(m_follow);
    connect(m_bar, &TimeWindowBar::windowChosen, this, &PhasesView::setWindow);
    connect(m_bar, &TimeWindowBar::customRangeChosen, this,
            [this](qint64 from, qint64 to) { showRange(from, to); });
    // A custom range starts as what the charts show, in whole minutes like its fields.
    connect(m_bar, &TimeWindowBar::customChosen, this, [this] {
        const QCPRange range = m_currentPlot->xAxis->range();
        const std::int64_t from = PlotStyle::utcMsOf(range.lower);
        const std::int64_t to = PlotStyle::utcMsOf(range.upper) + 59'999;
        showRange(from - from % 60'000, to - to % 60'000);
    });
    connect(m_bar, &TimeWindowBar::followLiveToggled, this, &PhasesView::setFollowLive);

    m_currentPlot = createPlot(QStringLiteral("currentPlot"), tr("Current"), QStringLiteral("A"));
    m_voltagePlot = createPlot(QStringLiteral("voltagePlot"), tr("Voltage"), QStringLiteral("V"));
    m_powerPlot = createPlot(QStringLiteral("powerPlot"), tr("Power"), QStringLiteral("kW"));
    m_powerPlot->setAccessibleDescription(
        tr("Power of each phase in kilowatts, import minus export (below zero: export), from "
           "the meter's list (every 10 s)"));
    m_currentPlot->setAccessibleDescription(
        tr("Current of each phase in amperes, from the meter's List 1 (every 10 s)"));
    m_voltagePlot->setAccessibleDescription(
        tr("Voltage of each phase in volts, from the meter's List 1 (every 10 s)"));
    // The time labels once, under the lower chart; the upper one keeps its grid.
    for (QCustomPlot* upper : {m_powerPlot, m_currentPlot}) {
        upper->xAxis->setTickLabels(false);
        // Room under it for the lowest value label ("0"), which the time labels no longer give.
        upper->axisRect()->setMinimumMargins(
            upper->axisRect()->minimumMargins() +
            QMargins(0, 0, 0, QFontMetrics(upper->font()).height() / 2 + 2));
    }
    // One legend for all: the colours are the same phases.
    m_voltagePlot->legend->setVisible(false);
    m_powerPlot->legend->setVisible(false);
    m_currentCrosshair = new PlotCrosshair(m_currentPlot);
    m_voltageCrosshair = new PlotCrosshair(m_voltagePlot);
    m_powerCrosshair = new PlotCrosshair(m_powerPlot);
    m_series = std::make_unique<PhaseSeries>(graphsOf(m_currentPlot), graphsOf(m_voltagePlot),
                                             graphsOf(m_powerPlot));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    // Shown once the meter has sent per-phase power (showPowerPlotIfSent).
    m_powerPlot->hide();
    splitter->addWidget(m_powerPlot);
    splitter->addWidget(m_currentPlot);
    splitter->addWidget(m_voltagePlot);
    layout->addWidget(splitter, 1);

    auto* hint = new QLabel(tr("Drag a chart to move in time, turn the wheel to zoom; the values "
                               "under the pointer show on the charts. Keys on a chart: ←/→ move, "
                               "+/− zoom, Home back to live."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    m_extendTimer.setObjectName(QStringLiteral("phases_view.extendTimer"));
    m_extendTimer.setSingleShot(true);
    m_extendTimer.setInterval(250);
    connect(&m_extendTimer, &QTimer::timeout, this, &PhasesView::extendIntoPast);

    LiveModel* live = session->live();
    connect(live, &LiveModel::updated, this, &PhasesView::onLiveUpdated);
    connect(live, &LiveModel::cleared, this, [this] { reload(m_follow); });
    connect(session, &SessionController::historyOpened, this, [this] { reload(m_follow); });
    // The simulated meter's past is written after its start: the window can show it now.
    connect(session, &SessionController::simulatedHistoryProgress, this, [this](bool busy) {
        if (!busy)
            reload(m_follow);
    });

    restyle();
    reload(true);
}

PhasesView::~PhasesView() = default;

QCustomPlot* PhasesView::createPlot(const QString& name, const QString& axisLabel,
                                    const QString& unit)
{
    auto* plot = new QCustomPlot(this);
    plot->setObjectName(name);
    plot->setMinimumHeight(140);
    plot->setMouseTracking(true);
    plot->setFocusPolicy(Qt::StrongFocus);
    plot->setLocale(QLocale());
    plot->setNoAntialiasingOnDrag(true);
    // Joins of less quality, far less time for lines wider than a pixel.
    plot->setPlottingHint(QCP::phFastPolylines, true);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
    PlotStyle::setUpTimeAxis(plot->xAxis);
    plot->yAxis->setLabel(QStringLiteral("%1 (%2)").arg(axisLabel, unit));
    // Both charts reserve the same room for the value axis, so their time axes line up.
    const QFontMetrics metrics(plot->font());
    plot->axisRect()->setMinimumMargins(
        QMargins(metrics.horizontalAdvance(QStringLiteral("0000,0")) + 2 * metrics.height() + 8,
                 0, 0, 0));
    for (int phase = 0; phase < 3; ++phase) {
        QCPGraph* graph = plot->addGraph();
        graph->setName(QStringLiteral("L%1").arg(phase + 1));
        graph->setPen(QPen(ChartColors::phase(phase), 1.6));
        graph->setLineStyle(QCPGraph::lsLine);
    }
    plot->legend->setVisible(true);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    connect(plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &PhasesView::onRangeChanged);
    plot->installEventFilter(this);
    return plot;
}

void PhasesView::applySettings(const AppSettings& settings)
{
    Q_UNUSED(settings);
    // The appearance arrives as a palette change (changeEvent); nothing else here depends on
    // the settings.
    restyle();
}

void PhasesView::restyle()
{
    PlotStyle::apply(m_currentPlot, palette());
    PlotStyle::apply(m_voltagePlot, palette());
    PlotStyle::apply(m_powerPlot, palette());
    m_currentCrosshair->applyPalette(palette());
    m_voltageCrosshair->applyPalette(palette());
    m_powerCrosshair->applyPalette(palette());
    replot();
}

void PhasesView::setWindow(TimeWindow::Kind kind)
{
    if (kind == TimeWindow::Kind::Custom) {
        showRange(m_customFromMs, m_customToMs);
        return;
    }
    m_window = kind;
    m_follow = true;
    m_bar->setWindow(kind);
    m_bar->setFollowLive(true);
    reload(true);
}

void PhasesView::showRange(std::int64_t fromUtcMs, std::int64_t toUtcMs)
{
    if (toUtcMs <= fromUtcMs)
        toUtcMs = fromUtcMs + 60'000;
    m_window = TimeWindow::Kind::Custom;
    m_customFromMs = fromUtcMs;
    m_customToMs = toUtcMs;
    m_follow = false;
    m_bar->setWindow(m_window);
    m_bar->setCustomRange(fromUtcMs, toUtcMs);
    m_bar->setFollowLive(false);
    reload(true);
}

void PhasesView::setFollowLive(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    m_bar->setFollowLive(follow);
    if (!follow)
        return;
    // Following means the live edge: a custom range gives way to a live window.
    setWindow(m_window == TimeWindow::Kind::Custom ? TimeWindow::Kind::OneHour : m_window);
}

std::int64_t PhasesView::newestUtcMs() const
{
    const LiveModel* live = m_session->live();
    if (!live->samples().empty())
        return live->samples().back().utcMs;
    // No meter speaks: the end of what the history has, so "the last hour" shows something.
    if (m_session->isHistoryOpen()) {
        const QString meterId = m_session->currentMeterId();
        for (const MeterInfo& meter : m_session->reader().meters()) {
            if (meter.meterId == meterId && meter.readingCount > 0)
                return meter.lastUtcMs;
        }
    }
    return QDateTime::currentMSecsSinceEpoch();
}

std::vector<PhaseRow> PhasesView::load(std::int64_t fromUtcMs, std::int64_t toUtcMs) const
{
    const HistoryReader* reader = m_session->isHistoryOpen() ? &m_session->reader() : nullptr;
    return PhaseSeries::load(reader, m_session->currentMeterId(), *m_session->live(), fromUtcMs,
                             toUtcMs);
}

void PhasesView::reload(bool resetRange)
{
    QElapsedTimer timer;
    timer.start();
    m_series->clear();
    const std::int64_t newest = newestUtcMs();
    if (m_window == TimeWindow::Kind::Custom) {
        m_loadedFromMs = m_customFromMs;
        m_loadedToMs = m_customToMs;
    } else {
        m_loadedFromMs = newest - TimeWindow::spanMs(m_window);
        m_loadedToMs = kMaxMs;
    }
    // A pan or zoom the user made stays when the data is merely reloaded (a new source).
    if (!resetRange && !m_follow) {
        const std::int64_t lower = PlotStyle::utcMsOf(m_currentPlot->xAxis->range().lower);
        m_loadedFromMs = std::min(m_loadedFromMs, lower);
    }
    m_series->append(load(m_loadedFromMs, m_loadedToMs));
    m_series->setLiveSerial(m_session->live()->sampleSerial());
    m_paintedNewestMs = m_series->lastUtcMs();
    m_lastLoadMs = timer.elapsed();

    if (m_window == TimeWindow::Kind::Custom && resetRange)
        setXRange(PlotStyle::keyOf(m_customFromMs), PlotStyle::keyOf(m_customToMs));
    else if (m_follow || resetRange)
        setXRange(PlotStyle::keyOf(newest - TimeWindow::spanMs(m_window)),
                  PlotStyle::keyOf(newest));
    m_series->showSeenPhases();
    showPowerPlotIfSent();
    rescaleValueAxes();
    updateStatus();
    replot();
}

void PhasesView::showPowerPlotIfSent()
{
    const bool shown = m_series->powerSeen();
    if (m_powerPlot->isHidden() == !shown)
        return;
    m_powerPlot->setVisible(shown);
    // The one legend goes on the top chart.
    m_powerPlot->legend->setVisible(shown);
    m_currentPlot->legend->setVisible(!shown);
}

void PhasesView::onLiveUpdated()
{
    const bool following = m_follow && m_window != TimeWindow::Kind::Custom;
    // The first samples after nothing: their time decides the window (a replay of another
    // year), and the history before them belongs in it.
    if (following && m_series->isEmpty() && !m_session->live()->samples().empty()) {
        reload(true);
        return;
    }
    const std::int64_t before = m_series->lastUtcMs();
    m_series->appendLive(*m_session->live(), m_loadedToMs);
    const std::int64_t newest = m_series->lastUtcMs();
    if (newest == before || m_series->isEmpty())
        return;
    const QCPRange range = m_currentPlot->xAxis->range();
    // On 7 days a pixel is 5 minutes: samples that move nothing by a pixel wait for the next
    // ones instead of repainting 360 000 points (a chart not laid out yet has no pixels).
    const int pixels = m_currentPlot->axisRect()->width();
    const double msPerPixel = range.size() * 1000.0 / std::max(pixels, 1);
    if (pixels > 10 && m_paintedNewestMs != std::numeric_limits<std::int64_t>::min() &&
        static_cast<double>(newest - m_paintedNewestMs) < msPerPixel)
        return;
    // Not following and the new samples are right of the visible range: nothing to paint.
    if (!following && PlotStyle::keyOf(before) > range.upper)
        return;
    m_paintedNewestMs = newest;
    if (following) {
        const std::int64_t from = newest - TimeWindow::spanMs(m_window);
        // Older points leave as the window slides: a day of following keeps a day of points.
        if (from > m_loadedFromMs) {
            m_loadedFromMs = from;
            m_series->removeBefore(from);
        }
        setXRange(PlotStyle::keyOf(from), PlotStyle::keyOf(newest));
    }
    m_series->showSeenPhases();
    showPowerPlotIfSent();
    rescaleValueAxes();
    updateStatus();
    replot();
}

void PhasesView::extendIntoPast()
{
    const std::int64_t lower = PlotStyle::utcMsOf(m_currentPlot->xAxis->range().lower);
    if (lower >= m_loadedFromMs)
        return;
    const std::int64_t from = std::max(lower, m_loadedFromMs - kMaxExtendMs);
    m_series->prepend(load(from, m_loadedFromMs));
    m_loadedFromMs = from;
    m_series->showSeenPhases();
    showPowerPlotIfSent();
    rescaleValueAxes();
    updateStatus();
    replot();
}

void PhasesView::onRangeChanged(const QCPRange& range)
{
    if (m_settingRange)
        return;
    // The user dragged or zoomed one chart: the other follows, and live-following stops.
    setXRange(range.lower, range.upper);
    setFollowLive(false);
    if (PlotStyle::utcMsOf(range.lower) < m_loadedFromMs && m_session->isHistoryOpen())
        m_extendTimer.start();
    rescaleValueAxes();
    updateStatus();
}

void PhasesView::setXRange(double lower, double upper)
{
    if (upper <= lower)
        upper = lower + 1;
    m_settingRange = true;
    for (QCustomPlot* plot : {m_currentPlot, m_voltagePlot, m_powerPlot}) {
        plot->xAxis->setRange(lower, upper);
        PlotStyle::updateTimeAxis(plot->xAxis);
    }
    m_settingRange = false;
}

void PhasesView::rescaleValueAxes()
{
    const QCPRange keys = m_currentPlot->xAxis->range();
    // Current from zero, so a phase at 2 A does not look like one at 20 A.
    const auto amps = m_series->valueRange(PhaseQuantity::Current, keys);
    m_currentPlot->yAxis->setRange(0, amps ? std::max(1.0, amps->second * 1.15) : 10.0);
    // Voltage around what the meter reports, with room, never narrower than 10 V (a 1 V wobble
    // must not fill the chart).
    // Power (kW) from zero too, and below it when a phase exports.
    const auto kw = m_series->valueRange(PhaseQuantity::Power, keys);
    m_powerPlot->yAxis->setRange(kw ? std::min(0.0, kw->first * 1.15) : 0.0,
                                 kw ? std::max(0.1, kw->second * 1.15) : 1.0);
    const auto volts = m_series->valueRange(PhaseQuantity::Voltage, keys);
    if (!volts) {
        m_voltagePlot->yAxis->setRange(200, 250);
        return;
    }
    const double size = volts->second - volts->first;
    const double centre = (volts->first + volts->second) / 2;
    const double half = std::max(5.0, size / 2 + std::max(2.0, 0.1 * size));
    m_voltagePlot->yAxis->setRange(centre - half, centre + half);
}

void PhasesView::updateStatus()
{
    const QCPRange range = m_currentPlot->xAxis->range();
    const int count = m_series->countBetween(range.lower, range.upper);
    // Lines wider than a pixel go through Qt's stroker: 7 days (60 480 points per phase) took
    // 3 s to paint at 1.6 px and 20 ms at 1 px. Dense data gets thin lines, a few minutes of
    // it the easier-to-see wide ones.
    const bool dense = count > m_currentPlot->axisRect()->width();
    m_series->setLineWidth(dense ? 1.0 : 1.6);
    // More points than pixels: antialiasing cannot smooth what is one line per pixel column
    // anyway, and without it a replot of 7 days takes about half the time.
    m_series->setAntialiased(!dense);
    m_bar->setStatus(count > 0 ? tr("Readings shown: %L1").arg(count)
                               : tr("No readings in this range"),
                     tr("Readings in the visible time range, from the history and the live meter "
                        "(one every 10 s)"));
}

void PhasesView::replot()
{
    // A hidden tab is painted when it is shown (showEvent), not 10 times a second.
    if (!isVisible())
        return;
    m_currentPlot->replot(QCustomPlot::rpQueuedReplot);
    m_voltagePlot->replot(QCustomPlot::rpQueuedReplot);
    if (m_powerPlot->isVisible())
        m_powerPlot->replot(QCustomPlot::rpQueuedReplot);
}

void PhasesView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    replot();
}

void PhasesView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange ||
         event->type() == QEvent::ApplicationPaletteChange) &&
        m_series)
        restyle();
}

std::optional<PhaseRow> PhasesView::valuesAt(std::int64_t utcMs) const
{
    return m_series->nearest(utcMs);
}

QString PhasesView::currentText(const PhaseRow& values) const
{
    // Over more than a day the time alone is ambiguous.
    return m_series->readout(values, PhaseQuantity::Current,
                             m_currentPlot->xAxis->range().size() > 20 * 3600);
}

QString PhasesView::voltageText(const PhaseRow& values) const
{
    return m_series->readout(values, PhaseQuantity::Voltage,
                             m_currentPlot->xAxis->range().size() > 20 * 3600);
}

QString PhasesView::powerText(const PhaseRow& values) const
{
    return m_series->readout(values, PhaseQuantity::Power,
                             m_currentPlot->xAxis->range().size() > 20 * 3600);
}

void PhasesView::showCrosshairAt(std::int64_t utcMs)
{
    const std::optional<PhaseRow> values = valuesAt(utcMs);
    if (!values) {
        hideCrosshair();
        return;
    }
    const double key = PlotStyle::keyOf(values->utcMs);
    m_currentCrosshair->showAt(key, currentText(*values));
    m_voltageCrosshair->showAt(key, voltageText(*values));
    if (m_series->powerSeen())
        m_powerCrosshair->showAt(key, powerText(*values));
}

void PhasesView::hideCrosshair()
{
    m_currentCrosshair->hide();
    m_voltageCrosshair->hide();
    m_powerCrosshair->hide();
}

QString PhasesView::crosshairText() const
{
    return m_currentCrosshair->text();
}

bool PhasesView::handleKey(QCustomPlot* plot, int key)
{
    const QCPRange range = plot->xAxis->range();
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        const double step = range.size() * (key == Qt::Key_Left ? -0.1 : 0.1);
        plot->xAxis->setRange(range.lower + step, range.upper + step);
    } else if (key == Qt::Key_Plus || key == Qt::Key_Equal || key == Qt::Key_Minus) {
        plot->xAxis->scaleRange(key == Qt::Key_Minus ? 1.25 : 0.8, range.center());
    } else if (key == Qt::Key_Home) {
        setFollowLive(true);
    } else {
        return false;
    }
    replot();
    return true;
}

bool PhasesView::eventFilter(QObject* watched, QEvent* event)
{
    auto* plot = qobject_cast<QCustomPlot*>(watched);
    if (!plot)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::MouseMove) {
        const QPoint pos = static_cast<QMouseEvent*>(event)->position().toPoint();
        if (plot->axisRect()->rect().contains(pos))
            showCrosshairAt(PlotStyle::utcMsOf(plot->xAxis->pixelToCoord(pos.x())));
        else
            hideCrosshair();
    } else if (event->type() == QEvent::Leave) {
        hideCrosshair();
    } else if (event->type() == QEvent::KeyPress &&
               handleKey(plot, static_cast<QKeyEvent*>(event)->key())) {
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace han::ui
