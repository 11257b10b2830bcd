// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app_settings.h"
#include "bug_report_builder.h"
#include "frame_log_entry.h"
#include "raw_byte_history.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace han::ui {

class DecodedItemsModel;
class FrameLogModel;
class SessionController;

// What a homeowner (or the person helping them) needs when readings do not arrive: the link's
// state in words, the counters, the last frames with their bytes and decoded items, a raw
// capture and a bug report to send. Frames come straight from the acquisition worker through
// queued connections; counters and state from the LiveModel, refreshed with its coalesced
// updated(). GUI thread only.
class DiagnosticsView : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsView(SessionController* session, QWidget* parent = nullptr);

    // The settings changed (fuse, appearance, ...); called by MainWindow.
    void applySettings(const AppSettings& settings);

    FrameLogModel* frameLog() const { return m_frameLog; }
    DecodedItemsModel* decodedItems() const { return m_decodedItems; }
    const RawByteHistory& rawHistory() const { return m_rawHistory; }

    // The bug report as it would be copied now.
    QString bugReport() const;

public slots:
    void copyBugReport();
    // Asks for a file, then saveBugReport().
    void saveBugReportAs();
    bool saveBugReport(const QString& path);
    // Asks for a file and starts recording, or stops the recording under way.
    void toggleRecording();
    void recordTo(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildLayout();
    void addFrame(FrameLogEntry entry);
    void showEntry(const FrameLogEntry& entry, bool newest);
    void showNewestUnlessSelected();
    void setRecording(bool recording, const QString& detail);
    void showMessage(const QString& text);
    BugReportBuilder reportBuilder() const;
    QString bugReportSummary(const QString& action) const;

    SessionController* m_session = nullptr;
    FrameLogModel* m_frameLog = nullptr;
    DecodedItemsModel* m_decodedItems = nullptr;
    RawByteHistory m_rawHistory;
    std::optional<AppSettings> m_settings;
    // The bytes of a good frame wait here for the reading the worker emits right after them.
    std::optional<QByteArray> m_pendingFrame;
    bool m_recording = false;
    bool m_followNewest = true;
    bool m_shown = false;
    int m_fittedRows = 0;

    QPushButton* m_recordButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QLabel* m_message = nullptr;
    QSplitter* m_split = nullptr;
    QTableView* m_frameTable = nullptr;
    QLabel* m_frameTitle = nullptr;
    QPlainTextEdit* m_frameHex = nullptr;
    QLabel* m_frameExplanation = nullptr;
    QTableView* m_decodedTable = nullptr;
};

} // namespace han::ui
