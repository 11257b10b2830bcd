// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity_text.h"

#include "value_format.h"

#include <algorithm>
#include <cmath>

namespace han::ui {

namespace {

constexpr std::int64_t kHourMs = 3'600'000;

const CapacityStep* stepAt(const CapacityLadder& ladder, int index)
{
    const auto& steps = ladder.steps();
    if (index < 0 || index >= static_cast<int>(steps.size()))
        return nullptr;
    return &steps[static_cast<std::size_t>(index)];
}

int minutesLeft(std::int64_t hourStartUtcMs, std::int64_t nowUtcMs)
{
    const std::int64_t left = std::clamp<std::int64_t>(hourStartUtcMs + kHourMs - nowUtcMs, 0, kHourMs);
    return static_cast<int>((left + 59'999) / 60'000);
}

} // namespace

QString CapacityText::stepRange(const CapacityStep& step)
{
    if (!step.toKw)
        return tr("%1 kW and above").arg(ValueFormat::number(step.fromKw, 0));
    const auto number = [](double kw) {
        return ValueFormat::number(kw, kw == std::round(kw) ? 0 : 1);
    };
    return tr("%1–%2 kW").arg(number(step.fromKw), number(*step.toKw));
}

QString CapacityText::price(double kroner)
{
    return tr("%1 kr").arg(ValueFormat::number(kroner, kroner == std::round(kroner) ? 0 : 2));
}

QString CapacityText::monthlyPrice(double kroner)
{
    return tr("%1/month").arg(price(kroner));
}

QString CapacityText::kw(double kw, int decimals)
{
    return ValueFormat::kilowatts(kw * 1000.0, decimals);
}

QString CapacityText::warningTitle()
{
    return tr("This hour will raise the capacity step");
}

QString CapacityText::warning(const CapacityHeadroom& headroom, const CapacityLadder& ladder,
                              double importPowerKw)
{
    const CapacityStep* now = stepAt(ladder, headroom.stepIndex);
    const CapacityStep* next = stepAt(ladder, headroom.projectedStepIndex);
    if (!headroom.projectionCrossesStep() || !now || !next)
        return {};
    const QString crossing =
        tr("At the present %1 this hour will reach %2 and lift this month's capacity step from "
           "%3 to %4 (+%5).")
            .arg(kw(importPowerKw), ValueFormat::kilowattHours(headroom.projectedKwh, 1),
                 stepRange(*now), stepRange(*next), price(next->monthlyPrice - now->monthlyPrice));
    if (headroom.headroomAverageKw <= 0)
        return crossing + QLatin1Char(' ') +
               tr("Use as little as you can for the rest of the hour.");
    return crossing + QLatin1Char(' ') +
           tr("Use less than %1 for the rest of the hour to stay in the current step.")
               .arg(kw(headroom.headroomAverageKw));
}

QString CapacityText::headroomSentence(const CapacityHeadroom& headroom,
                                       const CapacityLadder& ladder, std::int64_t nowUtcMs)
{
    const CapacityStep* step = stepAt(ladder, headroom.stepIndex);
    if (!step)
        return {};
    if (!std::isfinite(headroom.limitKwh))
        return tr("This month is in the top step (%1): no hour can raise it further.")
            .arg(stepRange(*step));
    const int minutes = minutesLeft(headroom.hourStartUtcMs, nowUtcMs);
    if (headroom.headroomKwh <= 0)
        return tr("This hour has used all it can without raising the month's step.");
    // No English .qm gives "%n minute(s)" its plural, so the two forms are two strings.
    const QString rest = minutes == 1 ? tr("the last minute") : tr("the remaining %1 minutes").arg(minutes);
    return tr("You can still use %1 this hour: %2 on average for %3, and stay in the %4 step.")
        .arg(ValueFormat::kilowattHours(headroom.headroomKwh, 2), kw(headroom.headroomAverageKw),
             rest, stepRange(*step));
}

} // namespace han::ui
