// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace han::ui {

// "Start at login" the freedesktop.org way (XDG Autostart): a desktop entry in
// $XDG_CONFIG_HOME/autostart that starts this binary minimised into the tray, so recording
// resumes when the user logs in. Desktops without XDG autostart simply ignore the file.
class Autostart
{
public:
    // The option the autostart entry passes; han-monitor's main() must accept it.
    static constexpr char kMinimizedOption[] = "--minimized";

    // $XDG_CONFIG_HOME/autostart/han-monitor.desktop (~/.config/autostart/… by default).
    static QString filePath();
    // The entry exists and is not switched off (Hidden=true, or GNOME's
    // X-GNOME-Autostart-enabled=false, which desktops' own "startup applications" write).
    static bool isEnabled();
    // Writes (atomically) or removes the entry. False with `error` in words for people.
    static bool setEnabled(bool enabled, QString* error = nullptr);

    // The binary the entry starts: the AppImage when running from one, else this executable.
    static QString executablePath();
    // The entry's text for `executable`.
    static QByteArray desktopEntry(const QString& executable);
    // `path` quoted for a desktop entry's Exec key where it needs quoting (spaces, quotes…).
    static QString quoteExecArgument(const QString& path);
};

} // namespace han::ui
