// SPDX-License-Identifier: GPL-3.0-or-later
#include "acquisition_worker.h"
#include "energy_quality.h"
#include "history_writer.h"
#include "live_model.h"
#include "session_controller.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTemporaryDir>

using han::SourceSpec;
using han::ui::SessionController;

namespace {

constexpr std::int64_t kHourMs = 3'600'000;
constexpr std::int64_t kDayMs = 24 * kHourMs;

std::int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

SourceSpec simulatorFromNow(double speed)
{
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Simulator;
    spec.simulatorSpeed = speed;
    return spec; // simulator.start unset: from now, with its past filled in
}

} // namespace

TEST(SessionController, TheSimulatedMeterComesWithItsPastSoTheHistoryIsNeverEmpty)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    SessionController session;
    QSignalSpy progress(&session, &SessionController::simulatedHistoryProgress);
    session.openHistory(dir.filePath(QStringLiteral("history.sqlite")));
    session.start(simulatorFromNow(1000));

    ASSERT_TRUE(han::test::waitFor([&] { return session.live()->hasReading(); }, 60000));
    ASSERT_GE(progress.count(), 2);
    EXPECT_TRUE(progress.first().at(0).toBool()) << "the banner says it is preparing";
    EXPECT_FALSE(progress.last().at(0).toBool());
    EXPECT_TRUE(progress.last().at(1).toString().isEmpty()) << "no error";

    ASSERT_TRUE(session.isHistoryOpen());
    const QString meter = session.currentMeterId();
    EXPECT_EQ(meter, QStringLiteral("5706567000000042"));
    // Yesterday (UTC days are enough here) is complete: 24 measured hours.
    const std::int64_t today = nowMs() - nowMs() % kDayMs;
    const auto hours = session.reader().hourlyEnergy(meter, today - kDayMs, today);
    ASSERT_EQ(hours.size(), 24u);
    for (const auto& hour : hours)
        EXPECT_EQ(hour.quality, han::EnergyQuality::Measured);
    // About SimulatedHistory::kDays days of 10 s readings.
    const auto count =
        session.reader().countReadings(meter, today - 50 * kDayMs, today + kDayMs);
    EXPECT_GT(count, 44 * 8640);
}

TEST(SessionController, TheLiveSimulatorContinuesTheStoredRegistersWithoutAStep)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    SessionController session;
    session.openHistory(path);
    session.start(simulatorFromNow(1000));
    // At x1000 an hour of meter time passes in 3.6 s: wait for two live List 2.
    int list2 = 0;
    QObject::connect(session.worker(), &han::AcquisitionWorker::readingDecoded, &session,
                     [&list2](const han::MeterReading& r) { list2 += r.hasRegisters() ? 1 : 0; });
    ASSERT_TRUE(han::test::waitFor([&] { return list2 >= 2; }, 60000));
    session.stop();
    QSignalSpy committed(&session, &SessionController::historyChanged);
    han::test::waitFor([&] { return committed.count() > 0; }, 3000);

    const QString meter = session.currentMeterId();
    const std::int64_t now = nowMs();
    const auto snapshots =
        session.reader().registerSnapshots(meter, now - 3 * kDayMs, now + 10 * kDayMs);
    ASSERT_GT(snapshots.size(), 48u);
    for (std::size_t i = 1; i < snapshots.size(); ++i) {
        ASSERT_GE(*snapshots[i].activeImportWh, *snapshots[i - 1].activeImportWh)
            << "register stepped back at snapshot " << i;
        // An hour of a house on a 25 A fuse is never more than ~17 kWh.
        ASSERT_LT(*snapshots[i].activeImportWh - *snapshots[i - 1].activeImportWh, 20'000.0)
            << "register jumped at snapshot " << i;
    }
}

TEST(SessionController, SoFarThisHourCountsTheStoredPartBeforeTheAppStarted)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    // 08:00:00 to 08:19:50 UTC: 120 List 1 (and the 08:00 List 2); the first 60 were stored
    // before this start, the rest arrive live.
    const auto readings =
        han::test::simulatedReadings(QStringLiteral("2026-01-15T08:00:00Z"), 120);
    std::size_t split = 0;
    int list1 = 0;
    {
        han::HistoryWriter writer;
        ASSERT_TRUE(writer.open(path));
        for (; split < readings.size() && list1 < 60; ++split) {
            writer.addReading(readings[split]);
            list1 += readings[split].hasRegisters() ? 0 : 1;
        }
        ASSERT_TRUE(writer.close());
    }
    SessionController session;
    session.openHistory(path);
    ASSERT_TRUE(han::test::waitFor([&] { return session.isHistoryOpen(); }));
    for (std::size_t i = split; i < readings.size(); ++i)
        session.live()->addReading(readings[i]);

    // Expected: every List 1 of the hour held for its 10 s, but the last (the hour so far ends
    // at the newest reading).
    double expectedKwh = 0;
    int counted = 0;
    for (const auto& reading : readings) {
        if (reading.hasRegisters())
            continue;
        if (++counted == 120)
            break;
        expectedKwh += *reading.activeImportW * 10.0 / 3'600'000.0;
    }
    const auto soFar = session.hourSoFar();
    EXPECT_NEAR(soFar.importKwh, expectedKwh, 1e-9);
    EXPECT_GT(soFar.importKwh, 1.5 * session.live()->importKwhThisHour())
        << "the stored first half counts too";
}

TEST(SessionController, ASourceSwitchDuringTheSimulatedPastLeavesNoBusyBanner)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    SessionController session;
    QSignalSpy progress(&session, &SessionController::simulatedHistoryProgress);
    session.openHistory(dir.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(han::test::waitFor([&] { return session.isHistoryOpen(); }));
    session.start(simulatorFromNow(1));
    ASSERT_EQ(progress.count(), 1);
    EXPECT_TRUE(progress.at(0).at(0).toBool());

    SourceSpec replay;
    replay.kind = SourceSpec::Kind::Replay;
    replay.replayPath = QStringLiteral(HAN_TEST_DATA_DIR "/kamstrup/stream-2017-10-20.log");
    replay.replaySpeed = 0;
    session.start(replay);
    ASSERT_TRUE(han::test::waitFor([&] { return progress.count() == 2; }, 60000));
    EXPECT_FALSE(progress.at(1).at(0).toBool()) << "the busy message is taken down";
    EXPECT_FALSE(session.live()->isSimulated());
}
