// SPDX-License-Identifier: GPL-3.0-or-later
#include "serial_byte_source.h"

#include <QFileInfo>
#include <QSerialPort>

namespace han {
namespace {

QSerialPort::Parity toQt(PortSettings::Parity parity)
{
    return parity == PortSettings::Parity::Even ? QSerialPort::EvenParity : QSerialPort::NoParity;
}

// Words for people about a failed open or read, with what to do about it.
QString explain(QSerialPort::SerialPortError error, const QString& location,
                const QString& systemMessage)
{
    switch (error) {
    case QSerialPort::DeviceNotFoundError:
        return SerialByteSource::tr(
                   "The adapter %1 is not there. Check that the USB cable is plugged in.")
            .arg(location);
    case QSerialPort::PermissionError:
        if (QFileInfo::exists(location))
            return SerialByteSource::tr(
                       "You may not open %1 (%2). On Linux, serial ports belong to the 'dialout' "
                       "group: run 'sudo usermod -aG dialout $USER', then log out and in again. "
                       "If another program uses the adapter, close it.")
                .arg(location, systemMessage);
        return SerialByteSource::tr(
                   "The adapter %1 is not there. Check that the USB cable is plugged in.")
            .arg(location);
    case QSerialPort::OpenError:
        return SerialByteSource::tr("%1 is already open in this program.").arg(location);
    case QSerialPort::ResourceError:
    case QSerialPort::ReadError:
        return SerialByteSource::tr("The connection to the adapter %1 was lost (%2). Was the USB "
                                    "cable pulled out?")
            .arg(location, systemMessage);
    default:
        return SerialByteSource::tr("Reading from %1 failed: %2").arg(location, systemMessage);
    }
}

} // namespace

SerialByteSource::SerialByteSource(QString location, const PortSettings& settings,
                                   PortSettings::Parity parity, QObject* parent)
    : ByteSource(parent), m_location(std::move(location)), m_settings(settings), m_parity(parity)
{
}

SerialByteSource::~SerialByteSource()
{
    close();
}

void SerialByteSource::open()
{
    if (!m_port) {
        m_port = new QSerialPort(this);
        connect(m_port, &QSerialPort::readyRead, this, &SerialByteSource::readAvailable);
        connect(m_port, &QSerialPort::errorOccurred, this,
                [this](QSerialPort::SerialPortError error) { handleError(error); });
    }
    m_port->setPortName(m_location);
    m_port->setBaudRate(m_settings.baudRate);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(toQt(m_parity));
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadOnly)) {
        const QSerialPort::SerialPortError error = m_port->error();
        const QString detail = explain(error, m_location, m_port->errorString());
        Failure failure = Failure::Io;
        if (error == QSerialPort::DeviceNotFoundError ||
            (error == QSerialPort::PermissionError && !QFileInfo::exists(m_location)))
            failure = Failure::NotFound;
        else if (error == QSerialPort::PermissionError)
            failure = Failure::PermissionDenied;
        else if (error == QSerialPort::OpenError)
            failure = Failure::Busy;
        m_port->clearError();
        emit failed(failure, detail);
        return;
    }
    emit opened();
}

void SerialByteSource::close()
{
    if (m_port && m_port->isOpen())
        m_port->close();
}

QString SerialByteSource::description() const
{
    const QString framing =
        QString::number(m_settings.baudRate) + QLatin1String(" 8") +
        (m_parity == PortSettings::Parity::Even ? QLatin1Char('E') : QLatin1Char('N')) +
        QLatin1Char('1');
    return SerialByteSource::tr("serial port %1, %2").arg(m_location, framing);
}

void SerialByteSource::setParity(PortSettings::Parity parity)
{
    m_parity = parity;
    if (m_port && m_port->isOpen())
        m_port->setParity(toQt(parity));
}

void SerialByteSource::readAvailable()
{
    const QByteArray bytes = m_port->readAll();
    if (!bytes.isEmpty())
        emit bytesReceived(bytes, QDateTime());
}

void SerialByteSource::handleError(int code)
{
    const auto error = static_cast<QSerialPort::SerialPortError>(code);
    if (error == QSerialPort::NoError || !m_port->isOpen())
        return;
    // Timeouts and unsupported-operation notices are not failures of the link.
    if (error == QSerialPort::TimeoutError || error == QSerialPort::UnsupportedOperationError)
        return;
    const QString detail = explain(error, m_location, m_port->errorString());
    // Whatever broke an open port, the device is gone for now: look for it until it is back.
    const Failure failure = Failure::Vanished;
    m_port->clearError();
    m_port->close();
    emit failed(failure, detail);
}

} // namespace han
