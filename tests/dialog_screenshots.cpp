// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialog_screenshots.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSet>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionComboBox>
#include <QTextDocument>
#include <QWidget>

namespace han::test {

namespace {

QPalette darkPalette()
{
    // The usual dark Fusion palette (what an explicit "Dark" appearance sets).
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    const QColor text(0xf0, 0xf0, 0xf0);
    const QColor disabled(0x80, 0x80, 0x80);
    const QColor highlight(0x2a, 0x82, 0xda);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x5a, 0xa9, 0xf0));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Mid, QColor(0x28, 0x28, 0x28));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    for (const auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

} // namespace

ScopedTheme::ScopedTheme(Theme theme) : m_saved(QApplication::palette())
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette()
                                                  : QApplication::style()->standardPalette());
}

ScopedTheme::~ScopedTheme()
{
    QApplication::setPalette(m_saved);
}

std::string themeTestName(const ::testing::TestParamInfo<Theme>& info)
{
    return ScopedTheme::suffix(info.param).toStdString();
}

QImage saveScreenshot(QWidget* widget, const QString& name)
{
    widget->show();
    QApplication::processEvents();
    const QImage image = widget->grab().toImage();
    const QString dir = QStringLiteral(HAN_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
    return image;
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        for (int x = 0; x < rgb.width(); x += 2)
            colours.insert(rgb.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

QStringList clippedTexts(const QWidget* root)
{
    QStringList clipped;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty())
            continue;
        const bool tooNarrow =
            !label->wordWrap() && label->contentsRect().width() < label->minimumSizeHint().width();
        const bool tooShort =
            label->wordWrap() && label->contentsRect().height() <
                                     label->heightForWidth(label->contentsRect().width()) - 1;
        if (tooNarrow || tooShort)
            clipped << label->text();
    }
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(root) && !button->text().isEmpty() &&
            button->width() < button->minimumSizeHint().width())
            clipped << button->text();
    }
    for (const QComboBox* combo : root->findChildren<QComboBox*>()) {
        if (!combo->isVisibleTo(root))
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        if (field.width() < combo->fontMetrics().horizontalAdvance(combo->currentText()))
            clipped << combo->currentText();
    }
    return clipped;
}

} // namespace han::test
