// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection_dialog.h"

#include "meter_keys_panel.h"
#include "serial_port_page.h"
#include "session_controller.h"
#include "simulator_make_box.h"
#include "system_port_locator.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace han::ui {

namespace {

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ConnectionDialog::ConnectionDialog(SessionController* session, const AppSettings& settings,
                                   QWidget* parent)
    : ConnectionDialog(session, settings, std::make_shared<SystemPortLocator>(), parent)
{
}

ConnectionDialog::ConnectionDialog(SessionController* session, const AppSettings& settings,
                                   std::shared_ptr<const PortLocator> locator, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to Meter"));

    auto* layout = new QVBoxLayout(this);
    if (session && session->isRunning()) {
        auto* current = new QLabel(
            tr("Now reading from: %1").arg(SessionController::sourceLabel(session->source())),
            this);
        current->setObjectName(QStringLiteral("currentSource"));
        layout->addWidget(current);
    }

    auto* sourceBox = new QGroupBox(tr("Source"), this);
    auto* sourceLayout = new QVBoxLayout(sourceBox);
    m_kinds = new QButtonGroup(this);
    struct KindButton
    {
        SourceSpec::Kind kind;
        QString text;
        QString tip;
        const char* name;
    };
    const KindButton kindButtons[] = {
        {SourceSpec::Kind::Serial, tr("&Serial port — the meter's HAN adapter"),
         tr("Read the meter through a USB M-Bus adapter on its HAN port (2400 baud)"),
         "serialSource"},
        {SourceSpec::Kind::Simulator, tr("Si&mulated meter — no hardware needed"),
         tr("A built-in simulated household, to try HAN Monitor without a meter"),
         "simulatorSource"},
        {SourceSpec::Kind::Replay, tr("&Replay a capture file"),
         tr("Play back bytes recorded earlier from a meter, for example for a bug report"),
         "replaySource"},
    };
    for (const KindButton& k : kindButtons) {
        auto* button = new QRadioButton(k.text, sourceBox);
        button->setObjectName(QLatin1String(k.name));
        button->setToolTip(k.tip);
        m_kinds->addButton(button, static_cast<int>(k.kind));
        sourceLayout->addWidget(button);
    }
    layout->addWidget(sourceBox);

    m_pages = new QStackedWidget(this);
    m_serialPage = new SerialPortPage(std::move(locator), m_settings, m_pages);
    // Page indices are the kinds' values: Serial, Simulator, Replay.
    m_pages->addWidget(m_serialPage);
    m_pages->addWidget(createSimulatorPage());
    m_pages->addWidget(createReplayPage());
    layout->addWidget(m_pages, 1);

    // Meter keys: below the serial and replay pages, for the connection chosen there.
    m_keysPanel = new MeterKeysPanel(this);
    m_keyStore = KeyStore::open();
    m_keysPanel->setLocation(m_keyStore->location());
    layout->addWidget(m_keysPanel);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("connectionHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Start reading from this source"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateState();
    });
    connect(m_serialPage, &SerialPortPage::changed, this, &ConnectionDialog::updateState);
    connect(m_serialPage, &SerialPortPage::portActivated, this, &ConnectionDialog::accept);
    connect(m_replayPath, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_keysPanel, &MeterKeysPanel::changed, this, &ConnectionDialog::updateState);
    setTabOrder(m_kinds->button(static_cast<int>(SourceSpec::Kind::Replay)), m_serialPage->view());

    if (QAbstractButton* button = m_kinds->button(static_cast<int>(m_settings.sourceKind)))
        button->setChecked(true);
    updateState();
    // Focus on the chosen source, not the port list: a list that gets the focus selects its
    // first row, which would pick an adapter the user did not choose.
    if (QAbstractButton* checked = m_kinds->checkedButton())
        checked->setFocus();
    // Wide enough for the port table's columns; as tall as the serial page needs, no more, so
    // the other pages do not float in empty space.
    resize(std::max(720, sizeHint().width()), sizeHint().height());
}

ConnectionDialog::~ConnectionDialog() = default;

PortListModel* ConnectionDialog::portModel() const
{
    return m_serialPage->model();
}

QWidget* ConnectionDialog::createSimulatorPage()
{
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("simulatorPage"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(explanation(
        tr("A built-in household with solar panels: three phases, export at midday, readings "
           "and the meter's hourly registers at the pace and in the layout of the meter chosen "
           "below. "
           "It is shown as “Simulated meter” wherever the source appears, and its readings are "
           "saved to the history like a real meter's."),
        page));
    m_simulatorSpeed = new QComboBox(page);
    m_simulatorSpeed->setObjectName(QStringLiteral("simulatorSpeed"));
    m_simulatorSpeed->addItem(tr("×1 — real time"), 1.0);
    m_simulatorSpeed->addItem(tr("×10 — an hour in 6 minutes"), 10.0);
    m_simulatorSpeed->addItem(tr("×100 — an hour in 36 seconds"), 100.0);
    m_simulatorSpeed->addItem(tr("×1000 — a day in under 90 seconds"), 1000.0);
    m_simulatorSpeed->setToolTip(
        tr("How fast the simulated meter's clock runs compared with the real one"));
    // The listed speed nearest to the saved one, on a log scale.
    int nearest = 0;
    const double saved = std::log10(std::max(1.0, m_settings.simulatorSpeed));
    for (int i = 1; i < m_simulatorSpeed->count(); ++i) {
        if (std::abs(std::log10(m_simulatorSpeed->itemData(i).toDouble()) - saved) <
            std::abs(std::log10(m_simulatorSpeed->itemData(nearest).toDouble()) - saved))
            nearest = i;
    }
    m_simulatorSpeed->setCurrentIndex(nearest);
    auto* form = new QFormLayout;
    form->addRow(tr("Spee&d:"), m_simulatorSpeed);
    layout->addLayout(form);
    m_simulatorMake =
        new SimulatorMakeBox(m_settings.simulatorMake, m_settings.simulatorEncrypted, page);
    layout->addWidget(m_simulatorMake);
    layout->addStretch(1);
    return page;
}

QWidget* ConnectionDialog::createReplayPage()
{
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("replayPage"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(explanation(
        tr("Plays back the bytes of a capture as if a meter sent them: a file from File > Record "
           "Raw Capture or from a serial monitor. Formats: .log (serial log with times), .hex "
           "(hex text) and .bin (the raw bytes)."),
        page));
    m_replayPath = new QLineEdit(QDir::toNativeSeparators(m_settings.replayPath), page);
    m_replayPath->setObjectName(QStringLiteral("replayPath"));
    m_replayPath->setPlaceholderText(tr("Capture file (.log, .hex, .bin)"));
    m_replayPath->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("replayBrowse"));
    browse->setToolTip(tr("Choose the capture file"));
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browseReplayFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_replayPath, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_replayPath);
    m_replaySpeed = new QComboBox(page);
    m_replaySpeed->setObjectName(QStringLiteral("replaySpeed"));
    m_replaySpeed->addItem(tr("Real time"), 1.0);
    m_replaySpeed->addItem(tr("As fast as possible"), 0.0);
    m_replaySpeed->setToolTip(
        tr("Real time keeps the pauses between readings as recorded (a .log file has their "
           "times; others a reading every 10 s). As fast as possible fills the history at once."));
    m_replaySpeed->setCurrentIndex(m_settings.replaySpeed <= 0.0 ? 1 : 0);
    auto* form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Spee&d:"), m_replaySpeed);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

SourceSpec::Kind ConnectionDialog::chosenKind() const
{
    const int id = m_kinds->checkedId();
    return id < 0 ? SourceSpec::Kind::Simulator : static_cast<SourceSpec::Kind>(id);
}

QString ConnectionDialog::incompleteReason() const
{
    switch (chosenKind()) {
    case SourceSpec::Kind::Serial:
        if (const QString reason = m_serialPage->incompleteReason(); !reason.isEmpty())
            return reason;
        return m_keysPanel->incompleteReason();
    case SourceSpec::Kind::Replay: {
        const QString path = m_replayPath->text().trimmed();
        if (path.isEmpty())
            return tr("Choose a capture file to replay.");
        const QFileInfo file(QDir::fromNativeSeparators(path));
        if (!file.exists())
            return tr("The file %1 does not exist.").arg(path);
        if (!file.isFile() || !file.isReadable())
            return tr("%1 is not a file that can be read.").arg(path);
        return m_keysPanel->incompleteReason();
    }
    case SourceSpec::Kind::Simulator:
        break;
    }
    return {};
}

void ConnectionDialog::updateState()
{
    const SourceSpec::Kind kind = chosenKind();
    m_pages->setCurrentIndex(static_cast<int>(kind));
    m_keysPanel->setVisible(kind != SourceSpec::Kind::Simulator);
    loadKeysForChoice();
    QString hint = kind == SourceSpec::Kind::Serial ? m_serialPage->hint() : incompleteReason();
    if (hint.isEmpty() && kind != SourceSpec::Kind::Simulator)
        hint = m_keysPanel->incompleteReason();
    if (hint.isEmpty() && kind != SourceSpec::Kind::Simulator)
        hint = m_keysError;
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(incompleteReason().isEmpty());
}

// Meter keys ---------------------------------------------------------------------------------

SourceSpec ConnectionDialog::chosenSpec() const
{
    AppSettings chosen = m_settings;
    chosen.sourceKind = chosenKind();
    if (chosen.sourceKind == SourceSpec::Kind::Serial) {
        if (!m_serialPage->incompleteReason().isEmpty())
            return SourceSpec{}; // no port yet: no connection to hold keys
        m_serialPage->apply(chosen);
    } else if (chosen.sourceKind == SourceSpec::Kind::Replay) {
        const QString path = m_replayPath->text().trimmed();
        chosen.replayPath = path.isEmpty()
                                ? QString()
                                : QFileInfo(QDir::fromNativeSeparators(path)).absoluteFilePath();
    }
    return chosen.sourceSpec();
}

void ConnectionDialog::loadKeysForChoice()
{
    const QString connection = KeyStore::connectionId(chosenSpec());
    // Keys the user typed stay, whatever port they pick afterwards: they are saved for it.
    if (connection == m_keysConnection || m_keysPanel->isModified())
        return;
    m_keysConnection = connection;
    QString error;
    const MeterKeys keys =
        connection.isEmpty() ? MeterKeys{} : m_keyStore->load(chosenSpec(), &error);
    m_keysError = error;
    m_keysPanel->setKeys(keys);
}

bool ConnectionDialog::saveKeys()
{
    const SourceSpec spec = m_settings.sourceSpec();
    const QString connection = KeyStore::connectionId(spec);
    if (connection.isEmpty())
        return true;
    if (!m_keysPanel->isModified() && connection == m_keysConnection)
        return true;
    QString error;
    if (!m_keyStore->save(spec, m_keysPanel->keys(), &error)) {
        m_keysError = error.isEmpty() ? tr("The keys could not be saved.") : error;
        return false;
    }
    m_keysError.clear();
    return true;
}

void ConnectionDialog::focusKeys()
{
    if (!m_keysPanel->isHidden())
        m_keysPanel->encryptionField()->setFocus(Qt::OtherFocusReason);
}

void ConnectionDialog::browseReplayFile()
{
    QString start = QDir::fromNativeSeparators(m_replayPath->text().trimmed());
    if (start.isEmpty())
        start = QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Replay a Capture File"), start,
        tr("Captures (*.log *.hex *.bin);;Serial log with times (*.log);;Hex text (*.hex);;"
           "Raw bytes (*.bin);;All files (*)"));
    if (!path.isEmpty())
        m_replayPath->setText(QDir::toNativeSeparators(path));
}

void ConnectionDialog::accept()
{
    if (!incompleteReason().isEmpty())
        return;
    const SourceSpec::Kind kind = chosenKind();
    m_settings.sourceKind = kind;
    m_settings.simulatorSpeed = m_simulatorSpeed->currentData().toDouble();
    m_settings.simulatorMake = m_simulatorMake->make();
    m_settings.simulatorEncrypted = m_simulatorMake->encrypted();
    m_settings.replaySpeed = m_replaySpeed->currentData().toDouble();
    // The port is only replaced by a port: choosing the simulator keeps the adapter for later.
    if (kind == SourceSpec::Kind::Serial)
        m_serialPage->apply(m_settings);
    else
        m_settings.parity =
            static_cast<PortSettings::Parity>(m_serialPage->parityBox()->currentData().toInt());
    if (kind == SourceSpec::Kind::Replay)
        m_settings.replayPath =
            QFileInfo(QDir::fromNativeSeparators(m_replayPath->text().trimmed()))
                .absoluteFilePath();
    if (!saveKeys()) {
        updateState();
        return;
    }
    m_serialPage->stopPolling();
    QDialog::accept();
}

} // namespace han::ui
