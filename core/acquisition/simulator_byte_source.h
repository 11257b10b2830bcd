// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "byte_source.h"
#include "meter_simulator.h"
#include "port_settings.h"
#include "simulator_settings.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>
#include <optional>

namespace han {

// The built-in meter: MeterSimulator's pushes, paced in real time or accelerated (×1 to
// ×10 000). It is the app's source when no meter is attached and always says it is simulated.
//
// It honours the parity the line is read with, like a serial adapter between the meter and the
// app: read with another parity than the make sends (Aidon and Kaifa 8E1, Kamstrup 8N1), each
// frame arrives as a UART set that way would deliver it (UartReceiver), never as a valid frame.
// So the acquisition worker's Auto parity finds the make's setting as it would on a real port.
class SimulatorByteSource : public ByteSource
{
    Q_OBJECT

public:
    // `lineParity`: how the line is read (Auto counts as none, where the worker starts).
    SimulatorByteSource(const SimulatorSettings& settings, double speed,
                        PortSettings::Parity lineParity = PortSettings::Parity::None,
                        QObject* parent = nullptr);
    ~SimulatorByteSource() override;

    void open() override;
    void close() override;
    QString description() const override;
    bool isSimulated() const override { return true; }
    // The worker's parity probe switches the line, as SerialByteSource::setParity does.
    void setParity(PortSettings::Parity parity);

    static constexpr double kMaxSpeed = 10'000.0;

private:
    void emitDue();

    SimulatorSettings m_settings;
    double m_speed;
    bool m_readsEvenParity = false;
    std::unique_ptr<MeterSimulator> m_simulator;
    std::optional<SimulatedFrame> m_next;
    QDateTime m_origin; // simulated time at which the host clock started
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace han
