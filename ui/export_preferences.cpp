// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_preferences.h"

#include "settings_keys.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace han::ui {

ExportPreferences ExportPreferences::load(QSettings& settings, const QLocale& locale)
{
    ExportPreferences p;
    p.directory = settings.value(keys::kExportDirectory).toString();
    p.resolution =
        CsvExporter::resolutionFromName(settings.value(keys::kExportResolution).toString())
            .value_or(CsvExporter::Resolution::Hourly);
    p.dialect = CsvWriter::dialectFromName(settings.value(keys::kExportDialect).toString())
                    .value_or(localeDialect(locale));
    return p;
}

void ExportPreferences::save(QSettings& settings) const
{
    settings.setValue(keys::kExportDirectory, directory);
    settings.setValue(keys::kExportResolution,
                      QLatin1String(CsvExporter::resolutionName(resolution)));
    settings.setValue(keys::kExportDialect, QLatin1String(CsvWriter::dialectName(dialect)));
}

CsvWriter::Dialect ExportPreferences::localeDialect(const QLocale& locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? CsvWriter::Dialect::Nordic
                                                       : CsvWriter::Dialect::Rfc4180;
}

QString ExportPreferences::folder() const
{
    if (!directory.isEmpty() && QFileInfo(directory).isDir())
        return directory;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace han::ui
