// SPDX-License-Identifier: GPL-3.0-or-later
#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace han::ui {

namespace {

const char* const kContext = "han::ui::Autostart";

QString tr(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}

// Desktop Entry Specification 1.5, "The Exec key": these make an argument need quotes.
bool needsQuotes(const QString& argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    for (const QChar c : argument) {
        if (reserved.contains(c))
            return true;
    }
    return argument.isEmpty();
}

} // namespace

QString Autostart::filePath()
{
    // GenericConfigLocation is $XDG_CONFIG_HOME (default ~/.config), where every XDG desktop
    // looks for autostart entries; ConfigLocation would be the same folder on Linux.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/han-monitor.desktop"));
}

bool Autostart::isEnabled()
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith('[')) {
            inMainGroup = line == "[Desktop Entry]";
            continue;
        }
        if (!inMainGroup)
            continue;
        const qsizetype equals = line.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray key = line.left(equals).trimmed();
        const QByteArray value = line.mid(equals + 1).trimmed();
        if (key == "Hidden" && value == "true")
            return false;
        if (key == "X-GNOME-Autostart-enabled" && value == "false")
            return false;
    }
    return true;
}

bool Autostart::setEnabled(bool enabled, QString* error)
{
    const QString path = filePath();
    if (!enabled) {
        if (!QFile::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = tr("Could not remove %1: you may have to delete it yourself.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QString folder = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(desktopEntry(executablePath()));
    if (!file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString Autostart::executablePath()
{
    // An AppImage runs from a temporary mount that is gone at the next login.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty())
        return appImage;
    return QCoreApplication::applicationFilePath();
}

QByteArray Autostart::desktopEntry(const QString& executable)
{
    QString exec =
        quoteExecArgument(executable) + QLatin1Char(' ') + QString::fromLatin1(kMinimizedOption);
    // Field codes start with %; a literal one is written twice.
    exec.replace(QLatin1Char('%'), QStringLiteral("%%"));
    const QString comment =
        tr("Keeps recording what the electricity meter reports, from the moment you log in");
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Version=1.5\n"
                                         "Name=HAN Monitor\n"
                                         "Comment=%1\n"
                                         "Exec=%2\n"
                                         "Icon=han-monitor\n"
                                         "Terminal=false\n"
                                         "Categories=Utility;\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(comment, exec);
    return entry.toUtf8();
}

QString Autostart::quoteExecArgument(const QString& path)
{
    if (!needsQuotes(path))
        return path;
    // First the Exec quoting rule (a backslash before each double quote, backquote, dollar and
    // backslash), then the string rule of every value (backslashes doubled, a newline as
    // backslash-n): readers undo them in the opposite order, so a backslash ends up as four.
    QString quoted;
    quoted.reserve(path.size() + 8);
    for (const QChar c : path) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
            c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace han::ui
