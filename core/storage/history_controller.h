// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

namespace han {

class HistoryStore;

// Owns the history thread ("history") and its HistoryStore. The composition root connects
// readings to store()'s slots (queued: the store is on its own thread) and drives it through
// these methods, which may be called from the thread that created the controller.
class HistoryController : public QObject
{
    Q_OBJECT

public:
    explicit HistoryController(QObject* parent = nullptr);
    ~HistoryController() override;

    HistoryStore* store() const { return m_store; }

    void open(const QString& path);
    void flush();
    void backup(const QString& path);
    // Commits what is pending and closes the file; returns when that is done.
    void close();
    // close(), then ends the thread; called by the destructor.
    void shutdown();

    static void registerMetaTypes();

private:
    QThread m_thread;
    HistoryStore* m_store = nullptr;
};

} // namespace han
