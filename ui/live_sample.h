// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>

namespace han::ui {

// One List 1 as the charts need it: the meter's time resolved to UTC and the values in SI units
// (W, var, A, V). What the list did not carry is NaN, so a chart shows a gap, not a zero.
struct LiveSample
{
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

    std::int64_t utcMs = 0;
    double importW = kNone;
    double exportW = kNone;
    double reactiveImportVar = kNone;
    double reactiveExportVar = kNone;
    double currentA[3] = {kNone, kNone, kNone};
    double voltageV[3] = {kNone, kNone, kNone};
    // Per phase, where the list carries it (the Danish lists): import minus export, W.
    double phasePowerW[3] = {kNone, kNone, kNone};

    // Import minus export: positive while the house draws, negative while it exports.
    double netW() const
    {
        const double in = importW == importW ? importW : 0.0;
        const double out = exportW == exportW ? exportW : 0.0;
        return in - out;
    }
};

} // namespace han::ui
