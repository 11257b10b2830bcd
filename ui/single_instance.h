// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace han::ui {

// One HAN Monitor per user: two would fight over the serial port and write the same history.
// The first instance holds a lock file (QLockFile, so a crashed instance's stale lock is taken
// over) and listens on a local socket; a second start finds the lock taken, asks the first to
// show its window, and exits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // `key` names the lock and the socket; the default is per user, shared by every start.
    explicit SingleInstance(const QString& key = defaultKey(), QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when this process is now the one instance (and listens for others).
    bool acquire();
    // From a second instance: asks the running one to come forward. True when it answered.
    bool activateRunning(int timeoutMs = 2000);

    QString lockPath() const { return m_lockPath; }
    static QString defaultKey();

signals:
    // Another start asked this instance to show its window.
    void activationRequested();

private:
    QString m_key;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
};

} // namespace han::ui
