// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_keys.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace han::cli {

class CommandLine;

// The meter's keys for `decode` and `listen`: --key HEX (encryption key, GUEK/"GPK60") and
// --auth-key HEX (authentication key, GAK/"GPK61"), 32 hex digits each, groups allowed.
// Keys are secret: no message here or anywhere in han-cli repeats them.
class KeyOptions
{
    Q_DECLARE_TR_FUNCTIONS(KeyOptions)

public:
    // Adds the two options to `parser`, which must outlive this object.
    explicit KeyOptions(QCommandLineParser& parser);

    // After parsing: the keys from the options; when neither option is given, storedKeys().
    // nullopt after a usage error, which has been printed (exit with code 2).
    // `portName`: the serial port of `listen` (empty for `decode`), for finding stored keys.
    std::optional<MeterKeys> resolve(const CommandLine& command, const QString& portName) const;

    // The keys saved for `portName` by the desktop app, empty when there are none. The hook for
    // the key store (issue 9 item 2): until it exists, no keys are stored.
    static MeterKeys storedKeys(const QString& portName);

private:
    std::optional<QByteArray> parseKey(const CommandLine& command,
                                       const QCommandLineOption& option) const;

    QCommandLineParser& m_parser;
    QCommandLineOption m_keyOption;
    QCommandLineOption m_authKeyOption;
};

} // namespace han::cli
