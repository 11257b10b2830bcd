// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_dialog.h"

#include "export_controller.h"
#include "export_form.h"
#include "export_preferences.h"
#include "message_banner.h"
#include "session_controller.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace han::ui {

namespace {

QString rowsText(CsvExporter::Resolution resolution, qint64 rows)
{
    const QString n = QLocale().toString(rows);
    switch (resolution) {
    case CsvExporter::Resolution::Raw:
        return rows == 1 ? ExportDialog::tr("1 reading") : ExportDialog::tr("%1 readings").arg(n);
    case CsvExporter::Resolution::Daily:
        return rows == 1 ? ExportDialog::tr("1 day") : ExportDialog::tr("%1 days").arg(n);
    case CsvExporter::Resolution::Hourly:
        break;
    }
    return rows == 1 ? ExportDialog::tr("1 hour") : ExportDialog::tr("%1 hours").arg(n);
}

} // namespace

ExportDialog::ExportDialog(SessionController* session, const AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_session(session), m_settings(settings),
      m_controller(new ExportController(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export to CSV"));

    QSettings stored;
    const bool open = m_session && m_session->isHistoryOpen();
    m_form = new ExportForm(open ? m_session->reader().meters() : std::vector<MeterInfo>(),
                            open ? m_session->currentMeterId() : QString(),
                            ExportPreferences::load(stored), this);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("exportHint"));
    m_hint->setWordWrap(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->setToolTip(tr("How much of the export is written"));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelExport"));
    m_cancel->setToolTip(tr("Stop the export; no file is written (Esc)"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("exportResult"));
    m_openFolder = new QPushButton(tr("&Open Folder"), this);
    m_openFolder->setObjectName(QStringLiteral("openFolder"));
    m_openFolder->setToolTip(tr("Show the folder of the exported file in the file manager"));
    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(m_banner, 1);
    resultRow->addWidget(m_openFolder);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Write the file"));
    m_export->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_hint);
    layout->addLayout(progressRow);
    layout->addLayout(resultRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_form, &ExportForm::changed, this, &ExportDialog::updateState);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_openFolder, &QPushButton::clicked, this, &ExportDialog::openFolder);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_controller, &ExportController::progressed, m_progress, &QProgressBar::setValue);
    connect(m_controller, &ExportController::finished, this, &ExportDialog::finishExport);

    setExporting(false);
    m_progress->hide();
    m_openFolder->hide();
    resize(std::max(640, sizeHint().width()), sizeHint().height());
}

// The controller, a child, cancels a running export and waits for its thread.
ExportDialog::~ExportDialog() = default;

bool ExportDialog::isExporting() const
{
    return m_controller->isRunning();
}

void ExportDialog::setClock(Clock clock)
{
    m_form->setClock(std::move(clock));
}

QString ExportDialog::resultText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

QString ExportDialog::unreadyReason() const
{
    if (!m_session || !m_session->isHistoryOpen()) {
        const QString error = m_session ? m_session->historyError() : QString();
        return error.isEmpty() ? tr("The history is not open yet: nothing to export.")
                               : tr("The history cannot be read: %1").arg(error);
    }
    return m_form->unreadyReason();
}

void ExportDialog::updateState()
{
    const QString reason = unreadyReason();
    m_hint->setText(reason);
    m_hint->setVisible(!reason.isEmpty());
    m_export->setEnabled(reason.isEmpty() && !isExporting());
}

void ExportDialog::startExport()
{
    if (isExporting() || !unreadyReason().isEmpty())
        return;
    const QString path = m_form->filePath();
    if (m_form->needsReplaceConfirmation(path) &&
        QMessageBox::question(
            this, tr("Replace File?"),
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;

    const CsvExporter::Options options = m_form->options();
    ExportPreferences preferences;
    preferences.directory = QFileInfo(path).path();
    preferences.resolution = options.resolution;
    preferences.dialect = options.dialect;
    QSettings stored;
    preferences.save(stored);

    m_exportPath = path;
    m_exportResolution = options.resolution;
    m_controller->start(m_session->historyPath(), options, path);
    setExporting(true);
    m_banner->showMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
}

void ExportDialog::finishExport(bool ok, bool cancelled, qint64 rows, const QString& error)
{
    setExporting(false);
    m_progress->hide(); // the message says how it ended
    const QString path = QDir::toNativeSeparators(m_exportPath);
    if (ok && rows == 0) {
        m_banner->showMessage(tr("%1 was written but has no rows: the history holds nothing "
                                 "for this meter in this period.")
                                  .arg(path),
                              MessageBanner::Kind::Warning);
    } else if (ok) {
        m_progress->setValue(m_progress->maximum());
        m_banner->showMessage(tr("Exported %1 to %2").arg(rowsText(m_exportResolution, rows), path),
                              MessageBanner::Kind::Success);
    } else if (cancelled) {
        m_banner->showMessage(tr("Cancelled — no file was written."), MessageBanner::Kind::Info);
    } else {
        m_banner->showMessage(error, MessageBanner::Kind::Error);
    }
    m_openFolder->setVisible(ok);
    emit exportFinished(ok, cancelled);
    if (m_closeWhenStopped)
        QDialog::reject();
}

void ExportDialog::setExporting(bool exporting)
{
    m_form->setEnabled(!exporting);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!exporting);
    m_cancel->setVisible(exporting);
    m_cancel->setEnabled(exporting);
    if (exporting) {
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->setFocus();
        m_openFolder->hide();
    }
    updateState();
}

void ExportDialog::cancelExport()
{
    if (!isExporting())
        return;
    m_controller->cancel();
    m_cancel->setEnabled(false);
    m_banner->showMessage(tr("Cancelling…"));
}

void ExportDialog::reject()
{
    // Esc while exporting stops the export and keeps the dialog open for its message.
    if (isExporting()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::closeEvent(QCloseEvent* event)
{
    if (isExporting()) {
        m_closeWhenStopped = true;
        cancelExport();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ExportDialog::openFolder()
{
    if (!m_exportPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_exportPath).path()));
}

} // namespace han::ui
