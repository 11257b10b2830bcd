// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture_reader.h"
#include "meter_keys.h"
#include "port_settings.h"
#include "simulator_settings.h"

#include <QMetaType>
#include <QString>

namespace han {

// What the acquisition worker should read from: a value handed across threads to its start slot.
struct SourceSpec
{
    enum class Kind { Serial, Simulator, Replay };

    Kind kind = Kind::Simulator;
    PortSettings port;
    // The keys of the meter on this connection, for encrypted frames (empty: none entered).
    MeterKeys keys;

    SimulatorSettings simulator;
    double simulatorSpeed = 1.0; // 1 = real time, up to 10 000

    QString replayPath;
    CaptureReader::Format replayFormat = CaptureReader::Format::Auto;
    double replaySpeed = 1.0; // 0 = as fast as possible
};

} // namespace han

Q_DECLARE_METATYPE(han::SourceSpec)
