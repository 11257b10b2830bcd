// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryStore on its own thread, driven through HistoryController and queued signals, the way
// the GUI and `han-cli listen` use it; and LinkEventRecorder, which feeds it link events.
#include "history_controller.h"
#include "history_reader.h"
#include "history_store.h"
#include "link_event_recorder.h"
#include "meter_simulator.h"
#include "simulated_readings.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <optional>

namespace han {
namespace {

const QDateTime kStart(QDate(2026, 6, 1), QTime(12, 0, 0), Qt::UTC);

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

// Stands in for the acquisition worker: a QObject on the main thread whose signal is connected
// to the store across threads.
class Source : public QObject
{
    Q_OBJECT
signals:
    void readingDecoded(const han::MeterReading& reading);
};

struct Recorder
{
    QString openedPath;
    QStringList failures;
    int recovered = 0;
    std::vector<std::pair<qint64, int>> batches;
    std::vector<std::pair<bool, QString>> backups;
    QString storeThreadName;

    void attach(HistoryStore* store, QObject* context)
    {
        QObject::connect(store, &HistoryStore::opened, context, [this, store](const QString& p) {
            openedPath = p;
            storeThreadName = store->thread()->objectName();
        });
        QObject::connect(store, &HistoryStore::failed, context,
                         [this](const QString& e) { failures << e; });
        QObject::connect(store, &HistoryStore::recovered, context, [this] { ++recovered; });
        QObject::connect(store, &HistoryStore::batchCommitted, context,
                         [this](qint64 id, int rows) { batches.emplace_back(id, rows); });
        QObject::connect(store, &HistoryStore::backupFinished, context,
                         [this](bool ok, const QString& d) { backups.emplace_back(ok, d); });
    }
    int rows() const
    {
        int n = 0;
        for (const auto& b : batches)
            n += b.second;
        return n;
    }
};

TEST(HistoryStore, StoresOnItsOwnThreadInBatches)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QObject context;
    Source source;
    Recorder recorder;
    HistoryController controller;
    recorder.attach(controller.store(), &context);
    QObject::connect(&source, &Source::readingDecoded, controller.store(),
                     &HistoryStore::storeReading);
    controller.open(path);
    ASSERT_TRUE(waitFor([&] { return !recorder.openedPath.isEmpty(); }));
    EXPECT_EQ(recorder.openedPath, path);
    EXPECT_EQ(recorder.storeThreadName, QStringLiteral("history"));
    EXPECT_NE(controller.store()->thread(), QThread::currentThread());

    const auto frames = test::simulate(test::simulatorSettings(kStart), kStart.addSecs(2 * 3600));
    ASSERT_EQ(frames.size(), 720u + 2u);
    for (std::size_t i = 0; i < 10; ++i)
        emit source.readingDecoded(frames[i].reading);
    // A few readings (and the List 2's snapshot) are committed within about a second, without
    // being asked to.
    ASSERT_TRUE(waitFor([&] { return recorder.rows() == 10 + 1; }, 3000));
    EXPECT_EQ(recorder.batches.front().first, 1);
    for (std::size_t i = 10; i < frames.size(); ++i)
        emit source.readingDecoded(frames[i].reading);
    controller.close(); // everything queued before is written before it returns
    QCoreApplication::processEvents();
    EXPECT_EQ(recorder.rows(), static_cast<int>(frames.size()) + 2);
    EXPECT_GE(recorder.batches.size(), 2u); // 500 rows make a batch by themselves
    EXPECT_TRUE(recorder.failures.isEmpty())
        << recorder.failures.join(QLatin1Char('\n')).toStdString();

    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    EXPECT_EQ(reader.countReadings(frames[0].reading.meterId, 0, test::msOf(kStart.addDays(1))),
              static_cast<std::int64_t>(frames.size()));
}

TEST(HistoryStore, BacksUpWhileRecording)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    QObject context;
    Recorder recorder;
    HistoryController controller;
    recorder.attach(controller.store(), &context);
    controller.open(path);
    HistoryStore* store = controller.store();
    MeterSimulator simulator(test::simulatorSettings(kStart));
    for (int i = 0; i < 100; ++i)
        QMetaObject::invokeMethod(
            store, [store, r = simulator.next().reading] { store->storeReading(r); });
    controller.backup(copy);
    ASSERT_TRUE(waitFor([&] { return !recorder.backups.empty(); }));
    EXPECT_TRUE(recorder.backups[0].first) << recorder.backups[0].second.toStdString();
    controller.backup(copy); // exists now: refused, said so
    ASSERT_TRUE(waitFor([&] { return recorder.backups.size() == 2; }));
    EXPECT_FALSE(recorder.backups[1].first);
    EXPECT_TRUE(recorder.backups[1].second.contains(copy));
    controller.shutdown();

    HistoryReader reader;
    ASSERT_TRUE(reader.open(copy)) << reader.errorString().toStdString();
    EXPECT_EQ(
        reader.countReadings(QStringLiteral("5706567000000042"), 0, test::msOf(kStart.addDays(1))),
        100);
}

TEST(HistoryStore, SetMeterSettingsIsVisibleToAReadConnectionAtOnce)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QString meterId = QStringLiteral("5706567000000042");
    const QString newMeterId = QStringLiteral("5706567000000099");
    QObject context;
    Recorder recorder;
    HistoryController controller;
    recorder.attach(controller.store(), &context);
    controller.open(path);
    ASSERT_TRUE(waitFor([&] { return !recorder.openedPath.isEmpty(); }));
    HistoryStore* store = controller.store();
    MeterSimulator simulator(test::simulatorSettings(kStart, meterId));
    for (int i = 0; i < 5; ++i)
        QMetaObject::invokeMethod(
            store, [store, r = simulator.next().reading] { store->storeReading(r); });
    controller.flush();

    MeterSettings settings;
    settings.clockMode = MeterClockResolver::Mode::StandardTime;
    settings.scale.energyShift = -1;
    settings.scale.currentShift = -1;
    MeterSettings learned;
    learned.clockMode = MeterClockResolver::Mode::Learned;
    learned.scale.powerShift = 1;
    QMetaObject::invokeMethod(store, [store, meterId, settings] {
        store->setMeterSettings(meterId, settings);
    });
    // A meter that has sent nothing the file has kept yet gets its row with these settings.
    QMetaObject::invokeMethod(store, [store, newMeterId, learned] {
        store->setMeterSettings(newMeterId, learned);
    });

    HistoryReader reader;
    ASSERT_TRUE(reader.open(path));
    const auto settingsOf = [&](const QString& id) -> std::optional<MeterSettings> {
        for (const MeterInfo& meter : reader.meters()) {
            if (meter.meterId == id)
                return meter.settings;
        }
        return std::nullopt;
    };
    // No close, no further readings: the store commits the change by itself.
    ASSERT_TRUE(waitFor([&] {
        const auto s = settingsOf(newMeterId);
        return s && s->clockMode == MeterClockResolver::Mode::Learned;
    }));
    const auto stored = settingsOf(meterId);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->clockMode, MeterClockResolver::Mode::StandardTime);
    EXPECT_EQ(stored->scale.energyShift, -1);
    EXPECT_EQ(stored->scale.currentShift, -1);
    EXPECT_EQ(stored->scale.powerShift, 0);
    EXPECT_EQ(stored->scale.voltageShift, 0);
    EXPECT_EQ(settingsOf(newMeterId)->scale.powerShift, 1);
    EXPECT_EQ(reader.countReadings(meterId, 0, test::msOf(kStart.addDays(1))), 5)
        << "the readings already stored stay";
    EXPECT_TRUE(recorder.failures.isEmpty())
        << recorder.failures.join(QLatin1Char('\n')).toStdString();
}

TEST(HistoryStore, ReportsAFullDiskOnceKeepsRetryingAndNeverLosesWhatWasSaved)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QObject context;
    Recorder recorder;
    HistoryController controller;
    HistoryStore* store = controller.store();
    recorder.attach(store, &context);
    HistoryStore::Settings settings;
    settings.sizeLimitBytes = 64 * 1024;
    settings.batchRows = 100;
    QMetaObject::invokeMethod(store, [store, settings] { store->setSettings(settings); });
    controller.open(path);
    MeterSimulator simulator(test::simulatorSettings(kStart));
    for (int i = 0; i < 3000; ++i)
        QMetaObject::invokeMethod(
            store, [store, r = simulator.next().reading] { store->storeReading(r); });
    ASSERT_TRUE(waitFor([&] { return !recorder.failures.isEmpty(); }));
    QThread::msleep(1200); // a retry happens meanwhile (after 1 s): it fails again, quietly
    QCoreApplication::processEvents();
    EXPECT_EQ(recorder.failures.size(), 1)
        << recorder.failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(recorder.failures[0].contains(QLatin1String("disk is full")));
    EXPECT_TRUE(recorder.failures[0].contains(path));
    controller.shutdown(); // the rows still pending cannot be saved: said so, no crash
    QCoreApplication::processEvents();
    EXPECT_GE(recorder.failures.size(), 2);

    HistoryReader reader;
    ASSERT_TRUE(reader.open(path)) << reader.errorString().toStdString();
    const auto meters = reader.meters();
    ASSERT_EQ(meters.size(), 1u);
    EXPECT_GT(meters[0].readingCount, 0);
    EXPECT_EQ(reader.countReadings(meters[0].meterId, 0, test::msOf(kStart.addDays(1))),
              meters[0].readingCount);
}

TEST(HistoryStore, AnUnusablePathIsReportedNotFatal)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a-folder"));
    ASSERT_TRUE(QDir().mkdir(path));
    QObject context;
    Recorder recorder;
    HistoryController controller;
    recorder.attach(controller.store(), &context);
    controller.open(path);
    ASSERT_TRUE(waitFor([&] { return !recorder.failures.isEmpty(); }));
    EXPECT_TRUE(recorder.failures[0].contains(QLatin1String("is a folder")));
    HistoryStore* store = controller.store();
    QMetaObject::invokeMethod(store, [store] { store->storeReading(MeterReading{}); });
    controller.backup(dir.filePath(QStringLiteral("copy.sqlite")));
    ASSERT_TRUE(waitFor([&] { return !recorder.backups.empty(); }));
    EXPECT_FALSE(recorder.backups[0].first);
}

TEST(HistoryStore, LinkEventsAreRecordedAsTheyHappenAndRejectionsPerMinute)
{
    LinkEventRecorder events;
    const std::int64_t t0 = 29'666'667LL * 60'000; // a whole minute, in 2026
    EXPECT_TRUE(
        events.linkStateChanged(LinkState::Connecting, QStringLiteral("opening"), t0).empty());
    auto up =
        events.linkStateChanged(LinkState::Connected, QStringLiteral("serial port"), t0 + 500);
    ASSERT_EQ(up.size(), 1u);
    EXPECT_EQ(up[0].kind, HistoryEvent::Kind::LinkUp);
    EXPECT_FALSE(up[0].meterId);
    events.readingDecoded(QStringLiteral("5706567000000042"));
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(events.frameRejected(t0 + 1000 + i * 100).empty());
    EXPECT_TRUE(events.flush(t0 + 59'000).empty()); // the minute is not over yet
    auto next = events.frameRejected(t0 + 61'000);
    ASSERT_EQ(next.size(), 1u);
    EXPECT_EQ(next[0].kind, HistoryEvent::Kind::RejectedFrames);
    EXPECT_EQ(next[0].utcMs, t0);
    EXPECT_EQ(next[0].count, 5);
    EXPECT_EQ(next[0].meterId, QStringLiteral("5706567000000042"));
    auto down =
        events.linkStateChanged(LinkState::Reconnecting, QStringLiteral("unplugged"), t0 + 70'000);
    ASSERT_EQ(down.size(), 3u); // the rejections of the minute in progress end with the link
    EXPECT_EQ(down[0].kind, HistoryEvent::Kind::RejectedFrames);
    EXPECT_EQ(down[0].utcMs, t0 + 60'000);
    EXPECT_EQ(down[1].kind, HistoryEvent::Kind::LinkDown);
    EXPECT_EQ(down[1].detail, QStringLiteral("unplugged"));
    EXPECT_EQ(down[2].kind, HistoryEvent::Kind::Reconnect);
    EXPECT_TRUE(events.flush(t0 + 80'000, true).empty());
}

} // namespace
} // namespace han

#include "history_store_test.moc"
