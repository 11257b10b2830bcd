// SPDX-License-Identifier: GPL-3.0-or-later
// The capacity tariff ladder in the history file (schema version 2): stored by HistoryWriter
// and by HistoryStore on its thread, read by HistoryReader, the default when none is stored;
// and a version-1 file, read as it is and upgraded by a writer with its data intact.
#include "history_controller.h"
#include "history_reader.h"
#include "history_store.h"
#include "history_writer.h"
#include "raw_database.h"
#include "simulated_readings.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QThread>

#include <functional>

namespace han {
namespace {

using test::RawDatabase;

const QDateTime kStart(QDate(2026, 3, 2), QTime(8, 0, 0), Qt::UTC);
const QString kMeterId = QStringLiteral("5706567000000042");

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
    return true;
}

CapacityLadder ladderOf(const char* text)
{
    const auto ladder = CapacityLadder::fromString(QString::fromLatin1(text));
    EXPECT_TRUE(ladder.has_value()) << text;
    return ladder.value_or(CapacityLadder::defaultLadder());
}

std::string ladderText(const QString& path)
{
    HistoryReader reader;
    EXPECT_TRUE(reader.open(path)) << reader.errorString().toStdString();
    return reader.capacityLadder().toString().toStdString();
}

// Two hours of simulated readings, closed.
QString makeHistory(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryWriter writer;
    EXPECT_TRUE(writer.open(path)) << writer.errorString().toStdString();
    for (const SimulatedFrame& f :
         test::simulate(test::simulatorSettings(kStart, kMeterId), kStart.addSecs(7200)))
        writer.addReading(f.reading);
    EXPECT_TRUE(writer.close());
    return path;
}

TEST(CapacityLadderStorage, TheDefaultUntilOneIsStoredThenThatOne)
{
    QTemporaryDir dir;
    const QString path = makeHistory(dir);
    const std::string defaultText = CapacityLadder::defaultLadder().toString().toStdString();
    EXPECT_EQ(ladderText(path), defaultText);
    {
        RawDatabase raw(path, true);
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM capacity_steps")).toInt(), 0);
    }

    HistoryWriter writer;
    ASSERT_TRUE(writer.open(path));
    writer.setCapacityLadder(ladderOf("0-2.5:120.5;2.5-6:300;6-:1000"));
    ASSERT_TRUE(writer.commit()) << writer.errorString().toStdString();
    EXPECT_EQ(ladderText(path), "0-2.5:120.5;2.5-6:300;6-:1000");
    {
        // Plain rows another tool can read; the top step's upper limit is NULL.
        RawDatabase raw(path, true);
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM capacity_steps")).toInt(), 3);
        EXPECT_TRUE(raw.scalar(QStringLiteral("SELECT to_kw FROM capacity_steps WHERE from_kw = 6"))
                        .isNull());
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT monthly_price FROM capacity_steps WHERE "
                                            "from_kw = 0"))
                      .toDouble(),
                  120.5);
    }

    // A shorter ladder replaces it entirely.
    writer.setCapacityLadder(ladderOf("0-:99"));
    ASSERT_TRUE(writer.close());
    EXPECT_EQ(ladderText(path), "0-:99");
}

TEST(CapacityLadderStorage, RowsThatAreNoLadderReadAsTheDefault)
{
    QTemporaryDir dir;
    const QString path = makeHistory(dir);
    {
        RawDatabase raw(path);
        // Edited by hand: a gap between 2 and 3 kW.
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO capacity_steps VALUES (0, 2, 100), "
                                            "(3, NULL, 200)")));
    }
    EXPECT_EQ(ladderText(path), CapacityLadder::defaultLadder().toString().toStdString());
}

TEST(CapacityLadderStorage, AVersionOneFileIsReadAsItIsAndUpgradedWithItsData)
{
    QTemporaryDir dir;
    const QString path = makeHistory(dir);
    const std::int64_t from = test::msOf(kStart);
    const std::int64_t to = test::msOf(kStart.addSecs(7200));
    std::int64_t readings = 0;
    std::vector<HourlyEnergy> hours;
    {
        HistoryReader reader;
        ASSERT_TRUE(reader.open(path));
        readings = reader.countReadings(kMeterId, from, to);
        hours = reader.hourlyEnergy(kMeterId, from, to);
    }
    ASSERT_GE(readings, 700); // a List 1 every 10 s for two hours
    ASSERT_EQ(hours.size(), 2u);

    // Back to version 1 as the previous release wrote it: without capacity_steps (and the
    // later phase_readings).
    {
        RawDatabase raw(path);
        ASSERT_TRUE(raw.exec(QStringLiteral("DROP TABLE capacity_steps")));
        ASSERT_TRUE(raw.exec(QStringLiteral("DROP TABLE phase_readings")));
        ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE schema_version SET version = 1")));
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        EXPECT_EQ(
            raw.scalar(QStringLiteral(
                           "SELECT group_concat(name, ',') FROM (SELECT name "
                           "FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name)"))
                .toString()
                .toStdString(),
            "events,events_by_time,meters,readings,registers,schema_version");
    }
    const QByteArray v1Bytes = test::fileBytes(path);

    // A reader (han-cli export, capacity) uses it as it is and changes nothing.
    {
        HistoryReader reader;
        ASSERT_TRUE(reader.open(path)) << reader.errorString().toStdString();
        EXPECT_EQ(reader.countReadings(kMeterId, from, to), readings);
        EXPECT_EQ(reader.capacityLadder().toString(), CapacityLadder::defaultLadder().toString());
        EXPECT_EQ(reader.errorString().toStdString(), "");
    }
    EXPECT_EQ(test::fileBytes(path), v1Bytes);

    // A writer brings it to the current version (3) and everything stays.
    {
        HistoryWriter writer;
        ASSERT_TRUE(writer.open(path)) << writer.errorString().toStdString();
        writer.setCapacityLadder(ladderOf("0-3:10;3-:20"));
        ASSERT_TRUE(writer.close());
    }
    {
        RawDatabase raw(path, true);
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), 3);
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                  QStringLiteral("ok"));
    }
    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    EXPECT_EQ(reader.countReadings(kMeterId, from, to), readings);
    const std::vector<HourlyEnergy> after = reader.hourlyEnergy(kMeterId, from, to);
    ASSERT_EQ(after.size(), hours.size());
    for (std::size_t i = 0; i < hours.size(); ++i) {
        EXPECT_EQ(after[i].hourStartUtcMs, hours[i].hourStartUtcMs);
        EXPECT_EQ(after[i].importKwh, hours[i].importKwh);
        EXPECT_EQ(after[i].quality, hours[i].quality);
    }
    EXPECT_EQ(reader.capacityLadder().toString().toStdString(), "0-3:10;3-:20");
}

TEST(CapacityLadderStorage, TheStoreOnItsThreadCommitsTheLadderAtOnce)
{
    QTemporaryDir dir;
    const QString path = makeHistory(dir);
    HistoryController controller;
    QObject context;
    bool opened = false;
    QObject::connect(controller.store(), &HistoryStore::opened, &context,
                     [&](const QString&) { opened = true; });
    controller.open(path);
    ASSERT_TRUE(waitFor([&] { return opened; }));

    HistoryStore* store = controller.store();
    const CapacityLadder ladder = ladderOf("0-2:415;2-5:655;5-:1040");
    QMetaObject::invokeMethod(store, [store, ladder] { store->setCapacityLadder(ladder); });

    // No flush, no close: visible to a read connection by itself.
    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    EXPECT_TRUE(waitFor([&] {
        return reader.capacityLadder().toString() == QStringLiteral("0-2:415;2-5:655;5-:1040");
    }));
}

} // namespace
} // namespace han
