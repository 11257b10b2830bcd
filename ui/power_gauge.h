// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

namespace han::ui {

// A centre-zero dial for the net power flow: zero at the top, import (the house draws from the
// grid) sweeps to the right in ChartColors::import(), export (solar feeds the grid) to the left
// in ChartColors::exportColor(); each side ends at the most the main fuse lets through. Painted
// with the widget's palette, so it reads in light and dark themes. Values beyond the scale pin
// the needle at the end and say so.
class PowerGauge : public QWidget
{
    Q_OBJECT

public:
    explicit PowerGauge(QWidget* parent = nullptr);

    // Import minus export, W; empty shows an idle dial without a needle.
    void setNetPowerW(std::optional<double> watts);
    std::optional<double> netPowerW() const { return m_netW; }

    // Full scale on either side, W (AppSettings::fuseLimitW()).
    void setLimitW(double watts);
    double limitW() const { return m_limitW; }

    // Distance between the labelled ticks, W: a round step that gives three or four per side.
    double tickStepW() const;
    // Where the needle points, -1 (full export) .. +1 (full import), clamped.
    double position() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void updateAccessibleText();

    std::optional<double> m_netW;
    double m_limitW = 17'250.0;
};

} // namespace han::ui
