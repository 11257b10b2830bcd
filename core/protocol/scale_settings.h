// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace han {

// Per-meter corrections of the decimal scaling, as powers of ten added to the list's own
// exponent. Real meters differ from their data sheet (PROTOCOL.md §10.7): Swedish Kamstrup meters
// send energy in Wh where Norwegian ones send 10 Wh (energyShift = -1), some send power ten times
// too high (powerShift = -1), CT meters send current in mA (currentShift = -1).
struct ScaleSettings
{
    int powerShift = 0;
    int currentShift = 0;
    int voltageShift = 0;
    int energyShift = 0;

    friend bool operator==(const ScaleSettings& l, const ScaleSettings& r)
    {
        return l.powerShift == r.powerShift && l.currentShift == r.currentShift &&
               l.voltageShift == r.voltageShift && l.energyShift == r.energyShift;
    }
};

} // namespace han
