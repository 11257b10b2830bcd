// SPDX-License-Identifier: GPL-3.0-or-later
// DesktopNotifier without a session bus, and on a private dbus-daemon with a notification
// service played by this test (org.freedesktop.Notifications, Notify only).
#include "desktop_notifier.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusError>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using han::ui::DesktopNotifier;

namespace {

// Sets (or unsets, for an empty value) environment variables for the lifetime of the object.
class EnvironmentOverride
{
public:
    void set(const char* name, const QByteArray& value)
    {
        m_saved.push_back({name, qEnvironmentVariableIsSet(name), qgetenv(name)});
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvironmentOverride()
    {
        for (auto it = m_saved.rbegin(); it != m_saved.rend(); ++it) {
            if (it->wasSet)
                qputenv(it->name, it->value);
            else
                qunsetenv(it->name);
        }
    }

private:
    struct Saved
    {
        const char* name;
        bool wasSet;
        QByteArray value;
    };
    std::vector<Saved> m_saved;
};

// A dbus-daemon of the test's own, with a minimal configuration: no service files, so nothing
// is activatable and the test decides which services exist.
class PrivateBus
{
public:
    bool start(QString* why)
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty()) {
            *why = QStringLiteral("dbus-daemon is not installed (Debian package dbus-daemon)");
            return false;
        }
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QStringLiteral(
                       "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                       "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/"
                       "busconfig.dtd\">\n"
                       "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                       "<auth>EXTERNAL</auth><policy context=\"default\">"
                       "<allow send_destination=\"*\" eavesdrop=\"true\"/>"
                       "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                       .arg(m_dir.path())
                       .toUtf8());
        file.close();
        m_daemon.start(daemon, {QStringLiteral("--config-file=") + config,
                                QStringLiteral("--nofork"), QStringLiteral("--print-address")});
        if (!m_daemon.waitForStarted(5000)) {
            *why = QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString();
            return false;
        }
        while (!m_daemon.canReadLine() && m_daemon.waitForReadyRead(5000)) {
        }
        m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
        if (m_address.isEmpty())
            *why = QStringLiteral("dbus-daemon printed no address: ") +
                   QString::fromUtf8(m_daemon.readAllStandardError());
        return !m_address.isEmpty();
    }
    ~PrivateBus()
    {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(3000))
            m_daemon.kill();
    }
    QString address() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
};

struct Notification
{
    QString appName;
    uint replacesId = 0;
    QString summary;
    QString body;
    int timeout = 0;
};

// The server side of the Desktop Notifications Specification, as far as Notify goes.
class FakeNotificationService : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    std::vector<Notification> received;
    bool refuse = false;

public slots:
    uint Notify(const QString& appName, uint replacesId, const QString& icon,
                const QString& summary, const QString& body, const QStringList& actions,
                const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(icon);
        Q_UNUSED(actions);
        Q_UNUSED(hints);
        if (refuse) {
            sendErrorReply(QDBusError::Failed, QStringLiteral("Too many notifications"));
            return 0;
        }
        received.push_back({appName, replacesId, summary, body, timeout});
        return replacesId != 0 ? replacesId : static_cast<uint>(41 + received.size());
    }
};

} // namespace

TEST(DesktopNotifier, WithoutASessionBusItSaysSoAndFallsBackToTheWindow)
{
    QTemporaryDir runtime;
    EnvironmentOverride environment;
    environment.set("DBUS_SESSION_BUS_ADDRESS", {});
    // libdbus would otherwise look for $XDG_RUNTIME_DIR/bus or ask X11 to launch a bus.
    environment.set("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    environment.set("DISPLAY", {});

    DesktopNotifier notifier;
    EXPECT_FALSE(notifier.isAvailable());
    QSignalSpy fallback(&notifier, &DesktopNotifier::fallback);
    QSignalSpy delivered(&notifier, &DesktopNotifier::delivered);
    notifier.notify(QStringLiteral("Exporting"), QStringLiteral("The house exports 2.1 kW."));
    ASSERT_EQ(fallback.count(), 1);
    EXPECT_EQ(fallback.at(0).at(0).toString(),
              QStringLiteral("Exporting: The house exports 2.1 kW."));
    EXPECT_EQ(delivered.count(), 0);

    DesktopNotifier noBus{QString()};
    EXPECT_FALSE(noBus.isAvailable());
}

TEST(DesktopNotifier, OnABusWithoutANotificationServiceItFallsBack)
{
    PrivateBus bus;
    QString why;
    if (!bus.start(&why))
        GTEST_SKIP() << why.toStdString();
    DesktopNotifier notifier(bus.address());
    EXPECT_FALSE(notifier.isAvailable());
    QSignalSpy fallback(&notifier, &DesktopNotifier::fallback);
    notifier.notify(QStringLiteral("Exporting"), QString());
    ASSERT_EQ(fallback.count(), 1);
    EXPECT_EQ(fallback.at(0).at(0).toString(), QStringLiteral("Exporting"));
}

TEST(DesktopNotifier, SendsNotifyToTheServiceAndReplacesItsOwnNotification)
{
    PrivateBus bus;
    QString why;
    if (!bus.start(&why))
        GTEST_SKIP() << why.toStdString();
    // The service on a connection of its own, as a notification daemon would be.
    QDBusConnection serviceBus =
        QDBusConnection::connectToBus(bus.address(), QStringLiteral("fake-service"));
    ASSERT_TRUE(serviceBus.isConnected()) << serviceBus.lastError().message().toStdString();
    FakeNotificationService service;
    ASSERT_TRUE(serviceBus.registerObject(QString::fromLatin1(DesktopNotifier::kPath), &service,
                                          QDBusConnection::ExportAllSlots));
    ASSERT_TRUE(serviceBus.registerService(QString::fromLatin1(DesktopNotifier::kService)));

    {
        DesktopNotifier notifier(bus.address());
        EXPECT_TRUE(notifier.isAvailable());
        QSignalSpy fallback(&notifier, &DesktopNotifier::fallback);
        QSignalSpy delivered(&notifier, &DesktopNotifier::delivered);
        notifier.notify(QStringLiteral("The house started exporting"),
                        QStringLiteral("Solar power now exceeds what the house uses."));
        ASSERT_TRUE(han::test::waitFor([&] { return delivered.count() == 1; }, 5000));
        ASSERT_EQ(service.received.size(), 1u);
        EXPECT_EQ(service.received[0].summary, QStringLiteral("The house started exporting"));
        EXPECT_EQ(service.received[0].body,
                  QStringLiteral("Solar power now exceeds what the house uses."));
        EXPECT_EQ(service.received[0].replacesId, 0u);
        EXPECT_EQ(service.received[0].timeout, -1);
        EXPECT_EQ(delivered.at(0).at(0).toUInt(), 42u);

        // "Stopped" replaces "started" rather than piling up.
        notifier.notify(QStringLiteral("The house stopped exporting"), QString());
        ASSERT_TRUE(han::test::waitFor([&] { return delivered.count() == 2; }, 5000));
        ASSERT_EQ(service.received.size(), 2u);
        EXPECT_EQ(service.received[1].replacesId, 42u);
        EXPECT_EQ(fallback.count(), 0);

        // A service that refuses: the window shows the message instead.
        service.refuse = true;
        notifier.notify(QStringLiteral("The house started exporting"), QStringLiteral("Again."));
        ASSERT_TRUE(han::test::waitFor([&] { return fallback.count() == 1; }, 5000));
        EXPECT_EQ(fallback.at(0).at(0).toString(),
                  QStringLiteral("The house started exporting: Again."));
        EXPECT_EQ(delivered.count(), 2);
    }
    serviceBus.unregisterService(QString::fromLatin1(DesktopNotifier::kService));
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-service"));
}

#include "desktop_notifier_test.moc"
