// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

namespace han {

// The state of the link to the meter, owned by the acquisition worker (STYLE.md habit 6).
enum class LinkState {
    Disconnected, // not started, or stopped
    Connecting,   // opening the source
    Connected,    // bytes arriving and frames valid
    NoData,       // open, but no valid frame for the watchdog's time; the detail says why
    Reconnecting, // the source failed; retrying with backoff
};

const char* linkStateName(LinkState state);

} // namespace han

Q_DECLARE_METATYPE(han::LinkState)
