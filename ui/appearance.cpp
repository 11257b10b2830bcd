// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>
#include <optional>

namespace han::ui {

namespace {

const QString kFusion = QStringLiteral("Fusion");

struct SystemLook
{
    QString styleName;
    QPalette palette;
};

std::optional<SystemLook>& systemLook()
{
    static std::optional<SystemLook> look;
    return look;
}

void setStyleIfDifferent(const QString& name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    // The application takes ownership of the style.
    if (QStyle* style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

} // namespace

void Appearance::rememberSystemLook()
{
    systemLook() = SystemLook{QApplication::style()->name(), QApplication::palette()};
}

void Appearance::apply(AppSettings::Appearance appearance)
{
    if (!systemLook())
        rememberSystemLook();
    switch (appearance) {
    case AppSettings::Appearance::Light:
        setStyleIfDifferent(kFusion);
        QApplication::setPalette(lightPalette());
        return;
    case AppSettings::Appearance::Dark:
        setStyleIfDifferent(kFusion);
        QApplication::setPalette(darkPalette());
        return;
    case AppSettings::Appearance::System:
        break;
    }
    // The style first: setting a style may reset the palette to the style's own.
    setStyleIfDifferent(systemStyleName());
    QApplication::setPalette(systemPalette());
}

QPalette Appearance::lightPalette()
{
    // Fusion's own palette is a well-tried light one; taking it keeps Light and a Fusion
    // desktop identical.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(kFusion));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    // Fusion leaves these at colours meant for a light window already; set them so a palette
    // that was dark before leaves nothing behind.
    palette.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    palette.setColor(QPalette::LinkVisited, QColor(0x6c, 0x3a, 0xa8));
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    palette.setColor(QPalette::ToolTipText, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::PlaceholderText, QColor(0x75, 0x75, 0x75));
    // Fusion's highlight (#308cc6) gives white text only 3.7:1.
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb0));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    // Fusion's disabled grey (#bebebe on #efefef) can hardly be read; a disabled page's
    // explanations must still be.
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, QColor(0x86, 0x86, 0x86));
    }
    return palette;
}

QPalette Appearance::darkPalette()
{
    // Grey rather than black surfaces and off-white text: less glare, and the chart colours
    // (ChartColors) keep their contrast on both Window and Base.
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor alternateBase(0x29, 0x29, 0x2d);
    const QColor button(0x3a, 0x3a, 0x3e);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x84);
    const QColor highlight(0x2f, 0x6f, 0xbf);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternateBase);
    palette.setColor(QPalette::ToolTipBase, QColor(0x3f, 0x3f, 0x44));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9e));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    // Fusion draws bevels, frames and the tab bar from these.
    palette.setColor(QPalette::Light, QColor(0x55, 0x55, 0x5a));
    palette.setColor(QPalette::Midlight, QColor(0x46, 0x46, 0x4b));
    palette.setColor(QPalette::Mid, QColor(0x26, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));

    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Button, QColor(0x33, 0x33, 0x36));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4a, 0x4e));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Light, window);
    return palette;
}

QPalette Appearance::systemPalette()
{
    if (!systemLook())
        rememberSystemLook();
    return systemLook()->palette;
}

QString Appearance::systemStyleName()
{
    if (!systemLook())
        rememberSystemLook();
    return systemLook()->styleName;
}

bool Appearance::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

} // namespace han::ui
