// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: encrypted APDUs (general-glo-ciphering, tag DB) with E01's published keys.
// The first byte chooses the mode:
//  - even: the rest is a ciphered APDU from outside; GloCipher parses, authenticates and
//    decrypts it. Whatever decrypts must encrypt back to the same bytes (the tag included).
//  - odd: the rest is a plaintext APDU; it is encrypted (bit 1: security control 0x20, else
//    0x30), optionally damaged (bit 2: one bit, chosen by the upper bits and the length), and
//    decoded as an information field by a StreamDecoder with the keys. Random bytes cannot forge
//    a tag, so this is how fuzzed plaintext reaches the A-XDR decoder through decryption.
//    Undamaged, it must decrypt to the plaintext; damaged under 0x30, it must fail
//    authentication.

#include "glo_cipher.h"
#include "stream_decoder.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

han::MeterKeys e01Keys()
{
    han::MeterKeys keys;
    keys.encryption = QByteArray::fromHex("5AD84121D9D20B364B7A11F3C1B5827F");
    keys.authentication = QByteArray::fromHex("AFB3F93E3E7204EDB3C27F96DBD51AE0");
    return keys;
}

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "glo_cipher: %s\n", what);
    std::abort();
}

void ciphered(const std::uint8_t* apdu, std::size_t size, const han::MeterKeys& keys)
{
    static han::GloCipher cipher;
    std::vector<std::uint8_t> plain;
    han::GloCipher::Header header;
    const han::GloCipher::Status status = cipher.decrypt(apdu, size, keys, plain, header);
    if (status != han::GloCipher::Status::Ok) {
        if (!plain.empty())
            fail("bytes left a failed decryption");
        return;
    }
    if (plain.size() != header.payloadSize)
        fail("plaintext and payload differ in size");
    // Everything after the BER length is SC, counter, payload, tag: encrypt() must reproduce it.
    const QByteArray again = han::GloCipher::encrypt(
        QByteArrayView(plain.data(), static_cast<qsizetype>(plain.size())),
        QByteArrayView(header.systemTitle, han::GloCipher::kSystemTitleBytes),
        header.frameCounter, keys, header.securityControl);
    const std::size_t tail = static_cast<std::size_t>(header.payload - apdu) - 5;
    const std::size_t tailSize = size - tail;
    if (static_cast<std::size_t>(again.size()) < tailSize ||
        QByteArrayView(again).last(static_cast<qsizetype>(tailSize)) !=
            QByteArrayView(apdu + tail, static_cast<qsizetype>(tailSize)))
        fail("decrypted APDU does not encrypt back to itself");
}

void plaintext(std::uint8_t mode, const std::uint8_t* data, std::size_t size,
               const han::MeterKeys& keys)
{
    const std::uint8_t sc = (mode & 0x02) ? 0x20 : 0x30;
    const QByteArray plain(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QByteArray info = QByteArray("\xE6\xE7\x00", 3) +
                      han::GloCipher::encrypt(plain, QByteArray::fromHex("4B414D4501A4DC52"),
                                              0x000788E1, keys, sc);
    bool damaged = (mode & 0x04) != 0;
    if (damaged) {
        // Anywhere from the system title on: title, length, SC, counter, payload, tag.
        const qsizetype at = 3 + 2 + ((mode >> 3) * 7 + plain.size()) % (info.size() - 5);
        const int bit = 1 << ((mode >> 3) % 8);
        info[at] = static_cast<char>(info[at] ^ bit);
        // 0x30 -> 0x20 leaves nothing to authenticate: refused only after authenticated frames
        // from the same meter (FrameCounterGuard), and this decoder has seen none.
        const std::uint8_t ber = static_cast<std::uint8_t>(info[3 + 10]);
        const qsizetype scAt = 3 + 10 + 1 + ((ber & 0x80) ? (ber & 0x7F) : 0);
        if (at == scAt && bit == 0x10)
            damaged = false;
    }
    han::StreamDecoder decoder;
    decoder.setKeys(keys);
    han::MeterReading reading;
    han::FrameError error;
    const bool decoded = decoder.decodeInformation(reinterpret_cast<const std::uint8_t*>(
                                                       info.constData()),
                                                   static_cast<std::size_t>(info.size()),
                                                   reading, error);
    const bool decrypted = !decoder.lastPlaintext().isEmpty() || (decoded && plain.isEmpty());
    if (!(mode & 0x04) && !plain.isEmpty() && decoder.lastPlaintext() != QByteArrayView(plain))
        fail("an undamaged APDU did not decrypt to its plaintext");
    if (damaged && sc == 0x30 && decrypted)
        fail("a damaged authenticated APDU was decrypted");
    if (damaged && sc == 0x30 && error.kind != han::FrameError::Kind::Authentication &&
        error.kind != han::FrameError::Kind::Axdr)
        fail("a damaged authenticated APDU failed as neither authentication nor header");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    static const han::MeterKeys keys = e01Keys();
    if (data[0] & 0x01)
        plaintext(data[0], data + 1, size - 1, keys);
    else
        ciphered(data + 1, size - 1, keys);
    return 0;
}
