// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

#include <vector>

class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCustomPlot;

namespace han::ui {

// A vertical line, a dot on each visible graph and a label with the values, drawn on the
// plot's buffered overlay layer so moving it repaints only the overlay, not 180 000 points.
// The owner decides where it goes and what the label says.
class PlotCrosshair : public QObject
{
    Q_OBJECT

public:
    explicit PlotCrosshair(QCustomPlot* plot);

    // Puts the line at `key` (seconds since the epoch), a dot on each visible graph's sample
    // there, and `text` beside the line.
    void showAt(double key, const QString& text);
    void hide();
    bool isShown() const { return m_shown; }
    QString text() const;

    void applyPalette(const QPalette& palette);

private:
    void repaint();

    QCustomPlot* m_plot = nullptr;
    QCPItemStraightLine* m_line = nullptr;
    QCPItemText* m_label = nullptr;
    std::vector<QCPItemTracer*> m_tracers;
    bool m_shown = false;
};

} // namespace han::ui
