// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_keys.h"
#include "source_spec.h"

#include <QString>
#include <QStringList>

namespace han {

// Where the keys of encrypted meters are kept, per connection. A Danish homeowner enters the
// keys before a single frame has been decrypted, so the meter is known only by the connection
// it is on: the adapter (its USB serial number, so a re-plug as another ttyUSB still finds
// them), else the port's path, or the capture file a replay plays. The simulator has none.
//
// Backend: the desktop's secret store (SecretServiceKeys) when one answers, else a file only
// the user can read (KeyFile, `meter-keys.conf` in the app's config folder). Keys found in the
// file while the secret store is in use are still read, and moved into the secret store the
// next time they are saved. HAN_KEY_STORE=file (or secret-service) overrides the choice.
// A value type; calls are synchronous (D-Bus or a small file) and made on the caller's thread.
class KeyStore
{
public:
    enum class Backend
    {
        SecretService,
        File
    };

    // The secret store when one answers (or HAN_KEY_STORE says so), else the file at `filePath`
    // (which the secret store also reads keys from that were saved before it was there).
    static KeyStore open(const QString& filePath = defaultFilePath());
    // The file backend at `path` only.
    static KeyStore file(const QString& path);
    // <config>/meter-keys.conf, in the folder shared by the GUI and han-cli.
    static QString defaultFilePath();

    // The store's connection name for `spec`: "adapter:<USB serial number>", "port:<path>",
    // "file:<absolute path>"; empty for the simulator, which has no stored keys.
    static QString connectionId(const SourceSpec& spec);
    // The names to look keys up under, best first: for a serial port the adapter, then the
    // port path (keys saved before the adapter's serial number was known).
    static QStringList lookupIds(const SourceSpec& spec);

    Backend backend() const { return m_backend; }
    const QString& filePath() const { return m_filePath; }
    // One sentence for people: where the keys are kept.
    QString location() const;
    // Why the secret store is not used (empty when it is, or when the file was asked for).
    const QString& fallbackReason() const { return m_fallbackReason; }

    // The keys of `spec`'s connection, empty when none are stored. `error` is set when the store
    // could not be read.
    MeterKeys load(const SourceSpec& spec, QString* error = nullptr) const;
    MeterKeys loadConnection(const QString& connection, QString* error = nullptr) const;
    // Stores the keys of `spec`'s connection; empty keys forget them.
    bool save(const SourceSpec& spec, const MeterKeys& keys, QString* error = nullptr) const;
    bool saveConnection(const QString& connection, const MeterKeys& keys,
                        QString* error = nullptr) const;
    // Every connection with keys, sorted.
    QStringList connections(QString* error = nullptr) const;

private:
    KeyStore(Backend backend, QString filePath)
        : m_backend(backend), m_filePath(std::move(filePath))
    {
    }

    Backend m_backend = Backend::File;
    QString m_filePath;
    QString m_fallbackReason;
};

} // namespace han
