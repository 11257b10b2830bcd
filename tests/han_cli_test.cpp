// SPDX-License-Identifier: GPL-3.0-or-later
// han-cli decode run as a process on the test data, its output parsed back and compared.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cmath>
#include <vector>

namespace {

const QString kCli = QStringLiteral(HAN_CLI_PATH);
const QString kData = QStringLiteral(HAN_TEST_DATA_DIR);

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& args, const QByteArray& stdinBytes = {},
           const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(kCli, args);
    EXPECT_TRUE(p.waitForStarted(10000)) << kCli.toStdString();
    if (!stdinBytes.isEmpty())
        p.write(stdinBytes);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(60000));
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

std::vector<QJsonObject> parseJsonLines(const QByteArray& text)
{
    std::vector<QJsonObject> objects;
    for (const QByteArray& line : text.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
        objects.push_back(doc.object());
    }
    return objects;
}

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
