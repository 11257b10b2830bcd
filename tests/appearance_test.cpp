// SPDX-License-Identifier: GPL-3.0-or-later
// Appearance: explicit light and dark palettes, and the desktop's look restored for System.
#include "appearance.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QStyle>
#include <QWidget>

#include <cmath>

using han::ui::Appearance;
using han::ui::AppSettings;

namespace {

// WCAG 2 relative luminance and contrast ratio, written out here rather than taken from the
// code under test.
double luminance(const QColor& c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Puts back what the application had, whatever a test did.
class AppearanceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_style = QApplication::style()->name();
        m_palette = QApplication::palette();
    }
    void TearDown() override
    {
        QApplication::setStyle(m_style);
        QApplication::setPalette(m_palette);
        Appearance::rememberSystemLook();
    }

private:
    QString m_style;
    QPalette m_palette;
};

} // namespace

TEST_F(AppearanceTest, DarkAndLightChangeTheApplicationAndItsWidgets)
{
    QWidget widget;
    Appearance::apply(AppSettings::Appearance::Dark);
    QApplication::processEvents();
    EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 80);
    EXPECT_GT(QApplication::palette().color(QPalette::WindowText).lightness(), 200);
    EXPECT_LT(widget.palette().color(QPalette::Window).lightness(), 80)
        << "existing widgets follow the application palette";
    EXPECT_TRUE(Appearance::isDark(QApplication::palette()));

    Appearance::apply(AppSettings::Appearance::Light);
    QApplication::processEvents();
    EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    EXPECT_GT(QApplication::palette().color(QPalette::Window).lightness(), 200);
    EXPECT_LT(QApplication::palette().color(QPalette::WindowText).lightness(), 60);
    EXPECT_GT(widget.palette().color(QPalette::Base).lightness(), 200);
    EXPECT_FALSE(Appearance::isDark(QApplication::palette()));
}

TEST_F(AppearanceTest, SystemRestoresTheLookTheApplicationStartedWith)
{
    // Stands in for a desktop theme: a palette neither Light nor Dark has.
    QPalette desktop(QColor(0xc8, 0xe6, 0xc9));
    desktop.setColor(QPalette::WindowText, QColor(0x10, 0x30, 0x10));
    QApplication::setPalette(desktop);
    Appearance::rememberSystemLook();
    const QString startupStyle = QApplication::style()->name();

    Appearance::apply(AppSettings::Appearance::Dark);
    ASSERT_NE(QApplication::palette().color(QPalette::Window), desktop.color(QPalette::Window));
    Appearance::apply(AppSettings::Appearance::System);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), QColor(0xc8, 0xe6, 0xc9));
    EXPECT_EQ(QApplication::palette().color(QPalette::WindowText), QColor(0x10, 0x30, 0x10));
    EXPECT_EQ(QApplication::style()->name(), startupStyle);
    EXPECT_EQ(Appearance::systemPalette().color(QPalette::Window), QColor(0xc8, 0xe6, 0xc9));
}

TEST_F(AppearanceTest, BothPalettesHaveReadableText)
{
    for (const QPalette& palette : {Appearance::lightPalette(), Appearance::darkPalette()}) {
        const auto ratio = [&](QPalette::ColorGroup group, QPalette::ColorRole fg,
                               QPalette::ColorRole bg) {
            return contrast(palette.color(group, fg), palette.color(group, bg));
        };
        const bool dark = Appearance::isDark(palette);
        SCOPED_TRACE(dark ? "dark" : "light");
        // WCAG AA: 4.5:1 for text, 3:1 for disabled and placeholder text that must still be
        // made out.
        EXPECT_GE(ratio(QPalette::Active, QPalette::WindowText, QPalette::Window), 7.0);
        EXPECT_GE(ratio(QPalette::Active, QPalette::Text, QPalette::Base), 7.0);
        EXPECT_GE(ratio(QPalette::Active, QPalette::Text, QPalette::AlternateBase), 7.0);
        EXPECT_GE(ratio(QPalette::Active, QPalette::ButtonText, QPalette::Button), 4.5);
        EXPECT_GE(ratio(QPalette::Active, QPalette::ToolTipText, QPalette::ToolTipBase), 4.5);
        EXPECT_GE(ratio(QPalette::Active, QPalette::HighlightedText, QPalette::Highlight), 4.5);
        EXPECT_GE(ratio(QPalette::Active, QPalette::Link, QPalette::Base), 4.5);
        EXPECT_GE(ratio(QPalette::Active, QPalette::PlaceholderText, QPalette::Base), 3.0);
        EXPECT_GE(ratio(QPalette::Disabled, QPalette::WindowText, QPalette::Window), 2.5);
        EXPECT_GE(ratio(QPalette::Disabled, QPalette::Text, QPalette::Base), 2.5);
    }
}
