// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app_settings.h"
#include "csv_exporter.h"

#include <QDateTime>
#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace han::ui {

class ExportController;
class ExportForm;
class MessageBanner;
class SessionController;

// Exports a meter's history as CSV: the choices (ExportForm), then progress, Cancel and a clear
// message. The export runs on its own thread with its own HistoryReader (ExportController), so
// the dialog stays responsive; Esc or Cancel stops it, and closing the window while it runs
// cancels and closes once the worker has stopped. CsvExporter writes through QSaveFile: a
// cancelled or failed export leaves no file. The folder, dialect and resolution are remembered
// (ExportPreferences).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // The current time, UTC; injectable so the presets can be tested on a fixed day.
    using Clock = std::function<QDateTime()>;

    ExportDialog(SessionController* session, const AppSettings& settings,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    // The settings with the user's choices applied (valid after accept()). The export needs
    // none of its own: what it remembers is ExportPreferences.
    AppSettings settings() const { return m_settings; }

    // Replaces the clock and applies the chosen preset again on its "today".
    void setClock(Clock clock);

    bool isExporting() const;
    // The message shown after the last export, empty while there is none.
    QString resultText() const;

public slots:
    void startExport();
    void cancelExport();
    void reject() override;

signals:
    void exportFinished(bool ok, bool cancelled);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void updateState();
    void finishExport(bool ok, bool cancelled, qint64 rows, const QString& error);
    void setExporting(bool exporting);
    void openFolder();
    QString unreadyReason() const;

    SessionController* m_session = nullptr;
    AppSettings m_settings;
    QString m_exportPath;
    CsvExporter::Resolution m_exportResolution = CsvExporter::Resolution::Hourly;
    bool m_closeWhenStopped = false;

    ExportForm* m_form = nullptr;
    QLabel* m_hint = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    MessageBanner* m_banner = nullptr;
    QPushButton* m_openFolder = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_export = nullptr;
    ExportController* m_controller = nullptr;
};

} // namespace han::ui
