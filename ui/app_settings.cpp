// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_settings.h"

#include "settings_keys.h"
#include "simulator_options.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace han::ui {

namespace {

QString kindName(SourceSpec::Kind kind)
{
    switch (kind) {
    case SourceSpec::Kind::Serial:
        return QStringLiteral("serial");
    case SourceSpec::Kind::Replay:
        return QStringLiteral("replay");
    case SourceSpec::Kind::Simulator:
        break;
    }
    return QStringLiteral("simulator");
}

SourceSpec::Kind kindFromName(const QString& name)
{
    if (name == QLatin1String("serial"))
        return SourceSpec::Kind::Serial;
    if (name == QLatin1String("replay"))
        return SourceSpec::Kind::Replay;
    return SourceSpec::Kind::Simulator;
}

QString parityName(PortSettings::Parity parity)
{
    switch (parity) {
    case PortSettings::Parity::None:
        return QStringLiteral("none");
    case PortSettings::Parity::Even:
        return QStringLiteral("even");
    case PortSettings::Parity::Auto:
        break;
    }
    return QStringLiteral("auto");
}

PortSettings::Parity parityFromName(const QString& name)
{
    if (name == QLatin1String("none"))
        return PortSettings::Parity::None;
    if (name == QLatin1String("even"))
        return PortSettings::Parity::Even;
    return PortSettings::Parity::Auto;
}

QString appearanceName(AppSettings::Appearance appearance)
{
    switch (appearance) {
    case AppSettings::Appearance::Light:
        return QStringLiteral("light");
    case AppSettings::Appearance::Dark:
        return QStringLiteral("dark");
    case AppSettings::Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::Appearance appearanceFromName(const QString& name)
{
    if (name == QLatin1String("light"))
        return AppSettings::Appearance::Light;
    if (name == QLatin1String("dark"))
        return AppSettings::Appearance::Dark;
    return AppSettings::Appearance::System;
}

// Speeds are clamped to what the worker accepts; a hand-edited file cannot stall it.
double clampSpeed(double speed, double low)
{
    if (!std::isfinite(speed))
        return 1.0;
    return std::clamp(speed, low, 10'000.0);
}

} // namespace

AppSettings AppSettings::load(QSettings& settings)
{
    AppSettings s;
    s.sourceKind = kindFromName(settings.value(keys::kSourceKind).toString());
    s.portName = settings.value(keys::kPortName).toString();
    s.portSerialNumber = settings.value(keys::kPortSerialNumber).toString();
    s.portVendorId = static_cast<quint16>(settings.value(keys::kPortVendorId, 0).toUInt());
    s.portProductId = static_cast<quint16>(settings.value(keys::kPortProductId, 0).toUInt());
    s.parity = parityFromName(settings.value(keys::kParity).toString());
    s.simulatorSpeed = clampSpeed(settings.value(keys::kSimulatorSpeed, 1.0).toDouble(), 1.0);
    s.simulatorMake = SimulatorOptions::parseMake(settings.value(keys::kSimulatorMake).toString())
                          .value_or(SimulatorSettings::Make::KamstrupNorway);
    s.simulatorEncrypted = settings.value(keys::kSimulatorEncrypted, false).toBool();
    s.replayPath = settings.value(keys::kReplayPath).toString();
    s.replaySpeed = clampSpeed(settings.value(keys::kReplaySpeed, 1.0).toDouble(), 0.0);
    s.databasePath = settings.value(keys::kDatabasePath).toString();
    s.fuseAmps = std::clamp(settings.value(keys::kFuseAmps, 25).toInt(), 6, 400);
    s.grid = settings.value(keys::kGrid).toString() == QLatin1String("it230") ? Grid::It230
                                                                               : Grid::Tn400;
    s.appearance = appearanceFromName(settings.value(keys::kAppearance).toString());
    s.language = settings.value(keys::kLanguage).toString();
    s.notifyExport = settings.value(keys::kNotifyExport, false).toBool();
    s.notifyCapacity = settings.value(keys::kNotifyCapacity, false).toBool();
    s.capacityExcludeFlagged = settings.value(keys::kCapacityExcludeFlagged, false).toBool();
    s.keepRecordingInTray = settings.value(keys::kKeepRecordingInTray, true).toBool();
    s.startAtLogin = settings.value(keys::kStartAtLogin, false).toBool();
    s.windowGeometry = settings.value(keys::kWindowGeometry).toByteArray();
    s.windowState = settings.value(keys::kWindowState).toByteArray();
    s.currentView = settings.value(keys::kCurrentView, 0).toInt();
    // Before version 2, index 3 was Solar and 4 Diagnostics; Capacity is 3 now.
    if (settings.value(keys::kSchemaVersion, kSchemaVersion).toInt() < 2 && s.currentView >= 3)
        ++s.currentView;
    // A serial source without a port cannot start; the simulator keeps the app alive.
    if (s.sourceKind == SourceSpec::Kind::Serial && s.portName.isEmpty())
        s.sourceKind = SourceSpec::Kind::Simulator;
    if (s.sourceKind == SourceSpec::Kind::Replay && s.replayPath.isEmpty())
        s.sourceKind = SourceSpec::Kind::Simulator;
    return s;
}

void AppSettings::save(QSettings& settings) const
{
    settings.setValue(keys::kSchemaVersion, kSchemaVersion);
    settings.setValue(keys::kSourceKind, kindName(sourceKind));
    settings.setValue(keys::kPortName, portName);
    settings.setValue(keys::kPortSerialNumber, portSerialNumber);
    settings.setValue(keys::kPortVendorId, portVendorId);
    settings.setValue(keys::kPortProductId, portProductId);
    settings.setValue(keys::kParity, parityName(parity));
    settings.setValue(keys::kSimulatorSpeed, simulatorSpeed);
    settings.setValue(keys::kSimulatorMake, SimulatorOptions::makeName(simulatorMake));
    settings.setValue(keys::kSimulatorEncrypted, simulatorEncrypted);
    settings.setValue(keys::kReplayPath, replayPath);
    settings.setValue(keys::kReplaySpeed, replaySpeed);
    settings.setValue(keys::kDatabasePath, databasePath);
    settings.setValue(keys::kFuseAmps, fuseAmps);
    settings.setValue(keys::kGrid,
                      grid == Grid::It230 ? QStringLiteral("it230") : QStringLiteral("tn400"));
    settings.setValue(keys::kAppearance, appearanceName(appearance));
    settings.setValue(keys::kLanguage, language);
    settings.setValue(keys::kNotifyExport, notifyExport);
    settings.setValue(keys::kNotifyCapacity, notifyCapacity);
    settings.setValue(keys::kCapacityExcludeFlagged, capacityExcludeFlagged);
    settings.setValue(keys::kKeepRecordingInTray, keepRecordingInTray);
    settings.setValue(keys::kStartAtLogin, startAtLogin);
    settings.setValue(keys::kWindowGeometry, windowGeometry);
    settings.setValue(keys::kWindowState, windowState);
    settings.setValue(keys::kCurrentView, currentView);
}

SourceSpec AppSettings::sourceSpec() const
{
    SourceSpec spec;
    spec.kind = sourceKind;
    spec.port.portName = portName;
    spec.port.serialNumber = portSerialNumber;
    spec.port.vendorId = portVendorId;
    spec.port.productId = portProductId;
    spec.port.parity = parity;
    spec.simulatorSpeed = simulatorSpeed;
    spec.simulator.make = simulatorMake;
    spec.simulator.meterId = SimulatorSettings::defaultMeterId(simulatorMake);
    spec.simulator.encrypted = simulatorEncrypted;
    // The simulated meter's keys go with it: the simulator page has no key fields, and the
    // session uses keys the spec brings rather than the key store's.
    if (simulatorEncrypted) {
        spec.simulator.keys = SimulatorSettings::demoKeys();
        spec.keys = spec.simulator.keys;
    }
    // simulator.start stays unset: the simulated meter starts now, its clock agreeing with the
    // computer's, after SessionController has filled in its past.
    spec.replayPath = replayPath;
    spec.replaySpeed = replaySpeed;
    return spec;
}

double AppSettings::fuseLimitW() const
{
    const double amps = fuseAmps;
    if (grid == Grid::It230)
        return std::sqrt(3.0) * kPhaseVoltage * amps;
    return 3.0 * kPhaseVoltage * amps;
}

} // namespace han::ui
