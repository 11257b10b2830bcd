// SPDX-License-Identifier: GPL-3.0-or-later
// han-cli decode run as a process on the test data, its output parsed back and compared.
#include "cli_run.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cmath>
#include <map>
#include <vector>

using han::test::CliRun;
using han::test::parseJsonLines;
using han::test::runCli;

namespace {

const QString kData = QStringLiteral(HAN_TEST_DATA_DIR);

QByteArray readFile(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

// Same keys, strings equal, numbers equal to 1e-9.
void expectSameReading(const QJsonObject& got, const QJsonObject& want, int index)
{
    EXPECT_EQ(got.keys(), want.keys()) << "list " << index;
    for (const QString& key : want.keys()) {
        const QJsonValue w = want.value(key);
        const QJsonValue g = got.value(key);
        if (w.isDouble()) {
            ASSERT_TRUE(g.isDouble()) << key.toStdString() << " of list " << index;
            EXPECT_NEAR(g.toDouble(), w.toDouble(), 1e-9) << key.toStdString() << " of list " << index;
        } else {
            EXPECT_EQ(g.toString(), w.toString()) << key.toStdString() << " of list " << index;
        }
    }
}

// The whole frames of frames.txt (K10-K12 are LLC fragments without HDLC framing).
struct HexFrames
{
    QByteArray hexText;   // one frame per line, with a comment line
    QByteArray rawBytes;  // the same frames back to back
    std::vector<std::pair<QString, qint64>> offsets; // id -> offset of its opening flag
};

HexFrames wholeFrames()
{
    HexFrames frames;
    frames.hexText = "# whole frames of tests/data/kamstrup/frames.txt\n";
    for (const QByteArray& line : readFile(kData + QStringLiteral("/kamstrup/frames.txt")).split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() < 2 || parts[1] != "7E")
            continue;
        const QByteArray hex = line.mid(line.indexOf(' ') + 1).trimmed();
        frames.offsets.emplace_back(QString::fromLatin1(parts[0]), frames.rawBytes.size());
        frames.hexText += hex + "  # " + parts[0] + "\n";
        frames.rawBytes += QByteArray::fromHex(hex);
    }
    return frames;
}

std::vector<QJsonObject> expectedForWholeFrames(const HexFrames& frames)
{
    std::vector<QJsonObject> want;
    std::map<QString, QJsonValue> byId;
    for (const QJsonObject& o : parseJsonLines(readFile(kData + QStringLiteral("/kamstrup/expected.jsonl"))))
        byId[o.value(QStringLiteral("id")).toString()] = o.value(QStringLiteral("expect"));
    for (const auto& [id, offset] : frames.offsets) {
        const QJsonValue v = byId.at(id);
        if (v.isObject())
            want.push_back(v.toObject());
    }
    return want;
}

TEST(HanCliDecode, StreamLogGivesTheExpectedLists)
{
    const CliRun r = runCli({QStringLiteral("decode"), kData + QStringLiteral("/kamstrup/stream-2017-10-20.log")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto got = parseJsonLines(r.out);
    const auto want =
        parseJsonLines(readFile(kData + QStringLiteral("/kamstrup/stream-2017-10-20.expected.jsonl")));
    ASSERT_EQ(want.size(), 689u);
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < want.size(); ++i)
        expectSameReading(got[i], want[i], static_cast<int>(i));
    EXPECT_TRUE(r.err.contains("689 lists decoded")) << r.err.toStdString();
}

TEST(HanCliDecode, KeysComeInTheDocumentedOrder)
{
    const CliRun r = runCli({QStringLiteral("decode"), kData + QStringLiteral("/kamstrup/stream-2017-10-20.log")});
    const QList<QByteArray> lines = r.out.split('\n');
    ASSERT_GT(lines.size(), 1);
    const QByteArray first = lines.first();
    const char* order[] = {"list_version", "meter_time", "meter_id", "meter_type",
                           "active_import_w", "active_export_w", "reactive_import_var",
                           "reactive_export_var", "current_l1_a", "current_l2_a", "current_l3_a",
                           "voltage_l1_v", "voltage_l2_v", "voltage_l3_v"};
    qsizetype last = -1;
    for (const char* key : order) {
        const qsizetype at = first.indexOf(QByteArray("\"") + key + "\"");
        ASSERT_GT(at, last) << key;
        last = at;
    }
    // Integer quantities print without a fraction; scaled ones as the shortest exact decimal.
    EXPECT_TRUE(first.contains("\"active_import_w\": 1468,")) << first.toStdString();
    EXPECT_TRUE(first.contains("\"current_l1_a\": 5.64,")) << first.toStdString();
}

TEST(HanCliDecode, HexInputWithErrorsReportsTheCorruptFrameAtItsOffset)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const HexFrames frames = wholeFrames();
    const QString path = dir.filePath(QStringLiteral("frames.hex"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(frames.hexText);
    f.close();

    for (const QString& input : {QStringLiteral("hex"), QStringLiteral("auto")}) {
        const CliRun r = runCli({QStringLiteral("decode"), QStringLiteral("--errors"),
                              QStringLiteral("--input"), input, path});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        std::vector<QJsonObject> readings;
        std::vector<QJsonObject> errors;
        for (const QJsonObject& o : parseJsonLines(r.out))
            (o.contains(QStringLiteral("error")) ? errors : readings).push_back(o);
        const auto want = expectedForWholeFrames(frames);
        ASSERT_EQ(readings.size(), want.size());
        for (std::size_t i = 0; i < want.size(); ++i)
            expectSameReading(readings[i], want[i], static_cast<int>(i));

        qint64 k08 = -1;
        for (const auto& [id, offset] : frames.offsets)
            if (id == QLatin1String("K08"))
                k08 = offset;
        ASSERT_EQ(errors.size(), 1u);
        EXPECT_EQ(errors[0].value(QStringLiteral("error")).toString(), QStringLiteral("fcs"));
        EXPECT_EQ(errors[0].value(QStringLiteral("offset")).toInteger(), k08);
        EXPECT_TRUE(r.err.contains("fcs 1")) << r.err.toStdString();
    }
}

TEST(HanCliDecode, RawBytesFromStandardInput)
{
    const HexFrames frames = wholeFrames();
    // Garbage before, between and after the frames must not cost a list.
    QByteArray stream = QByteArray("\x01\x02\x7E\x7E garbage ", 12) + frames.rawBytes + "\x7E\xA0\x10";
    const CliRun r = runCli({QStringLiteral("decode"), QStringLiteral("-")}, stream);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(parseJsonLines(r.out).size(), expectedForWholeFrames(frames).size());
}

TEST(HanCliDecode, CsvAndTextAreForPeople)
{
    const QString log = kData + QStringLiteral("/kamstrup/stream-2017-10-20.log");
    const CliRun csv = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("csv"), log});
    ASSERT_EQ(csv.exitCode, 0);
    const QList<QByteArray> rows = csv.out.trimmed().split('\n');
    ASSERT_EQ(rows.size(), 690); // header + 689
    EXPECT_TRUE(rows[0].startsWith("list_version,meter_time,meter_id,meter_type,active_import_w"));
    EXPECT_TRUE(rows[1].startsWith("Kamstrup_V0001,2017-10-20T03:43:30,5706567274389702,"));
    EXPECT_EQ(rows[0].count(','), rows[1].count(','));

    const CliRun text = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("text"), log});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("5.64 A")) << text.out.left(400).toStdString();
    EXPECT_TRUE(text.out.contains("2017-10-20T04:00:05"));
}

TEST(HanCliDecode, MachineOutputIgnoresTheUsersLocale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("nb_NO.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("nb_NO.UTF-8"));
    const CliRun r = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("csv"),
                          kData + QStringLiteral("/kamstrup/stream-2017-10-20.log")},
                         {}, env);
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(",5.64,2.02,5.11,")) << r.out.left(400).toStdString();
}

TEST(HanCliDecode, UnreadableInputExitsWithOneAndNamesTheFile)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-capture.log"));
    const CliRun r = runCli({QStringLiteral("decode"), missing});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("no-such-capture.log")) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());

    const CliRun folder = runCli({QStringLiteral("decode"), dir.path()});
    EXPECT_EQ(folder.exitCode, 1);
    EXPECT_TRUE(folder.err.contains(dir.path().toLocal8Bit())) << folder.err.toStdString();
}

TEST(HanCliDecode, BadUsageExitsWithTwo)
{
    const QString log = kData + QStringLiteral("/kamstrup/stream-2017-10-20.log");
    EXPECT_EQ(runCli({QStringLiteral("decode")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("decode"), QStringLiteral("--bogus"), log}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("xml"), log}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("decode"), QStringLiteral("--input"), QStringLiteral("bin"), log}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("decode"), log, log}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(runCli({}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("decode"), QStringLiteral("--help")}).exitCode, 0);
}

TEST(HanCliDecode, EmptyInputIsReadAndDecodesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.bin"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    const CliRun r = runCli({QStringLiteral("decode"), path});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains("0 lists decoded")) << r.err.toStdString();
}

// --- other makes: tests/data/other-meters ----------------------------------------------------

// CRC-16/X.25 (PROTOCOL.md §3), written here apart from hancore's, to frame a published APDU.
quint16 crc16x25(const QByteArray& bytes)
{
    quint16 crc = 0xFFFF;
    for (const char c : bytes) {
        crc ^= static_cast<quint8>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1U) ? static_cast<quint16>((crc >> 1) ^ 0x8408U) : static_cast<quint16>(crc >> 1);
    }
    return static_cast<quint16>(~crc);
}

// An HDLC frame around an information field, addressed as the Danish meters address theirs.
QByteArray frameAround(const QByteArray& info)
{
    const int length = 2 + 1 + 1 + 1 + 2 + static_cast<int>(info.size()) + 2;
    QByteArray header;
    header.append(static_cast<char>(0xA0 | (length >> 8)));
    header.append(static_cast<char>(length & 0xFF));
    header.append("\x41\x03\x13", 3);
    const quint16 hcs = crc16x25(header);
    QByteArray body = header;
    body.append(static_cast<char>(hcs & 0xFF)).append(static_cast<char>(hcs >> 8));
    body.append(info);
    const quint16 fcs = crc16x25(body);
    body.append(static_cast<char>(fcs & 0xFF)).append(static_cast<char>(fcs >> 8));
    return '\x7E' + body + '\x7E';
}

struct OtherMeters
{
    QString path;                   // a hex capture of the frames, one a line
    std::vector<QString> ids;       // in the order they are in it
    std::map<QString, QJsonObject> expect;
};

// Every whole Aidon and Kaifa frame of other-meters/frames.txt, and E01's decrypted list framed
// in clear (decryption is not what this tests), written as a hex capture into `dir`.
OtherMeters otherMetersCapture(const QTemporaryDir& dir)
{
    OtherMeters m;
    for (const QJsonObject& o : parseJsonLines(readFile(kData + QStringLiteral("/other-meters/expected.jsonl"))))
        m.expect[o.value(QStringLiteral("id")).toString()] = o.value(QStringLiteral("expect")).toObject();
    QByteArray hex = "# tests/data/other-meters\n";
    for (const QByteArray& line : readFile(kData + QStringLiteral("/other-meters/frames.txt")).split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() < 2 || parts[1] != "7E" || parts[0] == "E01")
            continue;
        hex += line.mid(line.indexOf(' ') + 1).trimmed() + "  # " + parts[0] + "\n";
        m.ids.push_back(QString::fromLatin1(parts[0]));
    }
    const QByteArray plain = readFile(kData + QStringLiteral("/other-meters/e01-plaintext.txt"));
    const QByteArray apdu = QByteArray::fromHex(plain.mid(plain.indexOf(' ') + 1).simplified());
    hex += frameAround(QByteArray("\xE6\xE7\x00", 3) + apdu).toHex(' ') + "  # E01 in clear\n";
    m.ids.push_back(QStringLiteral("E01"));
    m.path = dir.filePath(QStringLiteral("other-meters.hex"));
    QFile f(m.path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(hex);
    return m;
}

TEST(HanCliDecode, OtherMakesGiveTheirHandWrittenValues)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const OtherMeters m = otherMetersCapture(dir);
    ASSERT_EQ(m.ids.size(), 13U);
    const CliRun r = runCli({QStringLiteral("decode"), QStringLiteral("--errors"), m.path});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto got = parseJsonLines(r.out);
    ASSERT_EQ(got.size(), m.ids.size()) << r.out.toStdString();
    for (std::size_t i = 0; i < got.size(); ++i) {
        SCOPED_TRACE(m.ids[i].toStdString());
        expectSameReading(got[i], m.expect.at(m.ids[i]), static_cast<int>(i));
    }
    EXPECT_TRUE(r.err.contains("13 lists decoded")) << r.err.toStdString();
    // The per-phase keys follow the keys every list has had, in kPhaseReadingFields' order.
    const QByteArray e01 = r.out.trimmed().split('\n').last();
    const qsizetype registers = e01.indexOf("\"reactive_export_varh\"");
    const qsizetype phase = e01.indexOf("\"active_import_l1_w\"");
    ASSERT_GT(registers, 0) << e01.toStdString();
    EXPECT_GT(phase, registers);
    EXPECT_GT(e01.indexOf("\"power_factor\": 1,"), phase) << e01.toStdString();
    EXPECT_TRUE(e01.endsWith("\"active_export_l3_wh\": 0}")) << e01.toStdString();
}

TEST(HanCliDecode, OtherMakesInCsvAndText)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const OtherMeters m = otherMetersCapture(dir);
    const CliRun csv = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("csv"), m.path});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QList<QByteArray> rows = csv.out.trimmed().split('\n');
    ASSERT_EQ(rows.size(), 14); // header + 13
    const QList<QByteArray> header = rows[0].trimmed().split(',');
    EXPECT_EQ(header.size(), 35) << "4 texts, 10 instant values, the clock, 4 registers, 16 per phase";
    EXPECT_EQ(header.last(), QByteArray("active_export_l3_wh"));
    for (const QByteArray& row : rows)
        EXPECT_EQ(row.trimmed().count(','), header.size() - 1) << row.toStdString();
    // E01's row ends with its per-phase values: import powers 0, power factors 1, energies.
    const QByteArray e01 = rows.last().trimmed();
    EXPECT_TRUE(e01.endsWith(",0,0,0,0,0,0,1,1,1,1,288932,288652,289051,0,0,0")) << e01.toStdString();
    // Kaifa's F11, positional, in the columns the Kamstrup lists use.
    EXPECT_TRUE(csv.out.contains("KFM_001,2020-02-03T16:00:10,6970631405808469,MA304H3E,119,0,0,289,"
                                 "0.678,0.808,1.019,228.7,0,229.8,2020-02-03T16:00:10,10494991,0,"
                                 "79233,2059951,"))
        << csv.out.toStdString();

    const CliRun text = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("text"), m.path});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("AIDON_V0001")) << text.out.left(600).toStdString();
    EXPECT_TRUE(text.out.contains("244.5 V")) << "Aidon's 0.1 V";
    EXPECT_TRUE(text.out.contains("1.019 A")) << "Kaifa's mA";
    // A11's per-phase powers and E01's per-phase energies and power factors have rows.
    EXPECT_TRUE(text.out.contains("active import")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("379 W"));
    EXPECT_TRUE(text.out.contains("288932 Wh"));
    EXPECT_TRUE(text.out.contains("power factor"));
}

} // namespace

namespace {

TEST(HanCliDecode, HelpShowsTheCommandsOwnUsage)
{
    const CliRun r = runCli({QStringLiteral("decode"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith("Usage: han-cli decode [--input")) << r.out.left(200).toStdString();
    EXPECT_TRUE(r.out.contains("--errors"));
}

} // namespace
