// SPDX-License-Identifier: GPL-3.0-or-later
#include "meter_reading.h"

#include <tuple>

namespace han {

int MeterReading::phaseCount() const
{
    if (currentL3A || voltageL3V)
        return 3;
    if (currentL2A || voltageL2V)
        return 2;
    return (currentL1A || voltageL1V) ? 1 : 0;
}

bool operator==(const MeterReading& l, const MeterReading& r)
{
    const auto tie = [](const MeterReading& m) {
        return std::tie(m.listVersion, m.meterId, m.meterType, m.meterTime, m.receivedAt,
                        m.activeImportW, m.activeExportW, m.reactiveImportVar, m.reactiveExportVar,
                        m.currentL1A, m.currentL2A, m.currentL3A, m.voltageL1V, m.voltageL2V,
                        m.voltageL3V, m.activeImportL1W, m.activeImportL2W, m.activeImportL3W,
                        m.activeExportL1W, m.activeExportL2W, m.activeExportL3W, m.powerFactorL1,
                        m.powerFactorL2, m.powerFactorL3, m.powerFactor, m.activeImportL1Wh,
                        m.activeImportL2Wh, m.activeImportL3Wh, m.activeExportL1Wh,
                        m.activeExportL2Wh, m.activeExportL3Wh, m.meterClock, m.activeImportWh,
                        m.activeExportWh, m.reactiveImportVarh, m.reactiveExportVarh,
                        m.unknownItems);
    };
    return tie(l) == tie(r) && l.scale == r.scale;
}

} // namespace han
