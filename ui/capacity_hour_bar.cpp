// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity_hour_bar.h"

#include "chart_colors.h"
#include "color_mix.h"
#include "value_format.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace han::ui {

CapacityHourBar::CapacityHourBar(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CapacityHourBar::setValues(double soFarKwh, double projectedKwh, double limitKwh)
{
    m_hasValues = true;
    m_soFar = std::max(0.0, soFarKwh);
    m_projected = std::max(m_soFar, projectedKwh);
    m_limit = limitKwh;
    update();
}

void CapacityHourBar::clear()
{
    m_hasValues = false;
    m_soFar = m_projected = m_limit = 0;
    update();
}

double CapacityHourBar::scaleKwh() const
{
    const double top = std::isfinite(m_limit) ? std::max(m_limit, m_projected) : m_projected;
    return top > 0 ? top * 1.1 : 1.0;
}

CapacityHourBar::Level CapacityHourBar::level() const
{
    if (!m_hasValues)
        return Level::None;
    if (!std::isfinite(m_limit))
        return Level::Normal;
    if (m_soFar >= m_limit)
        return Level::Over;
    return m_projected >= m_limit ? Level::Warning : Level::Normal;
}

QColor CapacityHourBar::soFarColor() const
{
    return level() == Level::Over ? ChartColors::import() : palette().color(QPalette::Highlight);
}

QColor CapacityHourBar::projectionColor() const
{
    const QColor window = palette().color(QPalette::Window);
    const QColor base = level() == Level::Normal ? soFarColor() : ChartColors::warning();
    return mixColor(window, base, 0.45);
}

QSize CapacityHourBar::sizeHint() const
{
    return {320, fontMetrics().height() * 2};
}

QSize CapacityHourBar::minimumSizeHint() const
{
    return {160, fontMetrics().height() * 2};
}

void CapacityHourBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF track = QRectF(rect()).adjusted(1, 1, -1, -1);
    const QColor window = palette().color(QPalette::Window);
    const QColor text = palette().color(QPalette::WindowText);
    const double radius = 3;
    p.setPen(QPen(mixColor(window, text, 0.3), 1.0));
    p.setBrush(mixColor(window, text, 0.08));
    p.drawRoundedRect(track, radius, radius);
    if (!m_hasValues)
        return;

    const double scale = scaleKwh();
    const auto xOf = [&](double kwh) {
        return track.left() + track.width() * std::clamp(kwh / scale, 0.0, 1.0);
    };
    p.setPen(Qt::NoPen);
    p.setBrush(projectionColor());
    p.drawRoundedRect(QRectF(track.topLeft(), QPointF(xOf(m_projected), track.bottom())), radius,
                      radius);
    p.setBrush(soFarColor());
    p.drawRoundedRect(QRectF(track.topLeft(), QPointF(xOf(m_soFar), track.bottom())), radius,
                      radius);

    if (std::isfinite(m_limit)) {
        const double x = xOf(m_limit);
        p.setPen(QPen(text, 2.0));
        p.drawLine(QPointF(x, track.top() - 1), QPointF(x, track.bottom() + 1));
    }
}

} // namespace han::ui
