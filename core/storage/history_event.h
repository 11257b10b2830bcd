// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

namespace han {

// One row of the `events` table: what happened to the link, so a gap in the history can be
// explained later ("the adapter was unplugged from 02:10 to 02:40") rather than guessed at.
struct HistoryEvent
{
    // The numbers are stored in the file: never renumber, only append.
    enum class Kind
    {
        LinkUp = 1,         // the link reached Connected
        LinkDown = 2,       // the link left Connected (the detail says why)
        Reconnect = 3,      // the worker is reconnecting after an error
        RejectedFrames = 4, // `count` frames rejected in the minute starting at utcMs
    };

    std::optional<QString> meterId; // empty when the event concerns no known meter
    std::int64_t utcMs = 0;
    Kind kind = Kind::LinkUp;
    std::int64_t count = 0;
    QString detail; // for people, as the worker said it

    // "link_up", "link_down", "reconnect", "rejected_frames".
    static const char* kindName(Kind kind);
    static std::optional<Kind> kindFromNumber(std::int64_t number);

    friend bool operator==(const HistoryEvent& l, const HistoryEvent& r)
    {
        return l.meterId == r.meterId && l.utcMs == r.utcMs && l.kind == r.kind &&
               l.count == r.count && l.detail == r.detail;
    }
};

} // namespace han

Q_DECLARE_METATYPE(han::HistoryEvent)
