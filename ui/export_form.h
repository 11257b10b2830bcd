// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv_exporter.h"
#include "export_range.h"
#include "meter_info.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace han::ui {

struct ExportPreferences;

// The choices of an export: meter, period (with presets), resolution, dialect and file, with a
// file name suggested from them ("han-hourly-2026-10.csv") until the user names the file.
// ExportDialog runs what it describes.
class ExportForm : public QWidget
{
    Q_OBJECT

public:
    // The current time, UTC; injectable so the presets can be tested on a fixed day.
    using Clock = std::function<QDateTime()>;

    ExportForm(const std::vector<MeterInfo>& meters, const QString& currentMeterId,
               const ExportPreferences& preferences, QWidget* parent = nullptr);

    void setClock(Clock clock);
    QDate today() const;

    // What to export; nowUtcMs is the clock's time.
    CsvExporter::Options options() const;
    // The file as typed or chosen, absolute.
    QString filePath() const;
    // True when `path` exists and the user has not agreed to replace it in the file chooser.
    bool needsReplaceConfirmation(const QString& path) const;
    // Why the choices cannot be exported, empty when they can.
    QString unreadyReason() const;
    bool hasMeters() const;

signals:
    void changed();

private:
    void applyPreset();
    void datesEdited();
    void updateSuggestedName();
    void browse();
    std::optional<ExportRange> meterSpan() const;
    ExportRange range() const;
    CsvExporter::Resolution resolution() const;

    Clock m_clock;
    bool m_applyingPreset = false;
    QString m_suggestedName; // the name last suggested, replaced while the user keeps it
    QString m_confirmedPath; // the file the user agreed to replace in the file chooser

    QComboBox* m_meter = nullptr;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_resolution = nullptr;
    QComboBox* m_dialect = nullptr;
    QLineEdit* m_path = nullptr;
};

} // namespace han::ui
