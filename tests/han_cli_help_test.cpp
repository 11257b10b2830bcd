// SPDX-License-Identifier: GPL-3.0-or-later
// Every han-cli command's --help, run as a process: its own usage line first (not Qt's, which
// names the binary), each of its options, exit code 0, nothing on stderr.
#include <gtest/gtest.h>

#include <QProcess>
#include <QString>
#include <QStringList>

#include <ostream>
#include <string>
#include <vector>

namespace {

const QString kCli = QStringLiteral(HAN_CLI_PATH);

struct HelpCase
{
    const char* command;
    const char* usage; // how the first line starts
    std::vector<const char*> options;
};

std::ostream& operator<<(std::ostream& os, const HelpCase& c)
{
    return os << c.command;
}

class HanCliHelp : public testing::TestWithParam<HelpCase>
{
};

TEST_P(HanCliHelp, PrintsTheCommandsUsageAndOptionsAndExitsZero)
{
    const HelpCase& c = GetParam();
    for (const char* flag : {"--help", "-h"}) {
        QProcess p;
        p.start(kCli, {QString::fromLatin1(c.command), QString::fromLatin1(flag)});
        ASSERT_TRUE(p.waitForFinished(30000)) << kCli.toStdString();
        EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(p.exitCode(), 0) << flag;
        const QByteArray out = p.readAllStandardOutput();
        EXPECT_TRUE(p.readAllStandardError().isEmpty()) << flag;
        const QByteArray firstLine = out.left(out.indexOf('\n'));
        EXPECT_TRUE(firstLine.startsWith(QByteArray("Usage: ") + c.usage))
            << flag << ": " << firstLine.toStdString();
        EXPECT_FALSE(firstLine.contains(kCli.toLocal8Bit())) << firstLine.toStdString();
        EXPECT_TRUE(out.contains("-h, --help")) << out.toStdString();
        for (const char* option : c.options) {
            EXPECT_TRUE(out.contains(QByteArray("  --") + option))
                << "--" << option << " missing from\n"
                << out.toStdString();
            // The usage line names every option too.
            EXPECT_TRUE(firstLine.contains(QByteArray("--") + option))
                << "--" << option << " missing from " << firstLine.toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Commands, HanCliHelp,
    testing::Values(
        HelpCase{"import", "han-cli import CAPTURE [--db PATH]", {"db", "input", "clock"}},
        HelpCase{"backup", "han-cli backup [--db PATH] FILE", {"db"}},
        HelpCase{"capacity",
                 "han-cli capacity [--db PATH] [--meter ID] [--month YYYY-MM]",
                 {"db", "meter", "month", "format", "exclude-flagged", "zone", "set-steps"}},
        HelpCase{"export",
                 "han-cli export [--db PATH] [--meter ID] --from YYYY-MM-DD",
                 {"db", "meter", "from", "to", "resolution", "dialect", "zone", "out"}},
        HelpCase{"listen",
                 "han-cli listen --port DEV",
                 {"port", "parity", "record", "format", "no-data-timeout", "db"}},
        HelpCase{"decode", "han-cli decode [--input", {"input", "format", "errors"}},
        HelpCase{"simulate",
                 "han-cli simulate [--port DEV | --out FILE | -]",
                 {"port", "out", "speed", "start", "duration", "seed", "phases", "clock",
                  "firmware", "list2-offset", "faults", "truth"}},
        HelpCase{"ports", "han-cli ports", {}},
        HelpCase{"meter",
                 "han-cli meter [--db PATH] [ID]",
                 {"db", "clock", "power-shift", "current-shift", "voltage-shift", "energy-shift"}}),
    [](const testing::TestParamInfo<HelpCase>& param) { return std::string(param.param.command); });

} // namespace
