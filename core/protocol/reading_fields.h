// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_reading.h"

#include <array>
#include <optional>

namespace han {

// The numeric quantities of a MeterReading with their machine names (the keys of han-cli's JSON
// and the CSV columns), in the documented order. One table, so every format agrees.
struct ReadingField
{
    const char* key;
    std::optional<double> MeterReading::*member;
};

inline constexpr std::array<ReadingField, 10> kInstantReadingFields{{
    {"active_import_w", &MeterReading::activeImportW},
    {"active_export_w", &MeterReading::activeExportW},
    {"reactive_import_var", &MeterReading::reactiveImportVar},
    {"reactive_export_var", &MeterReading::reactiveExportVar},
    {"current_l1_a", &MeterReading::currentL1A},
    {"current_l2_a", &MeterReading::currentL2A},
    {"current_l3_a", &MeterReading::currentL3A},
    {"voltage_l1_v", &MeterReading::voltageL1V},
    {"voltage_l2_v", &MeterReading::voltageL2V},
    {"voltage_l3_v", &MeterReading::voltageL3V},
}};

inline constexpr std::array<ReadingField, 4> kRegisterReadingFields{{
    {"active_import_wh", &MeterReading::activeImportWh},
    {"active_export_wh", &MeterReading::activeExportWh},
    {"reactive_import_varh", &MeterReading::reactiveImportVarh},
    {"reactive_export_varh", &MeterReading::reactiveExportVarh},
}};

// Per-phase quantities only some lists carry (the Danish push lists). Kept apart from the two
// tables above so that formats with fixed columns (CSV, the history) add them deliberately.
inline constexpr std::array<ReadingField, 16> kPhaseReadingFields{{
    {"active_import_l1_w", &MeterReading::activeImportL1W},
    {"active_import_l2_w", &MeterReading::activeImportL2W},
    {"active_import_l3_w", &MeterReading::activeImportL3W},
    {"active_export_l1_w", &MeterReading::activeExportL1W},
    {"active_export_l2_w", &MeterReading::activeExportL2W},
    {"active_export_l3_w", &MeterReading::activeExportL3W},
    {"power_factor_l1", &MeterReading::powerFactorL1},
    {"power_factor_l2", &MeterReading::powerFactorL2},
    {"power_factor_l3", &MeterReading::powerFactorL3},
    {"power_factor", &MeterReading::powerFactor},
    {"active_import_l1_wh", &MeterReading::activeImportL1Wh},
    {"active_import_l2_wh", &MeterReading::activeImportL2Wh},
    {"active_import_l3_wh", &MeterReading::activeImportL3Wh},
    {"active_export_l1_wh", &MeterReading::activeExportL1Wh},
    {"active_export_l2_wh", &MeterReading::activeExportL2Wh},
    {"active_export_l3_wh", &MeterReading::activeExportL3Wh},
}};

} // namespace han
