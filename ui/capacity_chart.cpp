// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity_chart.h"

#include "capacity_peak_model.h"
#include "capacity_text.h"
#include "category_label_angle.h"
#include "chart_colors.h"
#include "color_mix.h"
#include "quality_indicator.h"
#include "value_format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace han::ui {

CapacityChart::CapacityChart(QWidget* parent)
    : QChartView(new QChart, parent), m_series(new QStackedBarSeries), m_daily(new QBarSet(tr("Daily maximum"))),
      m_peak(new QBarSet(tr("The three peaks"))), m_axisX(new QBarCategoryAxis),
      m_axisY(new QValueAxis)
{
    // Given to the base constructor: QChartView(QWidget*) makes its own chart, and setChart()
    // would hand that back to us to delete.
    QChart* chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers in the user's locale, as in the Energy chart (Qt Charts' default is C).
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_series->append(m_daily);
    m_series->append(m_peak);
    m_series->setBarWidth(0.75);
    chart->addSeries(m_series);
    m_axisY->setTitleText(tr("kWh in the day's highest hour (= kW)"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setRange(0, 1);
    m_axisX->setTitleText(tr("Day of the month"));
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    chart->legend()->setAlignment(Qt::AlignTop);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    connect(m_series, &QStackedBarSeries::hovered, this, &CapacityChart::showBarToolTip);
    connect(m_series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (index >= 0 && index < static_cast<int>(m_days.size()) && m_days[index].kwh >= 0)
            emit dayClicked(m_days[static_cast<std::size_t>(index)].date);
    });
    connect(chart, &QChart::plotAreaChanged, this, &CapacityChart::placeLabels);
    applyPalette();
}

void CapacityChart::setMonth(const CapacityMonth& month, const CapacityLadder& ladder)
{
    const QDate first(month.year, month.month, 1);
    const int days = first.isValid() ? first.daysInMonth() : 0;
    m_days.assign(static_cast<std::size_t>(days), CapacityPeak{});
    m_isPeak = QList<bool>(days, false);
    QStringList categories;
    for (int d = 0; d < days; ++d) {
        m_days[static_cast<std::size_t>(d)].date = first.addDays(d);
        m_days[static_cast<std::size_t>(d)].kwh = -1;
        categories << QLocale().toString(d + 1);
    }
    for (const CapacityPeak& day : month.dailyMaxima) {
        const int d = day.date.day() - 1;
        if (day.date.month() == month.month && d >= 0 && d < days)
            m_days[static_cast<std::size_t>(d)] = day;
    }
    for (const CapacityPeak& peak : month.peaks) {
        const int d = peak.date.day() - 1;
        if (peak.date.month() == month.month && d >= 0 && d < days)
            m_isPeak[d] = true;
    }
    m_dailyValues.clear();
    m_peakValues.clear();
    double top = month.averageKw;
    for (int d = 0; d < days; ++d) {
        const double kwh = std::max(0.0, m_days[static_cast<std::size_t>(d)].kwh);
        m_dailyValues << (m_isPeak[d] ? 0.0 : kwh);
        m_peakValues << (m_isPeak[d] ? kwh : 0.0);
        top = std::max(top, kwh);
    }
    m_averageKw = month.averageKw;

    // The boundary above the average is what the month should stay under: always in view.
    const auto& steps = ladder.steps();
    const auto step = static_cast<std::size_t>(std::max(0, month.stepIndex));
    if (step < steps.size() && steps[step].toKw)
        top = std::max(top, *steps[step].toKw);
    top = top > 0 ? top * 1.08 : 1.0;

    m_daily->remove(0, m_daily->count());
    m_peak->remove(0, m_peak->count());
    m_axisX->setCategories(categories);
    m_daily->append(m_dailyValues);
    m_peak->append(m_peakValues);
    m_axisY->setRange(0, top);
    m_axisY->applyNiceNumbers();
    m_axisY->setLabelFormat(m_axisY->max() < 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));

    for (QLineSeries* line : m_lines) {
        chart()->removeSeries(line);
        delete line;
    }
    qDeleteAll(m_lineLabels);
    m_lines.clear();
    m_lineLabels.clear();
    m_lineKw.clear();
    m_boundaries.clear();
    const QColor text = palette().color(QPalette::WindowText);
    for (const CapacityStep& s : steps) {
        if (s.fromKw > 0 && s.fromKw <= m_axisY->max())
            m_boundaries << s.fromKw;
    }
    for (int i = 0; i < m_boundaries.size(); ++i) {
        QPen pen(mixColor(palette().color(QPalette::Base), text, 0.55), 1.2, Qt::DashLine);
        const double kw = m_boundaries[i];
        addLine(kw, i == 0 ? tr("Step boundaries") : QString(), pen,
                CapacityText::kw(kw, kw == std::round(kw) ? 0 : 1));
    }
    if (!month.peaks.empty()) {
        QPen pen(ChartColors::warning(), 2.0);
        addLine(m_averageKw,
                tr("Average of the three peaks: %1").arg(CapacityText::kw(m_averageKw, 2)), pen,
                QString());
    }
    applyPalette();
    placeLabels();
}

QLineSeries* CapacityChart::addLine(double kw, const QString& name, const QPen& pen,
                                    const QString& labelText)
{
    auto* line = new QLineSeries;
    line->setName(name);
    line->setPen(pen);
    const qreal right = static_cast<qreal>(m_dailyValues.size()) - 0.5;
    line->append(-0.5, kw);
    line->append(right, kw);
    chart()->addSeries(line);
    line->attachAxis(m_axisX);
    line->attachAxis(m_axisY);
    const auto markers = chart()->legend()->markers(line);
    if (name.isEmpty()) {
        for (QLegendMarker* marker : markers)
            marker->setVisible(false);
    }
    m_lines << line;
    m_lineKw << kw;
    auto* label = new QGraphicsSimpleTextItem(chart());
    label->setText(labelText);
    label->setZValue(20);
    m_lineLabels << label;
    return line;
}

QStringList CapacityChart::categories() const
{
    return m_axisX->categories();
}

double CapacityChart::axisMaxKw() const
{
    return m_axisY->max();
}

void CapacityChart::placeLabels()
{
    const QRectF plot = chart()->plotArea();
    // Bottom up; a label that would run into the one below it is left out (its line stays).
    qreal freeAbove = plot.bottom() + 1000;
    for (int i = 0; i < m_lineLabels.size(); ++i) {
        QGraphicsSimpleTextItem* label = m_lineLabels[i];
        const QPointF at = chart()->mapToPosition(QPointF(0, m_lineKw[i]), m_lines[i]);
        const QRectF box = label->boundingRect();
        const qreal top = at.y() - box.height() - 1;
        label->setPos(plot.right() - box.width() - 4, top);
        const bool fits = !label->text().isEmpty() && at.y() >= plot.top() &&
                          at.y() <= plot.bottom() && at.y() <= freeAbove;
        label->setVisible(fits);
        if (fits)
            freeAbove = top;
    }
    fitAxisLabels();
}

void CapacityChart::fitAxisLabels()
{
    // Day numbers that would be cut to "…" stand upright instead.
    const int angle = CategoryLabelAngle::fitting(
        *m_axisX, *this, QFontMetrics(m_axisX->labelsFont()).averageCharWidth() * 2);
    if (m_axisX->labelsAngle() != angle)
        m_axisX->setLabelsAngle(angle);
}

void CapacityChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void CapacityChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    placeLabels();
}

void CapacityChart::applyPalette()
{
    const QPalette pal = palette();
    QChart* c = chart();
    setBackgroundBrush(pal.window());
    c->setBackgroundBrush(pal.base());
    c->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
    c->setPlotAreaBackgroundVisible(false);
    c->legend()->setLabelColor(pal.color(QPalette::Text));
    const QColor peak = ChartColors::import();
    const QColor day = mixColor(pal.color(QPalette::Base), peak, 0.45);
    m_peak->setColor(peak);
    m_peak->setBorderColor(peak);
    m_daily->setColor(day);
    m_daily->setBorderColor(day);
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_axisX), static_cast<QAbstractAxis*>(m_axisY)}) {
        axis->setLabelsBrush(pal.text());
        axis->setTitleBrush(pal.text());
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
    m_axisX->setGridLineVisible(false);
    for (QGraphicsSimpleTextItem* label : m_lineLabels)
        label->setBrush(pal.text());
}

void CapacityChart::showBarToolTip(bool on, int index, QBarSet*)
{
    if (!on || index < 0 || index >= static_cast<int>(m_days.size())) {
        QToolTip::hideText();
        return;
    }
    const CapacityPeak& day = m_days[static_cast<std::size_t>(index)];
    const QString date = CapacityPeakModel::dayLabel(day.date);
    QString text;
    if (day.kwh < 0) {
        text = tr("%1: no hour with data").arg(date);
    } else {
        text = tr("%1: highest hour %2, %3 imported (%4)")
                   .arg(date, ValueFormat::localHour(day.hourStartUtcMs),
                        ValueFormat::kilowattHours(day.kwh, 2), QualityIndicator::text(day.quality));
        if (m_isPeak[index])
            text += QLatin1Char('\n') + tr("One of the three peaks the capacity fee is taken from");
        text += QLatin1Char('\n') + tr("Click to open the day in the Energy view");
    }
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace han::ui
