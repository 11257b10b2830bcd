// SPDX-License-Identifier: GPL-3.0-or-later
#include "history_database.h"

#include "history_schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryFile>

#include <atomic>
#include <unistd.h>

namespace han {
namespace {

// SQLite's primary result codes (sqlite3.h); Qt reports them as the native error code.
enum SqliteCode
{
    kSqlitePerm = 3,
    kSqliteBusy = 5,
    kSqliteLocked = 6,
    kSqliteReadOnly = 8,
    kSqliteIoErr = 10,
    kSqliteCorrupt = 11,
    kSqliteFull = 13,
    kSqliteCantOpen = 14,
    kSqliteNotADb = 26,
};

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xFF) : -1;
}

// Connections are named per object: Qt keeps a process-wide registry of names, and each
// thread (the store's writer, the UI's reader, an export) needs its own connection.
QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("han-history-%1").arg(++counter);
}

} // namespace

HistoryDatabase::~HistoryDatabase()
{
    close();
}

bool HistoryDatabase::fail(const QString& message)
{
    m_error = message;
    close();
    return false;
}

void HistoryDatabase::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool HistoryDatabase::open(const QString& path, Access access)
{
    close();
    m_error.clear();
    if (path.isEmpty())
        return fail(tr("No history file was given."));
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    if (info.isDir())
        return fail(tr("%1 is a folder, not a history file.").arg(m_path));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("Qt's SQLite driver is not installed, so the history in %1 cannot be "
                       "opened. On Debian or Ubuntu, install the package libqt6sql6-sqlite.")
                        .arg(m_path));

    const bool exists = info.exists();
    if (access == Access::ReadOnly && !exists)
        return fail(tr("%1 does not exist: no history has been recorded there.").arg(m_path));
    if (access == Access::ReadWrite) {
        const QString folder = info.absolutePath();
        if (!QDir().mkpath(folder))
            return fail(tr("The folder %1 cannot be created, so the history cannot be kept in "
                           "%2. Choose another place for it.")
                            .arg(folder, m_path));
        // WAL mode creates the -wal and -shm files beside the database, so the folder itself
        // must be writable, not only the file.
        if (!QFileInfo(folder).isWritable())
            return fail(tr("The folder %1 is read-only, so the history %2 cannot be written "
                           "there. Choose another place for it, or make the folder writable.")
                            .arg(folder, m_path));
        if (exists && !info.isWritable())
            return fail(tr("%1 is read-only, so new readings cannot be saved in it.").arg(m_path));
    }

    m_connectionName = uniqueConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (access == Access::ReadOnly)
        options += QLatin1String(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return fail(explain(m_db.lastError()));

    int version = 0;
    if (!probe(version))
        return false;
    if (version > HistorySchema::kVersion)
        return fail(tr("%1 was written by a newer version of HAN Monitor (history format %2; "
                       "this version reads up to %3). It was left untouched: update HAN "
                       "Monitor to open it.")
                        .arg(m_path)
                        .arg(version)
                        .arg(HistorySchema::kVersion));
    if (access == Access::ReadOnly) {
        if (version == 0)
            return fail(tr("%1 is empty: no history has been recorded in it yet.").arg(m_path));
        if (version < HistorySchema::kOldestReadableVersion)
            return fail(tr("%1 is in an older history format (%2). Open it once in HAN Monitor "
                           "or with han-cli import to bring it up to date.")
                            .arg(m_path)
                            .arg(version));
        return true;
    }
    return prepareForWriting(version);
}

// Reads, never writes: whether the file is ours, and its schema version (0 for an empty file).
bool HistoryDatabase::probe(int& version)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return fail(explain(query.lastError()));
    const qint64 applicationId = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN "
                                   "('table', 'view', 'index', 'trigger')")))
        return fail(explain(query.lastError()));
    QStringList objects;
    while (query.next())
        objects << query.value(0).toString();

    if (applicationId != HistorySchema::kApplicationId) {
        if (applicationId != 0 || !objects.isEmpty())
            return fail(tr("%1 is not a HAN Monitor history: it is a database of another "
                           "program. It was left untouched; choose another file for the "
                           "history.")
                            .arg(m_path));
        version = 0;
        return true;
    }
    if (!objects.contains(QLatin1String("schema_version")) ||
        !query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return fail(tr("%1 is damaged: its format version is missing. It was left untouched; "
                       "restore it from a backup or choose another file.")
                        .arg(m_path));
    version = query.value(0).toInt();
    return true;
}

bool HistoryDatabase::prepareForWriting(int version)
{
    QSqlQuery query(m_db);
    // journal_mode is stored in the file; changing it needs a moment of exclusive access, so
    // it is only asked for when the file is not in WAL mode yet.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next())
        return fail(explain(query.lastError()));
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
            return fail(explain(query.lastError()));
        if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return fail(tr("%1 cannot be switched to write-ahead logging (the file system may "
                           "not support it). Choose a folder on a local disk.")
                            .arg(m_path));
    }
    // Per connection, not stored in the file. NORMAL: in WAL mode a commit is durable against
    // a crash or kill of the program (the WAL is in the operating system's hands once write()
    // returns); a power cut can lose the last commits, never consistency. FULL would fsync at
    // every commit, once a second while recording, for little gain on a laptop with a battery.
    // journal_size_limit: truncate the WAL after a checkpoint, so a bulk import does not leave
    // a WAL file as big as the import behind.
    for (const char* pragma :
         {"PRAGMA synchronous = NORMAL", "PRAGMA journal_size_limit = 16777216"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return fail(explain(query.lastError()));
    }
    if (version == HistorySchema::kVersion)
        return true;

    // Another program may be creating or upgrading the same file right now: take the write
    // lock first (waiting up to the busy timeout), then look again.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(explain(query.lastError()));
    int current = 0;
    if (!probe(current))
        return false; // probe() closed the connection, which rolls the transaction back
    QString error;
    if (current < HistorySchema::kVersion && !HistorySchema::migrate(m_db, current, &error)) {
        query.exec(QStringLiteral("ROLLBACK"));
        return fail(tr("%1 could not be prepared for the history: %2").arg(m_path, error));
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString message = explain(query.lastError());
        query.exec(QStringLiteral("ROLLBACK"));
        return fail(message);
    }
    return true;
}

QString HistoryDatabase::explain(const QSqlError& error) const
{
    switch (primaryCode(error)) {
    case kSqliteFull:
        return tr("There is no room left for the history in %1: the disk is full (or the file "
                  "reached its size limit). New readings are not being saved; the readings "
                  "saved so far are kept. Free some disk space.")
            .arg(m_path);
    case kSqliteReadOnly:
    case kSqlitePerm:
        return tr("%1 cannot be written: the file or its folder is read-only. New readings are "
                  "not being saved.")
            .arg(m_path);
    case kSqliteBusy:
    case kSqliteLocked:
        return tr("%1 is in use by another program that did not let go of it within %2 "
                  "seconds. Try again when it has finished.")
            .arg(m_path)
            .arg(kBusyTimeoutMs / 1000);
    case kSqliteCantOpen:
        return tr("%1 cannot be opened: its folder is missing or you do not have permission "
                  "to use it.")
            .arg(m_path);
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return tr("%1 is damaged or is not a HAN Monitor history (%2). It was left untouched; "
                  "restore it from a backup or choose another file.")
            .arg(m_path, error.databaseText());
    case kSqliteIoErr:
        return tr("The disk reported an error while using %1 (%2). The readings saved so far "
                  "are kept.")
            .arg(m_path, error.databaseText());
    default:
        return tr("The history %1 could not be used: %2").arg(m_path, error.text());
    }
}

bool HistoryDatabase::backupTo(const QString& target, QString* error)
{
    const QFileInfo info(target);
    const QString finalPath = info.absoluteFilePath();
    if (target.isEmpty() || info.isDir()) {
        *error = tr("Give a file name for the backup, not a folder.");
        return false;
    }
    if (info.exists()) {
        *error = tr("%1 already exists; the backup was not written. Choose a new file name.")
                     .arg(finalPath);
        return false;
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        *error = tr("The folder %1 does not exist.").arg(info.absolutePath());
        return false;
    }

    // Reserve a unique temporary name beside the target: the rename at the end then stays on
    // one file system, and VACUUM INTO accepts an existing empty file.
    QTemporaryFile temporary(finalPath + QStringLiteral(".partial-XXXXXX"));
    if (!temporary.open()) {
        *error = tr("The backup cannot be written to %1: %2")
                     .arg(info.absolutePath(), temporary.errorString());
        return false;
    }
    const QString temporaryPath = temporary.fileName();
    temporary.close();

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporaryPath);
    if (!query.exec()) {
        const QSqlError sqlError = query.lastError();
        if (primaryCode(sqlError) == kSqliteFull || primaryCode(sqlError) == kSqliteIoErr)
            *error = tr("The backup %1 could not be written: the disk is full or failed (%2).")
                         .arg(finalPath, sqlError.databaseText());
        else
            *error = tr("The backup %1 could not be written: %2").arg(finalPath, sqlError.text());
        return false; // `temporary` removes the partial file
    }
    // VACUUM INTO does not sync the copy; make sure it is on the disk before it gets its name.
    QFile copy(temporaryPath);
    if (!copy.open(QIODevice::ReadWrite) || ::fsync(copy.handle()) != 0) {
        *error = tr("The backup %1 could not be saved to the disk.").arg(finalPath);
        return false;
    }
    copy.close();
    // QFile::rename never replaces a file that appeared meanwhile.
    if (!QFile::rename(temporaryPath, finalPath)) {
        *error = tr("The backup could not be given its name %1.").arg(finalPath);
        return false;
    }
    return true;
}

} // namespace han
