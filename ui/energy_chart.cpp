// SPDX-License-Identifier: GPL-3.0-or-later
#include "energy_chart.h"

#include "category_label_angle.h"
#include "chart_colors.h"
#include "value_format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace han::ui {

EnergyChart::EnergyChart(QWidget* parent)
    : QChartView(new QChart, parent), m_series(new QBarSeries), m_import(new QBarSet(tr("Import"))),
      m_export(new QBarSet(tr("Export"))), m_axisX(new QBarCategoryAxis), m_axisY(new QValueAxis)
{
    // Given to the base constructor: QChartView(QWidget*) makes its own chart, and setChart()
    // would hand that back to us to delete.
    QChart* chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers in the user's locale ("0,20" in Norwegian); Qt Charts writes them with the C
    // locale unless told.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_import->setColor(ChartColors::import());
    m_import->setBorderColor(ChartColors::import());
    m_export->setColor(ChartColors::exportColor());
    m_export->setBorderColor(ChartColors::exportColor());
    m_series->append(m_import);
    m_series->append(m_export);
    m_series->setBarWidth(0.8);
    chart->addSeries(m_series);
    m_axisY->setTitleText(tr("kWh"));
    m_axisY->setLabelFormat(QStringLiteral("%.1f"));
    m_axisY->setRange(0, 1);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    chart->legend()->setAlignment(Qt::AlignTop);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    connect(m_series, &QBarSeries::hovered, this, &EnergyChart::showBarToolTip);
    applyPalette();
}

void EnergyChart::setBars(const QStringList& categories, const QStringList& names,
                          const QList<qreal>& importKwh, const QList<qreal>& exportKwh)
{
    m_names = names;
    m_importValues = importKwh;
    m_exportValues = exportKwh;
    m_import->remove(0, m_import->count());
    m_export->remove(0, m_export->count());
    m_axisX->setCategories(categories);
    m_import->append(importKwh);
    m_export->append(exportKwh);
    qreal top = 0;
    for (const QList<qreal>* values : {&importKwh, &exportKwh}) {
        for (const qreal v : *values)
            top = std::max(top, v);
    }
    m_axisY->setRange(0, top > 0 ? top * 1.05 : 1.0);
    m_axisY->applyNiceNumbers();
    m_axisY->setLabelFormat(m_axisY->max() < 2 ? QStringLiteral("%.2f")
                                               : (m_axisY->max() < 20 ? QStringLiteral("%.1f")
                                                                      : QStringLiteral("%.0f")));
    fitLabels();
}

QStringList EnergyChart::categories() const
{
    return m_axisX->categories();
}

void EnergyChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void EnergyChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    fitLabels();
}

void EnergyChart::fitLabels()
{
    // Labels that would run into each other stand upright instead.
    m_axisX->setLabelsAngle(CategoryLabelAngle::fitting(*m_axisX, *this, 6));
}

void EnergyChart::applyPalette()
{
    const QPalette pal = palette();
    QChart* c = chart();
    setBackgroundBrush(pal.window());
    c->setBackgroundBrush(pal.base());
    c->setBackgroundPen(QPen(pal.color(QPalette::Mid)));
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(pal.text());
    c->legend()->setLabelColor(pal.color(QPalette::Text));
    for (QAbstractAxis* axis :
         {static_cast<QAbstractAxis*>(m_axisX), static_cast<QAbstractAxis*>(m_axisY)}) {
        axis->setLabelsBrush(pal.text());
        axis->setTitleBrush(pal.text());
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
    m_axisX->setGridLineVisible(false);
}

void EnergyChart::showBarToolTip(bool on, int index, QBarSet* set)
{
    if (!on || index < 0 || index >= m_names.size()) {
        QToolTip::hideText();
        return;
    }
    const bool isImport = set == m_import;
    const QList<qreal>& values = isImport ? m_importValues : m_exportValues;
    const qreal kwh = index < values.size() ? values.at(index) : 0.0;
    QToolTip::showText(QCursor::pos(),
                       (isImport ? tr("%1: imported %2") : tr("%1: exported %2"))
                           .arg(m_names.at(index), ValueFormat::kilowattHours(kwh)),
                       this);
}

} // namespace han::ui
