// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data_notification.h"
#include "frame_error.h"

#include <cstddef>
#include <cstdint>

namespace han {

// Decodes the information field of a HAN frame (LLC header + xDLMS APDU) into a data-notification.
// Pure: no I/O, no state beyond the call.
class DlmsDecoder
{
public:
    static constexpr std::uint8_t kTagDataNotification = 0x0F;
    static constexpr std::uint8_t kTagGeneralGloCiphering = 0xDB;

    // 3 when `info` starts with the LLC header (E6 E7 00, or E6 E6 00), else 0: an APDU
    // without the LLC header is accepted too.
    static std::size_t llcHeaderSize(const std::uint8_t* info, std::size_t size)
    {
        return size >= 3 && info[0] == 0xE6 && (info[1] == 0xE7 || info[1] == 0xE6) &&
                       info[2] == 0x00
                   ? 3
                   : 0;
    }

    // `info` starts at the LLC header (see llcHeaderSize).
    // Returns true and fills `out`, or false and fills `error` (kind Apdu, Encrypted or Axdr;
    // apduOffset counts from the APDU tag byte). Encrypted APDUs (0xDB) are not decrypted here:
    // StreamDecoder does that with its keys, then hands the plaintext to decodeApdu.
    static bool decodeInfo(const std::uint8_t* info, std::size_t size, DataNotification& out,
                           FrameError& error);
    // `apdu` starts at the APDU tag.
    static bool decodeApdu(const std::uint8_t* apdu, std::size_t size, DataNotification& out,
                           FrameError& error);
};

} // namespace han
