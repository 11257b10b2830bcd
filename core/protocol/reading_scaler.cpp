// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading_scaler.h"

#include <array>
#include <cmath>
#include <initializer_list>
#include <optional>

namespace han {
namespace {

// Powers of ten that doubles hold exactly (10^22 is the last).
constexpr std::array<double, 23> kPow10{1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr int kMaxDecimals = 9;                         // the mapper's exponents reach -9
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

void shiftAll(std::initializer_list<std::optional<double>*> fields, int shift)
{
    if (shift == 0)
        return;
    for (std::optional<double>* field : fields) {
        if (*field)
            **field = ReadingScaler::shifted(**field, shift);
    }
}

} // namespace

double ReadingScaler::shifted(double value, int shift)
{
    if (shift == 0 || value == 0.0 || !std::isfinite(value))
        return value;
    // The mapper made `value` as n / 10^d (or n × 10^k, an integer): find that n and d.
    for (int d = 0; d <= kMaxDecimals; ++d) {
        const double n = std::nearbyint(value * kPow10[static_cast<std::size_t>(d)]);
        if (std::fabs(n) >= kMaxExactInteger)
            break;
        if (n / kPow10[static_cast<std::size_t>(d)] != value)
            continue;
        const int exponent = shift - d;
        if (exponent < -22 || exponent > 22)
            break;
        return exponent < 0 ? n / kPow10[static_cast<std::size_t>(-exponent)]
                            : n * kPow10[static_cast<std::size_t>(exponent)];
    }
    return value * std::pow(10.0, shift); // not a short decimal: as near as it gets
}

void ReadingScaler::rescale(MeterReading& r, const ScaleSettings& target)
{
    const ScaleSettings& from = r.scale;
    shiftAll({&r.activeImportW, &r.activeExportW, &r.reactiveImportVar, &r.reactiveExportVar,
              &r.activeImportL1W, &r.activeImportL2W, &r.activeImportL3W, &r.activeExportL1W,
              &r.activeExportL2W, &r.activeExportL3W},
             target.powerShift - from.powerShift);
    shiftAll({&r.currentL1A, &r.currentL2A, &r.currentL3A},
             target.currentShift - from.currentShift);
    shiftAll({&r.voltageL1V, &r.voltageL2V, &r.voltageL3V},
             target.voltageShift - from.voltageShift);
    shiftAll({&r.activeImportWh, &r.activeExportWh, &r.reactiveImportVarh, &r.reactiveExportVarh,
              &r.activeImportL1Wh, &r.activeImportL2Wh, &r.activeImportL3Wh, &r.activeExportL1Wh,
              &r.activeExportL2Wh, &r.activeExportL3Wh},
             target.energyShift - from.energyShift);
    r.scale = target;
}

} // namespace han
