// SPDX-License-Identifier: GPL-3.0-or-later
#include "secret_service_keys.h"

#include <QCoreApplication>
#include <QFileInfo>

#ifdef HAN_HAVE_LIBSECRET
// GLib names a struct member "signals", which Qt defines as a keyword.
#pragma push_macro("signals")
#undef signals
#include <libsecret/secret.h>
#pragma pop_macro("signals")
#endif

namespace han {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("han::SecretServiceKeys", text);
}

#ifdef HAN_HAVE_LIBSECRET

constexpr char kConnection[] = "connection";

const SecretSchema* schema()
{
    static const SecretSchema s = [] {
        SecretSchema x{};
        x.name = "io.github.hanmonitor.HanMonitor.MeterKeys";
        x.flags = SECRET_SCHEMA_NONE;
        x.attributes[0].name = kConnection;
        x.attributes[0].type = SECRET_SCHEMA_ATTRIBUTE_STRING;
        return x;
    }();
    return &s;
}

// Takes ownership of a GError: its message, freed.
QString take(GError* error)
{
    if (!error)
        return {};
    const QString message = QString::fromUtf8(error->message);
    g_error_free(error);
    return message;
}

QString failure(GError* error)
{
    return QCoreApplication::translate("han::SecretServiceKeys",
                                       "The desktop keyring did not answer: %1")
        .arg(take(error));
}

#endif

} // namespace

bool SecretServiceKeys::compiledIn()
{
#ifdef HAN_HAVE_LIBSECRET
    return true;
#else
    return false;
#endif
}

bool SecretServiceKeys::available(QString* why)
{
#ifdef HAN_HAVE_LIBSECRET
    // No session bus at all (a server, a CI job, ssh): asking would only make GLib try to
    // autolaunch one.
    const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    if (address.isEmpty() &&
        (runtime.isEmpty() || !QFileInfo::exists(QString::fromLocal8Bit(runtime) + "/bus"))) {
        if (why)
            *why = tr("there is no desktop session bus");
        return false;
    }
    GError* error = nullptr;
    gchar* secret = secret_password_lookup_sync(schema(), nullptr, &error, kConnection,
                                                "(availability check)", nullptr);
    secret_password_free(secret);
    if (error) {
        if (why)
            *why = take(error);
        return false;
    }
    return true;
#else
    if (why)
        *why = tr("this build has no libsecret");
    return false;
#endif
}

std::optional<MeterKeys> SecretServiceKeys::load(const QString& connection, QString* error)
{
    if (error)
        error->clear();
#ifdef HAN_HAVE_LIBSECRET
    GError* gerror = nullptr;
    gchar* secret = secret_password_lookup_sync(schema(), nullptr, &gerror, kConnection,
                                                connection.toUtf8().constData(), nullptr);
    if (gerror) {
        if (error)
            *error = failure(gerror);
        else
            take(gerror);
        return std::nullopt;
    }
    if (!secret)
        return std::nullopt;
    const QString text = QString::fromUtf8(secret);
    secret_password_free(secret);
    MeterKeys keys;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const std::optional<QByteArray> key =
            eq < 0 ? std::nullopt : MeterKeys::keyFromHex(QStringView(part).mid(eq + 1));
        if (!key)
            continue;
        if (part.startsWith(QLatin1String("encryption=")))
            keys.encryption = *key;
        else if (part.startsWith(QLatin1String("authentication=")))
            keys.authentication = *key;
    }
    if (keys.isEmpty())
        return std::nullopt;
    return keys;
#else
    Q_UNUSED(connection)
    return std::nullopt;
#endif
}

bool SecretServiceKeys::save(const QString& connection, const MeterKeys& keys, QString* error)
{
#ifdef HAN_HAVE_LIBSECRET
    GError* gerror = nullptr;
    const QByteArray id = connection.toUtf8();
    if (keys.isEmpty()) {
        secret_password_clear_sync(schema(), nullptr, &gerror, kConnection, id.constData(),
                                   nullptr);
    } else {
        QByteArray secret;
        if (!keys.encryption.isEmpty())
            secret += "encryption=" + MeterKeys::keyToHex(keys.encryption).toLatin1();
        if (!keys.authentication.isEmpty())
            secret += (secret.isEmpty() ? "" : ";") + QByteArray("authentication=") +
                      MeterKeys::keyToHex(keys.authentication).toLatin1();
        const QByteArray label = tr("HAN Monitor meter keys (%1)").arg(connection).toUtf8();
        secret_password_store_sync(schema(), SECRET_COLLECTION_DEFAULT, label.constData(),
                                   secret.constData(), nullptr, &gerror, kConnection,
                                   id.constData(), nullptr);
        // The secret's copy in this process is not needed any more.
        secret.fill('\0');
    }
    if (gerror) {
        if (error)
            *error = failure(gerror);
        else
            take(gerror);
        return false;
    }
    return true;
#else
    Q_UNUSED(connection)
    Q_UNUSED(keys)
    if (error)
        *error = tr("this build has no libsecret");
    return false;
#endif
}

QStringList SecretServiceKeys::connections(QString* error)
{
    QStringList out;
#ifdef HAN_HAVE_LIBSECRET
    GError* gerror = nullptr;
    GList* items =
        secret_password_search_sync(schema(), SECRET_SEARCH_ALL, nullptr, &gerror, nullptr);
    if (gerror) {
        if (error)
            *error = failure(gerror);
        else
            take(gerror);
        return out;
    }
    for (GList* i = items; i; i = i->next) {
        GHashTable* attributes =
            secret_retrievable_get_attributes(static_cast<SecretRetrievable*>(i->data));
        const auto* value = static_cast<const char*>(g_hash_table_lookup(attributes, kConnection));
        if (value)
            out << QString::fromUtf8(value);
        g_hash_table_unref(attributes);
    }
    g_list_free_full(items, g_object_unref);
    out.removeDuplicates();
    out.sort();
#else
    Q_UNUSED(error)
#endif
    return out;
}

} // namespace han
