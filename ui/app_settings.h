// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source_spec.h"

#include <QByteArray>
#include <QString>

class QSettings;

namespace han::ui {

// The GUI's choices, as a plain struct with load/save (STYLE.md habit 7): widgets read and
// change this, and only load()/save() touch QSettings.
struct AppSettings
{
    // 2: the Capacity view came after Energy, so the stored view index of Solar and
    // Diagnostics moved up by one.
    static constexpr int kSchemaVersion = 2;

    enum class Grid
    {
        Tn400, // three phases of 230 V to neutral, 400 V between phases
        It230  // 230 V between phases, no neutral (common in Norway)
    };
    enum class Appearance
    {
        System,
        Light,
        Dark
    };

    // The source; the simulator until the user picks a meter.
    SourceSpec::Kind sourceKind = SourceSpec::Kind::Simulator;
    QString portName;
    QString portSerialNumber;
    quint16 portVendorId = 0;
    quint16 portProductId = 0;
    PortSettings::Parity parity = PortSettings::Parity::Auto;
    double simulatorSpeed = 1.0;
    // The make the simulated meter acts as, and whether it encrypts (with the demo keys).
    SimulatorSettings::Make simulatorMake = SimulatorSettings::Make::KamstrupNorway;
    bool simulatorEncrypted = false;
    QString replayPath;
    double replaySpeed = 1.0;

    QString databasePath; // empty: the default shared with han-cli

    // The main fuse: the phase bars of the Live view are drawn against it.
    int fuseAmps = 25;
    Grid grid = Grid::Tn400;

    Appearance appearance = Appearance::System;
    QString language; // empty: the system's
    bool notifyExport = false;
    // The capacity tariff: a desktop notification when this hour will raise the month's step,
    // and whether estimated and suspect hours are left out of the peaks.
    bool notifyCapacity = false;
    bool capacityExcludeFlagged = false;
    bool keepRecordingInTray = true;
    bool startAtLogin = false;

    QByteArray windowGeometry;
    QByteArray windowState;
    int currentView = 0;

    static AppSettings load(QSettings& settings);
    void save(QSettings& settings) const;

    // What the acquisition worker should open.
    SourceSpec sourceSpec() const;

    // Nominal phase voltage for the fuse's power: 230 V (phase to neutral or, on IT, between
    // phases).
    static constexpr double kPhaseVoltage = 230.0;
    // The most the main fuse lets the house draw, W (TN: 3 x 230 V x I; IT: sqrt(3) x 230 V x I).
    double fuseLimitW() const;
};

} // namespace han::ui
