// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/storage: includes Qt SQL, which hancore links privately. Include it only
// from .cpp files, never from a header that code outside core/storage includes.

#include <QSqlDatabase>
#include <QString>

#include <cstdint>

namespace han {

// The history file's tables and how each version of them becomes the next. A file records its
// version in `schema_version`; the code brings older files up to kVersion and refuses newer
// ones (they may hold data this code would misread or destroy).
class HistorySchema
{
public:
    static constexpr int kVersion = 3;
    // The oldest version a read-only connection uses as it is (it cannot migrate): version 2
    // only added capacity_steps, and a reader of a version-1 file sees the default ladder;
    // version 3 only added phase_readings, and a reader of an older file finds no per-phase
    // values (older versions never stored any).
    static constexpr int kOldestReadableVersion = 1;
    // PRAGMA application_id, "HANM": tells our files from other SQLite files at a glance
    // (`file` prints it too).
    static constexpr std::int32_t kApplicationId = 0x48414E4D;

    // Brings the file from `fromVersion` (0: an empty file) to kVersion. Runs inside the
    // caller's write transaction, so a failed step leaves the file as it was.
    static bool migrate(QSqlDatabase& db, int fromVersion, QString* error);

    // Whether the file has the table (a read-only connection uses older files as they are).
    static bool hasTable(QSqlDatabase& db, const QString& name, bool* ok);
};

} // namespace han
