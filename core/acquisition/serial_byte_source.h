// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "byte_source.h"
#include "port_settings.h"

class QSerialPort;

namespace han {

// A HAN adapter on a serial port: 2400 baud, 8 data bits, 1 stop bit, the parity of the meter.
class SerialByteSource : public ByteSource
{
    Q_OBJECT

public:
    // `location` is the device to open now (the worker finds it, after a re-plug perhaps under a
    // new name); `parity` None or Even (Auto is the worker's business).
    SerialByteSource(QString location, const PortSettings& settings, PortSettings::Parity parity,
                     QObject* parent = nullptr);
    ~SerialByteSource() override;

    void open() override;
    void close() override;
    QString description() const override;
    bool canReconnect() const override { return true; }

    void setParity(PortSettings::Parity parity);
    PortSettings::Parity parity() const { return m_parity; }

private:
    // QSerialPort::SerialPortError, kept out of this header so hancore's users need no
    // QtSerialPort headers (hancore links Qt6::SerialPort privately).
    void handleError(int error);
    void readAvailable();

    QString m_location;
    PortSettings m_settings;
    PortSettings::Parity m_parity;
    QSerialPort* m_port = nullptr;
};

} // namespace han
