// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_keys.h"

#include <QString>

#include <map>

namespace han {

// The meter keys in a text file that only its owner can read: the key store's fallback where
// the desktop has no secret store. The file is never written in place: a new file is created
// with mode 0600 from the start (mkstemp, not chmod after writing), synced, and renamed over
// the old one, so no moment exists where the keys are readable by others or half written.
//
//   # HAN Monitor: keys of encrypted meters …
//   [adapter:A10KXYZ]
//   encryption = 5AD84121D9D20B364B7A11F3C1B5827F
//   authentication = AFB3F93E3E7204EDB3C27F96DBD51AE0
class KeyFile
{
public:
    using Entries = std::map<QString, MeterKeys>;

    explicit KeyFile(QString path) : m_path(std::move(path)) {}

    const QString& path() const { return m_path; }

    // The keys per connection. A missing file is an empty store; false (and `error` in words
    // for people) when the file exists but cannot be read. Lines that are not keys are ignored.
    bool read(Entries& entries, QString* error = nullptr) const;
    // Replaces the file with `entries`; with none, removes it. Creates the folder (mode 0700)
    // when missing.
    bool write(const Entries& entries, QString* error = nullptr) const;

private:
    QString m_path;
};

} // namespace han
