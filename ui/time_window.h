// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace han::ui {

// The spans the Phases view offers: a few minutes to watch a kettle, a day to see the
// household's rhythm, a week to compare days. Custom is a range the user picks.
class TimeWindow
{
    Q_DECLARE_TR_FUNCTIONS(TimeWindow)

public:
    enum class Kind
    {
        FiveMinutes,
        OneHour,
        Day,
        Week,
        Custom
    };
    static constexpr int kCount = 5;

    // The span of a live window, ms; 0 for Custom (its range is the user's).
    static std::int64_t spanMs(Kind kind);
    // The button text with its mnemonic: "&5 min", "&1 h", ...
    static QString buttonText(Kind kind);
    static QString toolTip(Kind kind);

    // The date-time format of time-axis labels for a visible span (seconds): seconds for a few
    // minutes, the weekday once the span covers several days.
    static QString axisFormat(double spanSeconds);
};

} // namespace han::ui
