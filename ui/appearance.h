// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app_settings.h"

#include <QPalette>
#include <QString>

namespace han::ui {

// Light, dark or the desktop's look for the whole application. Qt 6.4 cannot ask the desktop
// for its colour scheme (QStyleHints::colorScheme() is 6.5+), so Light and Dark are explicit
// palettes on the Fusion style, and System is the style and palette QApplication had before
// the first change: that is what the desktop's platform theme gave it. GUI thread only.
class Appearance
{
public:
    // Remembers the current style and palette as the system's. Call once at start-up, before
    // apply(); apply() does it by itself the first time if nobody did.
    static void rememberSystemLook();
    // Sets the application's style and palette; widgets get a PaletteChange event.
    static void apply(AppSettings::Appearance appearance);

    static QPalette lightPalette();
    static QPalette darkPalette();
    static QPalette systemPalette();
    static QString systemStyleName();

    // True when text is light on a dark window, whatever chose it.
    static bool isDark(const QPalette& palette);
};

} // namespace han::ui
