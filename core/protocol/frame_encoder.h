// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data_notification.h"
#include "hdlc_addressing.h"

#include <QByteArray>

#include <cstddef>

namespace han {

// The inverse of HdlcFramer + DlmsDecoder: a data-notification becomes a complete HDLC frame with
// correct HCS and FCS. Every length and count is written in the form the tree records, so a
// decoded real frame is re-created byte for byte. Used by the meter simulator and the tests.
class FrameEncoder
{
public:
    // Appends the A-XDR encoding of the subtree at `index`.
    static void appendValue(const CosemTree& tree, std::size_t index, QByteArray& out);
    // The APDU: 0F, long-invoke-id-and-priority, date-time in its recorded encoding, body.
    static QByteArray encodeApdu(const DataNotification& notification);
    // 7E, format (type 3, length), addresses, control, HCS, information, FCS, 7E.
    static QByteArray encodeFrame(const QByteArray& information, const HdlcAddressing& addressing = {});
    // LLC header E6 E7 00 + APDU, framed.
    static QByteArray encodeNotificationFrame(const DataNotification& notification,
                                              const HdlcAddressing& addressing = {});
};

} // namespace han
