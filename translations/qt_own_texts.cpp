// SPDX-License-Identifier: GPL-3.0-or-later
// Not compiled: lupdate reads it (translations/CMakeLists.txt) so that HAN Monitor's catalogs
// carry texts of Qt's own that both programs show: the standard buttons and the command-line
// help. Debian 12 has no Qt 6 catalog for Swedish (qt_sv.qm is Qt 4's, with other contexts)
// nor for Bokmål (Nynorsk stands in), and our catalog is asked before Qt's.
// Keep the texts and contexts exactly as Qt 6.4 has them (qplatformtheme.cpp, qgnometheme.cpp,
// qcommandlineparser.cpp), or they are never looked up.
static const char* const kQtTexts[] = {
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
    // --help of han-monitor and of every han-cli command, and its option errors.
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};
