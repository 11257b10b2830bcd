// SPDX-License-Identifier: GPL-3.0-or-later
#include "port_output.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <utility>

namespace han::cli {
namespace {

constexpr int kBaudRate = 2400;
// How long a plugged-in device may take to appear and open.
constexpr int kReopenTimeoutMs = 30'000;

bool isPseudoTerminal(const QString& name)
{
    return QFileInfo(name).canonicalFilePath().startsWith(QLatin1String("/dev/pts/"));
}

} // namespace

PortOutput::PortOutput(QString name, QStringList unplugCommand, bool evenParity)
    : m_name(std::move(name)), m_unplugCommand(std::move(unplugCommand)), m_evenParity(evenParity)
{
    m_port.setPortName(m_name);
}

QString PortOutput::openError() const
{
    switch (m_port.error()) {
    case QSerialPort::PermissionError:
        if (QFileInfo::exists(m_name))
            return tr("cannot open '%1': %2. On Linux, serial ports belong to the 'dialout' "
                      "group: run 'sudo usermod -aG dialout $USER', then log out and in again; "
                      "or another program has the port open.")
                .arg(m_name, m_port.errorString());
        return tr("cannot open '%1': no such device").arg(m_name);
    case QSerialPort::DeviceNotFoundError:
        return tr("cannot open '%1': no such device").arg(m_name);
    default:
        return tr("cannot open '%1': %2").arg(m_name, m_port.errorString());
    }
}

bool PortOutput::open()
{
    if (!m_port.open(QIODevice::WriteOnly)) {
        m_error = openError();
        return false;
    }
    // A pseudo-terminal (socat, the tests, scripts/soak) refuses even parity: it has no line for
    // a parity bit to travel on, so the bytes go through without one, as its reader gets them.
    const bool parityRefusedByPty =
        m_evenParity && !m_port.setParity(QSerialPort::EvenParity) && isPseudoTerminal(m_name);
    if (!m_port.setBaudRate(kBaudRate) || !m_port.setDataBits(QSerialPort::Data8) ||
        (!parityRefusedByPty &&
         !m_port.setParity(m_evenParity ? QSerialPort::EvenParity : QSerialPort::NoParity)) ||
        !m_port.setStopBits(QSerialPort::OneStop) ||
        !m_port.setFlowControl(QSerialPort::NoFlowControl)) {
        m_error = m_evenParity
                      ? tr("cannot set '%1' to 2400 8E1: %2").arg(m_name, m_port.errorString())
                      : tr("cannot set '%1' to 2400 8N1: %2").arg(m_name, m_port.errorString());
        m_port.close();
        return false;
    }
    return true;
}

bool PortOutput::write(const QByteArray& bytes, int timeoutMs)
{
    if (m_port.write(bytes) != bytes.size() || !m_port.waitForBytesWritten(timeoutMs)) {
        m_error = tr("cannot write to %1: %2").arg(m_name, m_port.errorString());
        return false;
    }
    return true;
}

bool PortOutput::runCommand(const QString& action)
{
    QProcess process;
    process.setProgram(m_unplugCommand.constFirst());
    process.setArguments(m_unplugCommand.mid(1) << action);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start();
    // The command decides how long an unplug takes; it is waited for without a limit.
    if (process.waitForFinished(-1) && process.exitStatus() == QProcess::NormalExit &&
        process.exitCode() == 0)
        return true;
    m_error = process.error() == QProcess::FailedToStart
                  ? tr("cannot run '%1': %2").arg(m_unplugCommand.constFirst(),
                                                   process.errorString())
                  : tr("'%1 %2' failed (exit code %3)")
                        .arg(m_unplugCommand.join(QLatin1Char(' ')), action)
                        .arg(process.exitCode());
    return false;
}

bool PortOutput::unplug()
{
    m_port.close();
    return m_unplugCommand.isEmpty() || runCommand(QStringLiteral("unplug"));
}

bool PortOutput::plug()
{
    if (!m_unplugCommand.isEmpty() && !runCommand(QStringLiteral("plug")))
        return false;
    const QDeadlineTimer deadline(kReopenTimeoutMs);
    while (!open()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    return true;
}

} // namespace han::cli
