// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_crosshair.h"

#include <qcustomplot.h>

#include <cmath>

namespace han::ui {

namespace {

const QString kOverlay = QStringLiteral("overlay");

} // namespace

PlotCrosshair::PlotCrosshair(QCustomPlot* plot)
    : QObject(plot)
    , m_plot(plot)
{
    QCPLayer* overlay = plot->layer(kOverlay);
    // The overlay is buffered by default; said here because the cheap repaint depends on it.
    overlay->setMode(QCPLayer::lmBuffered);

    m_line = new QCPItemStraightLine(plot);
    m_line->setLayer(overlay);
    m_line->setSelectable(false);
    m_line->setClipToAxisRect(true);

    m_label = new QCPItemText(plot);
    m_label->setLayer(overlay);
    m_label->setSelectable(false);
    m_label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_label->setPadding(QMargins(6, 3, 6, 3));
    m_label->setClipToAxisRect(true);
    m_label->setFont(plot->font());

    applyPalette(plot->palette());
    hide();
}

void PlotCrosshair::showAt(double key, const QString& text)
{
    m_line->point1->setCoords(key, 0);
    m_line->point2->setCoords(key, 1);
    m_line->setVisible(true);

    while (m_tracers.size() < static_cast<std::size_t>(m_plot->graphCount())) {
        auto* tracer = new QCPItemTracer(m_plot);
        tracer->setLayer(kOverlay);
        tracer->setSelectable(false);
        tracer->setStyle(QCPItemTracer::tsCircle);
        tracer->setSize(7);
        tracer->setInterpolating(false);
        m_tracers.push_back(tracer);
    }
    for (int i = 0; i < static_cast<int>(m_tracers.size()); ++i) {
        QCPItemTracer* tracer = m_tracers[static_cast<std::size_t>(i)];
        QCPGraph* graph = i < m_plot->graphCount() ? m_plot->graph(i) : nullptr;
        bool visible = graph && graph->visible() && !graph->data()->isEmpty();
        if (visible) {
            tracer->setGraph(graph);
            tracer->setGraphKey(key);
            tracer->setPen(QPen(graph->pen().color(), 2));
            tracer->setBrush(m_plot->axisRect()->backgroundBrush());
            tracer->updatePosition();
            visible = std::isfinite(tracer->position->value());
        }
        tracer->setVisible(visible);
    }

    // The label sits on the side of the line with more room, at the bottom where the legend
    // (top right) is not.
    const bool rightHalf = key > m_plot->xAxis->range().center();
    m_label->setPositionAlignment((rightHalf ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom);
    const double offset = m_plot->xAxis->pixelToCoord(8) - m_plot->xAxis->pixelToCoord(0);
    m_label->position->setCoords(rightHalf ? key - offset : key + offset, 0.97);
    m_label->setText(text);
    m_label->setVisible(true);
    m_shown = true;
    repaint();
}

void PlotCrosshair::hide()
{
    m_line->setVisible(false);
    m_label->setVisible(false);
    for (QCPItemTracer* tracer : m_tracers)
        tracer->setVisible(false);
    const bool wasShown = m_shown;
    m_shown = false;
    if (wasShown)
        repaint();
}

QString PlotCrosshair::text() const
{
    return m_shown ? m_label->text() : QString();
}

void PlotCrosshair::applyPalette(const QPalette& palette)
{
    QColor line = palette.color(QPalette::WindowText);
    line.setAlphaF(0.55f);
    m_line->setPen(QPen(line, 1, Qt::DashLine));
    QColor background = palette.color(QPalette::ToolTipBase);
    background.setAlphaF(0.92f);
    m_label->setBrush(background);
    m_label->setColor(palette.color(QPalette::ToolTipText));
    m_label->setPen(QPen(line));
}

void PlotCrosshair::repaint()
{
    // A chart never shown has no paint buffers yet; it paints the items when it is shown.
    if (m_plot->isVisible())
        m_plot->layer(kOverlay)->replot();
}

} // namespace han::ui
