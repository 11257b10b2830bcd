// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/storage: includes Qt SQL, which hancore links privately. Include it only
// from .cpp files, never from a header that code outside core/storage includes.

#include "capacity_ladder.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

namespace han {

// The history file's `capacity_steps` table (schema version 2), the one SQL for the ladder
// that HistoryWriter writes and HistoryReader reads.
class CapacityLadderTable
{
public:
    // The stored ladder; empty when none is stored, the file predates the table (a version-1
    // file opened read-only), or the rows are no valid ladder (edited by hand): the caller
    // then uses the default. False with *error only when the file cannot be read.
    static bool read(QSqlDatabase& db, std::optional<CapacityLadder>* ladder, QSqlError* error);
    // Replaces the stored ladder. Runs inside the caller's transaction.
    static bool write(QSqlDatabase& db, const CapacityLadder& ladder, QSqlError* error);
};

} // namespace han
