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

} // namespace han
