// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>

#include <cstdint>

namespace han {

// Why bytes were rejected. A value, never UI text: the UI and the CLI word it for people.
struct FrameError
{
    enum class Kind : std::uint8_t {
        Hcs,             // header check sequence wrong
        Fcs,             // frame check sequence wrong
        Flag,            // no closing flag where the length field says the frame ends
        Truncated,       // the frame was cut short (by the next frame or the end of the stream)
        Apdu,            // a valid frame that does not carry a data-notification
        Encrypted,       // a general-glo-ciphering APDU (tag 0xDB); the keys it needs are not set
        UnsupportedList, // a list of another make or layout; `listName` says which
        Axdr,            // malformed A-XDR or ciphering header; `apduOffset` says where
        Authentication,  // an encrypted frame whose tag does not match: wrong keys or damaged bytes
        Replay,          // an encrypted frame whose frame counter is not newer than the last one
    };

    Kind kind = Kind::Axdr;
    // Position of the frame's opening 0x7E in the byte stream, -1 when not from a stream.
    std::int64_t streamOffset = -1;
    // For Axdr: offset of the offending byte inside the APDU (from its tag byte; for an encrypted
    // frame inside the decrypted APDU, or inside the ciphering header when that is wrong), else -1.
    std::int32_t apduOffset = -1;
    // For UnsupportedList: the list's version string as sent (e.g. "AIDON_V0001"), may be empty.
    QByteArray listName;
    // The rejected bytes (a whole frame, or the bytes up to the point of failure), for diagnostics.
    QByteArray bytes;

    // Stable machine names used in JSON output: "hcs", "fcs", "flag", "truncated", ...
    static const char* kindName(Kind kind);
    const char* kindName() const { return kindName(kind); }
    static constexpr int kKindCount = 10;
};

} // namespace han

Q_DECLARE_METATYPE(han::FrameError)
