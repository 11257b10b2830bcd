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
                        m.voltageL3V, m.meterClock, m.activeImportWh, m.activeExportWh,
                        m.reactiveImportVarh, m.reactiveExportVarh, m.unknownItems);
    };
    return tie(l) == tie(r) && l.scale == r.scale;
}

} // namespace han
