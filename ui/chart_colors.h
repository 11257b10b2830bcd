// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace han::ui {

// The colours every view uses for the same thing, so L1 is the same blue on the Live bars and
// the Phases chart, and import/export read the same everywhere. Chosen to stay distinct for
// the common colour-vision deficiencies and to read on light and dark backgrounds alike.
struct ChartColors
{
    static QColor phase(int index) // 0, 1, 2 for L1, L2, L3
    {
        switch (index) {
        case 0:
            return QColor(0x1f, 0x77, 0xb4); // blue
        case 1:
            return QColor(0xe6, 0x7e, 0x22); // orange
        default:
            return QColor(0x8e, 0x44, 0xad); // purple
        }
    }
    static QColor import() { return QColor(0xd9, 0x4f, 0x3d); } // red: energy bought
    static QColor exportColor() { return QColor(0x2e, 0xa0, 0x43); } // green: solar sold
    static QColor reactive() { return QColor(0x7f, 0x8c, 0x8d); }
    static QColor warning() { return QColor(0xe3, 0xa0, 0x08); }
};

} // namespace han::ui
