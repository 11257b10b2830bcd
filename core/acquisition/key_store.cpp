// SPDX-License-Identifier: GPL-3.0-or-later
#include "key_store.h"

#include "key_file.h"
#include "secret_service_keys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace han {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("han::KeyStore", text);
}

// "ttyUSB0" and "/dev/ttyUSB0" name the same port.
QString portPath(const QString& name)
{
#ifdef Q_OS_UNIX
    if (!name.isEmpty() && !name.startsWith(QLatin1Char('/')))
        return QStringLiteral("/dev/") + name;
#endif
    return name;
}

} // namespace

KeyStore KeyStore::open(const QString& filePath)
{
    const QByteArray forced = qgetenv("HAN_KEY_STORE");
    if (forced == "file")
        return file(filePath);
    KeyStore store(Backend::File, filePath);
    QString why;
    if (SecretServiceKeys::available(&why) || forced == "secret-service")
        store.m_backend = Backend::SecretService;
    else
        store.m_fallbackReason = why;
    return store;
}

KeyStore KeyStore::file(const QString& path)
{
    return KeyStore(Backend::File, path);
}

QString KeyStore::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("meter-keys.conf"));
}

QString KeyStore::connectionId(const SourceSpec& spec)
{
    const QStringList ids = lookupIds(spec);
    return ids.isEmpty() ? QString() : ids.first();
}

QStringList KeyStore::lookupIds(const SourceSpec& spec)
{
    switch (spec.kind) {
    case SourceSpec::Kind::Serial: {
        QStringList ids;
        if (!spec.port.serialNumber.isEmpty())
            ids << QStringLiteral("adapter:") + spec.port.serialNumber;
        if (!spec.port.portName.isEmpty())
            ids << QStringLiteral("port:") + portPath(spec.port.portName);
        return ids;
    }
    case SourceSpec::Kind::Replay:
        if (spec.replayPath.isEmpty())
            return {};
        return {QStringLiteral("file:") + QFileInfo(spec.replayPath).absoluteFilePath()};
    case SourceSpec::Kind::Simulator:
        break;
    }
    return {};
}

QString KeyStore::location() const
{
    if (m_backend == Backend::SecretService)
        return tr("Keys are kept in the desktop's keyring (Secret Service).");
    return tr("Keys are kept in %1, which only you can read.")
        .arg(QDir::toNativeSeparators(m_filePath));
}

MeterKeys KeyStore::loadConnection(const QString& connection, QString* error) const
{
    if (error)
        error->clear();
    if (connection.isEmpty())
        return {};
    if (m_backend == Backend::SecretService) {
        QString why;
        if (const std::optional<MeterKeys> keys = SecretServiceKeys::load(connection, &why))
            return *keys;
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return {};
        }
    }
    // The file: the only store, or keys saved before a keyring was there.
    KeyFile::Entries entries;
    if (!KeyFile(m_filePath).read(entries, error))
        return {};
    const auto found = entries.find(connection);
    return found == entries.end() ? MeterKeys{} : found->second;
}

MeterKeys KeyStore::load(const SourceSpec& spec, QString* error) const
{
    for (const QString& id : lookupIds(spec)) {
        const MeterKeys keys = loadConnection(id, error);
        if (!keys.isEmpty() || (error && !error->isEmpty()))
            return keys;
    }
    return {};
}

bool KeyStore::saveConnection(const QString& connection, const MeterKeys& keys,
                              QString* error) const
{
    if (connection.isEmpty()) {
        if (error)
            *error = tr("This source has no meter keys.");
        return false;
    }
    const KeyFile file(m_filePath);
    KeyFile::Entries entries;
    if (!file.read(entries, error))
        return false;
    if (m_backend == Backend::SecretService) {
        if (!SecretServiceKeys::save(connection, keys, error))
            return false;
        // A copy left in the file from before the keyring was there goes now.
        if (entries.erase(connection) > 0)
            return file.write(entries, error);
        return true;
    }
    if (keys.isEmpty())
        entries.erase(connection);
    else
        entries[connection] = keys;
    return file.write(entries, error);
}

bool KeyStore::save(const SourceSpec& spec, const MeterKeys& keys, QString* error) const
{
    const QStringList ids = lookupIds(spec);
    if (!saveConnection(ids.value(0), keys, error))
        return false;
    // Keys under the port's path were saved before the adapter's serial number was known:
    // the adapter's entry replaces them, so clearing the keys cannot bring the old ones back.
    for (qsizetype i = 1; i < ids.size(); ++i)
        if (!loadConnection(ids[i]).isEmpty() && !saveConnection(ids[i], {}, error))
            return false;
    return true;
}

QStringList KeyStore::connections(QString* error) const
{
    QStringList out;
    if (m_backend == Backend::SecretService)
        out = SecretServiceKeys::connections(error);
    KeyFile::Entries entries;
    if (KeyFile(m_filePath).read(entries, error))
        for (const auto& entry : entries)
            out << entry.first;
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace han
