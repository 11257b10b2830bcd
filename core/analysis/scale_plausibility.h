// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "power_sample.h"
#include "register_snapshot.h"
#include "scale_settings.h"

#include <cstdint>
#include <vector>

namespace han {

// Checks a meter's scaling against itself: the register differences of consecutive List 2 and
// the List 1 power integrated over the same hours must agree. Real meters differ from their data
// sheet by powers of ten (PROTOCOL.md §10.7): Swedish and Danish Kamstrup meters send energy in
// Wh where the Norwegian list has 10 Wh, so read with Norwegian scaling their registers run ten
// times too fast; some Swedish meters report power ten times too high. Pure.
//
// Only hours whose snapshots are exactly one hour apart and whose List 1 covers most of the hour
// are compared; import and export are added up (a house with panels runs both ways). The ratio
// registers / List 1 over all of them decides:
//  - near 1: Consistent;
//  - near 10^k, k != 0: ScaleMismatch, with `suggested` = the current settings shifted to fix it.
//    Registers too high (k > 0) is read as energy in finer units than assumed (energyShift - k),
//    registers too low (k < 0) as power reported too high (powerShift + k): these are the two
//    faults meters are known for; the opposite two would give the same ratios.
//  - anything else: Inconsistent (not a scaling fault: a tampered or broken meter, bad data);
//  - too few hours or too little energy to tell: NotEnoughData.
class ScalePlausibility
{
public:
    enum class Verdict
    {
        NotEnoughData,
        Consistent,
        ScaleMismatch,
        Inconsistent
    };

    struct Settings
    {
        int minHours = 3;
        // Energy (List 1, import + export) the compared hours must add up to: with 10 Wh register
        // steps, a few kWh make the ratio exact to a few per cent.
        double minKwh = 2.0;
        double minCoverage = 0.9; // share of an hour List 1 must cover
        // How far, in decades, the ratio may lie from a power of ten (0.2: within a factor 1.6).
        double toleranceDecades = 0.2;
    };

    struct Result
    {
        Verdict verdict = Verdict::NotEnoughData;
        int hoursCompared = 0;
        double registerKwh = 0;   // register differences over the compared hours
        double integratedKwh = 0; // List 1 energy over the same hours
        double ratio = 0;         // registerKwh / integratedKwh, when integratedKwh > 0
        int powerOfTen = 0;       // the k of ratio ~ 10^k, for Consistent and ScaleMismatch
        ScaleSettings suggested;  // the current settings, corrected when ScaleMismatch
    };

    // `snapshots` and `samples` ordered by time, as decoded with `current`.
    static Result check(const std::vector<RegisterSnapshot>& snapshots,
                        const std::vector<PowerSample>& samples, const ScaleSettings& current,
                        const Settings& settings);
    static Result check(const std::vector<RegisterSnapshot>& snapshots,
                        const std::vector<PowerSample>& samples, const ScaleSettings& current)
    {
        return check(snapshots, samples, current, Settings{});
    }

    // "not_enough_data", "consistent", "scale_mismatch", "inconsistent".
    static const char* verdictName(Verdict verdict);
};

} // namespace han
