// SPDX-License-Identifier: GPL-3.0-or-later
// Durability: a writer killed with SIGKILL at a random moment, 20 times over, loses nothing it
// reported as committed, and the file always opens and passes PRAGMA integrity_check.
#include "history_reader.h"
#include "history_writer.h"
#include "raw_database.h"

#include <gtest/gtest.h>

#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <random>

namespace han {
namespace {

using test::RawDatabase;

const QString kCrashWriter = QStringLiteral(HAN_CRASH_WRITER_PATH);

struct Batch
{
    qint64 id = 0;
    qint64 firstUtcMs = 0;
    qint64 lastUtcMs = 0;
    int readings = 0;
};

// Complete lines only: a line cut short by the kill was never fully reported.
std::vector<Batch> parseBatches(const QByteArray& out)
{
    std::vector<Batch> batches;
    const qsizetype end = out.lastIndexOf('\n');
    if (end < 0)
        return batches;
    for (const QByteArray& line : out.left(end).split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() != 4)
            continue;
        batches.push_back({f[0].toLongLong(), f[1].toLongLong(), f[2].toLongLong(), f[3].toInt()});
    }
    return batches;
}

TEST(HistoryDurability, EveryReportedBatchSurvivesSigkill)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const unsigned seed = 20261025;
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> delayMs(0, 250);
    const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    std::vector<Batch> all;

    for (int round = 0; round < 20; ++round) {
        SCOPED_TRACE(testing::Message() << "round " << round << ", seed " << seed);
        QProcess child;
        // Each round writes its own week, so its rows are its own.
        const qint64 roundStart = start + round * 7LL * 86'400'000;
        child.start(kCrashWriter, {path, QString::number(roundStart), QStringLiteral("50")});
        ASSERT_TRUE(child.waitForStarted(5000));
        QByteArray out;
        // Kill it while it writes: after its first batch, plus a random moment.
        while (!out.contains('\n') && child.state() == QProcess::Running) {
            child.waitForReadyRead(20);
            out += child.readAllStandardOutput();
        }
        ASSERT_EQ(child.state(), QProcess::Running) << child.readAllStandardError().toStdString();
        QThread::msleep(static_cast<unsigned long>(delayMs(random)));
        child.kill(); // SIGKILL
        ASSERT_TRUE(child.waitForFinished(5000));
        out += child.readAllStandardOutput();
        EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

        const std::vector<Batch> batches = parseBatches(out);
        ASSERT_FALSE(batches.empty());
        for (std::size_t i = 0; i < batches.size(); ++i)
            EXPECT_EQ(batches[i].id, static_cast<qint64>(i) + 1);
        all.insert(all.end(), batches.begin(), batches.end());

        // The file opens as the UI would (read-only) ...
        HistoryReader reader;
        ASSERT_TRUE(reader.open(path)) << reader.errorString().toStdString();
        reader.close();
        {
            RawDatabase raw(path, true);
            EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                      QStringLiteral("ok"));
            for (const Batch& b : batches) {
                EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM readings WHERE meter = "
                                                    "(SELECT meter FROM meters) AND utc_ms "
                                                    "BETWEEN %1 AND %2")
                                         .arg(b.firstUtcMs)
                                         .arg(b.lastUtcMs))
                              .toInt(),
                          b.readings)
                    << "batch " << b.id;
            }
        }
        // ... and as the next recording would.
        HistoryWriter writer;
        ASSERT_TRUE(writer.open(path)) << writer.errorString().toStdString();
    }

    // At the end every batch of every round is still there.
    RawDatabase raw(path, true);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
              QStringLiteral("ok"));
    qint64 reported = 0;
    for (const Batch& b : all)
        reported += b.readings;
    EXPECT_GE(raw.scalar(QStringLiteral("SELECT count(*) FROM readings")).toLongLong(), reported);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT sum(reading_count) FROM meters")).toLongLong(),
              raw.scalar(QStringLiteral("SELECT count(*) FROM readings")).toLongLong());
    std::printf("[ durability ] %zu batches (%lld readings) reported over 20 kills, seed %u\n",
                all.size(), static_cast<long long>(reported), seed);
}

} // namespace
} // namespace han
