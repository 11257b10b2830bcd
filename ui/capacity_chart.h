// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacity_ladder.h"
#include "capacity_month.h"

#include <QChartView>
#include <QDate>
#include <QList>

#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;

namespace han::ui {

// A month's daily maximum hourly import as bars (Qt Charts), one per day of the month, the
// three peak days in the import colour and the others a tint of it; the step boundaries near
// the bars as dashed lines labelled with their kW, and the top-3 average as a line. Colours:
// ChartColors and the palette, so light and dark both read. Clicking a bar emits dayClicked().
class CapacityChart : public QChartView
{
    Q_OBJECT

public:
    explicit CapacityChart(QWidget* parent = nullptr);

    void setMonth(const CapacityMonth& month, const CapacityLadder& ladder);

    QStringList categories() const;
    // Per day of the month: the daily maximum drawn as a plain bar (0 on peak days and days
    // without data) and as a peak bar (0 on the others).
    const QList<qreal>& dailyValues() const { return m_dailyValues; }
    const QList<qreal>& peakValues() const { return m_peakValues; }
    // The step boundaries drawn (kW), in order.
    const QList<double>& boundaries() const { return m_boundaries; }
    double axisMaxKw() const;

signals:
    void dayClicked(const QDate& day);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyPalette();
    void placeLabels();
    void fitAxisLabels();
    void showBarToolTip(bool on, int index, QBarSet* set);
    QLineSeries* addLine(double kw, const QString& name, const QPen& pen,
                         const QString& labelText);

    QStackedBarSeries* m_series = nullptr;
    QBarSet* m_daily = nullptr;
    QBarSet* m_peak = nullptr;
    QBarCategoryAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QList<QLineSeries*> m_lines;
    QList<QGraphicsSimpleTextItem*> m_lineLabels;
    QList<double> m_lineKw;
    QList<double> m_boundaries;
    QList<qreal> m_dailyValues;
    QList<qreal> m_peakValues;
    std::vector<CapacityPeak> m_days; // per day of the month; kwh < 0: no data
    QList<bool> m_isPeak;
    double m_averageKw = 0;
};

} // namespace han::ui
