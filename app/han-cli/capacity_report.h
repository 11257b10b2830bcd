// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacity_headroom.h"
#include "capacity_ladder.h"
#include "capacity_month.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace han::cli {

// What `han-cli capacity` prints for a month: JSON for programs, lines for people. Numbers in
// the C locale; kWh and kW rounded to 3 decimals (10 Wh is the meter's register resolution).
class CapacityReport
{
    Q_DECLARE_TR_FUNCTIONS(CapacityReport)

public:
    // {"month": "2026-10", "peaks": [{"date", "hour_start_local", "kwh"}, …], "average_kw",
    //  "step": {"from_kw", "to_kw" (null on the top step), "monthly_price"}}, one line.
    static QByteArray json(const CapacityMonth& month, const CapacityLadder& ladder,
                           const QTimeZone& zone);
    // `excludeFlagged`: say how many hours were left out. `hour`: the hour under way, when the
    // month is the current one and the meter is being recorded.
    static QString text(const CapacityMonth& month, const CapacityLadder& ladder,
                        const QTimeZone& zone, const QString& meterId, bool excludeFlagged,
                        const std::optional<CapacityHeadroom>& hour = std::nullopt);

    // 3 decimals, shortest form: 4.2916… → "4.292", 2.5 → "2.5".
    static QByteArray rounded(double value);
};

} // namespace han::cli
