// SPDX-License-Identifier: GPL-3.0-or-later
#include "power_gauge.h"

#include "chart_colors.h"
#include "color_mix.h"
#include "value_format.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace han::ui {

namespace {

constexpr double kPi = 3.14159265358979323846;
// Each side sweeps this far from the top; the open bottom holds the numbers.
constexpr double kHalfSweepDeg = 120.0;
// Below this the flow is "balanced": a few watts either way are meter noise.
constexpr double kBalancedW = 20.0;

// Angle in degrees, Qt's convention (0 at three o'clock, counter-clockwise).
double angleFor(double position)
{
    return 90.0 - position * kHalfSweepDeg;
}

QPointF onCircle(const QPointF& centre, double radius, double angleDeg)
{
    const double rad = angleDeg * kPi / 180.0;
    return {centre.x() + radius * std::cos(rad), centre.y() - radius * std::sin(rad)};
}

QFont sizedFont(const QFont& base, double pixels, bool bold)
{
    QFont font = base;
    font.setPixelSize(std::max(9, static_cast<int>(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

} // namespace

PowerGauge::PowerGauge(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Net power"));
    updateAccessibleText();
}

void PowerGauge::setNetPowerW(std::optional<double> watts)
{
    if (watts && !std::isfinite(*watts))
        watts.reset();
    if (watts == m_netW)
        return;
    m_netW = watts;
    updateAccessibleText();
    update();
}

void PowerGauge::setLimitW(double watts)
{
    if (!(watts > 0) || watts == m_limitW)
        return;
    m_limitW = watts;
    updateAccessibleText();
    update();
}

double PowerGauge::tickStepW() const
{
    // 1, 2, 2.5 or 5 times a power of ten: the smallest that needs at most four steps.
    const double raw = m_limitW / 4.0;
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * decade >= raw)
            return factor * decade;
    }
    return 10.0 * decade;
}

double PowerGauge::position() const
{
    if (!m_netW)
        return 0.0;
    return std::clamp(*m_netW / m_limitW, -1.0, 1.0);
}

QSize PowerGauge::sizeHint() const
{
    return {420, heightForWidth(420)};
}

QSize PowerGauge::minimumSizeHint() const
{
    return {240, heightForWidth(240)};
}

int PowerGauge::heightForWidth(int width) const
{
    return static_cast<int>(width * 0.88);
}

void PowerGauge::updateAccessibleText()
{
    if (!m_netW) {
        setAccessibleDescription(tr("No reading yet"));
        return;
    }
    const double w = *m_netW;
    if (std::abs(w) < kBalancedW)
        setAccessibleDescription(tr("Balanced: %1").arg(ValueFormat::kilowatts(w)));
    else if (w > 0)
        setAccessibleDescription(tr("Importing %1 from the grid").arg(ValueFormat::kilowatts(w)));
    else
        setAccessibleDescription(tr("Exporting %1 to the grid").arg(ValueFormat::kilowatts(-w)));
}

void PowerGauge::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    const QPalette pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor importColor = ChartColors::import();
    const QColor exportColor = ChartColors::exportColor();

    // The dial fits the widget: 2.14 r wide (stroke included), 1.95 r tall (numbers below).
    const QRectF area = QRectF(contentsRect()).adjusted(4, 4, -4, -4);
    const double r = std::min(area.width() / 2.2, area.height() / 1.95);
    if (r < 20)
        return;
    const double stroke = r * 0.13;
    const QPointF centre(area.center().x(), area.top() + (area.height() - 1.95 * r) / 2 + 1.1 * r);
    const QRectF arcRect(centre.x() - r, centre.y() - r, 2 * r, 2 * r);

    auto drawArc = [&](double fromPos, double toPos, const QColor& color, double width) {
        const double a0 = angleFor(fromPos);
        const double a1 = angleFor(toPos);
        p.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
        p.setBrush(Qt::NoBrush);
        p.drawArc(arcRect, static_cast<int>(std::lround(a0 * 16)),
                  static_cast<int>(std::lround((a1 - a0) * 16)));
    };

    // The track, tinted by side so the direction reads even without a value.
    drawArc(-1.0, 0.0, mixColor(window, exportColor, 0.22), stroke);
    drawArc(0.0, 1.0, mixColor(window, importColor, 0.22), stroke);

    const double pos = position();
    const bool active = m_netW.has_value();
    const bool importing = active && *m_netW >= 0;
    if (active && pos != 0.0)
        drawArc(0.0, pos, importing ? importColor : exportColor, stroke);

    // Ticks at round steps, labelled in kW inside the arc; the scale's ends (the fuse) longer.
    const QColor tickColor = mixColor(window, text, 0.65);
    const double step = tickStepW();
    const QFont tickFont = sizedFont(font(), r * 0.085, false);
    p.setFont(tickFont);
    const QFontMetricsF tickMetrics(tickFont);
    const int steps = static_cast<int>(std::floor(m_limitW / step + 1e-9));
    for (int side = -1; side <= 1; side += 2) {
        for (int i = (side < 0 ? 1 : 0); i <= steps; ++i) {
            const double w = side * i * step;
            const double a = angleFor(w / m_limitW);
            p.setPen(QPen(tickColor, std::max(1.0, r * 0.012)));
            p.drawLine(onCircle(centre, r - stroke / 2, a), onCircle(centre, r + stroke / 2, a));
            const QString label = ValueFormat::number(std::abs(w) / 1000.0, step < 1000 ? 1 : 0);
            const double labelRadius = r - stroke / 2 - tickMetrics.height() * 0.9;
            const QPointF at = onCircle(centre, labelRadius, a);
            const QSizeF size(tickMetrics.horizontalAdvance(label) + 2, tickMetrics.height());
            p.setPen(tickColor);
            p.drawText(QRectF(at.x() - size.width() / 2, at.y() - size.height() / 2, size.width(),
                              size.height()),
                       Qt::AlignCenter, label);
        }
        const double endAngle = angleFor(side);
        p.setPen(QPen(text, std::max(1.5, r * 0.02)));
        p.drawLine(onCircle(centre, r - stroke * 0.75, endAngle),
                   onCircle(centre, r + stroke * 0.75, endAngle));
    }

    // The needle, only when there is something to point at.
    if (active) {
        const double a = angleFor(pos);
        const QColor needle = text;
        p.setPen(QPen(needle, std::max(2.0, r * 0.03), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(centre, onCircle(centre, r - stroke * 0.6, a));
        p.setPen(Qt::NoPen);
        p.setBrush(needle);
        p.drawEllipse(centre, r * 0.055, r * 0.055);
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(tickColor);
        p.drawEllipse(centre, r * 0.04, r * 0.04);
    }

    // The numbers in the open bottom of the dial.
    const QFont valueFont = sizedFont(font(), r * 0.2, true);
    const QFont captionFont = sizedFont(font(), r * 0.095, false);
    QString value = ValueFormat::dash();
    QString caption = tr("no reading yet");
    QColor captionColor = tickColor;
    if (active) {
        const double w = *m_netW;
        value = ValueFormat::kilowatts(std::abs(w));
        if (std::abs(w) < kBalancedW) {
            caption = tr("balanced");
        } else if (w > 0) {
            caption = std::abs(w) > m_limitW ? tr("from the grid, beyond the scale")
                                             : tr("from the grid");
            captionColor = readableTextColor(importColor, window, 3.0);
        } else {
            caption =
                std::abs(w) > m_limitW ? tr("to the grid, beyond the scale") : tr("to the grid");
            captionColor = readableTextColor(exportColor, window, 3.0);
        }
    }
    const double textWidth = 2 * r;
    p.setFont(valueFont);
    p.setPen(text);
    const QRectF valueRect(centre.x() - textWidth / 2, centre.y() + r * 0.14, textWidth,
                           QFontMetricsF(valueFont).height());
    p.drawText(valueRect, Qt::AlignHCenter | Qt::AlignTop, value);
    p.setFont(captionFont);
    p.setPen(captionColor);
    p.drawText(QRectF(centre.x() - textWidth / 2, valueRect.bottom(), textWidth,
                      QFontMetricsF(captionFont).height()),
               Qt::AlignHCenter | Qt::AlignTop, caption);

    // Which side is which, under the ends of the arc.
    const QFont sideFont = sizedFont(font(), r * 0.085, true);
    p.setFont(sideFont);
    const QFontMetricsF sideMetrics(sideFont);
    const double sideY = centre.y() + r * 0.5 + stroke * 0.9;
    const QString exportText = tr("Export");
    const QString importText = tr("Import");
    const QPointF leftEnd = onCircle(centre, r, angleFor(-1.0));
    const QPointF rightEnd = onCircle(centre, r, angleFor(1.0));
    p.setPen(readableTextColor(exportColor, window, 3.0));
    const double exportW = sideMetrics.horizontalAdvance(exportText) + 2;
    p.drawText(QRectF(leftEnd.x() - exportW / 2, sideY, exportW, sideMetrics.height()),
               Qt::AlignCenter, exportText);
    p.setPen(readableTextColor(importColor, window, 3.0));
    const double importW = sideMetrics.horizontalAdvance(importText) + 2;
    p.drawText(QRectF(rightEnd.x() - importW / 2, sideY, importW, sideMetrics.height()),
               Qt::AlignCenter, importText);
}

} // namespace han::ui
