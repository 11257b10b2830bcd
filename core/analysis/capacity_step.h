// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace han {

// One step of a grid company's capacity ladder ("kapasitetsledd" / "effekttrinn"): a monthly
// top-3 average in [fromKw, toKw) pays monthlyPrice. The top step has no upper bound.
struct CapacityStep
{
    double fromKw = 0;
    std::optional<double> toKw; // empty: the top step
    double monthlyPrice = 0;    // in the user's currency (kr), per month
};

} // namespace han
