// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulated_frame.h"
#include "simulator_random.h"
#include "simulator_settings.h"

#include <cstdint>

namespace han {

// Damages simulated frames on their way to the wire, the way a loose HAN cable, a cheap adapter
// or a slow reader does (PROTOCOL.md §10.3). Pure and deterministic from its seed.
//
// Each frame gets at most one damage. Every frame draws all four chances (so changing one rate
// does not reshuffle the others) and the first that hits, in this order, is applied:
//   unplugged (the adapter is out: no bytes at all) > bit flip > drop > noise > truncate.
// So with rates b, d, n, t the shares are b, (1-b)d, (1-b)(1-d)n, (1-b)(1-d)(1-n)t.
//
// The damage always breaks the frame, never just its surroundings: the opening and closing flags
// are never dropped and a truncated frame always loses at least its last FCS byte, because the
// neighbouring frames' flags would stand in for a missing flag and the frame would still arrive.
// Noise is the exception by design: random bytes *before* an intact frame, which a reader must
// skip; the frame itself then decodes.
class FaultInjector
{
public:
    // `startUtcMs`: the start of the simulation, from which the unplug period counts.
    FaultInjector(const FaultSettings& settings, std::uint64_t seed, std::int64_t startUtcMs);

    // Sets frame.wire, damage, damageAt and noiseBytes from frame.intact and frame.sentAtUtc.
    void apply(SimulatedFrame& frame);

    // Whether the adapter is unplugged at this instant: for unplugSeconds after every
    // unplugEveryHours of simulated time (never at the very start).
    bool isUnplugged(std::int64_t utcMs) const;

private:
    FaultSettings m_settings;
    std::int64_t m_startUtcMs = 0;
    std::int64_t m_unplugPeriodMs = 0;
    SimulatorRandom m_random;
};

} // namespace han
