// SPDX-License-Identifier: GPL-3.0-or-later
// Not compiled: lupdate reads it (translations/CMakeLists.txt) so that HAN Monitor's catalogs
// carry the texts of the standard buttons the app shows. Qt 6 looks them up in the contexts
// below; Debian 12 has no Qt 6 catalog for Swedish (qt_sv.qm is Qt 4's, with other contexts)
// nor for Bokmål (Nynorsk stands in), and our catalog is asked before Qt's.
// Keep the texts exactly as Qt 6.4 spells them (qplatformtheme.cpp, qgnometheme.cpp).
static const char* const kQtButtonTexts[] = {
    // Every desktop but GNOME: QPlatformTheme::defaultStandardButtonText.
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    // GNOME: QGnomeTheme::standardButtonText, with mnemonics.
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
};
