// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app_settings.h"
#include "key_store.h"

#include <QDialog>

#include <memory>
#include <optional>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace han {
class PortLocator;
}

namespace han::ui {

class MeterKeysPanel;
class PortListModel;
class SerialPortPage;
class SessionController;
class SimulatorMakeBox;

// Chooses the source: a serial port (SerialPortPage: adapter details, refreshed on hot-plug,
// parity), the simulator with its speed, or the replay of a capture file. The dialog only writes
// the choice into AppSettings; MainWindow saves it and starts the source. The source in use is
// preselected; OK stays disabled until the choice is complete (a port selected, a replay file
// that exists).
// Meter keys: for a serial port or a replay, the keys of an encrypted meter (MeterKeysPanel),
// loaded from the KeyStore for the chosen connection and saved there on OK, never into
// AppSettings.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // The system's serial ports (QSerialPortInfo, polled).
    ConnectionDialog(SessionController* session, const AppSettings& settings,
                     QWidget* parent = nullptr);
    // Ports from `locator`: tests plug and unplug adapters through it.
    ConnectionDialog(SessionController* session, const AppSettings& settings,
                     std::shared_ptr<const PortLocator> locator, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    // The settings with the user's choices applied (valid after accept()).
    AppSettings settings() const { return m_settings; }

    PortListModel* portModel() const;
    // The source the controls describe now, whether or not it is complete.
    SourceSpec::Kind chosenKind() const;
    // Why OK is disabled, empty when it is not.
    QString incompleteReason() const;

    // Meter keys.
    MeterKeysPanel* keysPanel() const { return m_keysPanel; }
    // Puts the focus on the encryption key (the banner's "Enter Keys…" opens the dialog so).
    void focusKeys();

public slots:
    void accept() override;

private:
    QWidget* createSimulatorPage();
    QWidget* createReplayPage();
    void browseReplayFile();
    void updateState();
    // Meter keys: the connection the controls describe, and its stored keys into the panel.
    SourceSpec chosenSpec() const;
    void loadKeysForChoice();
    bool saveKeys();

    AppSettings m_settings;

    QButtonGroup* m_kinds = nullptr;
    QStackedWidget* m_pages = nullptr;
    SerialPortPage* m_serialPage = nullptr;
    QComboBox* m_simulatorSpeed = nullptr;
    SimulatorMakeBox* m_simulatorMake = nullptr;
    QLineEdit* m_replayPath = nullptr;
    QComboBox* m_replaySpeed = nullptr;
    QLabel* m_hint = nullptr;
    QDialogButtonBox* m_buttons = nullptr;

    // Meter keys.
    MeterKeysPanel* m_keysPanel = nullptr;
    std::optional<KeyStore> m_keyStore;
    QString m_keysConnection; // the connection whose keys the panel was filled with
    QString m_keysError;      // the store could not be read or written
};

} // namespace han::ui
