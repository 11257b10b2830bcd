// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv_exporter.h"

#include <QLocale>
#include <QString>

class QSettings;

namespace han::ui {

// What the export dialog remembers between exports (STYLE.md habit 7: a plain struct, keys in
// settings_keys.h). Kept out of AppSettings: only the export dialog reads it.
struct ExportPreferences
{
    QString directory; // empty or gone: the Documents folder
    CsvExporter::Resolution resolution = CsvExporter::Resolution::Hourly;
    CsvWriter::Dialect dialect = CsvWriter::Dialect::Rfc4180;

    // Unset values get the defaults; the dialect's follows the locale.
    static ExportPreferences load(QSettings& settings, const QLocale& locale = QLocale());
    void save(QSettings& settings) const;

    // A locale that writes decimal commas has spreadsheets that expect the Nordic file.
    static CsvWriter::Dialect localeDialect(const QLocale& locale);
    // The folder to suggest: the remembered one while it exists, else Documents.
    QString folder() const;
};

} // namespace han::ui
