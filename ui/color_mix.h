// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

#include <algorithm>
#include <cmath>

namespace han::ui {

// Colour arithmetic for painting with the palette, so tints and coloured text follow light and
// dark themes instead of hard-coding either.

// `a` with `amountOfB` (0..1) of `b` mixed in: a tint of a chart colour on the window colour.
inline QColor mixColor(const QColor& a, const QColor& b, double amountOfB)
{
    QColor c;
    c.setRgbF(static_cast<float>(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
              static_cast<float>(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
              static_cast<float>(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
    return c;
}

// ChartColors are mid-tones chosen to read on light and dark backgrounds as areas and lines;
// as text they can be too faint (amber on white is about 2:1). This darkens the colour on a
// light background, or lightens it on a dark one, until it reaches `minContrast` (WCAG 2
// contrast ratio: 3 for large text, 4.5 for body text), keeping its hue.
inline double relativeLuminance(const QColor& color)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

inline double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

inline QColor readableTextColor(const QColor& color, const QColor& background,
                                double minContrast = 4.5)
{
    const bool lightBackground = relativeLuminance(background) > 0.18;
    QColor result = color;
    for (int i = 0; i < 20 && contrastRatio(result, background) < minContrast; ++i)
        result = lightBackground ? result.darker(112) : result.lighter(112);
    return result;
}

} // namespace han::ui
