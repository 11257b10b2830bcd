// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_keys.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace han {

// The general-glo-ciphering APDU (tag 0xDB) of encrypted HAN meters (PROTOCOL.md §9): AES-128-GCM
// from OpenSSL, IV = system title ‖ frame counter, AAD = security control ‖ authentication key,
// tag truncated to 12 bytes.
//
// One object per stream: it keeps an OpenSSL cipher context, so decrypting a frame allocates
// nothing once the caller's plaintext buffer has grown to the largest frame. Not thread-safe;
// move-only. encrypt() is static and allocates freely (simulator and tests).
class GloCipher
{
public:
    static constexpr std::uint8_t kTag = 0xDB;
    static constexpr int kSystemTitleBytes = 8;
    static constexpr int kFrameCounterBytes = 4;
    static constexpr int kAuthTagBytes = 12;

    // Bits of the security control byte (suite 0 only, no compression).
    static constexpr std::uint8_t kAuthenticated = 0x10;
    static constexpr std::uint8_t kEncrypted = 0x20;
    static constexpr std::uint8_t kAuthenticatedAndEncrypted = 0x30;

    enum class Status : std::uint8_t {
        Ok,
        Malformed,      // the ciphering header or its lengths do not add up; see errorOffset
        Unsupported,    // a security control we do not handle (compression, suite != 0, none)
        MissingKey,     // the keys this security control needs are not set
        Authentication, // the tag does not match: a wrong key, or bytes damaged on the way
    };

    // A parsed header: views into the APDU passed to parse()/decrypt().
    struct Header
    {
        const std::uint8_t* systemTitle = nullptr; // kSystemTitleBytes bytes
        std::uint8_t securityControl = 0;
        std::uint32_t frameCounter = 0;
        const std::uint8_t* payload = nullptr; // ciphertext (plaintext when authenticated only)
        std::size_t payloadSize = 0;
        const std::uint8_t* authTag = nullptr; // kAuthTagBytes bytes, nullptr without authentication
        // Where parsing stopped for Malformed/Unsupported (from the 0xDB byte).
        std::size_t errorOffset = 0;

        std::uint64_t systemTitleValue() const;
    };

    GloCipher();
    ~GloCipher();
    GloCipher(GloCipher&&) noexcept;
    GloCipher& operator=(GloCipher&&) noexcept;
    GloCipher(const GloCipher&) = delete;
    GloCipher& operator=(const GloCipher&) = delete;

    // Parses `apdu` (starting at the 0xDB tag, exactly one APDU long) without decrypting.
    // Ok, Malformed or Unsupported.
    static Status parse(const std::uint8_t* apdu, std::size_t size, Header& header);

    // Parses, authenticates and decrypts. On Ok, `plaintext` holds the inner APDU (e.g. 0F ...);
    // its capacity is reused. On any other status `plaintext` is empty: never unauthenticated
    // bytes (except with security control 0x20, which has no tag to check).
    Status decrypt(const std::uint8_t* apdu, std::size_t size, const MeterKeys& keys,
                   std::vector<std::uint8_t>& plaintext, Header& header);

    // The whole general-glo-ciphering APDU from its 0xDB tag. `securityControl` 0x30, 0x20 or
    // 0x10; the keys that control needs must be set and `systemTitle` must be 8 bytes, or the
    // result is empty.
    static QByteArray encrypt(QByteArrayView plainApdu, QByteArrayView systemTitle,
                              std::uint32_t frameCounter, const MeterKeys& keys,
                              std::uint8_t securityControl = 0x30);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace han
