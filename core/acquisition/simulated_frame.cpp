// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulated_frame.h"

namespace han {

const char* SimulatedFrame::damageName(Damage damage)
{
    // The truth file's vocabulary: tests and the soak harness match on these strings.
    switch (damage) {
    case Damage::None:
        return "none";
    case Damage::BitFlip:
        return "bitflip";
    case Damage::Drop:
        return "drop";
    case Damage::Noise:
        return "noise";
    case Damage::Truncate:
        return "truncate";
    case Damage::Unplugged:
        return "unplugged";
    }
    return "none";
}

} // namespace han
