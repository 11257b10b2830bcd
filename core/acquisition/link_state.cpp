// SPDX-License-Identifier: GPL-3.0-or-later
#include "link_state.h"

namespace han {

const char* linkStateName(LinkState state)
{
    switch (state) {
    case LinkState::Disconnected:
        return "disconnected";
    case LinkState::Connecting:
        return "connecting";
    case LinkState::Connected:
        return "connected";
    case LinkState::NoData:
        return "no-data";
    case LinkState::Reconnecting:
        return "reconnecting";
    }
    return "unknown";
}

} // namespace han
