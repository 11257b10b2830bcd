// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QLabel;

namespace han::ui {

// One phase's current against the main fuse: a painted bar whose full length is the fuse, the
// current ("7.3 A", object name "currentL1Value") and its share of the fuse ("29 %",
// "loadL1Value") beside it. The bar is the phase's colour, turns the warning colour from
// kWarningFraction of the fuse and red from kOverloadFraction, so a phase near tripping the
// fuse stands out.
class PhaseLoadBar : public QWidget
{
    Q_OBJECT

public:
    enum class Level
    {
        None, // no current to show
        Normal,
        Warning, // from kWarningFraction of the fuse
        Overload // from kOverloadFraction of the fuse
    };
    static constexpr double kWarningFraction = 0.8;
    static constexpr double kOverloadFraction = 0.95;

    // phaseIndex 0, 1, 2 for L1, L2, L3.
    explicit PhaseLoadBar(int phaseIndex, QWidget* parent = nullptr);

    void setCurrentA(std::optional<double> amps);
    std::optional<double> currentA() const { return m_currentA; }

    void setFuseAmps(int amps);
    int fuseAmps() const { return m_fuseAmps; }

    // The current as a share of the fuse (1.0 = at the fuse; may exceed 1); empty without one.
    std::optional<double> fuseFraction() const;
    Level level() const;
    // The colour the bar is painted in now.
    QColor barColor() const;

    QLabel* valueLabel() const { return m_value; }
    QLabel* percentLabel() const { return m_percent; }

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    QRectF barRect() const;

    int m_phase = 0;
    std::optional<double> m_currentA;
    int m_fuseAmps = 25;
    QLabel* m_value = nullptr;
    QLabel* m_percent = nullptr;
};

} // namespace han::ui
