// SPDX-License-Identifier: GPL-3.0-or-later
// GloCipher against E01 (PROTOCOL.md §9.2), a Danish Kamstrup frame with published keys, and its
// plaintext decrypted independently with Python's cryptography (other-meters/e01-plaintext.txt).

#include "glo_cipher.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <QFile>

#include <cstdint>
#include <random>
#include <vector>

namespace han {
namespace {

using test::fromHex;
using test::u8;
using test::usize;

// Offsets in E01 from PROTOCOL.md §9.2 (frame offsets; the APDU starts at 11).
constexpr qsizetype kApduStart = 11;
constexpr qsizetype kApduEnd = 488; // the FCS
constexpr qsizetype kTitleStart = 13 - kApduStart;
constexpr qsizetype kCounterStart = 25 - kApduStart;
constexpr qsizetype kCipherStart = 29 - kApduStart;
constexpr qsizetype kTagStart = 476 - kApduStart;

MeterKeys e01Keys()
{
    MeterKeys keys;
    keys.encryption = fromHex("5AD84121D9D20B364B7A11F3C1B5827F");
    keys.authentication = fromHex("AFB3F93E3E7204EDB3C27F96DBD51AE0");
    return keys;
}

QByteArray e01Apdu()
{
    const auto frames = test::loadFrames(QStringLiteral("other-meters/frames.txt"));
    const test::TestFrame* e01 = test::findFrame(frames, QStringLiteral("E01"));
    if (!e01) {
        ADD_FAILURE() << "E01 missing";
        return {};
    }
    return e01->bytes.mid(kApduStart, kApduEnd - kApduStart);
}

QByteArray e01Plaintext()
{
    QFile file(test::dataPath(QStringLiteral("other-meters/e01-plaintext.txt")));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "e01-plaintext.txt missing";
        return {};
    }
    const QByteArray line = file.readAll().trimmed();
    EXPECT_TRUE(line.startsWith("E01 "));
    return fromHex(line.mid(4));
}

QByteArray toBytes(const std::vector<std::uint8_t>& v)
{
    return QByteArray(reinterpret_cast<const char*>(v.data()), static_cast<qsizetype>(v.size()));
}

GloCipher::Status decryptBytes(GloCipher& cipher, const QByteArray& apdu, const MeterKeys& keys,
                               QByteArray* plain = nullptr)
{
    std::vector<std::uint8_t> out;
    GloCipher::Header header;
    const GloCipher::Status status = cipher.decrypt(u8(apdu), usize(apdu), keys, out, header);
    if (plain)
        *plain = toBytes(out);
    if (status != GloCipher::Status::Ok) {
        EXPECT_TRUE(out.empty()) << "no bytes may leave a failed decryption";
    }
    return status;
}

TEST(GloCipher, E01HeaderIsParsedAsPublished)
{
    const QByteArray apdu = e01Apdu();
    GloCipher::Header header;
    ASSERT_EQ(GloCipher::parse(u8(apdu), usize(apdu), header), GloCipher::Status::Ok);
    EXPECT_EQ(QByteArray(reinterpret_cast<const char*>(header.systemTitle), 8),
              fromHex("4B 41 4D 45 01 A4 DC 52"));
    EXPECT_EQ(header.systemTitleValue(), 0x4B414D4501A4DC52ULL);
    EXPECT_EQ(header.securityControl, 0x30);
    EXPECT_EQ(header.frameCounter, 0x000788E1U);
    EXPECT_EQ(header.payloadSize, 447U);
    EXPECT_EQ(header.payload, u8(apdu) + kCipherStart);
    EXPECT_EQ(header.authTag, u8(apdu) + kTagStart);
}

TEST(GloCipher, E01DecryptsToTheIndependentPlaintext)
{
    const QByteArray apdu = e01Apdu();
    const QByteArray expected = e01Plaintext();
    ASSERT_EQ(expected.size(), 447);
    GloCipher cipher;
    QByteArray plain;
    ASSERT_EQ(decryptBytes(cipher, apdu, e01Keys(), &plain), GloCipher::Status::Ok);
    EXPECT_EQ(plain, expected);
}

TEST(GloCipher, EncryptingE01PlaintextGivesE01Apdu)
{
    const QByteArray apdu = e01Apdu();
    const QByteArray encrypted = GloCipher::encrypt(e01Plaintext(), fromHex("4B414D4501A4DC52"),
                                                    0x000788E1, e01Keys());
    EXPECT_EQ(encrypted, apdu);
}

TEST(GloCipher, EncryptionOnlyHasE01CiphertextAndNoTag)
{
    // GCM's ciphertext does not depend on the authenticated data: with SC 0x20 the same key, IV
    // and plaintext give E01's ciphertext bytes, with no tag after them.
    const QByteArray apdu = e01Apdu();
    const QByteArray encrypted = GloCipher::encrypt(
        e01Plaintext(), fromHex("4B414D4501A4DC52"), 0x000788E1, e01Keys(), 0x20);
    // DB 08 <title> 82 01 C4 20 <counter> <447 bytes>: 464 - 12 = 452 = 0x1C4.
    ASSERT_EQ(encrypted.size(), 10 + 3 + 1 + 4 + 447);
    EXPECT_EQ(encrypted.mid(10, 4), fromHex("82 01 C4 20"));
    EXPECT_EQ(encrypted.mid(18), apdu.mid(kCipherStart, 447));

    GloCipher cipher;
    QByteArray plain;
    MeterKeys onlyEk;
    onlyEk.encryption = e01Keys().encryption;
    ASSERT_EQ(decryptBytes(cipher, encrypted, onlyEk, &plain), GloCipher::Status::Ok)
        << "0x20 needs no authentication key";
    EXPECT_EQ(plain, e01Plaintext());
}

TEST(GloCipher, EveryFlippedBitOfTitleCounterCiphertextAndTagFailsAuthentication)
{
    const QByteArray apdu = e01Apdu();
    GloCipher cipher;
    int checked = 0;
    for (qsizetype i = kTitleStart; i < apdu.size(); ++i) {
        if (i >= kTitleStart + 8 && i < kCounterStart)
            continue; // the BER length and the security control: header errors, tested below
        QByteArray damaged = apdu;
        damaged[i] = static_cast<char>(damaged[i] ^ (1 << (i % 8)));
        ASSERT_EQ(decryptBytes(cipher, damaged, e01Keys()), GloCipher::Status::Authentication)
            << "byte " << i;
        ++checked;
    }
    EXPECT_EQ(checked, 8 + 4 + 447 + 12);
    // The context recovers after failures: the original still decrypts.
    EXPECT_EQ(decryptBytes(cipher, apdu, e01Keys()), GloCipher::Status::Ok);
}

TEST(GloCipher, WrongKeysFailAuthentication)
{
    const QByteArray apdu = e01Apdu();
    GloCipher cipher;
    MeterKeys wrongEk = e01Keys();
    wrongEk.encryption[5] = static_cast<char>(wrongEk.encryption[5] ^ 0x01);
    EXPECT_EQ(decryptBytes(cipher, apdu, wrongEk), GloCipher::Status::Authentication);
    MeterKeys wrongAk = e01Keys();
    wrongAk.authentication[15] = static_cast<char>(wrongAk.authentication[15] ^ 0x80);
    EXPECT_EQ(decryptBytes(cipher, apdu, wrongAk), GloCipher::Status::Authentication);
    MeterKeys swapped;
    swapped.encryption = e01Keys().authentication;
    swapped.authentication = e01Keys().encryption;
    EXPECT_EQ(decryptBytes(cipher, apdu, swapped), GloCipher::Status::Authentication);
}

TEST(GloCipher, MissingKeysAreReportedAsSuch)
{
    const QByteArray apdu = e01Apdu();
    GloCipher cipher;
    EXPECT_EQ(decryptBytes(cipher, apdu, MeterKeys{}), GloCipher::Status::MissingKey);
    MeterKeys onlyEk;
    onlyEk.encryption = e01Keys().encryption;
    EXPECT_EQ(decryptBytes(cipher, apdu, onlyEk), GloCipher::Status::MissingKey)
        << "0x30 needs the authentication key";
    MeterKeys onlyAk;
    onlyAk.authentication = e01Keys().authentication;
    EXPECT_EQ(decryptBytes(cipher, apdu, onlyAk), GloCipher::Status::MissingKey);
}

TEST(GloCipher, RoundTripsEveryLengthFormAndSecurityControl)
{
    std::mt19937 random(9);
    const QByteArray title = fromHex("4B414D4501A4DC52");
    GloCipher cipher;
    // Plain lengths around each BER boundary (the length counts SC, counter and tag too).
    for (const int size : {0, 1, 15, 16, 17, 110, 111, 122, 123, 238, 239, 250, 251, 300, 70000}) {
        QByteArray plain(size, Qt::Uninitialized);
        for (char& c : plain)
            c = static_cast<char>(random());
        for (const std::uint8_t sc : {std::uint8_t{0x30}, std::uint8_t{0x20}, std::uint8_t{0x10}}) {
            const auto counter = static_cast<std::uint32_t>(random());
            const QByteArray apdu = GloCipher::encrypt(plain, title, counter, e01Keys(), sc);
            const std::size_t length = 1 + 4 + std::size_t(size) + (sc & 0x10 ? 12 : 0);
            // The BER length, worked out here: short form, 81 xx, 82 xx xx, 83 xx xx xx.
            QByteArray ber;
            if (length < 0x80)
                ber = QByteArray(1, char(length));
            else if (length <= 0xFF)
                ber = QByteArray("\x81") + char(length);
            else if (length <= 0xFFFF)
                ber = QByteArray("\x82") + char(length >> 8) + char(length & 0xFF);
            else
                ber = QByteArray("\x83") + char(length >> 16) + char((length >> 8) & 0xFF) +
                      char(length & 0xFF);
            ASSERT_EQ(apdu.size(), qsizetype(10 + ber.size() + length)) << size;
            EXPECT_EQ(apdu.mid(10, ber.size()), ber) << size;
            EXPECT_EQ(quint8(apdu[10 + ber.size()]), sc);
            if (sc == 0x10) {
                EXPECT_EQ(apdu.mid(10 + ber.size() + 5, size), plain) << "authenticated only";
            } else if (size >= 16) {
                EXPECT_NE(apdu.mid(10 + ber.size() + 5, size), plain) << "encrypted";
            }

            QByteArray back;
            ASSERT_EQ(decryptBytes(cipher, apdu, e01Keys(), &back), GloCipher::Status::Ok)
                << size << " sc " << int(sc);
            EXPECT_EQ(back, plain) << size << " sc " << int(sc);
            GloCipher::Header header;
            ASSERT_EQ(GloCipher::parse(u8(apdu), usize(apdu), header), GloCipher::Status::Ok);
            EXPECT_EQ(header.frameCounter, counter);
            if (sc != 0x20 && size > 0) {
                QByteArray damaged = apdu;
                damaged[apdu.size() - 13] = char(damaged[apdu.size() - 13] ^ 0x40);
                EXPECT_EQ(decryptBytes(cipher, damaged, e01Keys()),
                          GloCipher::Status::Authentication);
            }
        }
    }
}

TEST(GloCipher, EncryptRefusesWhatItCannotSend)
{
    const QByteArray title = fromHex("4B414D4501A4DC52");
    EXPECT_TRUE(GloCipher::encrypt("x", title.left(7), 1, e01Keys()).isEmpty());
    EXPECT_TRUE(GloCipher::encrypt("x", title, 1, MeterKeys{}).isEmpty());
    MeterKeys onlyEk;
    onlyEk.encryption = e01Keys().encryption;
    EXPECT_TRUE(GloCipher::encrypt("x", title, 1, onlyEk, 0x30).isEmpty());
    EXPECT_FALSE(GloCipher::encrypt("x", title, 1, onlyEk, 0x20).isEmpty());
    EXPECT_TRUE(GloCipher::encrypt("x", title, 1, e01Keys(), 0x00).isEmpty());
    EXPECT_TRUE(GloCipher::encrypt("x", title, 1, e01Keys(), 0xB0).isEmpty());
    EXPECT_TRUE(GloCipher::encrypt("x", title, 1, e01Keys(), 0x31).isEmpty());
}

TEST(GloCipher, EveryTruncationOfE01IsMalformed)
{
    const QByteArray apdu = e01Apdu();
    GloCipher cipher;
    for (qsizetype n = 0; n < apdu.size(); ++n) {
        const QByteArray cut = apdu.left(n);
        GloCipher::Header header;
        ASSERT_EQ(GloCipher::parse(u8(cut), usize(cut), header), GloCipher::Status::Malformed) << n;
        EXPECT_LE(header.errorOffset, usize(cut)) << n;
        EXPECT_EQ(decryptBytes(cipher, cut, e01Keys()), GloCipher::Status::Malformed) << n;
    }
    EXPECT_EQ(decryptBytes(cipher, apdu + '\0', e01Keys()), GloCipher::Status::Malformed)
        << "a byte after the declared length";
}

TEST(GloCipher, HeaderErrorsAreToldFromAuthenticationFailures)
{
    const QByteArray apdu = e01Apdu();
    GloCipher cipher;
    struct Case
    {
        qsizetype offset;
        char value;
        GloCipher::Status status;
        std::size_t errorOffset;
    };
    const Case cases[] = {
        {0, '\x0F', GloCipher::Status::Malformed, 0},    // not DB
        {1, '\x07', GloCipher::Status::Malformed, 1},    // system title of 7 bytes
        {1, '\x09', GloCipher::Status::Malformed, 1},    // ... of 9
        {10, '\x80', GloCipher::Status::Malformed, 10},  // indefinite BER length
        {10, '\x85', GloCipher::Status::Malformed, 10},  // 5 length bytes
        {10, '\x81', GloCipher::Status::Malformed, 10},  // length 01 = too short
        {12, '\xD1', GloCipher::Status::Malformed, 10},  // 0x1D1: one more than there is
        {13, '\x00', GloCipher::Status::Unsupported, 13}, // neither encrypted nor authenticated
        {13, '\xB0', GloCipher::Status::Unsupported, 13}, // compressed
        {13, '\x31', GloCipher::Status::Unsupported, 13}, // suite 1
    };
    for (const Case& c : cases) {
        QByteArray changed = apdu;
        changed[c.offset] = c.value;
        GloCipher::Header header;
        EXPECT_EQ(GloCipher::parse(u8(changed), usize(changed), header), c.status) << c.offset;
        EXPECT_EQ(header.errorOffset, c.errorOffset) << c.offset;
        EXPECT_EQ(decryptBytes(cipher, changed, e01Keys()), c.status) << c.offset;
    }
    // Short form, authenticated, with fewer bytes than a tag.
    const QByteArray shortTag = fromHex("DB 08 4B414D4501A4DC52 0A 30 00000001 0102030405");
    EXPECT_EQ(decryptBytes(cipher, shortTag, e01Keys()), GloCipher::Status::Malformed);
    // Security control 0x20 changed to 0x30 in an encryption-only APDU: a header that parses,
    // then a tag check over the wrong bytes.
    QByteArray encOnly = GloCipher::encrypt(e01Plaintext(), fromHex("4B414D4501A4DC52"), 7,
                                            e01Keys(), 0x20);
    encOnly[13] = '\x30';
    EXPECT_EQ(decryptBytes(cipher, encOnly, e01Keys()), GloCipher::Status::Authentication);
}

TEST(GloCipher, PlaintextBufferIsReusedAcrossFrames)
{
    const QByteArray apdu = e01Apdu();
    GloCipher cipher;
    std::vector<std::uint8_t> plain;
    GloCipher::Header header;
    ASSERT_EQ(cipher.decrypt(u8(apdu), usize(apdu), e01Keys(), plain, header), GloCipher::Status::Ok);
    const std::uint8_t* buffer = plain.data();
    for (int i = 0; i < 3; ++i) {
        ASSERT_EQ(cipher.decrypt(u8(apdu), usize(apdu), e01Keys(), plain, header),
                  GloCipher::Status::Ok);
        EXPECT_EQ(plain.data(), buffer);
    }
    GloCipher moved = std::move(cipher);
    EXPECT_EQ(moved.decrypt(u8(apdu), usize(apdu), e01Keys(), plain, header), GloCipher::Status::Ok);
    EXPECT_EQ(toBytes(plain), e01Plaintext());
}

} // namespace
} // namespace han
