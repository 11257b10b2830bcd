// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace han {

// The decimal exponents of a make's list where an item carries no scaler of its own:
// value = raw × 10^exponent (PROTOCOL.md §6, §7, §9.4). ScaleSettings shifts come on top.
struct ListUnits
{
    int power = 0;        // W and var, totals and per phase
    int current = -2;     // A
    int voltage = 0;      // V
    int energy = 1;       // Wh and varh, totals and per phase
    int powerFactor = -2; // 0 to 1
    // A raw voltage of 1000 or more is in 0.01 V: no grid voltage reaches 1000 V, and recent
    // Danish Kamstrup meters send hundredths (PROTOCOL.md §10.7, "5digitVoltage").
    bool voltageHundredthsFrom1000 = false;
};

} // namespace han
