// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"
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
    // The app's own dark palette, so the pictures show what users see.
    return han::ui::Appearance::darkPalette();
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
