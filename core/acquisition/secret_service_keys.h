// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_keys.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace han {

// The meter keys in the desktop's secret store (the freedesktop Secret Service over D-Bus:
// GNOME Keyring, KeePassXC, KWallet 5.97+), through libsecret. One item per connection, its
// secret "encryption=<hex>;authentication=<hex>", its attributes the connection only, so the
// keyring manager shows "HAN Monitor meter keys (adapter:…)". Calls block on D-Bus (a few ms;
// the first may start the keyring or ask the user to unlock it). Without libsecret at build
// time, available() is false and the key store uses its file.
class SecretServiceKeys
{
public:
    static bool compiledIn();
    // Whether a Secret Service answers on the session bus; `why` says why not.
    static bool available(QString* why = nullptr);

    // The keys stored for `connection`; nullopt when none are (error empty) or on failure.
    static std::optional<MeterKeys> load(const QString& connection, QString* error = nullptr);
    // Stores (or, with empty keys, removes) the keys of `connection`.
    static bool save(const QString& connection, const MeterKeys& keys, QString* error = nullptr);
    // The connections that have keys stored.
    static QStringList connections(QString* error = nullptr);
};

} // namespace han
