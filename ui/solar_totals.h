// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace han {
class HistoryReader;
}

namespace han::ui {

class LiveModel;

// Imported and exported kWh today and this month (local days), for the Solar view. Whole
// hours come from the history's hourly energy (the meter's registers, List 2); the hour in
// progress, which no List 2 has closed yet, from List 1 power: LiveModel's so-far-this-hour,
// plus the history's List 1 for the part of the hour before the live samples began (after a
// restart). Each hour is counted once: the history up to the hour in progress, then the rest.
//
// The days before today are cached per day and the completed hours of today per hour, so the
// 10 Hz refresh costs a few additions; historyChanged() drops today's cache only while its
// newest hour still waits for its List 2. GUI thread.
class SolarTotals
{
public:
    struct Energy
    {
        double importKwh = 0;
        double exportKwh = 0;
    };
    struct Result
    {
        Energy today;
        Energy month;
        std::int64_t dayStartUtcMs = 0;
        std::int64_t monthStartUtcMs = 0;
        // The hour in progress: hours before it are from the registers.
        std::int64_t hourStartUtcMs = 0;
    };

    // Start of the local day / month that contains `utcMs`.
    static std::int64_t localDayStart(std::int64_t utcMs);
    static std::int64_t localMonthStart(std::int64_t utcMs);

    Result compute(const HistoryReader* reader, const QString& meterId, const LiveModel& live,
                   std::int64_t nowUtcMs);

    // New rows in the history: an hour of today that was estimated may now be measured.
    void historyChanged();
    // Everything again (another file, another meter).
    void invalidate();

private:
    struct Cache
    {
        bool valid = false;
        QString meterId;
        std::int64_t from = 0;
        std::int64_t to = 0;
        Energy energy;
        bool final = true; // the newest hour is measured: nothing will change
    };

    static Energy hours(const HistoryReader* reader, const QString& meterId, std::int64_t from,
                        std::int64_t to, bool* final);
    static bool matches(const Cache& cache, const QString& meterId, std::int64_t from,
                        std::int64_t to);

    Cache m_beforeToday;
    Cache m_todayHours;
    // The hour in progress before the first live sample (from the history's List 1).
    Cache m_beforeLive;
};

} // namespace han::ui
