// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSerialPort>
#include <QString>
#include <QStringList>

namespace han::cli {

// The serial device `han-cli simulate --port` writes to, at 2400 8N1 (8E1 for Aidon and Kaifa). For soak tests it can be
// "unplugged" and "plugged in" again: the port is closed, an outside command makes the device
// vanish and come back (a pseudo-terminal's socat killed and restarted under the same name), and
// the port is opened again, so the program reading the other end sees a real unplug.
class PortOutput
{
    // Its messages are the simulate command's, and keep their translations there.
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)

public:
    // `unplugCommand`: a program and its arguments, run with "unplug" or "plug" appended; empty
    // when the port is never unplugged.
    PortOutput(QString name, QStringList unplugCommand, bool evenParity = false);

    const QString& name() const { return m_name; }
    bool isPlugged() const { return m_port.isOpen(); }
    // A sentence for people when open, write, unplug or plug failed.
    const QString& error() const { return m_error; }

    bool open();
    // Writes all of `bytes` and waits up to `timeoutMs` until the device has taken them.
    bool write(const QByteArray& bytes, int timeoutMs);
    // Closes the port, then runs the command with "unplug".
    bool unplug();
    // Runs the command with "plug", then opens the port again, waiting for the device to appear.
    bool plug();

private:
    bool runCommand(const QString& action);
    QString openError() const;

    QString m_name;
    QStringList m_unplugCommand;
    bool m_evenParity = false;
    QSerialPort m_port;
    QString m_error;
};

} // namespace han::cli
