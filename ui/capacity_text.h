// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacity_headroom.h"
#include "capacity_ladder.h"
#include "capacity_step.h"

#include <QCoreApplication>
#include <QString>

namespace han::ui {

// The capacity tariff in words for people, shared by the Capacity view, the step warning and
// the settings: "5–10 kW", "415 kr/month", and the sentences that say how much is left.
class CapacityText
{
    Q_DECLARE_TR_FUNCTIONS(CapacityText)

public:
    // "5–10 kW"; the top step "100 kW and above".
    static QString stepRange(const CapacityStep& step);
    // "415 kr", "415,50 kr".
    static QString price(double kroner);
    // "415 kr/month".
    static QString monthlyPrice(double kroner);
    // "7,2 kW" for an average power in kW.
    static QString kw(double kw, int decimals = 1);

    // The notification when the projection crosses into the next step: what will happen at
    // the present power and what to stay under. Empty when it does not cross.
    static QString warningTitle();
    static QString warning(const CapacityHeadroom& headroom, const CapacityLadder& ladder,
                           double importPowerKw);
    // "You can still use 4,00 kWh this hour: 5,4 kW on average for the remaining 44 minutes,
    // and stay in the 5–10 kW step."
    static QString headroomSentence(const CapacityHeadroom& headroom, const CapacityLadder& ladder,
                                    std::int64_t nowUtcMs);
};

} // namespace han::ui
