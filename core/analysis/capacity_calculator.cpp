// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity_calculator.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace han {
namespace {

constexpr std::int64_t kHourMs = 3'600'000;
// The rest of the hour the headroom is spread over is never taken as shorter than this, so
// the average kW stays a number a person can read in the hour's last seconds.
constexpr std::int64_t kMinRemainingMs = 60'000;
constexpr int kPeakDays = 3;

QDate localDate(std::int64_t utcMs, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone).date();
}

bool flagged(EnergyQuality quality)
{
    return quality == EnergyQuality::Suspect || quality == EnergyQuality::Estimated;
}

// Highest first; equal kWh: the earlier day first.
bool higherPeak(const CapacityPeak& a, const CapacityPeak& b)
{
    if (a.kwh != b.kwh)
        return a.kwh > b.kwh;
    return a.date < b.date;
}

// Mean of the (up to) three highest of `others` and `today`.
double topAverage(std::vector<double> others, double today)
{
    others.push_back(today);
    const auto count = std::min<std::size_t>(others.size(), kPeakDays);
    std::partial_sort(others.begin(), others.begin() + static_cast<std::ptrdiff_t>(count),
                      others.end(), std::greater<>());
    return std::accumulate(others.begin(), others.begin() + static_cast<std::ptrdiff_t>(count),
                           0.0) /
           static_cast<double>(count);
}

} // namespace

CapacityMonth CapacityCalculator::month(const std::vector<HourlyEnergy>& hours, int year, int month,
                                        const QTimeZone& zone, const CapacityLadder& ladder,
                                        bool excludeFlagged)
{
    CapacityMonth result;
    result.year = year;
    result.month = month;

    // Keyed by date, so the days come out in order whatever order the hours arrive in.
    std::map<QDate, CapacityPeak> days;
    for (const HourlyEnergy& hour : hours) {
        if (hour.quality == EnergyQuality::Missing)
            continue;
        const QDate date = localDate(hour.hourStartUtcMs, zone);
        if (date.year() != year || date.month() != month)
            continue;
        if (excludeFlagged && flagged(hour.quality)) {
            ++result.excludedHours;
            continue;
        }
        const CapacityPeak candidate{date, hour.hourStartUtcMs, hour.importKwh, hour.quality};
        const auto [it, inserted] = days.try_emplace(date, candidate);
        CapacityPeak& best = it->second;
        // Within a day an equal hour does not replace an earlier one (the repeated October
        // hour included): the first hour to reach the maximum is the peak.
        if (!inserted &&
            (candidate.kwh > best.kwh ||
             (candidate.kwh == best.kwh && candidate.hourStartUtcMs < best.hourStartUtcMs)))
            best = candidate;
    }

    result.dailyMaxima.reserve(days.size());
    for (const auto& entry : days)
        result.dailyMaxima.push_back(entry.second);

    result.peaks = result.dailyMaxima;
    const auto count = std::min<std::size_t>(result.peaks.size(), kPeakDays);
    std::partial_sort(result.peaks.begin(),
                      result.peaks.begin() + static_cast<std::ptrdiff_t>(count), result.peaks.end(),
                      higherPeak);
    result.peaks.resize(count);

    double sum = 0;
    for (const CapacityPeak& peak : result.peaks)
        sum += peak.kwh;
    result.averageKw = count > 0 ? sum / static_cast<double>(count) : 0.0;
    result.stepIndex = ladder.stepIndexFor(result.averageKw);
    return result;
}

CapacityHeadroom CapacityCalculator::headroom(const CapacityMonth& month, const QTimeZone& zone,
                                              const CapacityLadder& ladder,
                                              std::int64_t hourStartUtcMs, std::int64_t nowUtcMs,
                                              double soFarKwh, double importPowerKw)
{
    CapacityHeadroom result;
    result.hourStartUtcMs = hourStartUtcMs;
    result.soFarKwh = std::max(soFarKwh, 0.0);

    const std::int64_t remainingMs =
        std::clamp<std::int64_t>(hourStartUtcMs + kHourMs - nowUtcMs, 0, kHourMs);
    const double remainingHours = static_cast<double>(remainingMs) / kHourMs;
    result.projectedKwh = result.soFarKwh + std::max(importPowerKw, 0.0) * remainingHours;

    // The other days' maxima, and today's finished hours. When `month` is another month than
    // the hour's (the first hour of a month, before the caller has a new CapacityMonth), the
    // hour starts a month of its own.
    const QDate today = localDate(hourStartUtcMs, zone);
    const bool sameMonth = today.year() == month.year && today.month() == month.month;
    std::vector<double> others;
    double todayFinished = 0; // imports are >= 0, so 0 stands for "no finished hour today"
    if (sameMonth) {
        for (const CapacityPeak& day : month.dailyMaxima) {
            if (day.date == today)
                todayFinished = std::max(todayFinished, day.kwh);
            else
                others.push_back(day.kwh);
        }
    }
    const auto todayValue = [&](double hourKwh) {
        return std::max(todayFinished, hourKwh);
    };

    result.stepIndex = ladder.stepIndexFor(topAverage(others, todayValue(result.soFarKwh)));
    result.projectedStepIndex =
        ladder.stepIndexFor(topAverage(others, todayValue(result.projectedKwh)));

    const std::optional<double> nextStepKw =
        ladder.steps()[static_cast<std::size_t>(result.stepIndex)].toKw;
    if (!nextStepKw)
        return result; // the top step: no limit

    // Where the average reaches the next step. Today's value v = max(todayFinished, x) joins
    // the top three with the two highest other days (fewer when there are fewer): for v above
    // the third-highest other day the average is (o1 + o2 + v) / 3, so it reaches T at
    // v = 3T - o1 - o2; with one other day (o1 + v) / 2 = T, with none v = T. Below the third
    // day v does not count at all, and the average is below T there (the month is in
    // stepIndex with v = max(todayFinished, soFar)), so the solution lies above both
    // todayFinished and the third day, where v = x.
    std::sort(others.begin(), others.end(), std::greater<>());
    const auto joined = std::min<std::size_t>(others.size(), kPeakDays - 1);
    const double joinedSum =
        std::accumulate(others.begin(), others.begin() + static_cast<std::ptrdiff_t>(joined), 0.0);
    result.limitKwh = static_cast<double>(joined + 1) * *nextStepKw - joinedSum;
    // Rounding can put the closed form a hair below what stepIndexFor saw; never report a
    // negative headroom for an hour that has not crossed.
    result.headroomKwh = std::max(result.limitKwh - result.soFarKwh, 0.0);
    const double spreadHours =
        static_cast<double>(std::max(remainingMs, kMinRemainingMs)) / kHourMs;
    result.headroomAverageKw = result.headroomKwh / spreadHours;
    return result;
}

} // namespace han
