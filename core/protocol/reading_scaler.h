// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_reading.h"
#include "scale_settings.h"

namespace han {

// Converts a reading mapped with one ScaleSettings (reading.scale) to another, as if the
// ListMapper had used `target` in the first place: each value is raw × 10^k, and becomes
// raw × 10^(k + target shift − reading.scale shift). The raw decimal is recovered from the
// value, so 5.64 A shifted by −1 is exactly the double the mapper gives for 0.564 A, not
// 5.64 / 10 with its last bit off. Power covers active and reactive power, energy all four
// registers. Pure.
class ReadingScaler
{
public:
    static void rescale(MeterReading& reading, const ScaleSettings& target);

    // `value` × 10^shift, exact for values the mapper makes (raw / 10^d, d ≤ 9).
    static double shifted(double value, int shift);
};

} // namespace han
