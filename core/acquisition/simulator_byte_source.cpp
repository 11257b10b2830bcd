// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator_byte_source.h"

#include "uart_receiver.h"

#include <algorithm>
#include <cmath>

namespace han {

SimulatorByteSource::SimulatorByteSource(const SimulatorSettings& settings, double speed,
                                         PortSettings::Parity lineParity, QObject* parent)
    : ByteSource(parent), m_settings(settings), m_speed(std::clamp(speed, 1.0, kMaxSpeed)),
      m_readsEvenParity(lineParity == PortSettings::Parity::Even), m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimulatorByteSource::emitDue);
}

SimulatorByteSource::~SimulatorByteSource() = default;

QString SimulatorByteSource::description() const
{
    if (m_speed == 1.0)
        return tr("simulated meter %1").arg(m_settings.meterId);
    return tr("simulated meter %1 at %2× speed")
        .arg(m_settings.meterId, QString::number(m_speed, 'g', 6));
}

void SimulatorByteSource::setParity(PortSettings::Parity parity)
{
    m_readsEvenParity = parity == PortSettings::Parity::Even;
}

void SimulatorByteSource::open()
{
    SimulatorSettings settings = m_settings;
    if (!settings.start.isValid())
        settings.start = QDateTime::currentDateTimeUtc();
    m_simulator = std::make_unique<MeterSimulator>(settings);
    m_origin = settings.start;
    m_next = m_simulator->next();
    emit opened();
    m_clock.start();
    emitDue();
}

void SimulatorByteSource::close()
{
    m_timer.stop();
    m_simulator.reset();
    m_next.reset();
}

void SimulatorByteSource::emitDue()
{
    while (m_simulator && m_next) {
        const qint64 simulatedMs = m_origin.msecsTo(m_next->sentAtUtc);
        const auto dueMs =
            static_cast<qint64>(std::llround(static_cast<double>(simulatedMs) / m_speed));
        const qint64 now = m_clock.elapsed();
        if (dueMs > now) {
            m_timer.start(static_cast<int>(std::min<qint64>(dueMs - now, 60'000)));
            return;
        }
        const SimulatedFrame frame = *m_next;
        m_next = m_simulator->next();
        // An "unplugged" push sends nothing, as a pulled cable would.
        if (!frame.wire.isEmpty())
            emit bytesReceived(UartReceiver::receive(frame.wire, m_settings.sendsEvenParity(),
                                                     m_readsEvenParity),
                               frame.sentAtUtc);
    }
}

} // namespace han
