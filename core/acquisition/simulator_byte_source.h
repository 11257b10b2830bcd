// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "byte_source.h"
#include "meter_simulator.h"
#include "simulator_settings.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>
#include <optional>

namespace han {

// The built-in meter: MeterSimulator's pushes, paced in real time or accelerated (×1 to
// ×10 000). It is the app's source when no meter is attached and always says it is simulated.
class SimulatorByteSource : public ByteSource
{
    Q_OBJECT

public:
    SimulatorByteSource(const SimulatorSettings& settings, double speed, QObject* parent = nullptr);
    ~SimulatorByteSource() override;

    void open() override;
    void close() override;
    QString description() const override;
    bool isSimulated() const override { return true; }

    static constexpr double kMaxSpeed = 10'000.0;

private:
    void emitDue();

    SimulatorSettings m_settings;
    double m_speed;
    std::unique_ptr<MeterSimulator> m_simulator;
    std::optional<SimulatedFrame> m_next;
    QDateTime m_origin; // simulated time at which the host clock started
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace han
