// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QDBusConnection;

namespace han::ui {

// Desktop notifications ("The house started exporting") through the freedesktop.org service
// org.freedesktop.Notifications over D-Bus: Qt 6.4 has no notification API of its own. Where
// there is no session bus or no notification service (a bare window manager, a headless test),
// or the service refuses, fallback() hands the message to the window, which shows it in its
// MessageBanner. Calls are asynchronous: the GUI thread never waits for the service.
// GUI thread only.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr char kService[] = "org.freedesktop.Notifications";
    static constexpr char kPath[] = "/org/freedesktop/Notifications";

    // On the user's session bus.
    explicit DesktopNotifier(QObject* parent = nullptr);
    // On the bus at `busAddress` (a private bus in tests); an empty address means no bus.
    explicit DesktopNotifier(const QString& busAddress, QObject* parent = nullptr);
    ~DesktopNotifier() override;

    // A notification service runs on the bus or can be started by it.
    bool isAvailable() const;

    // Shows a notification; a later one replaces the earlier, so "started" and "stopped
    // exporting" do not pile up. Without a service fallback() is emitted instead.
    void notify(const QString& title, const QString& body);

signals:
    // The notification could not be shown on the desktop: the message for the window.
    void fallback(const QString& message);
    // The service showed it (its id), for tests and diagnostics.
    void delivered(uint id);

private:
    void emitFallback(const QString& title, const QString& body);

    std::unique_ptr<QDBusConnection> m_bus;
    QString m_connectionName;
    uint m_lastId = 0;
};

} // namespace han::ui
