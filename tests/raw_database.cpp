// SPDX-License-Identifier: GPL-3.0-or-later
#include "raw_database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace han::test {

RawDatabase::RawDatabase(const QString& path, bool readOnly)
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("raw-test-%1").arg(++counter);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(readOnly
                               ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                               : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        m_error = m_db.lastError().text();
}

RawDatabase::~RawDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QVariant RawDatabase::scalar(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next()) {
        m_error = query.lastError().text();
        return {};
    }
    return query.value(0);
}

bool RawDatabase::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace han::test
