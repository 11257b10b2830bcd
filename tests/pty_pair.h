// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace han::test {

// A real pseudo-terminal pair made by socat: what is written to meterEnd() arrives at
// adapterEnd(), which the code under test opens with QSerialPort as if it were a USB adapter.
// stop() and start() again make the device vanish and come back under the same link name.
class PtyPair
{
public:
    PtyPair();
    ~PtyPair();

    static bool socatAvailable();

    bool start();
    void stop();
    bool isRunning() const;

    QString meterEnd() const { return m_dir.filePath(QStringLiteral("meter")); }
    QString adapterEnd() const { return m_dir.filePath(QStringLiteral("adapter")); }

    // Writes to the meter end (opened per call, as a meter that keeps sending would).
    bool write(const QByteArray& bytes);

private:
    QTemporaryDir m_dir;
    QProcess m_socat;
};

} // namespace han::test
