// SPDX-License-Identifier: GPL-3.0-or-later
// `han-cli capacity` run as a process on history files written through HistoryWriter: an hourly
// List 2 at every hour boundary whose registers grow by a chosen amount, so every hour's import
// is known exactly. The expected figures are worked out by hand in the comments. Months: October
// 2026 (25 October has 02:00 twice), March 2026 (29 March has 23 hours), two days of January.
#include "cosem_date_time.h"
#include "history_reader.h"
#include "history_writer.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace han {
namespace {

const QString kCli = QStringLiteral(HAN_CLI_PATH);
const QString kMeter = QStringLiteral("5706567000000042");
constexpr std::int64_t kHourMs = 3'600'000;

const QTimeZone& oslo()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Oslo"));
    return zone;
}

std::int64_t utc(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Oslo"));
    // Norwegian number formats must not reach the output (it stays C); the messages the tests
    // read are the English ones.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("nb_NO.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(kCli, QStringList{QStringLiteral("capacity")} + args);
    EXPECT_TRUE(p.waitForFinished(60000));
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Hours [firstHourUtcMs, lastHourUtcMs], each importing kwhOf(hour start) (whole Wh): a List 2
// at every boundary, stamped with Oslo's wall clock (the meter follows DST) and received 5 s
// later, its import register grown by the hour before it.
void writeHours(const QString& db, std::int64_t firstHourUtcMs, std::int64_t lastHourUtcMs,
                const std::function<double(std::int64_t)>& kwhOf)
{
    HistoryWriter writer;
    ASSERT_TRUE(writer.open(db)) << writer.errorString().toStdString();
    double registerWh = 1'000'000;
    for (std::int64_t t = firstHourUtcMs; t <= lastHourUtcMs + kHourMs; t += kHourMs) {
        MeterReading r;
        r.listVersion = QStringLiteral("Kamstrup_V0001");
        r.meterId = kMeter;
        r.meterType = QStringLiteral("6841131BN243101040");
        r.meterTime = CosemDateTime::fromLocal(QDateTime::fromMSecsSinceEpoch(t, oslo()));
        r.meterClock = r.meterTime;
        r.receivedAt = QDateTime::fromMSecsSinceEpoch(t + 5000, Qt::UTC);
        r.activeImportWh = registerWh;
        r.activeExportWh = 0;
        r.reactiveImportVarh = 0;
        r.reactiveExportVarh = 0;
        ASSERT_TRUE(writer.addReading(r));
        if (t <= lastHourUtcMs)
            registerWh += std::round(kwhOf(t) * 1000);
    }
    ASSERT_TRUE(writer.close()) << writer.errorString().toStdString();
}

// The fixture itself: the store gives back these hours, measured, as written.
void expectStoredHour(const QString& db, std::int64_t hourUtcMs, double kwh, const char* quality)
{
    HistoryReader reader;
    ASSERT_TRUE(reader.open(db));
    const auto hours = reader.hourlyEnergy(kMeter, hourUtcMs, hourUtcMs + kHourMs);
    ASSERT_EQ(hours.size(), 1u);
    EXPECT_DOUBLE_EQ(hours[0].importKwh, kwh);
    EXPECT_STREQ(energyQualityName(hours[0].quality), quality);
}

QJsonObject parseJson(const CliRun& run)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    EXPECT_TRUE(doc.isObject()) << run.out.toStdString();
    return doc.object();
}

void expectPeak(const QJsonValue& value, const char* date, const char* hourStart, double kwh)
{
    const QJsonObject peak = value.toObject();
    EXPECT_EQ(peak.keys(), (QStringList{QStringLiteral("date"), QStringLiteral("hour_start_local"),
                                        QStringLiteral("kwh")}));
    EXPECT_EQ(peak.value(QStringLiteral("date")).toString().toStdString(), date);
    EXPECT_EQ(peak.value(QStringLiteral("hour_start_local")).toString().toStdString(), hourStart);
    EXPECT_DOUBLE_EQ(peak.value(QStringLiteral("kwh")).toDouble(), kwh);
}

void expectStep(const QJsonObject& json, double from, std::optional<double> to, double price)
{
    const QJsonObject step = json.value(QStringLiteral("step")).toObject();
    EXPECT_EQ(step.keys(), (QStringList{QStringLiteral("from_kw"), QStringLiteral("monthly_price"),
                                        QStringLiteral("to_kw")}));
    EXPECT_DOUBLE_EQ(step.value(QStringLiteral("from_kw")).toDouble(), from);
    if (to)
        EXPECT_DOUBLE_EQ(step.value(QStringLiteral("to_kw")).toDouble(), *to);
    else
        EXPECT_TRUE(step.value(QStringLiteral("to_kw")).isNull());
    EXPECT_DOUBLE_EQ(step.value(QStringLiteral("monthly_price")).toDouble(), price);
}

// October 2026, every hour 0.25 kWh but: 14th 18:00 local (16:00 UTC) 5.125; 25th the second
// 02:00 (01:00 UTC, +01:00) 4.25, the first (00:00 UTC, +02:00) 1.0; 20th 07:00 (05:00 UTC) 3.5;
// 21st 09:00 (07:00 UTC) 3.5, a tie the 20th wins. From 1 October 00:00 local (30 September
// 22:00 UTC) to 31 October 23:00 local (22:00 UTC).
QString octoberHistory(const QTemporaryDir& dir)
{
    const QString db = dir.filePath(QStringLiteral("october.sqlite"));
    const std::map<std::int64_t, double> special = {
        {utc(2026, 10, 14, 16), 5.125}, {utc(2026, 10, 25, 1), 4.25}, {utc(2026, 10, 25, 0), 1.0},
        {utc(2026, 10, 20, 5), 3.5},    {utc(2026, 10, 21, 7), 3.5},
    };
    writeHours(db, utc(2026, 9, 30, 22), utc(2026, 10, 31, 22), [&](std::int64_t t) {
        const auto it = special.find(t);
        return it == special.end() ? 0.25 : it->second;
    });
    return db;
}

TEST(HanCliCapacity, OctoberAsJsonWithTheRepeatedHourAndATie)
{
    QTemporaryDir dir;
    const QString db = octoberHistory(dir);
    expectStoredHour(db, utc(2026, 10, 25, 1), 4.25, "measured");
    expectStoredHour(db, utc(2026, 10, 25, 0), 1.0, "measured");

    const CliRun run =
        runCli({QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
                QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QJsonObject json = parseJson(run);
    EXPECT_EQ(json.keys(), (QStringList{QStringLiteral("average_kw"), QStringLiteral("month"),
                                        QStringLiteral("peaks"), QStringLiteral("step")}));
    EXPECT_EQ(json.value(QStringLiteral("month")).toString().toStdString(), "2026-10");
    const QJsonArray peaks = json.value(QStringLiteral("peaks")).toArray();
    ASSERT_EQ(peaks.size(), 3);
    expectPeak(peaks[0], "2026-10-14", "2026-10-14T18:00:00+02:00", 5.125);
    expectPeak(peaks[1], "2026-10-25", "2026-10-25T02:00:00+01:00", 4.25);
    expectPeak(peaks[2], "2026-10-20", "2026-10-20T07:00:00+02:00", 3.5);
    // (5.125 + 4.25 + 3.5) / 3 = 12.875 / 3 = 4.29166… → 4.292; the default 2–5 kW step.
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("average_kw")).toDouble(), 4.292);
    EXPECT_TRUE(run.out.contains("\"average_kw\": 4.292")) << run.out.toStdString();
    expectStep(json, 2, 5, 655);
    // --zone gives the same when it names the system's zone.
    const CliRun zoned =
        runCli({QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-10"),
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--zone"),
                QStringLiteral("Europe/Oslo")});
    EXPECT_EQ(zoned.out, run.out);
}

TEST(HanCliCapacity, OctoberAsTextForPeople)
{
    QTemporaryDir dir;
    const QString db = octoberHistory(dir);
    const CliRun run = runCli({QStringLiteral("--db"), db, QStringLiteral("--month"),
                               QStringLiteral("2026-10"), QStringLiteral("--meter"), kMeter});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const std::string out = run.out.toStdString();
    EXPECT_NE(out.find("2026-10"), std::string::npos) << out;
    EXPECT_NE(out.find(kMeter.toStdString()), std::string::npos) << out;
    EXPECT_NE(out.find("2026-10-14 18:00 (+02:00)  5.125 kWh"), std::string::npos) << out;
    EXPECT_NE(out.find("2026-10-25 02:00 (+01:00)  4.250 kWh"), std::string::npos) << out;
    EXPECT_NE(out.find("2026-10-20 07:00 (+02:00)  3.500 kWh"), std::string::npos) << out;
    EXPECT_EQ(out.find("2026-10-21"), std::string::npos) << out;
    EXPECT_NE(out.find("4.292 kW"), std::string::npos) << out;
    EXPECT_NE(out.find("2 to 5 kW, 655 kr per month"), std::string::npos) << out;
    EXPECT_NE(out.find("estimates from the meter's HAN port"), std::string::npos) << out;
    EXPECT_NE(out.find("grid company bills from its own"), std::string::npos) << out;
}

// March 2026, every hour 0.5 kWh but: 10th 08:00 local (07:00 UTC) 150 kWh, more than any fuse
// carries (suspect); 11th 17:00 (16:00 UTC) 4.5; 29th 23:00 local, the last of its 23 hours
// (21:00 UTC, +02:00) 6.0; 30th 00:00 local (29th 22:00 UTC) 2.75.
QString marchHistory(const QTemporaryDir& dir)
{
    const QString db = dir.filePath(QStringLiteral("march.sqlite"));
    const std::map<std::int64_t, double> special = {
        {utc(2026, 3, 10, 7), 150.0},
        {utc(2026, 3, 11, 16), 4.5},
        {utc(2026, 3, 29, 21), 6.0},
        {utc(2026, 3, 29, 22), 2.75},
    };
    // 1 March 00:00 local is 28 February 23:00 UTC; 31 March 23:00 local is 21:00 UTC.
    writeHours(db, utc(2026, 2, 28, 23), utc(2026, 3, 31, 21), [&](std::int64_t t) {
        const auto it = special.find(t);
        return it == special.end() ? 0.5 : it->second;
    });
    return db;
}

TEST(HanCliCapacity, MarchWithASuspectHourIncludedOrLeftOut)
{
    QTemporaryDir dir;
    const QString db = marchHistory(dir);
    expectStoredHour(db, utc(2026, 3, 10, 7), 150.0, "suspect");
    expectStoredHour(db, utc(2026, 3, 29, 21), 6.0, "measured");
    const QStringList args = {QStringLiteral("--db"),     db,
                              QStringLiteral("--month"),  QStringLiteral("2026-03"),
                              QStringLiteral("--format"), QStringLiteral("json")};

    // Counted: 150 (10th), 6 (29th), 4.5 (11th) → 160.5 / 3 = 53.5 → the 50–75 step, 3780.
    const CliRun in = runCli(args);
    ASSERT_EQ(in.exitCode, 0) << in.err.toStdString();
    const QJsonObject withSuspect = parseJson(in);
    const QJsonArray peaks = withSuspect.value(QStringLiteral("peaks")).toArray();
    ASSERT_EQ(peaks.size(), 3);
    expectPeak(peaks[0], "2026-03-10", "2026-03-10T08:00:00+01:00", 150.0);
    expectPeak(peaks[1], "2026-03-29", "2026-03-29T23:00:00+02:00", 6.0);
    expectPeak(peaks[2], "2026-03-11", "2026-03-11T17:00:00+01:00", 4.5);
    EXPECT_DOUBLE_EQ(withSuspect.value(QStringLiteral("average_kw")).toDouble(), 53.5);
    expectStep(withSuspect, 50, 75, 3780);

    // Left out: the 10th's highest is 0.5; 6 (29th), 4.5 (11th), 2.75 (30th, 00:00 local on
    // the 29th's 22:00 UTC) → 13.25 / 3 = 4.41666… → 4.417, the 2–5 step.
    const CliRun out = runCli(args + QStringList{QStringLiteral("--exclude-flagged")});
    ASSERT_EQ(out.exitCode, 0) << out.err.toStdString();
    const QJsonObject without = parseJson(out);
    const QJsonArray kept = without.value(QStringLiteral("peaks")).toArray();
    ASSERT_EQ(kept.size(), 3);
    expectPeak(kept[0], "2026-03-29", "2026-03-29T23:00:00+02:00", 6.0);
    expectPeak(kept[1], "2026-03-11", "2026-03-11T17:00:00+01:00", 4.5);
    expectPeak(kept[2], "2026-03-30", "2026-03-30T00:00:00+02:00", 2.75);
    EXPECT_DOUBLE_EQ(without.value(QStringLiteral("average_kw")).toDouble(), 4.417);
    expectStep(without, 2, 5, 655);

    // The text marks the suspect peak, and says how many hours were left out.
    const CliRun text =
        runCli({QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-03")});
    EXPECT_NE(text.out.indexOf("150.000 kWh  (suspect)"), -1) << text.out.toStdString();
    const CliRun textOut = runCli({QStringLiteral("--db"), db, QStringLiteral("--month"),
                                   QStringLiteral("2026-03"), QStringLiteral("--exclude-flagged")});
    EXPECT_NE(textOut.out.indexOf("left out: 1"), -1) << textOut.out.toStdString();
}

// 5 and 6 January 2026 only: every hour 0.25 kWh but 12:00 local (11:00 UTC) 2.5 on the 5th and
// 1.5 on the 6th.
QString twoDayHistory(const QTemporaryDir& dir)
{
    const QString db = dir.filePath(QStringLiteral("january.sqlite"));
    writeHours(db, utc(2026, 1, 4, 23), utc(2026, 1, 6, 22), [](std::int64_t t) {
        if (t == utc(2026, 1, 5, 11))
            return 2.5;
        if (t == utc(2026, 1, 6, 11))
            return 1.5;
        return 0.25;
    });
    return db;
}

TEST(HanCliCapacity, TwoDaysAverageOnAStepBoundary)
{
    QTemporaryDir dir;
    const QString db = twoDayHistory(dir);
    // (2.5 + 1.5) / 2 = 2.0, exactly where the 2–5 step starts: that step.
    const CliRun run =
        runCli({QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-01"),
                QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = parseJson(run);
    const QJsonArray peaks = json.value(QStringLiteral("peaks")).toArray();
    ASSERT_EQ(peaks.size(), 2);
    expectPeak(peaks[0], "2026-01-05", "2026-01-05T12:00:00+01:00", 2.5);
    expectPeak(peaks[1], "2026-01-06", "2026-01-06T12:00:00+01:00", 1.5);
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("average_kw")).toDouble(), 2.0);
    expectStep(json, 2, 5, 655);

    // A month without data: no peaks, average 0, the first step.
    const CliRun empty =
        runCli({QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2026-02"),
                QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(empty.exitCode, 0) << empty.err.toStdString();
    const QJsonObject none = parseJson(empty);
    EXPECT_TRUE(none.value(QStringLiteral("peaks")).toArray().isEmpty());
    EXPECT_EQ(none.value(QStringLiteral("average_kw")).toDouble(-1), 0.0);
    expectStep(none, 0, 2, 415);
}

TEST(HanCliCapacity, TheDefaultMonthIsTheCurrentLocalMonth)
{
    QTemporaryDir dir;
    const QString db = twoDayHistory(dir);
    const CliRun run =
        runCli({QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")});
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(oslo()).date();
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(parseJson(run).value(QStringLiteral("month")).toString(),
              today.toString(QStringLiteral("yyyy-MM")));
}

// Parses "…: 1.234 kWh so far, 2.400 kWh by its end…" and "…: 0.766 kWh this hour, 0.919 kW…".
std::vector<double> numbersAfter(const QByteArray& out, const char* prefix)
{
    std::vector<double> numbers;
    for (const QByteArray& line : out.split('\n')) {
        if (!line.startsWith(prefix))
            continue;
        static const QRegularExpression number(QStringLiteral("\\b\\d+\\.\\d{3}\\b"));
        auto it = number.globalMatch(QString::fromUtf8(line.mid(qstrlen(prefix))));
        while (it.hasNext())
            numbers.push_back(it.next().captured().toDouble());
    }
    return numbers;
}

TEST(HanCliCapacity, TheHourUnderWayWhileRecording)
{
    // List 1 every 10 s at 2.4 kW from 30 s before this hour until now, and nothing else: the
    // month has no finished hour, so the hour alone is the month. So far: 2.4 kW × the time
    // since the hour began; by its end 2.4 kWh; the first step ends at 2 kW, so the headroom is
    // 2 − so far, spread over the rest of the hour, and the projection crosses into 2–5 kW as
    // long as so far is below 2 (the first 50 minutes).
    for (int attempt = 0; attempt < 2; ++attempt) {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("live.sqlite"));
        const std::int64_t before = QDateTime::currentMSecsSinceEpoch();
        const std::int64_t hour = before - before % kHourMs;
        {
            HistoryWriter writer;
            ASSERT_TRUE(writer.open(db));
            for (std::int64_t t = hour - 30'000; t <= before; t += 10'000) {
                MeterReading r;
                r.listVersion = QStringLiteral("Kamstrup_V0001");
                r.meterId = kMeter;
                r.meterTime = CosemDateTime::fromLocal(QDateTime::fromMSecsSinceEpoch(t, oslo()));
                r.receivedAt = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
                r.activeImportW = 2400;
                r.activeExportW = 0;
                ASSERT_TRUE(writer.addReading(r));
            }
            ASSERT_TRUE(writer.close());
        }
        const CliRun run = runCli({QStringLiteral("--db"), db});
        const std::int64_t after = QDateTime::currentMSecsSinceEpoch();
        if (after - after % kHourMs != hour)
            continue; // the hour turned meanwhile: once more
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const std::vector<double> thisHour = numbersAfter(run.out, "This hour");
        const std::vector<double> left =
            numbersAfter(run.out, "Left before the month reaches 2 kW");
        ASSERT_EQ(thisHour.size(), 2u) << run.out.toStdString();
        const double soFarLow = 2.4 * static_cast<double>(before - hour) / kHourMs;
        const double soFarHigh = 2.4 * static_cast<double>(after - hour) / kHourMs;
        EXPECT_GE(thisHour[0], soFarLow - 0.0005) << run.out.toStdString();
        EXPECT_LE(thisHour[0], soFarHigh + 0.0005) << run.out.toStdString();
        EXPECT_NEAR(thisHour[1], 2.4, 0.0005) << run.out.toStdString();
        if (thisHour[0] >= 1.9)
            return; // the last minutes of the hour: the step boundary is too near to judge
        ASSERT_EQ(left.size(), 2u) << run.out.toStdString();
        EXPECT_NEAR(left[0], 2.0 - thisHour[0], 0.0011);
        const double restLow = static_cast<double>(hour + kHourMs - after) / kHourMs;
        const double restHigh = static_cast<double>(hour + kHourMs - before) / kHourMs;
        EXPECT_GE(left[1], (2.0 - soFarHigh) / restHigh - 0.002) << run.out.toStdString();
        EXPECT_LE(left[1], (2.0 - soFarLow) / std::max(restLow, 1.0 / 60) + 0.002)
            << run.out.toStdString();
        EXPECT_TRUE(run.out.contains("moves the month up to 2 to 5 kW")) << run.out.toStdString();
        // Not in the JSON, which is the month's finished hours only.
        const CliRun json = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_TRUE(parseJson(json).value(QStringLiteral("peaks")).toArray().isEmpty());
        return;
    }
    FAIL() << "the hour turned twice";
}

TEST(HanCliCapacity, SetStepsStoresTheLadderForLaterRuns)
{
    QTemporaryDir dir;
    const QString db = twoDayHistory(dir);
    const QStringList january = {QStringLiteral("--db"),     db,
                                 QStringLiteral("--month"),  QStringLiteral("2026-01"),
                                 QStringLiteral("--format"), QStringLiteral("json")};
    // Average 2.0 falls in 0–3 of this ladder.
    const CliRun set = runCli(january + QStringList{QStringLiteral("--set-steps"),
                                                    QStringLiteral("0-3:100.5;3-6:200;6-:300")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_TRUE(set.err.contains("0-3:100.5;3-6:200;6-:300")) << set.err.toStdString();
    expectStep(parseJson(set), 0, 3, 100.5);
    const CliRun later = runCli(january);
    expectStep(parseJson(later), 0, 3, 100.5);
    {
        HistoryReader reader;
        ASSERT_TRUE(reader.open(db));
        EXPECT_EQ(reader.capacityLadder().toString().toStdString(), "0-3:100.5;3-6:200;6-:300");
    }

    // A ladder that is not one is refused before anything is written.
    const CliRun bad = runCli(
        january + QStringList{QStringLiteral("--set-steps"), QStringLiteral("0-3:100;4-:200")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains("usage: han-cli capacity")) << bad.err.toStdString();
    expectStep(parseJson(runCli(january)), 0, 3, 100.5);

    // Steps may be set before any meter is known (a new file); nothing to show yet.
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    const CliRun first = runCli({QStringLiteral("--db"), fresh, QStringLiteral("--set-steps"),
                                 QStringLiteral("0-5:1;5-:2")});
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.isEmpty());
    HistoryReader reader;
    ASSERT_TRUE(reader.open(fresh));
    EXPECT_EQ(reader.capacityLadder().toString().toStdString(), "0-5:1;5-:2");
}

TEST(HanCliCapacity, BadUsageAndUnusableFiles)
{
    QTemporaryDir dir;
    const QString db = twoDayHistory(dir);
    for (const QStringList& args :
         {QStringList{QStringLiteral("--db"), db, QStringLiteral("--month"),
                      QStringLiteral("2026-13")},
          QStringList{QStringLiteral("--db"), db, QStringLiteral("--month"),
                      QStringLiteral("2026-1")},
          QStringList{QStringLiteral("--db"), db, QStringLiteral("--format"),
                      QStringLiteral("xml")},
          QStringList{QStringLiteral("--db"), db, QStringLiteral("--zone"),
                      QStringLiteral("Mars/Olympus")},
          QStringList{QStringLiteral("--db"), db, QStringLiteral("extra")}}) {
        const CliRun run = runCli(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.err.contains("usage: han-cli capacity")) << run.err.toStdString();
    }
    const CliRun missing = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("no"))});
    EXPECT_EQ(missing.exitCode, 1);
    const CliRun unknown = runCli({QStringLiteral("--db"), db, QStringLiteral("--meter"),
                                   QStringLiteral("5706567000000099")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(kMeter.toLatin1())) << unknown.err.toStdString();
}

} // namespace
} // namespace han
