// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "capacity_view.h"
#include "capacity_watch.h"
#include "connection_dialog.h"
#include "desktop_notifier.h"
#include "diagnostics_view.h"
#include "energy_view.h"
#include "export_dialog.h"
#include "han_version.h"
#include "live_model.h"
#include "live_view.h"
#include "message_banner.h"
#include "phases_view.h"
#include "session_controller.h"
#include "settings_dialog.h"
#include "solar_view.h"
#include "value_format.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QScreen>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QVBoxLayout>

namespace han::ui {

namespace {

QString linkStateText(LinkState state)
{
    switch (state) {
    case LinkState::Disconnected:
        return MainWindow::tr("Not connected");
    case LinkState::Connecting:
        return MainWindow::tr("Connecting…");
    case LinkState::Connected:
        return MainWindow::tr("Receiving");
    case LinkState::NoData:
        return MainWindow::tr("No data");
    case LinkState::Reconnecting:
        return MainWindow::tr("Reconnecting…");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(SessionController* session, const AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("HAN Monitor"));
    setMinimumSize(900, 600);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new MessageBanner(central);
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("views"));
    m_tabs->setDocumentMode(true);
    m_liveView = new LiveView(session, m_tabs);
    m_phasesView = new PhasesView(session, m_tabs);
    m_energyView = new EnergyView(session, m_tabs);
    m_capacityWatch = new CapacityWatch(session, this);
    m_capacityView = new CapacityView(session, m_capacityWatch, m_tabs);
    m_solarView = new SolarView(session, m_tabs);
    m_diagnosticsView = new DiagnosticsView(session, m_tabs);
    m_tabs->addTab(m_liveView, tr("&Live"));
    m_tabs->addTab(m_phasesView, tr("&Phases"));
    m_tabs->addTab(m_energyView, tr("&Energy"));
    m_tabs->addTab(m_capacityView, tr("Capac&ity"));
    m_tabs->addTab(m_solarView, tr("Sol&ar"));
    m_tabs->addTab(m_diagnosticsView, tr("&Diagnostics"));
    m_tabs->setTabToolTip(Live, tr("What the house draws and exports now (Ctrl+1)"));
    m_tabs->setTabToolTip(Phases, tr("Current and voltage of each phase over time (Ctrl+2)"));
    m_tabs->setTabToolTip(Energy, tr("Energy per hour, day and month from the meter's registers (Ctrl+3)"));
    m_tabs->setTabToolTip(Capacity, tr("The grid company's monthly capacity fee: this month's "
                                       "three peak hours, the step they put you in and how much "
                                       "this hour can still use (Ctrl+4)"));
    m_tabs->setTabToolTip(Solar, tr("Solar export: net power today and exported energy (Ctrl+5)"));
    m_tabs->setTabToolTip(Diagnostics, tr("The link to the meter: state, counters, raw frames (Ctrl+6)"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    createMenus();
    createStatusBar();

    m_notifier = new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::fallback, this, [this](const QString& message) {
        m_banner->showMessage(message, MessageBanner::Kind::Info, 30000);
    });

    LiveModel* live = session->live();
    connect(live, &LiveModel::exportingChanged, this, &MainWindow::announceExporting);
    connect(m_capacityWatch, &CapacityWatch::stepWarning, this, &MainWindow::warnCapacity);
    connect(m_capacityWatch, &CapacityWatch::stepWarningEnded, this, [this] {
        if (!m_banner->isHidden() && m_banner->text() == m_capacityWatch->lastWarning())
            m_banner->hide();
    });
    connect(m_capacityView, &CapacityView::dayActivated, this,
            [this](const QDate&, qint64 hourStartUtcMs) {
                m_energyView->showHour(hourStartUtcMs);
                setCurrentView(Energy);
            });
    connect(live, &LiveModel::updated, this, &MainWindow::updateStatus);
    connect(live, &LiveModel::sourceChanged, this, &MainWindow::updateStatus);
    connect(live, &LiveModel::linkStateChanged, this, &MainWindow::updateLinkState);
    connect(session, &SessionController::historyFailed, this, [this](const QString& error) {
        m_historyLabel->setText(tr("History: not saving"));
        m_historyLabel->setToolTip(error);
        m_banner->showMessage(error, MessageBanner::Kind::Error);
    });
    connect(session, &SessionController::historyRecovered, this, [this] {
        m_historyLabel->setText(tr("History: saving"));
        m_banner->showMessage(tr("History is being saved again."), MessageBanner::Kind::Success,
                              8000);
    });
    connect(session, &SessionController::historyOpened, this, [this](const QString& path) {
        m_historyLabel->setText(tr("History: saving"));
        m_historyLabel->setToolTip(tr("Readings are saved to %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(session, &SessionController::backupFinished, this,
            [this](bool ok, const QString& detail) {
                m_banner->showMessage(detail, ok ? MessageBanner::Kind::Success
                                                 : MessageBanner::Kind::Error,
                                      ok ? 15000 : 0);
            });
    connect(session, &SessionController::recordingStateChanged, this,
            [this](bool recording, const QString& detail) {
                m_recording = recording;
                m_recordAction->setText(recording ? tr("Stop &Recording Raw Capture")
                                                  : tr("&Record Raw Capture…"));
                if (!detail.isEmpty())
                    m_banner->showMessage(detail, MessageBanner::Kind::Info, 15000);
            });
    connect(session, &SessionController::simulatedHistoryProgress, this,
            [this](bool busy, const QString& message) {
                if (busy)
                    m_banner->showMessage(message, MessageBanner::Kind::Info);
                else if (!message.isEmpty())
                    m_banner->showMessage(message, MessageBanner::Kind::Error);
                else
                    m_banner->hide();
            });
    // Meter keys: an encrypted meter and no keys: say what to do, with a way there.
    connect(session, &SessionController::encryptedWithoutKeys, this, [this] {
        m_keysNeeded = true;
        m_banner->showMessage(tr("This meter encrypts its data: enter the two keys from your grid "
                                 "company (File > Connect to Meter, Ctrl+K)."),
                              MessageBanner::Kind::Warning);
        offerKeysDialog();
    });
    connect(session, &SessionController::sourceFinished, this, [this] {
        m_banner->showMessage(tr("The replay has reached the end of the capture file."),
                              MessageBanner::Kind::Info, 15000);
    });

    m_statusTimer.setObjectName(QStringLiteral("main_window.statusTimer"));
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start();

    if (!m_settings.windowGeometry.isEmpty()) {
        restoreGeometry(m_settings.windowGeometry);
    } else {
        // 1280x800 where it fits; on a 1366x768 laptop, what the screen has (the status bar
        // must not end up below its edge).
        QSize size(1280, 800);
        if (const QScreen* display = screen())
            size = size.boundedTo(display->availableGeometry().size() * 0.92);
        resize(size.expandedTo(minimumSize()));
    }
    if (!m_settings.windowState.isEmpty())
        restoreState(m_settings.windowState);
    setCurrentView(static_cast<View>(m_settings.currentView));
    applySettings();
    updateLinkState(live->linkState(), live->linkDetail());
    updateStatus();
}

MainWindow::~MainWindow() = default;

MainWindow::View MainWindow::currentView() const
{
    return static_cast<View>(m_tabs->currentIndex());
}

void MainWindow::setCurrentView(View view)
{
    if (view < 0 || view >= ViewCount)
        view = Live;
    m_tabs->setCurrentIndex(view);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction =
        file->addAction(tr("&Connect to Meter…"), this, [this] { showConnectionDialog(); });
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connectAction->setStatusTip(tr("Choose the serial port of the meter, the simulator or a capture file"));
    QAction* exportAction =
        file->addAction(tr("&Export to CSV…"), this, &MainWindow::showExportDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Write the history to a spreadsheet file"));
    QAction* backupAction =
        file->addAction(tr("&Back Up History…"), this, &MainWindow::backupHistory);
    backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    backupAction->setStatusTip(tr("Save a copy of the whole history while recording goes on"));
    m_recordAction =
        file->addAction(tr("&Record Raw Capture…"), this, &MainWindow::toggleRecording);
    m_recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_recordAction->setStatusTip(tr("Save the bytes from the meter to a file, for a bug report"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Stop recording and close HAN Monitor"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QString names[ViewCount] = {tr("&Live"),        tr("&Phases"), tr("&Energy"),
                                      tr("Capac&ity"), tr("Sol&ar"),   tr("&Diagnostics")};
    for (int i = 0; i < ViewCount; ++i) {
        QAction* action = view->addAction(names[i]);
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this,
                [this, i] { setCurrentView(static_cast<View>(i)); });
    }

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QAction* preferences =
        settings->addAction(tr("&Preferences…"), this, &MainWindow::showSettingsDialog);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About HAN Monitor"), this, [this] {
        QMessageBox::about(
            this, tr("About HAN Monitor"),
            tr("<h3>HAN Monitor %1</h3>"
               "<p>Shows what a Kamstrup electricity meter reports on its HAN port: power, "
               "phases, hourly energy and solar export. History stays on this computer.</p>"
               "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                .arg(QStringLiteral(HAN_VERSION)));
    });
}

void MainWindow::createStatusBar()
{
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("statusSource"));
    m_linkLabel = new QLabel(this);
    m_linkLabel->setObjectName(QStringLiteral("statusLink"));
    m_ageLabel = new QLabel(this);
    m_ageLabel->setObjectName(QStringLiteral("statusAge"));
    m_ageLabel->setToolTip(tr("How long ago the last reading arrived from the meter"));
    m_historyLabel = new QLabel(tr("History: opening…"), this);
    m_historyLabel->setObjectName(QStringLiteral("statusHistory"));
    statusBar()->addWidget(m_sourceLabel);
    statusBar()->addWidget(m_linkLabel);
    statusBar()->addWidget(m_ageLabel);
    statusBar()->addPermanentWidget(m_historyLabel);
}

void MainWindow::updateLinkState(LinkState state, const QString& detail)
{
    m_linkLabel->setText(linkStateText(state));
    m_linkLabel->setToolTip(detail.isEmpty() ? linkStateText(state) : detail);
    if (state == LinkState::NoData || state == LinkState::Reconnecting) {
        if (!detail.isEmpty()) {
            m_banner->showMessage(detail, MessageBanner::Kind::Warning);
            // The link's own words for a meter without keys replace the announcement: the way
            // to the keys must stay with them.
            if (m_keysNeeded)
                offerKeysDialog();
        }
    } else if (state == LinkState::Connected) {
        m_keysNeeded = false;
        if (m_banner->kind() == MessageBanner::Kind::Warning)
            m_banner->hide();
    }
}

void MainWindow::offerKeysDialog()
{
    m_banner->setAction(tr("Enter &Keys…"), [this] { showConnectionDialog(true); });
}

void MainWindow::announceExporting(bool exporting)
{
    if (!m_settings.notifyExport)
        return;
    const auto& reading = m_session->live()->latestReading();
    const double exportW = reading ? reading->activeExportW.value_or(0.0) : 0.0;
    const double importW = reading ? reading->activeImportW.value_or(0.0) : 0.0;
    if (exporting) {
        m_notifier->notify(tr("The house is exporting"),
                           tr("Solar power is going to the grid: %1 now.")
                               .arg(ValueFormat::kilowatts(exportW)));
    } else {
        m_notifier->notify(tr("The house stopped exporting"),
                           tr("It draws %1 from the grid now.")
                               .arg(ValueFormat::kilowatts(importW)));
    }
}

void MainWindow::warnCapacity(const QString& title, const QString& message)
{
    m_banner->showMessage(message, MessageBanner::Kind::Warning);
    // Without a notification service the banner says it already.
    if (m_settings.notifyCapacity && m_notifier->isAvailable())
        m_notifier->notify(title, message);
}

void MainWindow::updateStatus()
{
    LiveModel* live = m_session->live();
    m_sourceLabel->setText(live->sourceLabel());
    m_sourceLabel->setToolTip(live->isSimulated()
                                  ? tr("No meter is connected: the numbers come from a built-in "
                                       "simulated household. Use File > Connect to Meter.")
                                  : tr("Where the readings come from"));
    const QString title = live->sourceLabel().isEmpty()
                              ? tr("HAN Monitor")
                              : tr("HAN Monitor — %1").arg(live->sourceLabel());
    if (windowTitle() != title)
        setWindowTitle(title);
    if (!live->hasReading()) {
        m_ageLabel->setText(tr("No reading yet"));
        return;
    }
    const qint64 seconds = live->latestReceivedAt().secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        m_ageLabel->setText(tr("Last reading %1 s ago").arg(std::max<qint64>(seconds, 0)));
    else
        m_ageLabel->setText(tr("Last reading %1 min ago").arg(seconds / 60));
}

void MainWindow::applySettings()
{
    m_liveView->applySettings(m_settings);
    m_phasesView->applySettings(m_settings);
    m_energyView->applySettings(m_settings);
    m_capacityWatch->applySettings(m_settings);
    m_capacityView->applySettings(m_settings);
    m_solarView->applySettings(m_settings);
    m_diagnosticsView->applySettings(m_settings);
}

void MainWindow::saveState()
{
    m_settings.windowGeometry = QMainWindow::saveGeometry();
    m_settings.windowState = QMainWindow::saveState();
    m_settings.currentView = currentView();
    QSettings settings;
    m_settings.save(settings);
}

void MainWindow::showConnectionDialog(bool focusKeys)
{
    ConnectionDialog dialog(m_session, m_settings, this);
    if (focusKeys)
        dialog.focusKeys();
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    saveState();
    m_session->start(m_settings.sourceSpec());
    emit settingsChanged(m_settings);
}

void MainWindow::showExportDialog()
{
    ExportDialog dialog(m_session, m_settings, this);
    dialog.exec();
    m_settings = dialog.settings();
    saveState();
}

void MainWindow::showSettingsDialog()
{
    SettingsDialog dialog(m_session, m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    saveState();
    applySettings();
    emit settingsChanged(m_settings);
}

void MainWindow::backupHistory()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("han-monitor-backup-%1.sqlite")
                          .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up History"), suggested,
                                                      tr("SQLite database (*.sqlite)"));
    if (path.isEmpty())
        return;
    m_banner->showMessage(tr("Backing up the history to %1…").arg(QDir::toNativeSeparators(path)));
    m_session->backup(path);
}

void MainWindow::toggleRecording()
{
    if (m_recording) {
        m_session->stopRecording();
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("han-capture-%1.log")
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Record Raw Capture"), suggested,
        tr("Serial log with times (*.log);;Hex text (*.hex);;Raw bytes (*.bin)"));
    if (!path.isEmpty())
        m_session->startRecording(path);
}

void MainWindow::bringToFront()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    if (m_settings.keepRecordingInTray && QSystemTrayIcon::isSystemTrayAvailable()) {
        // Recording goes on in the tray, so the history has no holes.
        hide();
        event->ignore();
        return;
    }
    event->accept();
    emit quitRequested();
}

} // namespace han::ui
