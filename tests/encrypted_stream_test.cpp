// SPDX-License-Identifier: GPL-3.0-or-later
// Encrypted frames (general-glo-ciphering) through StreamDecoder: E01 with its published keys,
// damaged and wrong-key frames, replayed frame counters, and the APDU tag deciding, not the keys.

#include "frame_encoder.h"
#include "glo_cipher.h"
#include "stream_decoder.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonObject>
#include <QStringList>

#include <cstdint>
#include <random>
#include <vector>

namespace han {
namespace {

using test::fromHex;
using test::u8;
using test::usize;

const QByteArray kE01Title = QByteArray::fromHex("4B414D4501A4DC52");

MeterKeys e01Keys()
{
    MeterKeys keys;
    keys.encryption = fromHex("5AD84121D9D20B364B7A11F3C1B5827F");
    keys.authentication = fromHex("AFB3F93E3E7204EDB3C27F96DBD51AE0");
    return keys;
}

QByteArray e01Frame()
{
    const auto frames = test::loadFrames(QStringLiteral("other-meters/frames.txt"));
    const test::TestFrame* e01 = test::findFrame(frames, QStringLiteral("E01"));
    if (!e01) {
        ADD_FAILURE() << "E01 missing";
        return {};
    }
    return e01->bytes;
}

QByteArray e01Plaintext()
{
    QFile file(test::dataPath(QStringLiteral("other-meters/e01-plaintext.txt")));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "e01-plaintext.txt missing";
        return {};
    }
    return fromHex(file.readAll().trimmed().mid(4)); // after "E01 "
}

// E01's plaintext, encrypted again under another frame counter (and title), framed.
QByteArray encryptedFrame(std::uint32_t counter, std::uint8_t sc = 0x30,
                          const QByteArray& title = kE01Title)
{
    const QByteArray apdu = GloCipher::encrypt(e01Plaintext(), title, counter, e01Keys(), sc);
    EXPECT_FALSE(apdu.isEmpty());
    return FrameEncoder::encodeFrame(QByteArray("\xE6\xE7\x00", 3) + apdu);
}

// The fields the current ListMapper fills from the Danish list. expected.jsonl was written by
// hand from the frame's bytes (tests/data/README.md).
const char* const kBaseFields[] = {
    "list_version",      "meter_time",          "meter_id",          "active_import_w",
    "active_export_w",   "reactive_import_var", "reactive_export_var", "current_l1_a",
    "current_l2_a",      "current_l3_a",        "voltage_l1_v",      "voltage_l2_v",
    "voltage_l3_v",      "meter_clock",         "active_import_wh",  "active_export_wh",
    "reactive_import_varh", "reactive_export_varh",
};

QJsonObject e01Expected()
{
    for (const QJsonObject& line : test::loadJsonl(QStringLiteral("other-meters/expected.jsonl"))) {
        if (line.value(QStringLiteral("id")).toString() == QLatin1String("E01"))
            return line.value(QStringLiteral("expect")).toObject();
    }
    ADD_FAILURE() << "E01 missing from expected.jsonl";
    return {};
}

::testing::AssertionResult matchesE01(const MeterReading& reading)
{
    const QJsonObject expected = e01Expected();
    const QJsonObject actual = test::readingToJson(reading);
    QStringList problems;
    for (const char* field : kBaseFields) {
        const QString name = QLatin1String(field);
        if (!actual.contains(name))
            problems << name + QStringLiteral(" missing");
        else if (actual.value(name) != expected.value(name))
            problems << QStringLiteral("%1: expected %2, got %3")
                            .arg(name, expected.value(name).toVariant().toString(),
                                 actual.value(name).toVariant().toString());
    }
    // The per-phase fields, once the mapper fills them, must match as well.
    for (auto it = actual.begin(); it != actual.end(); ++it) {
        if (expected.contains(it.key()) && expected.value(it.key()) != it.value())
            problems << QStringLiteral("%1: expected %2, got %3")
                            .arg(it.key(), expected.value(it.key()).toVariant().toString(),
                                 it.value().toVariant().toString());
    }
    if (problems.isEmpty())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << problems.join(QStringLiteral("; ")).toStdString();
}

struct Decoding
{
    test::RecordingSink sink;
    StreamDecoder decoder;
    explicit Decoding(const MeterKeys& keys = e01Keys()) : sink(&decoder) { decoder.setKeys(keys); }
    void feed(const QByteArray& bytes) { decoder.feed(u8(bytes), usize(bytes), sink); }
    std::size_t rejected(FrameError::Kind kind) const
    {
        return decoder.statistics().rejectedByKind[static_cast<std::size_t>(kind)];
    }
};

TEST(EncryptedStream, E01DecodesWithItsKeys)
{
    Decoding run;
    run.feed(e01Frame());
    run.decoder.finish(run.sink);
    ASSERT_TRUE(run.sink.errors.empty()) << FrameError::kindName(run.sink.errors[0].kind);
    ASSERT_EQ(run.sink.decoded.size(), 1U);
    EXPECT_TRUE(matchesE01(run.sink.decoded[0].reading));
    EXPECT_EQ(run.sink.decoded[0].frame, e01Frame());
    ASSERT_TRUE(run.sink.decoded[0].notification.dateTime.has_value());
    EXPECT_EQ(run.sink.decoded[0].notification.dateTime->toIsoString(),
              QStringLiteral("2020-01-07T14:47:20"));
    EXPECT_EQ(run.decoder.lastPlaintext().toByteArray(), e01Plaintext());
}

TEST(EncryptedStream, E01InformationFieldDecodesOutsideAStream)
{
    const QByteArray frame = e01Frame();
    const QByteArray info = frame.mid(8, frame.size() - 8 - 3);
    StreamDecoder decoder;
    decoder.setKeys(e01Keys());
    MeterReading reading;
    FrameError error;
    ASSERT_TRUE(decoder.decodeInformation(u8(info), usize(info), reading, error))
        << FrameError::kindName(error.kind);
    EXPECT_TRUE(matchesE01(reading));
}

TEST(EncryptedStream, E01SplitAcrossReadsDecodesTheSame)
{
    const QByteArray frame = e01Frame();
    // At the raw 0x7E bytes inside the ciphertext (frame offsets 150 and 227), a byte at a
    // time, and in random pieces between flags and idle fill.
    std::vector<std::vector<qsizetype>> splits = {{150, 227}, {151, 228}, {1, 24, 29, 476, 488}};
    std::vector<qsizetype> everyByte;
    for (qsizetype i = 1; i < frame.size(); ++i)
        everyByte.push_back(i);
    splits.push_back(everyByte);
    std::mt19937 random(7);
    for (int n = 0; n < 20; ++n) {
        std::vector<qsizetype> cuts;
        for (qsizetype pos = 0; pos < frame.size();) {
            pos += 1 + static_cast<qsizetype>(random() % 80);
            if (pos < frame.size())
                cuts.push_back(pos);
        }
        splits.push_back(cuts);
    }
    for (const auto& cuts : splits) {
        Decoding run;
        const QByteArray stream = QByteArray("\x7E\x7E") + frame + frame;
        qsizetype from = 0;
        for (const qsizetype cut : cuts) {
            run.feed(stream.mid(from, cut + 2 - from));
            from = cut + 2;
        }
        run.feed(stream.mid(from));
        run.decoder.finish(run.sink);
        // The second copy is a replay of the first.
        ASSERT_EQ(run.sink.decoded.size(), 1U) << cuts.size() << " cuts";
        EXPECT_TRUE(matchesE01(run.sink.decoded[0].reading));
        ASSERT_EQ(run.sink.errors.size(), 1U);
        EXPECT_EQ(run.sink.errors[0].kind, FrameError::Kind::Replay);
        EXPECT_EQ(run.sink.errors[0].streamOffset, 2 + frame.size());
    }
}

TEST(EncryptedStream, WithoutKeysE01IsEncryptedAndClearFramesStillDecodeWithKeys)
{
    const auto kamstrup = test::loadFrames(QStringLiteral("kamstrup/frames.txt"));
    ASSERT_FALSE(kamstrup.empty());
    QByteArray clear;
    std::size_t clearFrames = 0;
    for (const test::TestFrame& f : kamstrup) {
        if (f.isWholeFrame()) {
            clear += f.bytes;
            ++clearFrames;
        }
    }

    Decoding withoutKeys{MeterKeys{}};
    withoutKeys.feed(e01Frame() + clear);
    Decoding withKeys;
    withKeys.feed(e01Frame() + clear);
    ASSERT_FALSE(withoutKeys.sink.errors.empty());
    EXPECT_EQ(withoutKeys.sink.errors[0].kind, FrameError::Kind::Encrypted);
    EXPECT_EQ(withoutKeys.rejected(FrameError::Kind::Encrypted), 1U);
    // The keys change nothing for clear frames: the same readings, plus E01.
    EXPECT_EQ(withKeys.sink.decoded.size(), withoutKeys.sink.decoded.size() + 1);
    EXPECT_EQ(withKeys.sink.errors.size(), withoutKeys.sink.errors.size() - 1);
    EXPECT_GT(withoutKeys.sink.decoded.size(), clearFrames / 2);
    for (std::size_t i = 0; i < withoutKeys.sink.decoded.size(); ++i) {
        EXPECT_EQ(test::readingToJson(withKeys.sink.decoded[i + 1].reading),
                  test::readingToJson(withoutKeys.sink.decoded[i].reading));
    }
    EXPECT_TRUE(withKeys.decoder.lastPlaintext().isEmpty()) << "a clear frame came last";
}

TEST(EncryptedStream, WrongKeysFailAuthentication)
{
    MeterKeys wrongEk = e01Keys();
    wrongEk.encryption[0] = static_cast<char>(wrongEk.encryption[0] ^ 0x04);
    MeterKeys wrongAk = e01Keys();
    wrongAk.authentication[9] = static_cast<char>(wrongAk.authentication[9] ^ 0x10);
    for (const MeterKeys& keys : {wrongEk, wrongAk}) {
        Decoding run{keys};
        run.feed(e01Frame());
        ASSERT_EQ(run.sink.errors.size(), 1U);
        EXPECT_TRUE(run.sink.decoded.empty());
        EXPECT_EQ(run.sink.errors[0].kind, FrameError::Kind::Authentication);
        EXPECT_EQ(run.sink.errors[0].bytes, e01Frame()) << "the frame as received, for diagnostics";
        EXPECT_EQ(run.rejected(FrameError::Kind::Authentication), 1U);
        EXPECT_TRUE(run.decoder.lastPlaintext().isEmpty());
    }
}

TEST(EncryptedStream, DamagedBytesBehindAValidChecksumFailAuthentication)
{
    // A frame whose FCS is right but whose ciphered bytes are not: re-framed after the damage,
    // as a bug between the meter's encryption and its HDLC layer would send it.
    const QByteArray frame = e01Frame();
    const QByteArray info = frame.mid(8, frame.size() - 11);
    std::mt19937 random(11);
    // Title (13..20), counter (25..28), ciphertext (29..475), tag (476..487): frame offsets.
    std::vector<qsizetype> offsets = {13, 20, 25, 28, 29, 150, 227, 475, 476, 487};
    for (int n = 0; n < 30; ++n)
        offsets.push_back(13 + static_cast<qsizetype>(random() % (488 - 13)));
    for (const qsizetype offset : offsets) {
        if (offset >= 21 && offset < 25)
            continue; // the length and the security control: header errors
        QByteArray damaged = info;
        damaged[offset - 8] = static_cast<char>(damaged[offset - 8] ^ (1 << (offset % 8)));
        Decoding run;
        run.feed(FrameEncoder::encodeFrame(damaged));
        ASSERT_EQ(run.sink.errors.size(), 1U) << offset;
        EXPECT_EQ(run.sink.errors[0].kind, FrameError::Kind::Authentication) << offset;
    }
}

TEST(EncryptedStream, BrokenCipheringHeaderIsMalformedAtItsOffset)
{
    const QByteArray frame = e01Frame();
    QByteArray info = frame.mid(8, frame.size() - 11);
    info[3 + 13] = '\xB0'; // security control: compressed
    Decoding run;
    run.feed(FrameEncoder::encodeFrame(info));
    ASSERT_EQ(run.sink.errors.size(), 1U);
    EXPECT_EQ(run.sink.errors[0].kind, FrameError::Kind::Axdr);
    EXPECT_EQ(run.sink.errors[0].apduOffset, 13);
}

TEST(EncryptedStream, MissingAuthenticationKeyIsEncryptedButEncryptionOnlyNeedsNone)
{
    MeterKeys onlyEk;
    onlyEk.encryption = e01Keys().encryption;
    Decoding run{onlyEk};
    run.feed(e01Frame());
    ASSERT_EQ(run.sink.errors.size(), 1U);
    EXPECT_EQ(run.sink.errors[0].kind, FrameError::Kind::Encrypted);

    run.feed(encryptedFrame(0x00078900, 0x20));
    ASSERT_EQ(run.sink.decoded.size(), 1U);
    EXPECT_TRUE(matchesE01(run.sink.decoded[0].reading));

    // Without a tag, a wrong key shows as a plaintext that does not decode: still reported as
    // authentication (check the keys), not as a malformed list.
    MeterKeys wrongEk = onlyEk;
    wrongEk.encryption[7] = static_cast<char>(wrongEk.encryption[7] ^ 0x01);
    Decoding wrong{wrongEk};
    wrong.feed(encryptedFrame(0x00078900, 0x20));
    ASSERT_EQ(wrong.sink.errors.size(), 1U);
    EXPECT_EQ(wrong.sink.errors[0].kind, FrameError::Kind::Authentication);
    EXPECT_EQ(wrong.sink.errors[0].apduOffset, -1);
}

TEST(EncryptedStream, OldFrameCountersAreReplays)
{
    Decoding run;
    const auto expectKinds = [&run](const std::vector<std::uint32_t>& counters,
                                    const std::vector<bool>& accepted) {
        for (std::size_t i = 0; i < counters.size(); ++i) {
            const std::size_t decodedBefore = run.sink.decoded.size();
            const std::size_t errorsBefore = run.sink.errors.size();
            run.feed(encryptedFrame(counters[i]));
            if (accepted[i]) {
                EXPECT_EQ(run.sink.decoded.size(), decodedBefore + 1) << "counter " << counters[i];
            } else {
                ASSERT_EQ(run.sink.errors.size(), errorsBefore + 1) << "counter " << counters[i];
                EXPECT_EQ(run.sink.errors.back().kind, FrameError::Kind::Replay)
                    << "counter " << counters[i];
            }
        }
    };
    expectKinds({100, 101, 101, 50, 102, 200}, {true, true, false, false, true, true});
    EXPECT_EQ(run.rejected(FrameError::Kind::Replay), 2U);

    // Another meter's title has counters of its own.
    const QByteArray otherTitle = QByteArray::fromHex("4B414D4500000001");
    run.feed(encryptedFrame(5, 0x30, otherTitle));
    EXPECT_EQ(run.sink.decoded.size(), 5U);
    expectKinds({201}, {true});
}

TEST(EncryptedStream, ARestartedCounterIsAcceptedAfterAFewIncreasingFrames)
{
    Decoding run;
    run.feed(encryptedFrame(5000));
    ASSERT_EQ(run.sink.decoded.size(), 1U);
    // The meter restarts at 1: two frames are replays, the third increasing one is the new
    // baseline (FrameCounterGuard::kRestartFrames), and the frames after it count from there.
    for (const std::uint32_t counter : {1U, 2U, 3U, 4U})
        run.feed(encryptedFrame(counter));
    EXPECT_EQ(run.rejected(FrameError::Kind::Replay), 2U);
    EXPECT_EQ(run.sink.decoded.size(), 3U);
    run.feed(encryptedFrame(4));
    EXPECT_EQ(run.rejected(FrameError::Kind::Replay), 3U) << "4 again is a replay";

    // A run that does not increase starts over: 1, 1, 2 is not a restart yet, 1, 2, 3 is.
    Decoding other;
    other.feed(encryptedFrame(5000));
    for (const std::uint32_t counter : {1U, 1U, 2U})
        other.feed(encryptedFrame(counter));
    EXPECT_EQ(other.rejected(FrameError::Kind::Replay), 3U);
    other.feed(encryptedFrame(3));
    EXPECT_EQ(other.rejected(FrameError::Kind::Replay), 3U);
    EXPECT_EQ(other.sink.decoded.size(), 2U);
}

TEST(EncryptedStream, FramesThatFailDoNotMoveTheCounter)
{
    // A frame that fails authentication must not count as seen, or a damaged counter would lock
    // out every frame after it.
    Decoding run;
    run.feed(encryptedFrame(10));
    QByteArray forged = encryptedFrame(0xFFFFFFF0);
    forged[forged.size() - 5] = static_cast<char>(forged[forged.size() - 5] ^ 1); // in the tag
    const QByteArray info = forged.mid(8, forged.size() - 11);
    run.feed(FrameEncoder::encodeFrame(info));
    run.feed(encryptedFrame(11));
    EXPECT_EQ(run.sink.decoded.size(), 2U);
    ASSERT_EQ(run.sink.errors.size(), 1U);
    EXPECT_EQ(run.sink.errors[0].kind, FrameError::Kind::Authentication);
}

TEST(EncryptedStream, NoDowngradeFromAuthenticatedToEncryptedOnly)
{
    // Clearing bit 4 of the security control turns 0x30 into 0x20, which has no tag to check:
    // after authenticated frames, such a frame from the same meter is not believed.
    Decoding run;
    run.feed(encryptedFrame(100));
    QByteArray downgraded = encryptedFrame(101);
    const qsizetype sc = 8 + 3 + 10 + 3; // frame header, LLC, DB + title, 82 xx xx
    ASSERT_EQ(quint8(downgraded[sc]), 0x30);
    QByteArray info = downgraded.mid(8, downgraded.size() - 11);
    info[sc - 8] = '\x20';
    run.feed(FrameEncoder::encodeFrame(info));
    run.feed(encryptedFrame(102, 0x20));
    EXPECT_EQ(run.rejected(FrameError::Kind::Authentication), 2U);
    EXPECT_EQ(run.sink.decoded.size(), 1U);
    run.feed(encryptedFrame(103));
    EXPECT_EQ(run.sink.decoded.size(), 2U);

    // A meter that only ever encrypts is read, under the same keys.
    Decoding encOnly;
    for (const std::uint32_t counter : {1U, 2U, 3U})
        encOnly.feed(encryptedFrame(counter, 0x20));
    EXPECT_EQ(encOnly.sink.decoded.size(), 3U);
    EXPECT_TRUE(encOnly.sink.errors.empty());
}

TEST(EncryptedStream, OtherKeysForgetTheCounters)
{
    Decoding run;
    run.feed(e01Frame());
    MeterKeys other = e01Keys();
    other.authentication[0] = static_cast<char>(other.authentication[0] ^ 1);
    run.decoder.setKeys(other);
    run.decoder.setKeys(e01Keys());
    run.feed(e01Frame());
    EXPECT_EQ(run.sink.decoded.size(), 2U);
    run.decoder.setKeys(e01Keys()); // the same keys again: nothing forgotten
    run.feed(e01Frame());
    EXPECT_EQ(run.rejected(FrameError::Kind::Replay), 1U);
}

TEST(EncryptedStream, KindNamesAreStable)
{
    EXPECT_STREQ(FrameError::kindName(FrameError::Kind::Authentication), "authentication");
    EXPECT_STREQ(FrameError::kindName(FrameError::Kind::Replay), "replay");
    EXPECT_STREQ(FrameError::kindName(FrameError::Kind::Encrypted), "encrypted");
    EXPECT_EQ(static_cast<int>(FrameError::Kind::Replay) + 1, FrameError::kKindCount);
}

} // namespace
} // namespace han
