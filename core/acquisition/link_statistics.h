// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>

#include <cstdint>

namespace han {

// Counters of one acquisition run, for the diagnostics view and `han-cli listen`.
struct LinkStatistics
{
    std::uint64_t bytesReceived = 0;
    std::uint64_t framesOk = 0; // frames that decoded to a reading
    std::uint64_t hcsErrors = 0;
    std::uint64_t fcsErrors = 0;
    std::uint64_t flagErrors = 0;
    std::uint64_t truncatedFrames = 0;
    std::uint64_t unknownContent = 0; // valid frames of another list, encrypted or malformed
    std::uint64_t skippedBytes = 0;
    std::uint64_t reconnects = 0;
    QDateTime lastReadingUtc;

    friend bool operator==(const LinkStatistics& l, const LinkStatistics& r)
    {
        return l.bytesReceived == r.bytesReceived && l.framesOk == r.framesOk &&
               l.hcsErrors == r.hcsErrors && l.fcsErrors == r.fcsErrors &&
               l.flagErrors == r.flagErrors && l.truncatedFrames == r.truncatedFrames &&
               l.unknownContent == r.unknownContent && l.skippedBytes == r.skippedBytes &&
               l.reconnects == r.reconnects && l.lastReadingUtc == r.lastReadingUtc;
    }
    friend bool operator!=(const LinkStatistics& l, const LinkStatistics& r) { return !(l == r); }
};

} // namespace han

Q_DECLARE_METATYPE(han::LinkStatistics)
