// SPDX-License-Identifier: GPL-3.0-or-later
// han-cli decode/listen with --key and --auth-key, run as processes on E01 (a Danish encrypted
// Kamstrup frame with published keys, tests/data/other-meters): the readings parsed back, wrong
// and malformed keys, and no key in any output.
#include "cli_run.h"
#include "pty_pair.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

#include <functional>
#include <vector>

using han::test::CliRun;
using han::test::parseJsonLines;

namespace {

const QString kCli = QStringLiteral(HAN_CLI_PATH);
const QString kData = QStringLiteral(HAN_TEST_DATA_DIR);
const QString kEk = QStringLiteral("5AD84121D9D20B364B7A11F3C1B5827F");
const QString kAk = QStringLiteral("AFB3F93E3E7204EDB3C27F96DBD51AE0");

// han-cli in English, whatever the machine's language: the tests read its messages.
CliRun runCli(const QStringList& args, const QByteArray& stdinBytes = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return han::test::runCli(args, stdinBytes, env);
}

// E01 as hex text ("7E A1 E9 ..."), from frames.txt.
QByteArray e01Hex()
{
    QFile file(kData + QStringLiteral("/other-meters/frames.txt"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("E01 "))
            return line.mid(4) + '\n';
    }
    ADD_FAILURE() << "E01 missing";
    return {};
}

QJsonObject e01Expected()
{
    QFile file(kData + QStringLiteral("/other-meters/expected.jsonl"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QStringLiteral("id")).toString() == QLatin1String("E01"))
            return o.value(QStringLiteral("expect")).toObject();
    }
    ADD_FAILURE() << "E01 missing from expected.jsonl";
    return {};
}

QStringList decodeArgs(const QStringList& extra)
{
    return QStringList{QStringLiteral("decode"), QStringLiteral("--input"), QStringLiteral("hex")} +
           extra + QStringList{QStringLiteral("-")};
}

// Neither key, in any case or grouping, in `bytes`.
void expectNoKeyIn(const QByteArray& bytes)
{
    for (const QString& key : {kEk, kAk}) {
        const QByteArray upper = key.toLatin1();
        EXPECT_FALSE(bytes.toUpper().contains(upper.left(8))) << bytes.toStdString();
        EXPECT_FALSE(bytes.toUpper().contains(upper.right(8))) << bytes.toStdString();
    }
}

TEST(HanCliKeys, DecodeE01WithItsKeys)
{
    const CliRun r = runCli(decodeArgs({QStringLiteral("--key"), kEk, QStringLiteral("--auth-key"),
                                        kAk, QStringLiteral("--format"), QStringLiteral("jsonl")}),
                            e01Hex());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const std::vector<QJsonObject> lines = parseJsonLines(r.out);
    ASSERT_EQ(lines.size(), 1U) << r.out.toStdString();
    const QJsonObject expected = e01Expected();
    for (const char* field :
         {"list_version", "meter_time", "meter_id", "active_import_w", "active_export_w",
          "reactive_import_var", "reactive_export_var", "current_l1_a", "current_l2_a",
          "current_l3_a", "voltage_l1_v", "voltage_l2_v", "voltage_l3_v", "meter_clock",
          "active_import_wh", "active_export_wh", "reactive_import_varh", "reactive_export_varh"}) {
        const QString name = QLatin1String(field);
        ASSERT_TRUE(lines[0].contains(name)) << field;
        EXPECT_EQ(lines[0].value(name), expected.value(name)) << field;
    }
    EXPECT_TRUE(r.err.contains("1 list decoded, 0 frames rejected")) << r.err.toStdString();
    expectNoKeyIn(r.out + r.err);
}

TEST(HanCliKeys, KeysInGroupsAndLowerCaseAreAccepted)
{
    QString grouped = kEk.toLower();
    for (int i = 28; i > 0; i -= 4)
        grouped.insert(i, QLatin1Char(' '));
    const CliRun r = runCli(decodeArgs({QStringLiteral("--key"), grouped,
                                        QStringLiteral("--auth-key"), kAk}),
                            e01Hex());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(parseJsonLines(r.out).size(), 1U);
}

TEST(HanCliKeys, WrongKeyIsAnAuthenticationError)
{
    QString wrong = kAk;
    wrong[0] = QLatin1Char('B');
    const CliRun r = runCli(
        decodeArgs({QStringLiteral("--key"), kEk, QStringLiteral("--auth-key"), wrong,
                    QStringLiteral("--errors")}),
        e01Hex());
    EXPECT_EQ(r.exitCode, 0) << "the input was read to the end (the CLI's convention)";
    const std::vector<QJsonObject> lines = parseJsonLines(r.out);
    ASSERT_EQ(lines.size(), 1U) << r.out.toStdString();
    EXPECT_EQ(lines[0].value(QStringLiteral("error")).toString(), QStringLiteral("authentication"));
    EXPECT_EQ(lines[0].value(QStringLiteral("offset")).toInt(-1), 0);
    EXPECT_TRUE(r.err.contains("0 lists decoded, 1 frame rejected (authentication 1)"))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("authentication failed for 1 frame — check the keys from your "
                               "grid company"))
        << r.err.toStdString();
    expectNoKeyIn(r.out + r.err);
    EXPECT_FALSE((r.out + r.err).toUpper().contains(wrong.toLatin1().left(8)));
}

TEST(HanCliKeys, WithoutKeysTheFrameIsEncryptedAndTheHintNamesTheOptions)
{
    const CliRun r = runCli(decodeArgs({QStringLiteral("--errors")}), e01Hex());
    EXPECT_EQ(r.exitCode, 0);
    const std::vector<QJsonObject> lines = parseJsonLines(r.out);
    ASSERT_EQ(lines.size(), 1U);
    EXPECT_EQ(lines[0].value(QStringLiteral("error")).toString(), QStringLiteral("encrypted"));
    EXPECT_TRUE(r.err.contains("--key and --auth-key")) << r.err.toStdString();
}

TEST(HanCliKeys, TheSameFrameTwiceIsAReplay)
{
    const QByteArray twice = e01Hex() + e01Hex();
    const CliRun r = runCli(decodeArgs({QStringLiteral("--key"), kEk, QStringLiteral("--auth-key"),
                                        kAk, QStringLiteral("--errors")}),
                            twice);
    EXPECT_EQ(r.exitCode, 0);
    const std::vector<QJsonObject> lines = parseJsonLines(r.out);
    ASSERT_EQ(lines.size(), 2U) << r.out.toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral("meter_id")));
    EXPECT_EQ(lines[1].value(QStringLiteral("error")).toString(), QStringLiteral("replay"));
    EXPECT_EQ(lines[1].value(QStringLiteral("offset")).toInt(), 491);
    EXPECT_TRUE(r.err.contains("(replay)")) << r.err.toStdString();
}

TEST(HanCliKeys, MalformedKeysAreUsageErrorsThatDoNotRepeatTheKey)
{
    const QString shortKey = kEk.left(31);
    const QString badChar = kEk.left(31) + QLatin1Char('G');
    struct Case
    {
        QStringList args;
        QByteArray says;
    };
    const std::vector<Case> cases = {
        {{QStringLiteral("--key"), shortKey, QStringLiteral("--auth-key"), kAk},
         "--key takes 32 hex digits, and the value has 31"},
        {{QStringLiteral("--key"), kEk, QStringLiteral("--auth-key"), badChar},
         "--auth-key takes 32 hex digits"},
        {{QStringLiteral("--auth-key"), kAk}, "--auth-key needs --key"},
        {{QStringLiteral("--key"), QString()}, "--key takes 32 hex digits, and the value has 0"},
    };
    for (const Case& c : cases) {
        const CliRun r = runCli(decodeArgs(c.args), e01Hex());
        EXPECT_EQ(r.exitCode, 2) << c.says.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(r.err.contains(c.says)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains("usage: han-cli decode")) << r.err.toStdString();
        expectNoKeyIn(r.err);
        EXPECT_FALSE(r.err.toUpper().contains(shortKey.left(8).toLatin1()));
    }
    // listen checks the keys before it opens anything.
    const CliRun listen =
        runCli({QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("/dev/null"),
                QStringLiteral("--key"), shortKey});
    EXPECT_EQ(listen.exitCode, 2);
    EXPECT_TRUE(listen.err.contains("--key takes 32 hex digits")) << listen.err.toStdString();
    expectNoKeyIn(listen.err);
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 15000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    return true;
}

// listen on a live port: E01 without keys makes the link state ask for them at once; with
// the keys the same frame is a reading.
TEST(HanCliKeys, ListenDecryptsWithTheKeysAndAsksForThemWithout)
{
    if (!han::test::PtyPair::socatAvailable())
        GTEST_SKIP() << "socat is not installed (scripts/test installs it)";
    const QByteArray e01 = QByteArray::fromHex(e01Hex().replace(" ", "").trimmed());
    ASSERT_EQ(e01.size(), 491);
    for (const bool withKeys : {false, true}) {
        han::test::PtyPair pty;
        ASSERT_TRUE(pty.start());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        QProcess cli;
        cli.setProcessEnvironment(env);
        QByteArray out;
        QByteArray err;
        QObject::connect(&cli, &QProcess::readyReadStandardOutput,
                         [&] { out += cli.readAllStandardOutput(); });
        QObject::connect(&cli, &QProcess::readyReadStandardError,
                         [&] { err += cli.readAllStandardError(); });
        QStringList args{QStringLiteral("listen"), QStringLiteral("--port"), pty.adapterEnd(),
                         QStringLiteral("--format"), QStringLiteral("jsonl")};
        if (withKeys)
            args << QStringLiteral("--key") << kEk << QStringLiteral("--auth-key") << kAk;
        cli.start(kCli, args);
        ASSERT_TRUE(cli.waitForStarted(5000));
        ASSERT_TRUE(waitFor([&] { return err.contains("waiting for the meter"); }))
            << err.toStdString();
        ASSERT_TRUE(pty.write(e01));
        if (withKeys) {
            ASSERT_TRUE(waitFor([&] { return out.contains('\n'); })) << err.toStdString();
            const std::vector<QJsonObject> lines = parseJsonLines(out);
            ASSERT_EQ(lines.size(), 1U);
            EXPECT_EQ(lines[0].value(QStringLiteral("meter_id")).toString(),
                      QStringLiteral("27581522"));
        } else {
            ASSERT_TRUE(waitFor([&] {
                return err.contains("enter the two keys from your grid company");
            })) << err.toStdString();
            EXPECT_TRUE(out.isEmpty());
        }
        cli.terminate();
        ASSERT_TRUE(cli.waitForFinished(10000));
        err += cli.readAllStandardError();
        expectNoKeyIn(out + err);
    }
}

TEST(HanCliKeys, HelpOfDecodeAndListenNamesTheKeyOptions)
{
    for (const char* command : {"decode", "listen"}) {
        const CliRun r = runCli({QLatin1String(command), QStringLiteral("--help")});
        EXPECT_EQ(r.exitCode, 0);
        EXPECT_TRUE(r.out.contains("--key <HEX>")) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains("--auth-key <HEX>")) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains("[--key HEX [--auth-key HEX]]")) << r.out.left(300).toStdString();
    }
}

} // namespace
