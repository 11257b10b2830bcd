// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_reading.h"

#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace han::test {

// Runs the event loop until `condition` holds or `timeoutMs` has passed; true if it held.
bool waitFor(const std::function<bool()>& condition, int timeoutMs = 10000);

// `count` List 1 readings (and the List 2 at each hour) from the simulated household, starting
// at `startUtc` (ISO 8601), decoded from the simulator's real frames.
std::vector<MeterReading> simulatedReadings(const QString& startUtc, int count);

// The text of every QLabel, button and line edit under `root` that is visible.
QStringList visibleTexts(const QWidget* root);

// Labels and buttons under `root` whose text does not fit their width (Qt clips rather than
// elides), each described with its object name, text and widths.
QStringList cutOffTexts(const QWidget* root);

} // namespace han::test
