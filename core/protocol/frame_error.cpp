// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame_error.h"

namespace han {

const char* FrameError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Hcs: return "hcs";
    case Kind::Fcs: return "fcs";
    case Kind::Flag: return "flag";
    case Kind::Truncated: return "truncated";
    case Kind::Apdu: return "apdu";
    case Kind::Encrypted: return "encrypted";
    case Kind::UnsupportedList: return "unsupported_list";
    case Kind::Axdr: return "axdr";
    case Kind::Authentication: return "authentication";
    case Kind::Replay: return "replay";
    }
    return "unknown";
}

} // namespace han
