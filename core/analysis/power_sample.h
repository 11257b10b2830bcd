// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace han {

// The powers of one List 1 at a resolved UTC instant, for integrating energy where no register
// difference is available (a missing List 2, the hour in progress).
struct PowerSample
{
    std::int64_t utcMs = 0;
    double activeImportW = 0;
    double activeExportW = 0;
    double reactiveImportVar = 0;
    double reactiveExportVar = 0;
};

} // namespace han
