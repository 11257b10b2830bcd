// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_style.h"

#include "time_window.h"

#include <QDateTime>

#include <qcustomplot.h>

#include <cmath>

namespace han::ui {

namespace {

void styleAxis(QCPAxis* axis, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor line = palette.color(QPalette::WindowText);
    line.setAlphaF(0.6f);
    QColor grid = palette.color(QPalette::WindowText);
    grid.setAlphaF(0.12f);
    QColor subGrid = grid;
    subGrid.setAlphaF(0.05f);

    axis->setBasePen(QPen(line));
    axis->setTickPen(QPen(line));
    axis->setSubTickPen(QPen(line));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(grid, 1, Qt::SolidLine));
    axis->grid()->setSubGridPen(QPen(subGrid, 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(QPen(line, 1, Qt::SolidLine));
}

} // namespace

void PlotStyle::apply(QCustomPlot* plot, const QPalette& palette)
{
    plot->setBackground(palette.brush(QPalette::Base));
    plot->axisRect()->setBackground(palette.brush(QPalette::Base));
    for (QCPAxis* axis : plot->axisRect()->axes())
        styleAxis(axis, palette);
    QColor legendBackground = palette.color(QPalette::Base);
    legendBackground.setAlphaF(0.85f);
    plot->legend->setBrush(legendBackground);
    plot->legend->setTextColor(palette.color(QPalette::Text));
    QColor legendBorder = palette.color(QPalette::WindowText);
    legendBorder.setAlphaF(0.3f);
    plot->legend->setBorderPen(QPen(legendBorder));
    plot->legend->setFont(plot->font());
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        axis->setTickLabelFont(plot->font());
        axis->setLabelFont(plot->font());
    }
}

void PlotStyle::setUpTimeAxis(QCPAxis* axis)
{
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::LocalTime);
    ticker->setTickCount(6);
    axis->setTicker(ticker);
    updateTimeAxis(axis);
}

void PlotStyle::updateTimeAxis(QCPAxis* axis)
{
    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerDateTime>(axis->ticker());
    if (!ticker)
        return;
    const QString format = TimeWindow::axisFormat(axis->range().size());
    if (ticker->dateTimeFormat() != format)
        ticker->setDateTimeFormat(format);
    // Steps of hours count from the local midnight the range starts on, so ticks fall on
    // 00:00, 02:00, ... of the shown day, summer or winter (an origin in another season would
    // put them on odd hours).
    const QDate day = QDateTime::fromMSecsSinceEpoch(utcMsOf(axis->range().lower), Qt::LocalTime).date();
    const double origin = keyOf(QDateTime(day, QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch());
    if (ticker->tickOrigin() != origin)
        ticker->setTickOrigin(origin);
}

std::int64_t PlotStyle::utcMsOf(double key)
{
    return static_cast<std::int64_t>(std::llround(key * 1000.0));
}

} // namespace han::ui
