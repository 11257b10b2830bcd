// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every QSettings key of the GUI, in one place (STYLE.md habit 7). han-cli shares the file
// (same organization and application names) but reads none of these.
namespace han::ui::keys {

// Bumped when a key changes meaning; AppSettings::load migrates older files.
inline constexpr char kSchemaVersion[] = "schemaVersion";

inline constexpr char kSourceKind[] = "source/kind"; // "serial", "simulator", "replay"
inline constexpr char kPortName[] = "source/portName";
inline constexpr char kPortSerialNumber[] = "source/portSerialNumber";
inline constexpr char kPortVendorId[] = "source/portVendorId";
inline constexpr char kPortProductId[] = "source/portProductId";
inline constexpr char kParity[] = "source/parity"; // "none", "even", "auto"
inline constexpr char kSimulatorSpeed[] = "source/simulatorSpeed";
// "kamstrup", "kamstrup-dk", "aidon", "kaifa" (SimulatorOptions::makeName)
inline constexpr char kSimulatorMake[] = "source/simulatorMake";
inline constexpr char kSimulatorEncrypted[] = "source/simulatorEncrypted";
inline constexpr char kReplayPath[] = "source/replayPath";
inline constexpr char kReplaySpeed[] = "source/replaySpeed";

inline constexpr char kDatabasePath[] = "history/databasePath";

inline constexpr char kFuseAmps[] = "house/fuseAmps";
inline constexpr char kGrid[] = "house/grid"; // "tn400", "it230"
inline constexpr char kCapacityExcludeFlagged[] = "capacity/excludeFlagged";

inline constexpr char kAppearance[] = "ui/appearance"; // "system", "light", "dark"
inline constexpr char kLanguage[] = "ui/language";     // "" = the system's
inline constexpr char kNotifyExport[] = "ui/notifyExport";
inline constexpr char kNotifyCapacity[] = "ui/notifyCapacity";
inline constexpr char kKeepRecordingInTray[] = "ui/keepRecordingInTray";
inline constexpr char kStartAtLogin[] = "ui/startAtLogin";
inline constexpr char kWindowGeometry[] = "window/geometry";
inline constexpr char kWindowState[] = "window/state";
inline constexpr char kCurrentView[] = "window/currentView";
inline constexpr char kPhasesWindow[] = "phases/window";
inline constexpr char kExportDirectory[] = "export/directory";
inline constexpr char kExportDialect[] = "export/dialect";
inline constexpr char kExportResolution[] = "export/resolution";

} // namespace han::ui::keys
