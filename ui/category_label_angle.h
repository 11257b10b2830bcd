// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QBarCategoryAxis;
class QChartView;

namespace han::ui {

// The angle for a bar chart's category labels: 0 while the widest label fits its category with
// `spare` pixels to spare, else -90 (upright), so labels never run into each other or get cut
// to "…". Shared by the Energy and Capacity charts.
class CategoryLabelAngle
{
public:
    static int fitting(QBarCategoryAxis& axis, const QChartView& view, int spare);
};

} // namespace han::ui
