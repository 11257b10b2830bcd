// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace han::test {

// A plain SQLite connection beside the code under test, to look into a history file (PRAGMA
// integrity_check, row counts) or to doctor one (a newer schema version, a foreign table) the
// way another program would. Unique connection name per object; use on one thread.
class RawDatabase
{
public:
    explicit RawDatabase(const QString& path, bool readOnly = false);
    ~RawDatabase();
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    // The first column of the first row; an invalid QVariant (and lastError()) on failure.
    QVariant scalar(const QString& sql);
    bool exec(const QString& sql);
    QString lastError() const { return m_error; }
    QSqlDatabase& connection() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace han::test
