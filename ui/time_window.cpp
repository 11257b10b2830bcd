// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_window.h"

namespace han::ui {

std::int64_t TimeWindow::spanMs(Kind kind)
{
    constexpr std::int64_t kMinuteMs = 60'000;
    switch (kind) {
    case Kind::FiveMinutes:
        return 5 * kMinuteMs;
    case Kind::OneHour:
        return 60 * kMinuteMs;
    case Kind::Day:
        return 24 * 60 * kMinuteMs;
    case Kind::Week:
        return 7 * 24 * 60 * kMinuteMs;
    case Kind::Custom:
        break;
    }
    return 0;
}

QString TimeWindow::buttonText(Kind kind)
{
    switch (kind) {
    case Kind::FiveMinutes:
        return tr("&5 min");
    case Kind::OneHour:
        return tr("&1 h");
    case Kind::Day:
        return tr("&24 h");
    case Kind::Week:
        return tr("&7 days");
    case Kind::Custom:
        break;
    }
    return tr("C&ustom…");
}

QString TimeWindow::toolTip(Kind kind)
{
    switch (kind) {
    case Kind::FiveMinutes:
        return tr("The last 5 minutes (Alt+5)");
    case Kind::OneHour:
        return tr("The last hour (Alt+1)");
    case Kind::Day:
        return tr("The last 24 hours, from the history (Alt+2)");
    case Kind::Week:
        return tr("The last 7 days, from the history (Alt+7)");
    case Kind::Custom:
        break;
    }
    return tr("A range you choose from the history (Alt+U)");
}

QString TimeWindow::axisFormat(double spanSeconds)
{
    if (spanSeconds <= 20 * 60)
        return QStringLiteral("HH:mm:ss");
    if (spanSeconds <= 36 * 3600)
        return QStringLiteral("HH:mm");
    return QStringLiteral("ddd d MMM\nHH:mm");
}

} // namespace han::ui
