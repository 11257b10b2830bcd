// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings_dialog.h"

#include "appearance.h"
#include "autostart.h"
#include "capacity_settings_page.h"
#include "desktop_notifier.h"
#include "history_writer.h"
#include "live_model.h"
#include "meter_settings_panel.h"
#include "session_controller.h"
#include "value_format.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace han::ui {

namespace {

// Main fuse sizes of Nordic houses; any other value can be typed.
constexpr int kFuseSizes[] = {16, 20, 25, 32, 35, 40, 50, 63, 80, 100, 125};
constexpr int kMinFuseAmps = 6;
constexpr int kMaxFuseAmps = 400; // as AppSettings::load clamps

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QRadioButton* radio(const QString& text, const char* name, QWidget* parent)
{
    auto* button = new QRadioButton(text, parent);
    button->setObjectName(QLatin1String(name));
    return button;
}

bool sameMeterSettings(const MeterSettings& l, const MeterSettings& r)
{
    return l.clockMode == r.clockMode && l.scale == r.scale;
}

} // namespace

SettingsDialog::SettingsDialog(SessionController* session, const AppSettings& settings,
                               QWidget* parent)
    : QDialog(parent), m_session(session), m_settings(settings),
      m_notifier(new DesktopNotifier(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_meterPanel = new MeterSettingsPanel(m_pages);
    m_pages->addTab(m_meterPanel, tr("&Meter"));
    m_pages->addTab(createHousePage(), tr("&House"));
    m_capacityPage = new CapacitySettingsPage(m_pages);
    m_capacityPage->setObjectName(QStringLiteral("capacityPage"));
    if (m_session)
        m_capacityPage->setLadder(m_session->capacityLadder());
    m_capacityPage->setExcludeFlagged(m_settings.capacityExcludeFlagged);
    m_capacityPage->setNotify(m_settings.notifyCapacity);
    m_pages->addTab(m_capacityPage, tr("C&apacity"));
    m_pages->addTab(createAppearancePage(), tr("A&ppearance"));
    m_pages->addTab(createStartupPage(), tr("&Startup"));
    m_pages->setTabToolTip(MeterPage, tr("How the meter's clock and values are read"));
    m_pages->setTabToolTip(HousePage, tr("Main fuse and grid type"));
    m_pages->setTabToolTip(CapacityPage,
                           tr("The grid company's capacity fee: its steps, prices and warning"));
    m_pages->setTabToolTip(AppearancePage, tr("Colours, language and notifications"));
    m_pages->setTabToolTip(StartupPage,
                           tr("Recording in the background, start at login, history file"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    setMinimumWidth(640);

    loadMeter();
    m_pages->setCurrentIndex(m_meterPanel->hasMeter() ? MeterPage : HousePage);
    m_pages->setFocus();
}

SettingsDialog::~SettingsDialog() = default;

QStringList SettingsDialog::languageCodes()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("nb"), QStringLiteral("da"),
            QStringLiteral("sv")};
}

void SettingsDialog::setCurrentPage(Page page)
{
    m_pages->setCurrentIndex(page);
}

QWidget* SettingsDialog::createHousePage()
{
    auto* page = new QWidget(this);
    auto* fuseGroup = new QGroupBox(tr("Main fuse"), page);
    m_fuse = new QComboBox(fuseGroup);
    m_fuse->setObjectName(QStringLiteral("fuseAmps"));
    m_fuse->setEditable(true);
    m_fuse->setInsertPolicy(QComboBox::NoInsert);
    m_fuse->setValidator(new QIntValidator(kMinFuseAmps, kMaxFuseAmps, m_fuse));
    for (const int amps : kFuseSizes)
        m_fuse->addItem(QString::number(amps), amps);
    m_fuse->setCurrentText(QString::number(m_settings.fuseAmps));
    m_fuse->setToolTip(tr("The rating of the main fuse or breaker, in amperes (%1 to %2 A)")
                           .arg(kMinFuseAmps)
                           .arg(kMaxFuseAmps));
    auto* fuseRow = new QHBoxLayout;
    fuseRow->addWidget(m_fuse);
    fuseRow->addWidget(new QLabel(tr("A"), fuseGroup));
    fuseRow->addStretch(1);
    auto* fuseLabel = new QLabel(tr("Main &fuse:"), fuseGroup);
    fuseLabel->setBuddy(m_fuse); // a row of a layout gets no buddy by itself
    auto* fuseForm = new QFormLayout;
    fuseForm->addRow(fuseLabel, fuseRow);
    auto* fuseLayout = new QVBoxLayout(fuseGroup);
    fuseLayout->addWidget(explanation(
        tr("The main fuse limits how much the house can draw at once. The Live view draws each "
           "phase's current against it. Its size is printed on the main breaker in the fuse box "
           "and on the grid company's invoice."),
        fuseGroup));
    fuseLayout->addLayout(fuseForm);

    auto* gridGroup = new QGroupBox(tr("Grid"), page);
    auto* tn = radio(tr("&TN: 230 V from each phase to neutral, 400 V between phases"), "gridTn",
                     gridGroup);
    auto* it = radio(tr("&IT: 230 V between phases, no neutral"), "gridIt", gridGroup);
    m_grid = new QButtonGroup(this);
    m_grid->addButton(tn, static_cast<int>(AppSettings::Grid::Tn400));
    m_grid->addButton(it, static_cast<int>(AppSettings::Grid::It230));
    (m_settings.grid == AppSettings::Grid::It230 ? it : tn)->setChecked(true);
    m_fuseLimit = new QLabel(gridGroup);
    m_fuseLimit->setObjectName(QStringLiteral("fuseLimit"));
    m_fuseLimit->setToolTip(tr("The most the main fuse lets the house draw: 3 × 230 V × the fuse "
                               "on TN, √3 × 230 V × the fuse on IT"));
    QFont bold = m_fuseLimit->font();
    bold.setBold(true);
    m_fuseLimit->setFont(bold);
    auto* gridLayout = new QVBoxLayout(gridGroup);
    gridLayout->addWidget(explanation(
        tr("TN is the usual grid in Denmark, Sweden and newer Norwegian houses. IT is common in "
           "Norway, above all in older houses. An electrician or the grid company can tell."),
        gridGroup));
    gridLayout->addWidget(tn);
    gridLayout->addWidget(it);
    gridLayout->addWidget(m_fuseLimit);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(fuseGroup);
    layout->addWidget(gridGroup);
    layout->addStretch(1);

    connect(m_fuse, &QComboBox::currentTextChanged, this, &SettingsDialog::updateFuseLimit);
    connect(m_grid, &QButtonGroup::idToggled, this, &SettingsDialog::updateFuseLimit);
    updateFuseLimit();
    return page;
}

QWidget* SettingsDialog::createAppearancePage()
{
    auto* page = new QWidget(this);
    auto* lookGroup = new QGroupBox(tr("Colours"), page);
    auto* system = radio(tr("S&ystem: as the desktop"), "appearanceSystem", lookGroup);
    auto* light = radio(tr("&Light"), "appearanceLight", lookGroup);
    auto* dark = radio(tr("&Dark"), "appearanceDark", lookGroup);
    m_appearance = new QButtonGroup(this);
    m_appearance->addButton(system, static_cast<int>(AppSettings::Appearance::System));
    m_appearance->addButton(light, static_cast<int>(AppSettings::Appearance::Light));
    m_appearance->addButton(dark, static_cast<int>(AppSettings::Appearance::Dark));
    m_appearance->button(static_cast<int>(m_settings.appearance))->setChecked(true);
    auto* lookLayout = new QVBoxLayout(lookGroup);
    lookLayout->addWidget(system);
    lookLayout->addWidget(light);
    lookLayout->addWidget(dark);
    lookLayout->addWidget(explanation(
        tr("System uses the colours the desktop gave HAN Monitor when it started."), lookGroup));
    connect(m_appearance, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            Appearance::apply(chosenAppearance());
    });

    auto* languageGroup = new QGroupBox(tr("Language"), page);
    m_language = new QComboBox(languageGroup);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language in its own words, so it can be found whatever language is showing.
    const QStringList names = {tr("System language"), QStringLiteral("English"),
                               QStringLiteral("Norsk bokmål"), QStringLiteral("Dansk"),
                               QStringLiteral("Svenska")};
    const QStringList codes = languageCodes();
    for (int i = 0; i < codes.size(); ++i)
        m_language->addItem(names[i], codes[i]);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language)));
    auto* languageForm = new QFormLayout;
    languageForm->addRow(tr("La&nguage:"), m_language);
    auto* languageLayout = new QVBoxLayout(languageGroup);
    languageLayout->addLayout(languageForm);
    languageLayout->addWidget(explanation(
        tr("A new language takes effect when HAN Monitor is started again."), languageGroup));

    auto* notifyGroup = new QGroupBox(tr("Notifications"), page);
    m_notifyExport =
        new QCheckBox(tr("Notify me when the house starts or stops e&xporting"), notifyGroup);
    m_notifyExport->setObjectName(QStringLiteral("notifyExport"));
    m_notifyExport->setChecked(m_settings.notifyExport);
    m_notifyExport->setToolTip(tr("When solar production starts to exceed what the house uses, "
                                  "and when it stops"));
    m_notificationStatus = new QLabel(notifyGroup);
    m_notificationStatus->setObjectName(QStringLiteral("notificationStatus"));
    m_notificationStatus->setWordWrap(true);
    m_notificationStatus->setText(
        m_notifier->isAvailable()
            ? tr("The messages appear as desktop notifications.")
            : tr("This desktop has no notification service: the messages will appear in the "
                 "HAN Monitor window instead."));
    auto* test = new QPushButton(tr("Send a &test notification"), notifyGroup);
    test->setObjectName(QStringLiteral("testNotification"));
    connect(test, &QPushButton::clicked, this, &SettingsDialog::sendTestNotification);
    connect(m_notifier, &DesktopNotifier::fallback, this, [this](const QString& message) {
        m_notificationStatus->setText(
            tr("No desktop notification could be shown; the window will show: “%1”").arg(message));
    });
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(test);
    testRow->addStretch(1);
    auto* notifyLayout = new QVBoxLayout(notifyGroup);
    notifyLayout->addWidget(m_notifyExport);
    notifyLayout->addWidget(m_notificationStatus);
    notifyLayout->addLayout(testRow);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(lookGroup);
    layout->addWidget(languageGroup);
    layout->addWidget(notifyGroup);
    layout->addStretch(1);
    return page;
}

QWidget* SettingsDialog::createStartupPage()
{
    auto* page = new QWidget(this);
    auto* recordingGroup = new QGroupBox(tr("Recording"), page);
    m_keepInTray = new QCheckBox(tr("&Keep recording in the system tray when the window is closed"),
                                 recordingGroup);
    m_keepInTray->setObjectName(QStringLiteral("keepRecordingInTray"));
    m_keepInTray->setChecked(m_settings.keepRecordingInTray);
    m_startAtLogin = new QCheckBox(tr("Start HAN Monitor when I &log in"), recordingGroup);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    // The entry on disk is the truth: the desktop's own startup settings may have changed it.
    m_startAtLogin->setChecked(Autostart::isEnabled());
    m_startAtLogin->setToolTip(
        tr("Writes %1").arg(QDir::toNativeSeparators(Autostart::filePath())));
    const QString tray =
        QSystemTrayIcon::isSystemTrayAvailable()
            ? tr("The history then has no holes. Quit from the File menu or the tray icon to "
                 "stop recording.")
            : tr("The history then has no holes. This desktop shows no system tray at the "
                 "moment, so closing the window quits HAN Monitor.");
    auto* recordingLayout = new QVBoxLayout(recordingGroup);
    recordingLayout->addWidget(m_keepInTray);
    recordingLayout->addWidget(explanation(tray, recordingGroup));
    recordingLayout->addWidget(m_startAtLogin);
    recordingLayout->addWidget(explanation(
        tr("HAN Monitor then starts in the system tray when you log in and goes on recording "
           "where it left off."),
        recordingGroup));

    auto* historyGroup = new QGroupBox(tr("History"), page);
    QString path = m_session ? m_session->historyPath() : QString();
    if (path.isEmpty())
        path = m_settings.databasePath.isEmpty() ? HistoryWriter::defaultPath()
                                                 : m_settings.databasePath;
    m_historyPath = new QLineEdit(QDir::toNativeSeparators(path), historyGroup);
    m_historyPath->setObjectName(QStringLiteral("historyPath"));
    m_historyPath->setReadOnly(true);
    m_historyPath->setCursorPosition(0);
    m_historyPath->setToolTip(tr("The SQLite file with every reading; han-cli uses the same one"));
    auto* show = new QPushButton(tr("Sho&w in Folder"), historyGroup);
    show->setObjectName(QStringLiteral("showHistoryFolder"));
    connect(show, &QPushButton::clicked, this, &SettingsDialog::showHistoryFolder);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_historyPath, 1);
    pathRow->addWidget(show);
    auto* historyForm = new QFormLayout;
    historyForm->addRow(tr("Database:"), pathRow);
    auto* historyLayout = new QVBoxLayout(historyGroup);
    historyLayout->addLayout(historyForm);
    historyLayout->addWidget(explanation(
        tr("Another file can be chosen when starting: han-monitor --db PATH. Make a copy with "
           "File > Back Up History."),
        historyGroup));

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(recordingGroup);
    layout->addWidget(historyGroup);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::loadMeter()
{
    const QString meterId = m_session ? m_session->currentMeterId() : QString();
    m_loadedMeterSettings = MeterSettings{};
    QString type;
    if (!meterId.isEmpty()) {
        for (const MeterInfo& meter : m_session->reader().meters()) {
            if (meter.meterId == meterId) {
                m_loadedMeterSettings = meter.settings;
                type = meter.meterType;
            }
        }
        if (type.isEmpty() && m_session->live()->meterId() == meterId)
            type = m_session->live()->meterType();
    }
    const bool simulated =
        m_session && m_session->live()->isSimulated() && m_session->live()->meterId() == meterId;
    QString description =
        simulated ? tr("the simulated meter %1").arg(meterId) : tr("meter %1").arg(meterId);
    if (!type.isEmpty())
        description = tr("%1 (type %2)").arg(description, type);
    m_meterPanel->setMeter(meterId, description, m_loadedMeterSettings);
}

int SettingsDialog::fuseAmps() const
{
    bool ok = false;
    const int amps = m_fuse->currentText().trimmed().toInt(&ok);
    if (!ok)
        return m_settings.fuseAmps;
    return std::clamp(amps, kMinFuseAmps, kMaxFuseAmps);
}

void SettingsDialog::updateFuseLimit()
{
    AppSettings house;
    house.fuseAmps = fuseAmps();
    house.grid = static_cast<AppSettings::Grid>(m_grid->checkedId());
    const QString grid = house.grid == AppSettings::Grid::It230 ? tr("IT 230 V") : tr("TN 400 V");
    m_fuseLimit->setText(tr("%1 A on %2: up to %3")
                             .arg(house.fuseAmps)
                             .arg(grid, ValueFormat::kilowatts(house.fuseLimitW(), 1)));
}

AppSettings::Appearance SettingsDialog::chosenAppearance() const
{
    return static_cast<AppSettings::Appearance>(m_appearance->checkedId());
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_settings;
    s.fuseAmps = fuseAmps();
    s.grid = static_cast<AppSettings::Grid>(m_grid->checkedId());
    s.appearance = chosenAppearance();
    s.language = m_language->currentData().toString();
    s.notifyExport = m_notifyExport->isChecked();
    s.notifyCapacity = m_capacityPage->notify();
    s.capacityExcludeFlagged = m_capacityPage->excludeFlagged();
    s.keepRecordingInTray = m_keepInTray->isChecked();
    s.startAtLogin = m_startAtLogin->isChecked();
    return s;
}

void SettingsDialog::accept()
{
    const auto ladder = m_capacityPage->ladder();
    if (!ladder) {
        // The page says what is wrong under the table.
        setCurrentPage(CapacityPage);
        m_capacityPage->table()->setFocus();
        return;
    }
    if (m_session && ladder->toString() != m_session->capacityLadder().toString())
        m_session->setCapacityLadder(*ladder);
    const AppSettings chosen = settings();
    if (m_meterPanel->hasMeter() && m_session) {
        const MeterSettings meter = m_meterPanel->meterSettings();
        if (!sameMeterSettings(meter, m_loadedMeterSettings))
            m_session->setMeterSettings(m_meterPanel->meterId(), meter);
    }
    m_settings = chosen;
    // Written again when on, so the entry starts the binary that runs now.
    if (chosen.startAtLogin || Autostart::isEnabled()) {
        QString error;
        if (!Autostart::setEnabled(chosen.startAtLogin, &error)) {
            QMessageBox::warning(this, tr("Start at Login"), error);
            m_startAtLogin->setChecked(Autostart::isEnabled());
            m_settings.startAtLogin = m_startAtLogin->isChecked();
        }
    }
    QDialog::accept();
}

void SettingsDialog::reject()
{
    if (chosenAppearance() != m_settings.appearance)
        Appearance::apply(m_settings.appearance);
    QDialog::reject();
}

void SettingsDialog::sendTestNotification()
{
    m_notifier->notify(tr("HAN Monitor"),
                       tr("This is how HAN Monitor tells you that the house started or stopped "
                          "exporting."));
}

void SettingsDialog::showHistoryFolder()
{
    const QString folder =
        QFileInfo(QDir::fromNativeSeparators(m_historyPath->text())).absolutePath();
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace han::ui
