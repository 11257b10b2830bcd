// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace han {

// The two keys a grid company hands out for an encrypted HAN port (PROTOCOL.md §9.1): the
// encryption key (GUEK, Kamstrup's "GPK60") and the authentication key (GAK, "GPK61"), 16 bytes
// each. Either may be empty: no keys at all, or a meter that only encrypts (security control
// 0x20) and needs no authentication key. Secret: never logged, exported or put in a bug report.
struct MeterKeys
{
    static constexpr int kKeyBytes = 16;

    QByteArray encryption;
    QByteArray authentication;

    bool hasEncryptionKey() const { return encryption.size() == kKeyBytes; }
    bool isEmpty() const { return encryption.isEmpty() && authentication.isEmpty(); }

    // 32 hex digits, upper or lower case; spaces, colons and dashes between digits are allowed
    // (grid companies print keys in groups). Anything else, or another length: nullopt.
    static std::optional<QByteArray> keyFromHex(QStringView text);
    // How far `text` is from being a key, for validating as the user types: the number of hex
    // digits so far, or -1 when it holds a character that can never be part of a key.
    static int hexDigitCount(QStringView text);
    // 32 upper-case hex digits (for the settings file and the secret store).
    static QString keyToHex(const QByteArray& key);

    friend bool operator==(const MeterKeys& l, const MeterKeys& r)
    {
        return l.encryption == r.encryption && l.authentication == r.authentication;
    }
    friend bool operator!=(const MeterKeys& l, const MeterKeys& r) { return !(l == r); }
};

} // namespace han
