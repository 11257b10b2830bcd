// SPDX-License-Identifier: GPL-3.0-or-later
#include "history_event.h"

namespace han {

const char* HistoryEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::LinkUp:
        return "link_up";
    case Kind::LinkDown:
        return "link_down";
    case Kind::Reconnect:
        return "reconnect";
    case Kind::RejectedFrames:
        return "rejected_frames";
    }
    return "unknown";
}

std::optional<HistoryEvent::Kind> HistoryEvent::kindFromNumber(std::int64_t number)
{
    switch (number) {
    case 1:
        return Kind::LinkUp;
    case 2:
        return Kind::LinkDown;
    case 3:
        return Kind::Reconnect;
    case 4:
        return Kind::RejectedFrames;
    default:
        return std::nullopt;
    }
}

} // namespace han
