// SPDX-License-Identifier: GPL-3.0-or-later
// ReadingJson (han-cli's jsonl and the simulator's truth file) agrees with the field mapping of
// the tests, number for number, and writes numbers in their shortest exact form.

#include "reading_json.h"
#include "stream_decoder.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRandomGenerator>

#include <algorithm>
#include <limits>

namespace han {
namespace {

using test::u8;
using test::usize;

::testing::AssertionResult sameJson(const MeterReading& reading)
{
    const QByteArray text = ReadingJson::object(reading);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return ::testing::AssertionFailure() << "not a JSON object: " << text.toStdString();
    const QJsonObject want = test::readingToJson(reading);
    if (doc.object() != want)
        return ::testing::AssertionFailure()
               << text.toStdString() << "\n  expected "
               << QJsonDocument(want).toJson(QJsonDocument::Compact).toStdString();
    return ::testing::AssertionSuccess();
}

TEST(ReadingJson, EveryRealReadingHasTheExpectedMembers)
{
    const auto frames = test::loadFrames(QStringLiteral("kamstrup/frames.txt"));
    int checked = 0;
    for (const auto& f : frames) {
        StreamDecoder decoder;
        MeterReading reading;
        if (f.isWholeFrame()) {
            test::RecordingSink sink;
            test::decodeWhole(f.bytes, sink, decoder);
            if (sink.decoded.empty())
                continue; // K08
            reading = sink.decoded[0].reading;
        } else {
            FrameError error;
            ASSERT_TRUE(decoder.decodeInformation(u8(f.bytes), usize(f.bytes), reading, error));
        }
        EXPECT_TRUE(sameJson(reading)) << f.id.toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, 15);

    const QByteArray stream = test::loadStream();
    StreamDecoder decoder;
    test::RecordingSink sink;
    test::decodeWhole(stream, sink, decoder);
    ASSERT_EQ(sink.decoded.size(), 689U);
    for (std::size_t i = 0; i < sink.decoded.size(); ++i)
        ASSERT_TRUE(sameJson(sink.decoded[i].reading)) << "list " << i;
}

TEST(ReadingJson, NumbersAreShortestAndNeverExponents)
{
    EXPECT_EQ(ReadingJson::number(5.64), QByteArray("5.64"));
    EXPECT_EQ(ReadingJson::number(564 / 100.0), QByteArray("5.64"));
    EXPECT_EQ(ReadingJson::number(221.99), QByteArray("221.99"));
    EXPECT_EQ(ReadingJson::number(4272440.0), QByteArray("4272440"));
    EXPECT_EQ(ReadingJson::number(0.1 + 0.2), QByteArray("0.30000000000000004"));
    EXPECT_EQ(ReadingJson::number(1e21), QByteArray("1000000000000000000000"));
    EXPECT_EQ(ReadingJson::number(0.000001), QByteArray("0.000001"));
    EXPECT_EQ(ReadingJson::number(-1.5), QByteArray("-1.5"));
    EXPECT_EQ(ReadingJson::number(0.0), QByteArray("0"));
    EXPECT_EQ(ReadingJson::number(-0.0), QByteArray("0"));
    EXPECT_EQ(ReadingJson::number(std::numeric_limits<double>::quiet_NaN()), QByteArray("null"));
    EXPECT_EQ(ReadingJson::number(std::numeric_limits<double>::infinity()), QByteArray("null"));
}

TEST(ReadingJson, WholeNumbersAreTheirIntegerDigits)
{
    // Whole values take a faster path than fractions; its digits must be the integer's own
    // (checked with Qt's integer formatting), up to 2^53 and past it.
    QRandomGenerator random(53);
    for (int i = 0; i < 200000; ++i) {
        const int bits = static_cast<int>(random.bounded(54));
        auto value = static_cast<qint64>(random.generate64() >> (64 - std::max(bits, 1)));
        if (random.bounded(2) != 0)
            value = -value;
        const QByteArray want = value == 0 ? QByteArray("0") : QByteArray::number(value);
        ASSERT_EQ(ReadingJson::number(static_cast<double>(value)), want) << value;
    }
    EXPECT_EQ(ReadingJson::number(9007199254740991.0), QByteArray("9007199254740991"));
    EXPECT_EQ(ReadingJson::number(-9007199254740991.0), QByteArray("-9007199254740991"));
    EXPECT_EQ(ReadingJson::number(9007199254740992.0), QByteArray("9007199254740992"));
    EXPECT_EQ(ReadingJson::number(9007199254740994.0), QByteArray("9007199254740994"));
    EXPECT_EQ(ReadingJson::number(-4272440.0), QByteArray("-4272440"));
    EXPECT_EQ(ReadingJson::number(4272440.5), QByteArray("4272440.5"));
    // Past what 64 characters hold: as before, no text a reader could mistake for a value.
    EXPECT_EQ(ReadingJson::number(1e300), QByteArray("null"));
}

TEST(ReadingJson, StringsAreEscaped)
{
    QByteArray out;
    ReadingJson::appendString(out, QStringLiteral("a\"b\\c\nd\u00e6"));
    EXPECT_EQ(out, QByteArray("\"a\\\"b\\\\c\\u000ad\\u00e6\""));

    MeterReading r;
    r.meterId = QStringLiteral("57\"06");
    const QJsonDocument doc = QJsonDocument::fromJson(ReadingJson::object(r));
    ASSERT_TRUE(doc.isObject());
    EXPECT_EQ(doc.object().value(QStringLiteral("meter_id")).toString(), r.meterId);
    EXPECT_EQ(doc.object().size(), 1);
    EXPECT_EQ(ReadingJson::object(MeterReading{}), QByteArray("{}"));
}

} // namespace
} // namespace han
