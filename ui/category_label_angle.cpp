// SPDX-License-Identifier: GPL-3.0-or-later
#include "category_label_angle.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>

#include <algorithm>

namespace han::ui {

int CategoryLabelAngle::fitting(QBarCategoryAxis& axis, const QChartView& view, int spare)
{
    const QStringList labels = axis.categories();
    if (labels.isEmpty())
        return axis.labelsAngle();
    const QFontMetrics metrics(axis.labelsFont());
    int widest = 0;
    for (const QString& label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    // Before the first layout the plot area is empty: estimate it from the view.
    const qreal plotWidth = view.chart()->plotArea().width() > 0 ? view.chart()->plotArea().width()
                                                                 : view.width() * 0.85;
    const qreal perCategory = plotWidth / static_cast<qreal>(labels.size());
    return widest + spare > perCategory ? -90 : 0;
}

} // namespace han::ui
