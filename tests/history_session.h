// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A SessionController for view tests: its history is a real SQLite file in a QTemporaryDir,
// filled with a simulated meter's pushes through HistoryWriter (the bulk path `han-cli import`
// uses), opened by the session's own store thread; live readings go straight into its
// LiveModel, as the acquisition worker would send them.

#include "meter_reading.h"
#include "session_controller.h"
#include "simulated_frame.h"
#include "simulator_settings.h"

#include <QDateTime>
#include <QPalette>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class QWidget;

namespace han::test {

// The simulated household (seed 1, three phases unless `phases` says 1) from `startUtc`.
SimulatorSettings householdSettings(const QDateTime& startUtc, int phases = 3);

// Every push from settings.start until `endUtc` (exclusive), with its send time as the host's
// receive time, as the acquisition worker stamps them.
std::vector<SimulatedFrame> simulatedFrames(const SimulatorSettings& settings,
                                            const QDateTime& endUtc);
std::vector<MeterReading> readingsOf(const std::vector<SimulatedFrame>& frames);

class HistorySession
{
public:
    // History with the pushes of `settings` until `historyEndUtc`. The file is made once per
    // (settings, end) per process and copied for each session.
    HistorySession(const SimulatorSettings& settings, const QDateTime& historyEndUtc);
    ~HistorySession();

    // False (with error()) when the file could not be made or the session did not open it.
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    ui::SessionController& session() { return *m_session; }

    // Feeds `readings` to the live model and waits for its coalesced update.
    bool feedLive(const std::vector<MeterReading>& readings);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::SessionController> m_session;
    bool m_ok = false;
    QString m_error;
};

// An explicit dark palette on the Fusion style, as the app's "dark" appearance.
QPalette darkPalette();

// Renders `widget` with grab() to HAN_SCREENSHOT_DIR/<name>.png; the path, or empty on failure.
QString saveViewScreenshot(QWidget* widget, const QString& name);

} // namespace han::test
