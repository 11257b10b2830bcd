// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator_settings.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace han {

// The text forms of the simulator's settings, as `han-cli simulate` takes them. Pure functions:
// they return nothing for text they cannot read and leave the wording of errors to the caller.
class SimulatorOptions
{
public:
    // "90s", "30m", "2h", "7d", combinations such as "1h30m", or a bare number of seconds.
    // Seconds, always more than 0; nothing for anything else.
    static std::optional<std::int64_t> parseDuration(const QString& text);

    // "bitflip=R,drop=R,noise=R,truncate=R,unplug=H,unplug-for=D" in any order and subset:
    // R a probability per frame in [0, 1]; H hours between unplugs (a number, or a duration
    // such as 90m); D how long each lasts (a duration, default 60 s). "none" or "" give no faults.
    // On failure `badItem` (if given) receives the item that could not be read.
    static std::optional<FaultSettings> parseFaults(const QString& text,
                                                    QString* badItem = nullptr);

    // A date-time on the meter's clock, "2026-10-24T00:00" ("T" or a space; seconds optional,
    // a bare date means midnight), read in the meter's zone: Europe/Oslo for FollowsDst, UTC+1
    // for StandardTime. A trailing "Z" or "+02:00" names the offset instead. Returns UTC.
    static std::optional<QDateTime> parseStart(const QString& text,
                                               SimulatorSettings::ClockMode clock);

    // The make's machine name, as `han-cli simulate --make` and the settings file write it:
    // "kamstrup", "kamstrup-dk", "aidon", "kaifa".
    static QString makeName(SimulatorSettings::Make make);
    // A make from its machine name, any case; nothing for another word.
    static std::optional<SimulatorSettings::Make> parseMake(const QString& text);
};

} // namespace han
