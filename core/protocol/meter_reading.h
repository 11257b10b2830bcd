// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_date_time.h"
#include "obis.h"
#include "scale_settings.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace han {

// A list item the mapper does not know: kept for the diagnostics view, not an error.
struct UnknownItem
{
    Obis obis;
    std::uint8_t tag = 0;  // the A-XDR tag it came with
    std::int64_t integer = 0; // integers, enums and booleans
    QByteArray bytes;         // strings and date-times
    friend bool operator==(const UnknownItem& l, const UnknownItem& r)
    {
        return l.obis == r.obis && l.tag == r.tag && l.integer == r.integer && l.bytes == r.bytes;
    }
};

// One decoded list in SI base units (W, var, A, V, Wh, varh). What the list did not carry is
// empty. A value type: cheap to copy (the strings are implicitly shared), safe across threads.
struct MeterReading
{
    QString listVersion; // "Kamstrup_V0001"
    QString meterId;     // GS1 number, 16 digits
    QString meterType;   // e.g. "6841131BN243101040"

    // The APDU header date-time exactly as sent (wall clock, zone not applied).
    std::optional<CosemDateTime> meterTime;
    // When the host received the frame (UTC), when known; the decoder leaves it empty.
    std::optional<QDateTime> receivedAt;

    std::optional<double> activeImportW;
    std::optional<double> activeExportW;
    std::optional<double> reactiveImportVar;
    std::optional<double> reactiveExportVar;
    std::optional<double> currentL1A;
    std::optional<double> currentL2A;
    std::optional<double> currentL3A;
    std::optional<double> voltageL1V;
    std::optional<double> voltageL2V;
    std::optional<double> voltageL3V;

    // Per phase, where the list carries them (the Danish "DLMS push" lists, PROTOCOL.md §9.4):
    // active power each way, power factor (0 to 1; `powerFactor` is the meter's total), and the
    // cumulative active energy registers, which those lists send in every push.
    std::optional<double> activeImportL1W;
    std::optional<double> activeImportL2W;
    std::optional<double> activeImportL3W;
    std::optional<double> activeExportL1W;
    std::optional<double> activeExportL2W;
    std::optional<double> activeExportL3W;
    std::optional<double> powerFactorL1;
    std::optional<double> powerFactorL2;
    std::optional<double> powerFactorL3;
    std::optional<double> powerFactor;
    std::optional<double> activeImportL1Wh;
    std::optional<double> activeImportL2Wh;
    std::optional<double> activeImportL3Wh;
    std::optional<double> activeExportL1Wh;
    std::optional<double> activeExportL2Wh;
    std::optional<double> activeExportL3Wh;

    // The hourly list (List 2): the meter clock and the cumulative registers at hh:00.
    std::optional<CosemDateTime> meterClock;
    std::optional<double> activeImportWh;
    std::optional<double> activeExportWh;
    std::optional<double> reactiveImportVarh;
    std::optional<double> reactiveExportVarh;

    std::vector<UnknownItem> unknownItems;

    // The corrections the values were mapped with (ListMapper::scaleSettings(); none: the data
    // sheet's units). The history converts a reading to its meter's stored settings from these
    // (ReadingScaler), so a corrected reading is never corrected twice.
    ScaleSettings scale;

    // A List 2 is recognised by its content: it carries the cumulative registers.
    bool hasRegisters() const
    {
        return activeImportWh || activeExportWh || reactiveImportVarh || reactiveExportVarh;
    }
    // Phases the list carries a current or voltage for (1 for single-phase meters).
    int phaseCount() const;

    friend bool operator==(const MeterReading& l, const MeterReading& r);
    friend bool operator!=(const MeterReading& l, const MeterReading& r) { return !(l == r); }
};

} // namespace han

Q_DECLARE_METATYPE(han::MeterReading)
