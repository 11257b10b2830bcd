// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace han {

// How to open and watch a serial HAN adapter. A plain struct: QSettings stays in app/ and ui/.
struct PortSettings
{
    enum class Parity { None, Even, Auto };

    // The device as chosen ("ttyUSB0" or a full path such as /dev/ttyUSB0 or a pty link).
    QString portName;
    // The adapter's identity when known, to find it again under a new name after a re-plug.
    QString serialNumber;
    std::uint16_t vendorId = 0;
    std::uint16_t productId = 0;

    std::int32_t baudRate = 2400;
    // Kamstrup: none (8N1). Aidon and Kaifa: even (8E1). Auto starts with none and tries the
    // other parity when bytes arrive but no valid frame does for parityProbeMs.
    Parity parity = Parity::None;

    // Durations, in milliseconds, so tests can run them scaled down.
    int noDataTimeoutMs = 30'000;
    int parityProbeMs = 25'000;
    int locatorPollMs = 1'500;
    std::vector<int> backoffMs{1'000, 2'000, 5'000, 10'000, 30'000};
};

} // namespace han
