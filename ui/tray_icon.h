// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace han::ui {

class LiveModel;

// The icon in the system tray while the window is closed and recording goes on: its tooltip
// says what the house draws or exports now; a click shows the window again.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(LiveModel* live, QObject* parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();
    void show();
    QString toolTip() const;

signals:
    void showRequested();
    void quitRequested();

private:
    void update();

    LiveModel* m_live = nullptr;
    QSystemTrayIcon* m_icon = nullptr;
    QMenu* m_menu = nullptr;
};

} // namespace han::ui
