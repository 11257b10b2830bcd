// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Screenshots of a dialog in the light and dark Fusion palettes, for the eye (written under the
// build directory) and for checks a test can make: nothing blank, no text cut off.

#include <gtest/gtest.h>

#include <QImage>
#include <QPalette>
#include <QString>
#include <QStringList>

#include <string>

class QWidget;

namespace han::test {

enum class Theme
{
    Light,
    Dark
};

// Sets the Fusion style and the theme's palette on the application for its lifetime; build the
// dialog after it, since some widgets mix their colours from the palette when they show.
class ScopedTheme
{
public:
    explicit ScopedTheme(Theme theme);
    ~ScopedTheme();
    ScopedTheme(const ScopedTheme&) = delete;
    ScopedTheme& operator=(const ScopedTheme&) = delete;

    static QString suffix(Theme theme)
    {
        return theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
    }

private:
    QPalette m_saved;
};

// "light", "dark": names for INSTANTIATE_TEST_SUITE_P.
std::string themeTestName(const ::testing::TestParamInfo<Theme>& info);

// Shows `widget` (offscreen), renders it, saves <HAN_SCREENSHOT_DIR>/<name>.png, returns it.
QImage saveScreenshot(QWidget* widget, const QString& name);

// How many distinct colours the image has (a blank rendering has one or two).
int distinctColours(const QImage& image);

// Visible labels, buttons and combo boxes whose text does not fit (cut off or elided).
QStringList clippedTexts(const QWidget* root);

} // namespace han::test
