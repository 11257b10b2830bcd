// SPDX-License-Identifier: GPL-3.0-or-later
#include "quality_indicator.h"

#include "chart_colors.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <array>

namespace han::ui {

namespace {

// Mid-tone colours that read on light and dark table backgrounds alike.
QColor measuredColor()
{
    return QColor(0x2f, 0x80, 0xc8);
}
QColor missingColor()
{
    return QColor(0x8a, 0x8f, 0x94);
}

QPixmap drawIcon(EnergyQuality quality, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const qreal pen = std::max<qreal>(1.5, s / 9.0);
    const QRectF disc(pen / 2 + s * 0.08, pen / 2 + s * 0.08, s * 0.84 - pen, s * 0.84 - pen);
    switch (quality) {
    case EnergyQuality::Measured: {
        p.setPen(Qt::NoPen);
        p.setBrush(measuredColor());
        p.drawEllipse(disc);
        QPainterPath tick;
        tick.moveTo(s * 0.30, s * 0.50);
        tick.lineTo(s * 0.44, s * 0.64);
        tick.lineTo(s * 0.70, s * 0.36);
        p.setPen(QPen(Qt::white, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case EnergyQuality::Estimated: {
        p.setPen(QPen(measuredColor(), pen));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(disc);
        // The left half filled: partly from the registers, partly from power.
        p.setPen(Qt::NoPen);
        p.setBrush(measuredColor());
        p.drawPie(disc, 90 * 16, 180 * 16);
        break;
    }
    case EnergyQuality::Missing: {
        p.setPen(QPen(missingColor(), pen, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(disc);
        p.drawLine(QPointF(s * 0.32, s * 0.5), QPointF(s * 0.68, s * 0.5));
        break;
    }
    case EnergyQuality::Suspect: {
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, s * 0.06);
        triangle.lineTo(s * 0.96, s * 0.90);
        triangle.lineTo(s * 0.04, s * 0.90);
        triangle.closeSubpath();
        p.setPen(QPen(ChartColors::warning().darker(130), pen / 2, Qt::SolidLine, Qt::RoundCap,
                      Qt::RoundJoin));
        p.setBrush(ChartColors::warning());
        p.drawPath(triangle);
        p.setPen(QPen(QColor(0x20, 0x20, 0x20), pen, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.60));
        p.drawPoint(QPointF(s * 0.5, s * 0.76));
        break;
    }
    }
    return pixmap;
}

int index(EnergyQuality quality)
{
    switch (quality) {
    case EnergyQuality::Measured:
        return 0;
    case EnergyQuality::Estimated:
        return 1;
    case EnergyQuality::Missing:
        return 2;
    case EnergyQuality::Suspect:
        return 3;
    }
    return 2;
}

} // namespace

QString QualityIndicator::text(EnergyQuality quality)
{
    switch (quality) {
    case EnergyQuality::Measured:
        return tr("measured");
    case EnergyQuality::Estimated:
        return tr("estimated");
    case EnergyQuality::Missing:
        return tr("missing");
    case EnergyQuality::Suspect:
        return tr("suspect");
    }
    return tr("missing");
}

QString QualityIndicator::explanation(EnergyQuality quality)
{
    switch (quality) {
    case EnergyQuality::Measured:
        return tr("Measured: the difference of the meter's own hourly registers (List 2) at the "
                  "hour's start and end.");
    case EnergyQuality::Estimated:
        return tr("Estimated: an hourly List 2 was missing, so the energy was integrated from the "
                  "power readings (List 1, every 10 s) and reconciled to the registers, so the "
                  "day still adds up to what the meter counted.");
    case EnergyQuality::Missing:
        return tr("Missing: no data was recorded for this hour (the app was not running or the "
                  "meter was not connected).");
    case EnergyQuality::Suspect:
        return tr("Suspect: the meter's registers were repeated, went backwards or jumped by more "
                  "than a household can use in an hour; the value is shown as the registers "
                  "say.");
    }
    return {};
}

QIcon QualityIndicator::icon(EnergyQuality quality)
{
    static std::array<QIcon, 4> cache;
    static bool cleanupRegistered = false;
    if (!cleanupRegistered) {
        // Pixmaps must go before the application object does, not at static destruction.
        qAddPostRoutine([] { cache.fill(QIcon()); });
        cleanupRegistered = true;
    }
    QIcon& icon = cache[static_cast<std::size_t>(index(quality))];
    if (icon.isNull()) {
        for (const int size : {16, 24, 32, 48})
            icon.addPixmap(drawIcon(quality, size));
    }
    return icon;
}

} // namespace han::ui
