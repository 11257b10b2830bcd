// SPDX-License-Identifier: GPL-3.0-or-later
// The history file under adverse conditions: versions, foreign and damaged files, read-only
// folders, a second writer, backups while writing, a full disk.
#include "history_reader.h"
#include "history_writer.h"
#include "meter_simulator.h"
#include "raw_database.h"
#include "simulated_readings.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <future>
#include <thread>
#include <unistd.h>

namespace han {
namespace {

using test::RawDatabase;

using test::fileBytes;
using test::msOf;

const QDateTime kStart(QDate(2026, 5, 4), QTime(8, 0, 0), Qt::UTC);

// A closed history file with an hour of readings.
QString makeHistory(const QTemporaryDir& dir,
                    const QString& name = QStringLiteral("history.sqlite"))
{
    const QString path = dir.filePath(name);
    HistoryWriter writer;
    EXPECT_TRUE(writer.open(path)) << writer.errorString().toStdString();
    for (const SimulatedFrame& f :
         test::simulate(test::simulatorSettings(kStart), kStart.addSecs(3600)))
        writer.addReading(f.reading);
    EXPECT_TRUE(writer.close());
    return path;
}

// Opening must fail for writer and reader alike, naming the file, and leave it as it was.
void expectRefused(const QString& path, const char* words)
{
    const QByteArray before = fileBytes(path);
    HistoryWriter writer;
    EXPECT_FALSE(writer.open(path));
    EXPECT_TRUE(writer.errorString().contains(path)) << writer.errorString().toStdString();
    EXPECT_TRUE(writer.errorString().contains(QLatin1String(words)))
        << writer.errorString().toStdString();
    HistoryReader reader;
    EXPECT_FALSE(reader.open(path));
    EXPECT_TRUE(reader.errorString().contains(path)) << reader.errorString().toStdString();
    EXPECT_EQ(fileBytes(path), before) << "the file was changed";
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")) &&
                 QFileInfo(path + QStringLiteral("-wal")).size() > 0);
}

TEST(HistoryFile, ANewFileGetsTheCurrentSchemaInWalMode)
{
    QTemporaryDir dir;
    const QString path = makeHistory(dir);
    RawDatabase raw(path, true);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), 3);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 1);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA application_id")).toLongLong(), 0x48414E4D);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    // The big tables are WITHOUT ROWID and keyed by (meter, time).
    const QString readings =
        raw.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'readings'"))
            .toString();
    EXPECT_TRUE(readings.contains(QLatin1String("WITHOUT ROWID")));
    EXPECT_TRUE(readings.contains(QLatin1String("PRIMARY KEY (meter, utc_ms)")));
    const QString phases =
        raw.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'phase_readings'"))
            .toString();
    EXPECT_TRUE(phases.contains(QLatin1String("WITHOUT ROWID")));
    EXPECT_TRUE(phases.contains(QLatin1String("PRIMARY KEY (meter, utc_ms)")));
}

TEST(HistoryFile, AnEmptyFileBecomesAHistory)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)); // zero bytes: SQLite's empty database
    file.close();
    HistoryWriter writer;
    EXPECT_TRUE(writer.open(path)) << writer.errorString().toStdString();
}

TEST(HistoryFile, ANewerSchemaVersionIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = makeHistory(dir);
    {
        RawDatabase raw(path);
        ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    expectRefused(path, "newer version");
    HistoryWriter writer;
    writer.open(path);
    EXPECT_TRUE(writer.errorString().contains(QLatin1String("99")))
        << writer.errorString().toStdString();
}

TEST(HistoryFile, AFileThatIsNoDatabaseIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray junk;
    for (int i = 0; i < 8192; ++i)
        junk.append(static_cast<char>((i * 7919) & 0xFF));
    file.write("Shopping list: milk, bread\n" + junk);
    file.close();
    expectRefused(path, "damaged");
}

TEST(HistoryFile, ADamagedHistoryIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = makeHistory(dir);
    {
        RawDatabase raw(path);
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    ASSERT_GT(file.size(), 3 * pageSize);
    // Page 2 onwards (the schema_version table's page first) overwritten, as a bad sector or
    // a half-copied file would leave it; the header page is intact.
    file.seek(pageSize);
    file.write(QByteArray(static_cast<int>(file.size() - pageSize), '\xA5'));
    file.close();
    expectRefused(path, "damaged");
}

TEST(HistoryFile, AnotherProgramsDatabaseIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contacts.sqlite"));
    {
        RawDatabase raw(path);
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)")));
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO contacts VALUES ('Kari', '555')")));
    }
    expectRefused(path, "another program");

    const QString other = dir.filePath(QStringLiteral("other-app.sqlite"));
    {
        RawDatabase raw(other); // no tables, but another program's application id
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA application_id = 1234")));
    }
    expectRefused(other, "another program");
}

TEST(HistoryFile, AMissingFileIsNotCreatedByTheReader)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing.sqlite"));
    HistoryReader reader;
    EXPECT_FALSE(reader.open(path));
    EXPECT_TRUE(reader.errorString().contains(path));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(HistoryFile, AReadOnlyFolderGivesAClearError)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes into read-only folders; HanCliHistory runs this check as "
                        "an unprivileged user";
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkdir(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const QString path = folder + QStringLiteral("/history.sqlite");
    HistoryWriter writer;
    EXPECT_FALSE(writer.open(path));
    EXPECT_TRUE(writer.errorString().contains(QLatin1String("read-only")))
        << writer.errorString().toStdString();
    EXPECT_TRUE(writer.errorString().contains(path));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST(HistoryFile, ASecondWriterWaitsInsteadOfFailing)
{
    QTemporaryDir dir;
    const QString path = makeHistory(dir);
    std::promise<void> locked;
    std::atomic<bool> committed{false};
    // Another program holds the write lock for 1.5 s.
    std::thread other([&] {
        RawDatabase raw(path);
        raw.exec(QStringLiteral("BEGIN IMMEDIATE"));
        raw.exec(QStringLiteral("INSERT INTO events (utc_ms, kind) VALUES (1, 1)"));
        locked.set_value();
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        committed = raw.exec(QStringLiteral("COMMIT"));
    });
    locked.get_future().wait();

    HistoryWriter writer;
    QElapsedTimer clock;
    clock.start();
    EXPECT_TRUE(writer.open(path)) << writer.errorString().toStdString();
    for (const SimulatedFrame& f :
         test::simulate(test::simulatorSettings(kStart.addDays(1)), kStart.addDays(1).addSecs(60)))
        writer.addReading(f.reading);
    EXPECT_TRUE(writer.commit()) << writer.errorString().toStdString();
    EXPECT_GE(clock.elapsed(), 1000); // it waited for the other writer
    other.join();
    EXPECT_TRUE(committed);
    writer.close();
    RawDatabase raw(path, true);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM readings")).toInt(), 360 + 1 + 6 + 1);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM events")).toInt(), 1);
}

TEST(HistoryFile, ABackupWhileAWriterIsBusyIsAConsistentCopy)
{
    QTemporaryDir dir;
    const QString path = makeHistory(dir);
    std::atomic<bool> stop{false};
    std::atomic<int> batches{0};
    std::thread writerThread([&] {
        HistoryWriter writer;
        if (!writer.open(path))
            return;
        MeterSimulator simulator(test::simulatorSettings(kStart.addDays(2)));
        while (!stop) {
            for (int i = 0; i < 200; ++i)
                writer.addReading(simulator.next().reading);
            if (writer.commit())
                ++batches;
        }
        writer.close();
    });
    while (batches < 2)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));

    HistoryReader reader;
    ASSERT_TRUE(reader.open(path)) << reader.errorString().toStdString();
    std::vector<std::int64_t> counts;
    for (int i = 0; i < 4; ++i) {
        const QString copy = dir.filePath(QStringLiteral("backup-%1.sqlite").arg(i));
        ASSERT_TRUE(reader.backup(copy)) << reader.errorString().toStdString();
        RawDatabase raw(copy, true);
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                  QStringLiteral("ok"));
        // The per-meter counters are written in the same transaction as the rows: equal in a
        // consistent copy, whatever moment it caught.
        const qint64 rows =
            raw.scalar(QStringLiteral("SELECT count(*) FROM readings")).toLongLong();
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT sum(reading_count) FROM meters")).toLongLong(),
                  rows);
        counts.push_back(rows);
        HistoryReader copyReader;
        EXPECT_TRUE(copyReader.open(copy)) << copyReader.errorString().toStdString();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    stop = true;
    writerThread.join();
    EXPECT_GT(counts.back(), counts.front()); // the writer went on meanwhile
    EXPECT_FALSE(reader.backup(dir.filePath(QStringLiteral("backup-0.sqlite"))))
        << "an existing file must not be replaced";
    EXPECT_TRUE(reader.errorString().contains(QLatin1String("already exists")));
    // No temporary files left beside the backups.
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("*partial*")}, QDir::Files).isEmpty());
}

TEST(HistoryFile, AFullDiskKeepsWhatWasSavedAndSaysSo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    HistoryWriter writer;
    writer.setSizeLimit(64 * 1024); // a disk with 64 KiB for the history
    ASSERT_TRUE(writer.open(path));
    MeterSimulator simulator(test::simulatorSettings(kStart));
    std::int64_t saved = 0;
    bool full = false;
    for (int batch = 0; batch < 100 && !full; ++batch) {
        for (int i = 0; i < 100; ++i)
            writer.addReading(simulator.next().reading);
        if (writer.commit())
            saved = writer.statistics().readingsStored;
        else
            full = true;
    }
    ASSERT_TRUE(full);
    EXPECT_TRUE(writer.errorString().contains(QLatin1String("disk is full")))
        << writer.errorString().toStdString();
    EXPECT_TRUE(writer.errorString().contains(path));
    EXPECT_FALSE(writer.commit()); // still full: the rows wait
    EXPECT_GT(writer.pendingRows(), 0);
    EXPECT_FALSE(writer.close());

    HistoryReader reader;
    ASSERT_TRUE(reader.open(path)) << reader.errorString().toStdString();
    EXPECT_GT(saved, 0);
    EXPECT_EQ(reader.countReadings(QStringLiteral("5706567000000042"), 0, msOf(kStart.addDays(1))),
              saved);
    RawDatabase raw(path, true);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
              QStringLiteral("ok"));
}

} // namespace
} // namespace han
