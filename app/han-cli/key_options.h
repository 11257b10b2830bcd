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

    // After parsing: the keys from the options, empty when neither option is given (the
    // command then asks the key store, StoredKeys). nullopt after a usage error, which has been
    // printed (exit with code 2).
    std::optional<MeterKeys> resolve(const CommandLine& command) const;

private:
    std::optional<QByteArray> parseKey(const CommandLine& command,
                                       const QCommandLineOption& option) const;

    QCommandLineParser& m_parser;
    QCommandLineOption m_keyOption;
    QCommandLineOption m_authKeyOption;
};

} // namespace han::cli
