// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>
#include <QStringList>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace han::ui {

// Import and export side by side per hour, day or month (Qt Charts). setBars() replaces all
// values in one go per bar set, never bar by bar. Colours: ChartColors for the bars, the
// palette for everything else, so the light and dark palettes both read well.
class EnergyChart : public QChartView
{
    Q_OBJECT

public:
    explicit EnergyChart(QWidget* parent = nullptr);

    // `categories` label the axis (short and unique: "02 +2" and "02 +1" for the repeated
    // hour); `names` say the same at length in the bar's tooltip ("02:00–03:00 (UTC+2)").
    void setBars(const QStringList& categories, const QStringList& names,
                 const QList<qreal>& importKwh, const QList<qreal>& exportKwh);
    QStringList categories() const;
    const QList<qreal>& importValues() const { return m_importValues; }
    const QList<qreal>& exportValues() const { return m_exportValues; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyPalette();
    void fitLabels();
    void showBarToolTip(bool on, int index, QBarSet* set);

    QBarSeries* m_series = nullptr;
    QBarSet* m_import = nullptr;
    QBarSet* m_export = nullptr;
    QBarCategoryAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QStringList m_names;
    QList<qreal> m_importValues;
    QList<qreal> m_exportValues;
};

} // namespace han::ui
