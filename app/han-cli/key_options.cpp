// SPDX-License-Identifier: GPL-3.0-or-later
#include "key_options.h"

#include "command_line.h"

namespace han::cli {

KeyOptions::KeyOptions(QCommandLineParser& parser)
    : m_parser(parser),
      m_keyOption(QStringLiteral("key"),
                  tr("The meter's encryption key from the grid company (GUEK, \"GPK60\"): 32 hex "
                     "digits. For encrypted frames."),
                  QStringLiteral("HEX")),
      m_authKeyOption(QStringLiteral("auth-key"),
                      tr("The meter's authentication key from the grid company (GAK, \"GPK61\"): "
                         "32 hex digits. Needs --key."),
                      QStringLiteral("HEX"))
{
    m_parser.addOption(m_keyOption);
    m_parser.addOption(m_authKeyOption);
}

std::optional<QByteArray> KeyOptions::parseKey(const CommandLine& command,
                                               const QCommandLineOption& option) const
{
    const QString name = QStringLiteral("--") + option.names().constFirst();
    const QString text = m_parser.value(option);
    if (const std::optional<QByteArray> key = MeterKeys::keyFromHex(text))
        return key;
    // Say what is wrong without repeating the key: it may be nearly right, and it is secret.
    const int digits = MeterKeys::hexDigitCount(text);
    if (digits < 0)
        command.usageError(tr("%1 takes 32 hex digits (0-9, A-F; spaces, colons and dashes "
                              "between them are allowed), and the value has other characters")
                               .arg(name));
    else
        command.usageError(
            tr("%1 takes 32 hex digits, and the value has %2").arg(name).arg(digits));
    return std::nullopt;
}

std::optional<MeterKeys> KeyOptions::resolve(const CommandLine& command) const
{
    const bool hasKey = m_parser.isSet(m_keyOption);
    const bool hasAuthKey = m_parser.isSet(m_authKeyOption);
    if (!hasKey && !hasAuthKey)
        return MeterKeys{}; // the caller looks in the key store (StoredKeys)
    if (!hasKey) {
        command.usageError(tr("--auth-key needs --key too: encrypted frames are decrypted with "
                              "the encryption key"));
        return std::nullopt;
    }
    MeterKeys keys;
    const std::optional<QByteArray> key = parseKey(command, m_keyOption);
    if (!key)
        return std::nullopt;
    keys.encryption = *key;
    if (hasAuthKey) {
        const std::optional<QByteArray> authKey = parseKey(command, m_authKeyOption);
        if (!authKey)
            return std::nullopt;
        keys.authentication = *authKey;
    }
    return keys;
}

} // namespace han::cli
