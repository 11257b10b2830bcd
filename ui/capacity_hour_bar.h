// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace han::ui {

// The hour in progress against the capacity step's limit, painted: the kWh so far as a solid
// bar, the projection to the end of the hour as a lighter one beyond it, and the limit as a
// line. The projection turns the warning colour when it passes the limit, the bar red when
// the hour itself has. The scale reaches a little past the larger of the limit and the
// projection; without a limit (the top step) it is the projection's.
class CapacityHourBar : public QWidget
{
    Q_OBJECT

public:
    enum class Level
    {
        None,    // nothing to show
        Normal,  // the projection stays under the limit
        Warning, // the projection passes the limit
        Over     // the hour so far has passed it
    };

    explicit CapacityHourBar(QWidget* parent = nullptr);

    // limitKwh may be infinite (the top step). Without values: clear().
    void setValues(double soFarKwh, double projectedKwh, double limitKwh);
    void clear();

    double soFarKwh() const { return m_soFar; }
    double projectedKwh() const { return m_projected; }
    double limitKwh() const { return m_limit; }
    // The kWh at the bar's right end.
    double scaleKwh() const;
    Level level() const;
    QColor soFarColor() const;
    QColor projectionColor() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    bool m_hasValues = false;
    double m_soFar = 0;
    double m_projected = 0;
    double m_limit = 0;
};

} // namespace han::ui
