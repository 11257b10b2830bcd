// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

namespace han {

// Where the bytes of a HAN stream come from: a serial port, a replayed capture or the simulator.
// A source lives on the acquisition thread: it is created there by the worker, and open(),
// close() and its signals all happen there.
class ByteSource : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        NotFound,         // the device is not there
        PermissionDenied, // the user may not open it (Linux: not in the dialout group)
        Busy,             // another program has it open
        Io,               // reading failed
        Vanished,         // the device went away while open (cable or adapter pulled)
        EndOfInput,       // a capture has been played to its end
    };
    Q_ENUM(Failure)

    using QObject::QObject;

    virtual void open() = 0;
    virtual void close() = 0;
    // For people: "serial port /dev/ttyUSB0, 2400 8N1", "simulated meter", "replay of x.log".
    virtual QString description() const = 0;
    virtual bool isSimulated() const { return false; }
    // Serial ports come back after a re-plug; a finished replay does not.
    virtual bool canReconnect() const { return false; }

signals:
    void opened();
    // `sourceTimeUtc`: when the bytes were sent in the source's own time (the simulator's
    // simulated clock); invalid for live ports, where the receiver stamps the host clock.
    void bytesReceived(const QByteArray& bytes, const QDateTime& sourceTimeUtc);
    void failed(han::ByteSource::Failure failure, const QString& detail);
};

} // namespace han
