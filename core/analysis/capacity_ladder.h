// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacity_step.h"

#include <QString>

#include <optional>
#include <vector>

namespace han {

// The steps of a capacity tariff, ordered and contiguous: the first starts at 0, each starts
// where the previous one ends, only the last is open-ended. Immutable once made.
class CapacityLadder
{
public:
    // The common Norwegian ladder 0–2, 2–5, 5–10, 10–15, 15–20, 20–25, 25–50, 50–75, 75–100,
    // >100 kW, with example monthly prices the user is expected to replace with their own.
    static CapacityLadder defaultLadder();

    // Empty with *error set (words for people) when the steps are not a valid ladder.
    static std::optional<CapacityLadder> fromSteps(std::vector<CapacityStep> steps,
                                                   QString* error = nullptr);

    const std::vector<CapacityStep>& steps() const { return m_steps; }

    // The step an average falls in: fromKw <= averageKw < toKw, so an average exactly on a
    // boundary belongs to the step that starts there.
    int stepIndexFor(double averageKw) const;

    // A compact text form for storing and for han-cli: "0-2:415;2-5:655;…;100-:4900"
    // (C locale, '.' decimals). fromString() validates like fromSteps().
    QString toString() const;
    static std::optional<CapacityLadder> fromString(const QString& text, QString* error = nullptr);

private:
    explicit CapacityLadder(std::vector<CapacityStep> steps);
    std::vector<CapacityStep> m_steps;
};

} // namespace han
