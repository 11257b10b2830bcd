// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/storage: includes Qt SQL, which hancore links privately. Include it only
// from .cpp files, never from a header that code outside core/storage includes.

#include "meter_reading.h"
#include "reading_fields.h"

#include <QSqlQuery>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace han {

// The history file's `phase_readings` table (schema version 3): the per-phase values of the
// Danish push lists (kPhaseReadingFields, in that order), one row per reading that carries
// any of them, keyed like `readings`. The one SQL and the one list of units that HistoryWriter
// writes with and HistoryReader reads with.
class PhaseReadingTable
{
public:
    static constexpr std::size_t kValues = kPhaseReadingFields.size();
    using Values = std::array<std::optional<double>, kValues>;

    static constexpr const char* kName = "phase_readings";

    // The reading's per-phase values; empty when it carries none (nothing is written then).
    static std::optional<Values> valuesOf(const MeterReading& reading);

    // INSERT with the placeholders :p0 (meter), :p1 (utc_ms), :p2 ... :p17 (the values).
    static const char* insertSql();
    static void bindValues(QSqlQuery& query, const Values& values,
                           const QString& (*placeholder)(int));

    // SELECT utc_ms and the values of one meter in [from, to), in time order; three
    // positional bind values (meter, from, to).
    static QString selectSql();
    // Sets the reading's per-phase fields from a row of selectSql() (values from column 1).
    static void read(const QSqlQuery& query, MeterReading& reading);
    static void clear(MeterReading& reading);

    // The column unit of each value, as a multiplier from the SI value (HistoryCodec).
    static double scale(std::size_t index);
};

} // namespace han
