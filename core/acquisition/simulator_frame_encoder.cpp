// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator_frame_encoder.h"

#include "aidon_list_encoder.h"
#include "frame_encoder.h"
#include "glo_cipher.h"
#include "kaifa_list_encoder.h"
#include "kamstrup_danish_list_encoder.h"

namespace han {
namespace {

using Make = SimulatorSettings::Make;

// The trailing digits of a meter id as a number, at most `digits` of them.
std::uint64_t trailingNumber(const QString& meterId, int digits)
{
    std::uint64_t value = 0;
    std::uint64_t scale = 1;
    int taken = 0;
    for (qsizetype i = meterId.size() - 1; i >= 0 && taken < digits; --i) {
        const QChar c = meterId.at(i);
        if (!c.isDigit())
            continue;
        value += static_cast<std::uint64_t>(c.digitValue()) * scale;
        scale *= 10;
        ++taken;
    }
    return value;
}

} // namespace

QByteArray SimulatorFrameEncoder::systemTitleFor(Make make, const QString& meterId)
{
    QByteArray title;
    int serialBytes = 4;
    std::uint64_t serial = 0;
    switch (make) {
    case Make::KamstrupNorway:
    case Make::KamstrupDenmark:
        title = QByteArrayLiteral("KAME");
        // The Danish meter number is at most 10 digits; the NO GS1 number's last 9 fit too.
        serial = trailingNumber(meterId, make == Make::KamstrupDenmark ? 10 : 9) & 0xFFFFFFFFU;
        break;
    case Make::Aidon:
        title = QByteArrayLiteral("ADN");
        serialBytes = 5;
        serial = trailingNumber(meterId, 12);
        break;
    case Make::Kaifa:
        title = QByteArrayLiteral("KFM");
        serialBytes = 5;
        serial = trailingNumber(meterId, 12);
        break;
    }
    for (int i = serialBytes - 1; i >= 0; --i)
        title.append(static_cast<char>((serial >> (8 * i)) & 0xFF));
    return title;
}

SimulatorFrameEncoder::SimulatorFrameEncoder(const SimulatorSettings& settings)
    : m_make(settings.make), m_encrypted(settings.encrypted && settings.keys.hasEncryptionKey()),
      m_keys(settings.keys), m_systemTitle(systemTitleFor(settings.make, settings.meterId))
{
    m_kamstrupOptions.dateTimeEncoding = settings.firmware;
    m_kamstrupOptions.missingItems = KamstrupListEncoder::MissingItems::NullPadded;
    switch (m_make) {
    case Make::KamstrupNorway:
        // Danish meters that send the Norwegian list encrypted use the Danish addresses (E09).
        if (m_encrypted)
            m_addressing = KamstrupDanishListEncoder::addressing();
        break;
    case Make::KamstrupDenmark:
        m_addressing = KamstrupDanishListEncoder::addressing();
        break;
    case Make::Aidon:
        m_addressing = AidonListEncoder::addressing();
        break;
    case Make::Kaifa:
        m_addressing = KaifaListEncoder::addressing();
        break;
    }
}

QByteArray SimulatorFrameEncoder::plainApdu(const MeterReading& reading) const
{
    switch (m_make) {
    case Make::KamstrupNorway:
        break;
    case Make::KamstrupDenmark:
        return FrameEncoder::encodeApdu(KamstrupDanishListEncoder::encode(reading));
    case Make::Aidon:
        return FrameEncoder::encodeApdu(AidonListEncoder::encode(reading));
    case Make::Kaifa:
        return FrameEncoder::encodeApdu(KaifaListEncoder::encode(reading));
    }
    return FrameEncoder::encodeApdu(KamstrupListEncoder::encode(reading, m_kamstrupOptions));
}

QByteArray SimulatorFrameEncoder::encode(const MeterReading& reading,
                                         std::uint32_t frameCounter) const
{
    QByteArray information("\xE6\xE7\x00", 3);
    if (m_encrypted) {
        // Authenticated too when there is an authentication key, as Danish meters are (0x30).
        const std::uint8_t securityControl = m_keys.authentication.size() == MeterKeys::kKeyBytes
                                                 ? GloCipher::kAuthenticatedAndEncrypted
                                                 : GloCipher::kEncrypted;
        information.append(GloCipher::encrypt(plainApdu(reading), m_systemTitle, frameCounter,
                                              m_keys, securityControl));
    } else {
        information.append(plainApdu(reading));
    }
    return FrameEncoder::encodeFrame(information, m_addressing);
}

} // namespace han
