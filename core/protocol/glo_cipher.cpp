// SPDX-License-Identifier: GPL-3.0-or-later
#include "glo_cipher.h"

#include <openssl/evp.h>

#include <array>
#include <climits>

namespace han {
namespace {

constexpr std::uint8_t kSuiteMask = 0x0F;
constexpr std::uint8_t kCompression = 0x80;
constexpr std::size_t kIvBytes = GloCipher::kSystemTitleBytes + GloCipher::kFrameCounterBytes;
constexpr std::size_t kAadBytes = 1 + MeterKeys::kKeyBytes;
constexpr int kFullTagBytes = 16;

struct CipherDeleter
{
    void operator()(EVP_CIPHER* cipher) const { EVP_CIPHER_free(cipher); }
};
struct ContextDeleter
{
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};

GloCipher::Status malformed(GloCipher::Header& header, std::size_t offset)
{
    header.errorOffset = offset;
    return GloCipher::Status::Malformed;
}

std::array<std::uint8_t, kIvBytes> makeIv(const std::uint8_t* systemTitle, std::uint32_t counter)
{
    std::array<std::uint8_t, kIvBytes> iv{};
    for (int i = 0; i < GloCipher::kSystemTitleBytes; ++i)
        iv[static_cast<std::size_t>(i)] = systemTitle[i];
    iv[8] = static_cast<std::uint8_t>(counter >> 24);
    iv[9] = static_cast<std::uint8_t>(counter >> 16);
    iv[10] = static_cast<std::uint8_t>(counter >> 8);
    iv[11] = static_cast<std::uint8_t>(counter);
    return iv;
}

std::array<std::uint8_t, kAadBytes> makeAad(std::uint8_t securityControl, const QByteArray& ak)
{
    std::array<std::uint8_t, kAadBytes> aad{};
    aad[0] = securityControl;
    for (int i = 0; i < MeterKeys::kKeyBytes; ++i)
        aad[static_cast<std::size_t>(i) + 1] = static_cast<std::uint8_t>(ak[i]);
    return aad;
}

const unsigned char* bytesOf(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

bool hasAuthenticationKey(const MeterKeys& keys)
{
    return keys.authentication.size() == MeterKeys::kKeyBytes;
}

// Feeds `size` bytes through EVP_*Update in pieces that fit an int (OpenSSL's length type).
template<typename Update>
bool updateInPieces(Update update, EVP_CIPHER_CTX* context, unsigned char* out,
                    const unsigned char* in, std::size_t size)
{
    while (size > 0) {
        const int piece = size > static_cast<std::size_t>(INT_MAX / 2) ? INT_MAX / 2
                                                                      : static_cast<int>(size);
        int written = 0;
        if (update(context, out, &written, in, piece) != 1)
            return false;
        if (out)
            out += written;
        in += piece;
        size -= static_cast<std::size_t>(piece);
    }
    return true;
}

} // namespace

struct GloCipher::Context
{
    std::unique_ptr<EVP_CIPHER, CipherDeleter> cipher{EVP_CIPHER_fetch(nullptr, "AES-128-GCM",
                                                                       nullptr)};
    std::unique_ptr<EVP_CIPHER_CTX, ContextDeleter> context{EVP_CIPHER_CTX_new()};
    bool decryptReady = false; // the context has the cipher set for decryption
};

std::uint64_t GloCipher::Header::systemTitleValue() const
{
    std::uint64_t value = 0;
    for (int i = 0; i < kSystemTitleBytes; ++i)
        value = (value << 8) | systemTitle[i];
    return value;
}

GloCipher::GloCipher() : m_context(std::make_unique<Context>()) {}
GloCipher::~GloCipher() = default;
GloCipher::GloCipher(GloCipher&&) noexcept = default;
GloCipher& GloCipher::operator=(GloCipher&&) noexcept = default;

GloCipher::Status GloCipher::parse(const std::uint8_t* apdu, std::size_t size, Header& header)
{
    header = Header{};
    if (size < 2 || apdu[0] != kTag)
        return malformed(header, 0);
    if (apdu[1] != kSystemTitleBytes)
        return malformed(header, 1);
    std::size_t pos = 2;
    if (size - pos < kSystemTitleBytes + 1u)
        return malformed(header, size);
    header.systemTitle = apdu + pos;
    pos += kSystemTitleBytes;

    // BER length: short form below 0x80, else 0x8N followed by N big-endian length bytes.
    std::size_t length = apdu[pos];
    const std::size_t lengthOffset = pos++;
    if (length & 0x80) {
        const std::size_t count = length & 0x7F;
        if (count == 0 || count > 4)
            return malformed(header, lengthOffset);
        if (size - pos < count)
            return malformed(header, size);
        length = 0;
        for (std::size_t i = 0; i < count; ++i)
            length = (length << 8) | apdu[pos++];
    }
    if (length != size - pos)
        return malformed(header, lengthOffset);
    if (length < 1u + kFrameCounterBytes)
        return malformed(header, lengthOffset);

    const std::uint8_t sc = apdu[pos];
    header.securityControl = sc;
    if ((sc & (kCompression | kSuiteMask)) != 0 || (sc & kAuthenticatedAndEncrypted) == 0) {
        header.errorOffset = pos;
        return Status::Unsupported;
    }
    ++pos;
    header.frameCounter = (std::uint32_t{apdu[pos]} << 24) | (std::uint32_t{apdu[pos + 1]} << 16) |
                          (std::uint32_t{apdu[pos + 2]} << 8) | apdu[pos + 3];
    pos += kFrameCounterBytes;

    std::size_t payloadSize = size - pos;
    if (sc & kAuthenticated) {
        if (payloadSize < static_cast<std::size_t>(kAuthTagBytes))
            return malformed(header, lengthOffset);
        payloadSize -= kAuthTagBytes;
        header.authTag = apdu + pos + payloadSize;
    }
    header.payload = apdu + pos;
    header.payloadSize = payloadSize;
    return Status::Ok;
}

GloCipher::Status GloCipher::decrypt(const std::uint8_t* apdu, std::size_t size,
                                     const MeterKeys& keys, std::vector<std::uint8_t>& plaintext,
                                     Header& header)
{
    plaintext.clear();
    const Status parsed = parse(apdu, size, header);
    if (parsed != Status::Ok)
        return parsed;
    const std::uint8_t sc = header.securityControl;
    const bool authenticated = (sc & kAuthenticated) != 0;
    const bool encrypted = (sc & kEncrypted) != 0;
    // GCM always runs under the encryption key, also for authentication only (GMAC).
    if (!keys.hasEncryptionKey() || (authenticated && !hasAuthenticationKey(keys)))
        return Status::MissingKey;
    const QByteArray& key = keys.encryption;

    EVP_CIPHER_CTX* ctx = m_context->context.get();
    if (!ctx || !m_context->cipher)
        return Status::Authentication;
    if (!m_context->decryptReady) {
        if (EVP_DecryptInit_ex2(ctx, m_context->cipher.get(), nullptr, nullptr, nullptr) != 1)
            return Status::Authentication;
        m_context->decryptReady = true;
    }
    const std::array<std::uint8_t, kIvBytes> iv = makeIv(header.systemTitle, header.frameCounter);
    if (EVP_DecryptInit_ex2(ctx, nullptr, bytesOf(key), iv.data(), nullptr) != 1)
        return Status::Authentication;

    if (authenticated) {
        const std::array<std::uint8_t, kAadBytes> aad = makeAad(sc, keys.authentication);
        int ignored = 0;
        if (EVP_DecryptUpdate(ctx, nullptr, &ignored, aad.data(), static_cast<int>(aad.size())) != 1)
            return Status::Authentication;
    }
    if (encrypted) {
        plaintext.resize(header.payloadSize);
        if (!updateInPieces(EVP_DecryptUpdate, ctx, plaintext.data(), header.payload,
                            header.payloadSize)) {
            plaintext.clear();
            return Status::Authentication;
        }
    } else {
        // Authenticated only: the payload is plain and belongs to the authenticated data.
        if (!updateInPieces(EVP_DecryptUpdate, ctx, nullptr, header.payload, header.payloadSize))
            return Status::Authentication;
        plaintext.assign(header.payload, header.payload + header.payloadSize);
    }
    if (!authenticated)
        return Status::Ok; // 0x20 carries no tag: GCM's final step would only check one

    // EVP's tag setter takes a non-const pointer but only reads it.
    std::array<std::uint8_t, kAuthTagBytes> tag{};
    for (int i = 0; i < kAuthTagBytes; ++i)
        tag[static_cast<std::size_t>(i)] = header.authTag[i];
    int finalBytes = 0;
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, kAuthTagBytes, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx, plaintext.data() + plaintext.size(), &finalBytes) != 1) {
        plaintext.clear();
        return Status::Authentication;
    }
    return Status::Ok;
}

QByteArray GloCipher::encrypt(QByteArrayView plainApdu, QByteArrayView systemTitle,
                              std::uint32_t frameCounter, const MeterKeys& keys,
                              std::uint8_t securityControl)
{
    const bool authenticated = (securityControl & kAuthenticated) != 0;
    const bool encrypted = (securityControl & kEncrypted) != 0;
    if (systemTitle.size() != kSystemTitleBytes || (!authenticated && !encrypted) ||
        (securityControl & (kCompression | kSuiteMask)) != 0)
        return {};
    if (!keys.hasEncryptionKey() || (authenticated && !hasAuthenticationKey(keys)))
        return {};
    const QByteArray& key = keys.encryption;

    std::unique_ptr<EVP_CIPHER, CipherDeleter> cipher{
        EVP_CIPHER_fetch(nullptr, "AES-128-GCM", nullptr)};
    std::unique_ptr<EVP_CIPHER_CTX, ContextDeleter> context{EVP_CIPHER_CTX_new()};
    EVP_CIPHER_CTX* ctx = context.get();
    const auto* title = reinterpret_cast<const std::uint8_t*>(systemTitle.data());
    const std::array<std::uint8_t, kIvBytes> iv = makeIv(title, frameCounter);
    if (!cipher || !ctx || EVP_EncryptInit_ex2(ctx, cipher.get(), bytesOf(key), iv.data(),
                                               nullptr) != 1)
        return {};

    const auto plainSize = static_cast<std::size_t>(plainApdu.size());
    const auto* plain = reinterpret_cast<const unsigned char*>(plainApdu.data());
    QByteArray payload(plainApdu.size(), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(payload.data());
    if (authenticated) {
        const std::array<std::uint8_t, kAadBytes> aad =
            makeAad(securityControl, keys.authentication);
        int ignored = 0;
        if (EVP_EncryptUpdate(ctx, nullptr, &ignored, aad.data(), static_cast<int>(aad.size())) !=
            1)
            return {};
    }
    if (encrypted) {
        if (!updateInPieces(EVP_EncryptUpdate, ctx, out, plain, plainSize))
            return {};
    } else {
        if (!updateInPieces(EVP_EncryptUpdate, ctx, nullptr, plain, plainSize))
            return {};
        payload = plainApdu.toByteArray();
    }
    std::array<std::uint8_t, kFullTagBytes> tag{};
    if (authenticated) {
        int finalBytes = 0;
        std::array<unsigned char, kFullTagBytes> none{};
        if (EVP_EncryptFinal_ex(ctx, none.data(), &finalBytes) != 1 ||
            EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, kFullTagBytes, tag.data()) != 1)
            return {};
    }

    // SC, counter, payload and the truncated tag, behind a BER length.
    const std::size_t length =
        1 + kFrameCounterBytes + plainSize + (authenticated ? kAuthTagBytes : 0);
    QByteArray apdu;
    apdu.reserve(static_cast<qsizetype>(2 + kSystemTitleBytes + 5 + length));
    apdu.append(static_cast<char>(kTag));
    apdu.append(static_cast<char>(kSystemTitleBytes));
    apdu.append(systemTitle.data(), systemTitle.size());
    if (length < 0x80) {
        apdu.append(static_cast<char>(length));
    } else {
        int count = 1;
        while (count < 4 && (length >> (8 * count)) != 0)
            ++count;
        apdu.append(static_cast<char>(0x80 | count));
        for (int i = count - 1; i >= 0; --i)
            apdu.append(static_cast<char>((length >> (8 * i)) & 0xFF));
    }
    apdu.append(static_cast<char>(securityControl));
    for (int shift = 24; shift >= 0; shift -= 8)
        apdu.append(static_cast<char>((frameCounter >> shift) & 0xFF));
    apdu.append(payload);
    if (authenticated)
        apdu.append(reinterpret_cast<const char*>(tag.data()), kAuthTagBytes);
    return apdu;
}

} // namespace han
