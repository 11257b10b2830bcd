// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/storage: includes Qt SQL, which hancore links privately. Include it only
// from .cpp files, never from a header that code outside core/storage includes.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace han {

// One SQLite connection to a history file, opened the careful way: the file is looked at
// before anything is written, so a foreign, damaged or newer file is refused with words that
// name it and is never touched. A read-write connection then sets the PRAGMAs and brings the
// schema up to date; a read-only one only checks the version. Used on one thread only.
//
// PRAGMAs (see docs/ARCHITECTURE.md, Storage): journal_mode=WAL, so readers never block the
// writer and a crash leaves a consistent file; synchronous=NORMAL, which in WAL mode survives
// any crash of the program and loses at most the last commits on a power cut, never the file;
// busy_timeout=5000, so a second writer waits for the first instead of failing.
class HistoryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(HistoryDatabase)

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    static constexpr int kBusyTimeoutMs = 5000;

    HistoryDatabase() = default;
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase&) = delete;
    HistoryDatabase& operator=(const HistoryDatabase&) = delete;

    // False with errorString() set when the file cannot be used; nothing was written then.
    bool open(const QString& path, Access access);
    // Every QSqlQuery on the connection must be gone before this (Qt's rule for removing it).
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }
    QString errorString() const { return m_error; }

    // A failed statement in words for a homeowner: a full disk, a read-only file, a file kept
    // locked by another program... naming the file.
    QString explain(const QSqlError& error) const;

    // A consistent copy of the whole file as it is now (VACUUM INTO, a read transaction, so
    // the writer goes on meanwhile). Written to a temporary file beside `target` and renamed
    // when complete: a failed backup never leaves a half file under the final name. An
    // existing `target` is not replaced.
    bool backupTo(const QString& target, QString* error);

private:
    bool fail(const QString& message);
    bool probe(int& version);
    bool prepareForWriting(int version);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
};

} // namespace han
