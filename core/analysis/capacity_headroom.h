// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>

namespace han {

// The current hour against this month's capacity step: what the house has used, where it is
// heading, and how much more it can use without raising the month's top-3 average into the
// next step.
struct CapacityHeadroom
{
    std::int64_t hourStartUtcMs = 0;
    double soFarKwh = 0;     // import this hour so far (integrated from List 1)
    double projectedKwh = 0; // soFarKwh + present import power × the rest of the hour
    // The step the month is in with this hour at soFarKwh, and where the projection puts it.
    int stepIndex = 0;
    int projectedStepIndex = 0;
    // The largest import this hour can reach while the month stays in stepIndex (exclusive
    // bound: reaching it moves the average into the next step). Infinity on the top step.
    double limitKwh = std::numeric_limits<double>::infinity();
    // limitKwh - soFarKwh, never negative: stepIndex already counts this hour at soFarKwh, so
    // an hour that went over has moved the month up and its headroom is to the step after
    // that. Infinity on the top step.
    double headroomKwh = std::numeric_limits<double>::infinity();
    // headroomKwh spread over the rest of the hour (taken as at least one minute, so the
    // figure stays readable in the hour's last seconds): the average kW the house may still
    // draw. Infinity on the top step.
    double headroomAverageKw = std::numeric_limits<double>::infinity();
    bool projectionCrossesStep() const { return projectedStepIndex > stepIndex; }
};

} // namespace han
