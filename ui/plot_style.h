// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

#include <cstdint>

class QCPAxis;
class QCustomPlot;

namespace han::ui {

// QCustomPlot paints with its own colours (white background, black axes) and ignores the
// widget palette; this gives the charts the palette's roles so they read in light and dark
// alike, and sets up time axes in local time.
class PlotStyle
{
public:
    // Background, axes, grid, labels and legend from `palette`; call again when it changes.
    static void apply(QCustomPlot* plot, const QPalette& palette);

    // A date-time axis in local time (QCustomPlot keys are seconds since the epoch), with
    // labels that suit the visible span (see TimeWindow::axisFormat).
    static void setUpTimeAxis(QCPAxis* axis);
    // After the range changed: the label format for its span, ticks on local hours.
    static void updateTimeAxis(QCPAxis* axis);

    // QCustomPlot keys are seconds since the epoch; the data is UTC ms.
    static double keyOf(std::int64_t utcMs) { return static_cast<double>(utcMs) / 1000.0; }
    static std::int64_t utcMsOf(double key);
};

} // namespace han::ui
