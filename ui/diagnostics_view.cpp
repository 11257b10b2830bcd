// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics_view.h"

#include "acquisition_worker.h"
#include "bug_report_builder.h"
#include "decoded_items_model.h"
#include "frame_log_model.h"
#include "hex_dump.h"
#include "link_status_panel.h"
#include "live_model.h"
#include "session_controller.h"
#include "value_format.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace han::ui {

namespace {

std::int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString span(std::int64_t ms)
{
    const std::int64_t seconds = ms / 1000;
    if (seconds < 120)
        return DiagnosticsView::tr("%1 s").arg(seconds);
    return DiagnosticsView::tr("%1 min").arg(seconds / 60);
}

} // namespace

DiagnosticsView::DiagnosticsView(SessionController* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_frameLog(new FrameLogModel(this)),
      m_decodedItems(new DecodedItemsModel(this))
{
    setObjectName(QStringLiteral("diagnosticsView"));
    buildLayout();

    // Frames straight from the acquisition thread. The worker emits rawFrame just before the
    // readingDecoded of the same frame, and queued signals from one thread keep their order.
    AcquisitionWorker* worker = session->worker();
    connect(
        worker, &AcquisitionWorker::rawFrame, this,
        [this](const QByteArray& frame) { m_pendingFrame = frame; }, Qt::QueuedConnection);
    connect(
        worker, &AcquisitionWorker::readingDecoded, this,
        [this](const MeterReading& reading) {
            FrameLogEntry entry;
            entry.arrivedUtcMs = nowMs();
            entry.bytes = m_pendingFrame.value_or(QByteArray());
            m_pendingFrame.reset();
            entry.reading = reading;
            addFrame(std::move(entry));
        },
        Qt::QueuedConnection);
    connect(
        worker, &AcquisitionWorker::frameRejected, this,
        [this](const FrameError& error) {
            FrameLogEntry entry;
            entry.arrivedUtcMs = nowMs();
            entry.bytes = error.bytes;
            entry.error = error;
            addFrame(std::move(entry));
        },
        Qt::QueuedConnection);
    connect(session, &SessionController::recordingStateChanged, this,
            &DiagnosticsView::setRecording);

    // Follow the newest frame while the table is scrolled to its end, like a log, unless the
    // user has picked a frame to look at.
    connect(m_frameLog, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar* bar = m_frameTable->verticalScrollBar();
        m_followNewest =
            bar->value() >= bar->maximum() && !m_frameTable->selectionModel()->hasSelection();
    });
    connect(m_frameLog, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followNewest)
            m_frameTable->scrollToBottom();
        showNewestUnlessSelected();
    });
    connect(m_frameTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_frameTable->selectionModel()->selectedRows();
        if (rows.isEmpty())
            showNewestUnlessSelected();
        else
            showEntry(m_frameLog->entry(rows.first().row()), false);
    });
}

void DiagnosticsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_shown)
        return;
    // Sizes given before the splitter has its own height are not kept: set them once it has.
    m_shown = true;
    const int height = m_split->height();
    m_split->setSizes({height / 3, height - height / 3});
}

void DiagnosticsView::applySettings(const AppSettings& settings)
{
    m_settings = settings;
}

void DiagnosticsView::buildLayout()
{
    auto* top = new LinkStatusPanel(m_session->live(), this);

    m_recordButton = new QPushButton(tr("&Record raw capture…"), this);
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_recordButton->setToolTip(tr("Save every byte from the meter to a file while it arrives, "
                                  "to replay it later or attach it to a bug report"));
    m_copyButton = new QPushButton(tr("&Copy bug report"), this);
    m_copyButton->setObjectName(QStringLiteral("copyReportButton"));
    m_copyButton->setToolTip(tr("Copy versions, settings, counters, the last errors and the "
                                "frames of the last minutes to the clipboard, to paste into an "
                                "e-mail or an issue"));
    m_saveButton = new QPushButton(tr("Save &bug report…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveReportButton"));
    m_saveButton->setToolTip(tr("Write the same bug report to a file"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_recordButton, &QPushButton::clicked, this, &DiagnosticsView::toggleRecording);
    connect(m_copyButton, &QPushButton::clicked, this, &DiagnosticsView::copyBugReport);
    connect(m_saveButton, &QPushButton::clicked, this, &DiagnosticsView::saveBugReportAs);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_recordButton);
    actions->addWidget(m_copyButton);
    actions->addWidget(m_saveButton);
    actions->addWidget(m_message, 1);

    m_frameTable = new QTableView(this);
    m_frameTable->setObjectName(QStringLiteral("frameTable"));
    m_frameTable->setModel(m_frameLog);
    m_frameTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_frameTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_frameTable->setAlternatingRowColors(true);
    m_frameTable->setWordWrap(false);
    m_frameTable->verticalHeader()->hide();
    m_frameTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_frameTable->horizontalHeader()->setStretchLastSection(true);
    m_frameTable->setTextElideMode(Qt::ElideRight);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_frameTable->setColumnWidth(FrameLogModel::TimeColumn, digit * 14);
    m_frameTable->setColumnWidth(FrameLogModel::LengthColumn, digit * 7);
    m_frameTable->setColumnWidth(FrameLogModel::StatusColumn,
                                 fontMetrics().horizontalAdvance(tr("Unknown list")) + 44);
    m_frameTable->setColumnWidth(FrameLogModel::ListColumn, digit * 6);
    auto* framesLabel = new QLabel(tr("Last fra&mes (newest at the bottom; select one to see "
                                      "all its bytes and items)"),
                                   this);
    framesLabel->setBuddy(m_frameTable);
    auto* framesPane = new QWidget(this);
    auto* framesLayout = new QVBoxLayout(framesPane);
    framesLayout->setContentsMargins(0, 0, 0, 0);
    framesLayout->addWidget(framesLabel);
    framesLayout->addWidget(m_frameTable, 1);

    m_frameTitle = new QLabel(this);
    m_frameTitle->setObjectName(QStringLiteral("frameTitle"));
    m_frameHex = new QPlainTextEdit(this);
    m_frameHex->setObjectName(QStringLiteral("frameHex"));
    m_frameHex->setReadOnly(true);
    m_frameHex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_frameHex->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_frameHex->setPlaceholderText(tr("The bytes of a frame appear here."));
    m_frameHex->setToolTip(tr("Every byte of the frame in hexadecimal, 16 a line: the offset, "
                              "the bytes, and the bytes that are letters"));
    auto* hexPane = new QWidget(this);
    auto* hexLayout = new QVBoxLayout(hexPane);
    hexLayout->setContentsMargins(0, 0, 0, 0);
    hexLayout->addWidget(m_frameTitle);
    hexLayout->addWidget(m_frameHex, 1);
    // Wide enough for a full line of 16 bytes with its offset and characters.
    const QFontMetrics fixed(m_frameHex->font());
    m_frameHex->setMinimumWidth(fixed.horizontalAdvance(QString(76, QLatin1Char('0'))) +
                                m_frameHex->verticalScrollBar()->sizeHint().width());

    m_frameExplanation = new QLabel(this);
    m_frameExplanation->setObjectName(QStringLiteral("frameExplanation"));
    m_frameExplanation->setWordWrap(true);
    m_frameExplanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_decodedTable = new QTableView(this);
    m_decodedTable->setObjectName(QStringLiteral("decodedItems"));
    m_decodedTable->setModel(m_decodedItems);
    m_decodedTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_decodedTable->setAlternatingRowColors(true);
    m_decodedTable->setWordWrap(false);
    m_decodedTable->verticalHeader()->hide();
    m_decodedTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_decodedTable->setTextElideMode(Qt::ElideRight);
    // The explanation takes what is left and is elided on small screens (its tooltip has it all).
    m_decodedTable->horizontalHeader()->setStretchLastSection(true);
    auto* itemsPane = new QWidget(this);
    auto* itemsLayout = new QVBoxLayout(itemsPane);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(m_frameExplanation);
    itemsLayout->addWidget(m_decodedTable, 1);

    auto* details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(hexPane);
    details->addWidget(itemsPane);
    // The hex needs its fixed width and no more; the items' names take the rest.
    details->setStretchFactor(0, 0);
    details->setStretchFactor(1, 1);
    details->setSizes({m_frameHex->minimumWidth(), 4 * m_frameHex->minimumWidth()});
    details->setChildrenCollapsible(false);

    auto* split = m_split = new QSplitter(Qt::Vertical, this);
    split->addWidget(framesPane);
    split->addWidget(details);
    // A few rows of the log are enough; a List 2 frame's 19 lines and items want the height.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* root = new QVBoxLayout(this);
    root->addWidget(top);
    root->addLayout(actions);
    root->addWidget(split, 1);

    setTabOrder(m_recordButton, m_copyButton);
    setTabOrder(m_copyButton, m_saveButton);
    setTabOrder(m_saveButton, m_frameTable);
    setTabOrder(m_frameTable, m_frameHex);
    setTabOrder(m_frameHex, m_decodedTable);
    showNewestUnlessSelected();
}

void DiagnosticsView::addFrame(FrameLogEntry entry)
{
    m_rawHistory.add(entry.arrivedUtcMs, entry.bytes, entry.error);
    m_frameLog->append(std::move(entry));
}

void DiagnosticsView::showNewestUnlessSelected()
{
    if (m_frameTable && m_frameTable->selectionModel()->hasSelection())
        return;
    if (m_frameLog->rowCount() == 0) {
        m_frameTitle->setText(tr("Frame bytes"));
        m_frameHex->clear();
        m_frameExplanation->setText(tr("No frame has arrived yet."));
        m_decodedItems->setReading(std::nullopt);
        return;
    }
    showEntry(m_frameLog->entry(m_frameLog->rowCount() - 1), true);
}

void DiagnosticsView::showEntry(const FrameLogEntry& entry, bool newest)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(entry.arrivedUtcMs, Qt::LocalTime)
                             .toString(QStringLiteral("HH:mm:ss.zzz"));
    // Plural-free wording: English is the source language and has no translation of its own.
    m_frameTitle->setText((newest ? tr("Newest frame, received %1 (length %2 bytes):")
                                  : tr("Frame received %1 (length %2 bytes):"))
                              .arg(time)
                              .arg(entry.bytes.size()));
    m_frameHex->setPlainText(HexDump::lines(entry.bytes));
    m_decodedItems->setReading(entry.reading);
    // Fitting the columns measures every cell: only when the kind of list changes, not for
    // each new frame of a fast replay.
    const int rows = m_decodedItems->rowCount();
    if (rows > 0 && rows != m_fittedRows) {
        m_decodedTable->resizeColumnsToContents();
        m_fittedRows = rows;
    }
    if (entry.reading) {
        m_frameExplanation->setText(tr("Intact frame of List %1; items decoded: %2")
                                        .arg(entry.listNumber())
                                        .arg(m_decodedItems->items().size()));
    } else if (entry.error) {
        m_frameExplanation->setText(
            QStringLiteral("<b>%1</b>: %2")
                .arg(FrameLogModel::statusText(entry).toHtmlEscaped(),
                     FrameLogModel::explanation(*entry.error).toHtmlEscaped()));
    }
}

BugReportBuilder DiagnosticsView::reportBuilder() const
{
    const LiveModel* live = m_session->live();
    BugReportBuilder builder;
    builder.setEnvironment(BugReportBuilder::currentEnvironment());
    builder.setSource(m_session->source(), SessionController::sourceLabel(m_session->source()),
                      m_session->isRunning());
    if (m_settings)
        builder.setSettings(*m_settings);
    builder.setLink(live->linkState(), live->linkDetail(), live->statistics());
    builder.setHistory(&m_rawHistory);
    return builder;
}

QString DiagnosticsView::bugReport() const
{
    return reportBuilder().build(nowMs());
}

QString DiagnosticsView::bugReportSummary(const QString& action) const
{
    const BugReportBuilder::Summary summary = reportBuilder().summary();
    return tr("%1: versions, source, counters and the raw frames of the last %2 (frames: %3, "
              "rejected: %4).")
        .arg(action, span(summary.spanMs))
        .arg(summary.frames)
        .arg(summary.errors);
}

void DiagnosticsView::copyBugReport()
{
    QGuiApplication::clipboard()->setText(bugReport());
    showMessage(bugReportSummary(tr("Bug report copied to the clipboard")) + QLatin1Char(' ') +
                tr("Paste it into an e-mail or an issue."));
}

void DiagnosticsView::saveBugReportAs()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("han-monitor-report-%1.txt")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Bug Report"), suggested,
                                                      tr("Text files (*.txt)"));
    if (!path.isEmpty())
        saveBugReport(path);
}

bool DiagnosticsView::saveBugReport(const QString& path)
{
    QSaveFile file(path);
    const QByteArray text = bugReport().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        showMessage(tr("The bug report could not be saved to %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    showMessage(bugReportSummary(tr("Bug report saved to %1").arg(QDir::toNativeSeparators(path))));
    return true;
}

void DiagnosticsView::toggleRecording()
{
    if (m_recording) {
        m_session->stopRecording();
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("han-capture-%1.log")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Record Raw Capture"), suggested,
        tr("Serial log with times (*.log);;Hex text (*.hex);;Raw bytes (*.bin)"));
    if (!path.isEmpty())
        recordTo(path);
}

void DiagnosticsView::recordTo(const QString& path)
{
    m_session->startRecording(path);
}

void DiagnosticsView::setRecording(bool recording, const QString& detail)
{
    m_recording = recording;
    m_recordButton->setText(recording ? tr("Stop &recording") : tr("&Record raw capture…"));
    m_recordButton->setToolTip(recording ? tr("Close the capture file")
                                         : tr("Save every byte from the meter to a file while "
                                              "it arrives, to replay it later or attach it to a "
                                              "bug report"));
    if (!detail.isEmpty())
        showMessage(detail);
}

void DiagnosticsView::showMessage(const QString& text)
{
    m_message->setText(text);
}

} // namespace han::ui
