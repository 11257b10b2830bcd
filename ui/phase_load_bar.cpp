// SPDX-License-Identifier: GPL-3.0-or-later
#include "phase_load_bar.h"

#include "chart_colors.h"
#include "color_mix.h"
#include "value_format.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace han::ui {

namespace {

// Red for "about to trip": stronger than ChartColors::import(), which means "bought energy".
const QColor kOverloadColor(0xd1, 0x24, 0x2f);
constexpr int kMinimumBarWidth = 120;

QString percentText(double fraction)
{
    // A no-break space, so "29 %" never wraps apart.
    return PhaseLoadBar::tr("%1\u00A0%")
        .arg(QLocale().toString(static_cast<int>(std::lround(fraction * 100.0))));
}

} // namespace

PhaseLoadBar::PhaseLoadBar(int phaseIndex, QWidget* parent)
    : QWidget(parent)
    , m_phase(std::clamp(phaseIndex, 0, 2))
    , m_value(new QLabel(this))
    , m_percent(new QLabel(this))
{
    const QString phase = QStringLiteral("L%1").arg(m_phase + 1);
    setObjectName(QStringLiteral("loadBar%1").arg(phase));
    m_value->setObjectName(QStringLiteral("current%1Value").arg(phase));
    m_percent->setObjectName(QStringLiteral("load%1Value").arg(phase));
    m_value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_percent->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setAccessibleName(tr("Load on %1").arg(phase));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The bar is painted into the stretch; the numbers keep fixed widths so the bars of the
    // three phases line up and do not jump as the digits change.
    layout->addStretch(1);
    layout->addWidget(m_value);
    layout->addWidget(m_percent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    refresh();
}

void PhaseLoadBar::setCurrentA(std::optional<double> amps)
{
    if (amps && !std::isfinite(*amps))
        amps.reset();
    if (amps == m_currentA)
        return;
    m_currentA = amps;
    refresh();
}

void PhaseLoadBar::setFuseAmps(int amps)
{
    amps = std::max(amps, 1);
    if (amps == m_fuseAmps)
        return;
    m_fuseAmps = amps;
    refresh();
}

std::optional<double> PhaseLoadBar::fuseFraction() const
{
    if (!m_currentA)
        return std::nullopt;
    return std::abs(*m_currentA) / m_fuseAmps;
}

PhaseLoadBar::Level PhaseLoadBar::level() const
{
    const auto fraction = fuseFraction();
    if (!fraction)
        return Level::None;
    if (*fraction >= kOverloadFraction)
        return Level::Overload;
    if (*fraction >= kWarningFraction)
        return Level::Warning;
    return Level::Normal;
}

QColor PhaseLoadBar::barColor() const
{
    switch (level()) {
    case Level::Overload:
        return kOverloadColor;
    case Level::Warning:
        return ChartColors::warning();
    case Level::None:
    case Level::Normal:
        break;
    }
    return ChartColors::phase(m_phase);
}

QSize PhaseLoadBar::minimumSizeHint() const
{
    const QSize labels = layout()->minimumSize();
    return {labels.width() + kMinimumBarWidth, std::max(labels.height(), fontMetrics().height())};
}

void PhaseLoadBar::refresh()
{
    // The current stands out; both follow the widget's font (a dashboard may scale it).
    QFont valueFont = font();
    valueFont.setBold(true);
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.25);
    if (m_value->font() != valueFont)
        m_value->setFont(valueFont);
    // Widths for the widest values a house shows, so nothing is cut off and nothing jumps.
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(ValueFormat::amperes(888.8)) +
                             4);
    m_percent->setMinimumWidth(m_percent->fontMetrics().horizontalAdvance(percentText(8.88)) + 4);

    m_value->setText(ValueFormat::amperes(m_currentA));
    const auto fraction = fuseFraction();
    m_percent->setText(fraction ? percentText(*fraction) : QString());

    const QColor window = palette().color(QPalette::Window);
    QPalette percentPalette = m_percent->palette();
    const Level now = level();
    if (now == Level::Warning || now == Level::Overload)
        percentPalette.setColor(QPalette::WindowText, readableTextColor(barColor(), window));
    else
        percentPalette.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    m_percent->setPalette(percentPalette);

    const QString phase = QStringLiteral("L%1").arg(m_phase + 1);
    if (fraction) {
        setAccessibleDescription(tr("%1, %2 of the %3 A main fuse")
                                     .arg(ValueFormat::amperes(m_currentA), percentText(*fraction))
                                     .arg(m_fuseAmps));
    } else {
        setAccessibleDescription(tr("No current reported for %1").arg(phase));
    }
    update();
}

QRectF PhaseLoadBar::barRect() const
{
    const QRect contents = contentsRect();
    const int right = m_value->geometry().left() - layout()->spacing();
    // A taller row gets a thicker bar, up to twice the text's height.
    const double height = std::min<double>(contents.height() - 2, fontMetrics().height() * 2.0);
    return {static_cast<double>(contents.left()) + 0.5, contents.center().y() - height / 2 + 0.5,
            static_cast<double>(std::max(right - contents.left(), 0)) - 1.0, height};
}

void PhaseLoadBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF track = barRect();
    if (track.width() < 4 || track.height() < 4)
        return;
    const QColor window = palette().color(QPalette::Window);
    const QColor text = palette().color(QPalette::WindowText);
    const double radius = track.height() / 4;

    p.setPen(QPen(mixColor(window, text, 0.3), 1.0));
    p.setBrush(mixColor(window, text, 0.08));
    p.drawRoundedRect(track, radius, radius);

    if (const auto fraction = fuseFraction()) {
        const double width = track.width() * std::clamp(*fraction, 0.0, 1.0);
        if (width > 0.5) {
            p.setPen(Qt::NoPen);
            p.setBrush(barColor());
            p.drawRoundedRect(QRectF(track.left(), track.top(), width, track.height()), radius,
                              radius);
        }
    }

    // Where the warning starts: a faint mark, so "80 %" has a place on the bar.
    const double x = track.left() + track.width() * kWarningFraction;
    p.setPen(QPen(mixColor(window, text, 0.45), 1.0, Qt::DashLine));
    p.drawLine(QPointF(x, track.top() + 2), QPointF(x, track.bottom() - 2));
}

void PhaseLoadBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        refresh();
}

} // namespace han::ui
