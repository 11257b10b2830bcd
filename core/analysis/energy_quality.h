// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace han {

// How an hour's energy was found, so every kWh shown can be traced to what the meter said.
enum class EnergyQuality
{
    Measured,  // the difference of two consecutive List 2 register snapshots
    Estimated, // a List 2 is missing: integrated from List 1 power, reconciled to the registers
    Missing,   // no data at all
    Suspect,   // registers repeated or going backwards, or a delta no fuse could carry
};

// "measured", "estimated", "missing", "suspect": the machine names used in CSV and JSON.
const char* energyQualityName(EnergyQuality quality);

// The worse of two, in the order measured < estimated < suspect < missing: what a sum of hours
// (a day, a month) can claim.
EnergyQuality worseQuality(EnergyQuality a, EnergyQuality b);

} // namespace han
