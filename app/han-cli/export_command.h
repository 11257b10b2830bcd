// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace han::cli {

// `han-cli export [--db PATH] [--meter ID] --from YYYY-MM-DD --to YYYY-MM-DD
//  --resolution raw|hourly|daily [--dialect rfc4180|nordic] [--zone ZONE] [--out FILE]`
// Writes one meter's history for local calendar days (both included) as CSV through
// CsvExporter: to standard output, or to FILE with progress on stderr (a file appears only
// when complete). Local time is the system's zone unless --zone names one. --meter may be left
// out when the database holds one meter. SIGINT/SIGTERM cancel: no file is left behind.
// Exit codes: 0 exported, 1 the export failed (the reason on stderr), 2 bad usage.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    // `arguments` starts with the command name ("export").
    int run(const QStringList& arguments);
};

} // namespace han::cli
