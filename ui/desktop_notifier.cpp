// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop_notifier.h"

#include "han_version.h"

#include <QAtomicInt>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QVariantMap>

namespace han::ui {

namespace {

// Desktop Notifications Specification 1.2: -1 lets the server choose how long it shows.
constexpr int kServerDefaultTimeout = -1;

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("han-notifier-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent), m_connectionName(uniqueConnectionName())
{
    // A connection of its own rather than the shared sessionBus(): it reads
    // DBUS_SESSION_BUS_ADDRESS now, not when the process first touched D-Bus.
    m_bus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName));
}

DesktopNotifier::DesktopNotifier(const QString& busAddress, QObject* parent) : QObject(parent)
{
    if (busAddress.isEmpty()) {
        m_bus = std::make_unique<QDBusConnection>(QString());
        return;
    }
    m_connectionName = uniqueConnectionName();
    m_bus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(busAddress, m_connectionName));
}

DesktopNotifier::~DesktopNotifier()
{
    if (!m_connectionName.isEmpty())
        QDBusConnection::disconnectFromBus(m_connectionName);
}

bool DesktopNotifier::isAvailable() const
{
    if (!m_bus->isConnected())
        return false;
    const QDBusConnectionInterface* bus = m_bus->interface();
    if (!bus)
        return false;
    const QString service = QString::fromLatin1(kService);
    if (bus->isServiceRegistered(service).value())
        return true;
    // Most desktops start their notification daemon on the first call (D-Bus activation).
    const QDBusReply<QStringList> activatable = bus->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(service);
}

void DesktopNotifier::notify(const QString& title, const QString& body)
{
    if (!isAvailable()) {
        emitFallback(title, body);
        return;
    }
    const QString service = QString::fromLatin1(kService);
    QDBusMessage call = QDBusMessage::createMethodCall(service, QString::fromLatin1(kPath), service,
                                                       QStringLiteral("Notify"));
    QVariantMap hints;
    // Lets the desktop group the notification under the application and find its icon: the
    // installed desktop file's name without ".desktop"; the icon's theme name is han-monitor.
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(HAN_DESKTOP_FILE_NAME));
    call << QGuiApplication::applicationDisplayName() << m_lastId << QStringLiteral("han-monitor")
         << title << body << QStringList() << hints << kServerDefaultTimeout;
    auto* watcher = new QDBusPendingCallWatcher(m_bus->asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, title, body](QDBusPendingCallWatcher* finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    emitFallback(title, body);
                    return;
                }
                m_lastId = reply.value();
                emit delivered(m_lastId);
            });
}

void DesktopNotifier::emitFallback(const QString& title, const QString& body)
{
    if (title.isEmpty())
        emit fallback(body);
    else if (body.isEmpty())
        emit fallback(title);
    else
        emit fallback(tr("%1: %2").arg(title, body));
}

} // namespace han::ui
