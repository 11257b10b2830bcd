// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdint>

namespace han {

// The HDLC header fields a frame is sent with. Defaults: a Norwegian Kamstrup meter, client
// address 21 (0x2B), logical server address 16 (0x21), UI frame with P/F set (0x13).
struct HdlcAddressing
{
    QByteArray destination = QByteArray(1, '\x2B');
    QByteArray source = QByteArray(1, '\x21');
    std::uint8_t control = 0x13;
};

} // namespace han
