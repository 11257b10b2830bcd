// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app_settings.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTableView;

namespace han {
class PortLocator;
}

namespace han::ui {

class PortListModel;

// The serial-port part of the connection dialog: the ports (refreshed on hot-plug), parity and
// the permission note. It keeps the adapter it should select (the one in use, then the user's
// last pick), so an adapter that is pulled out loses its selection and gets it back when it
// returns, and a selection never jumps to another device.
class SerialPortPage : public QWidget
{
    Q_OBJECT

public:
    SerialPortPage(std::shared_ptr<const PortLocator> locator, const AppSettings& settings,
                   QWidget* parent = nullptr);

    PortListModel* model() const { return m_ports; }
    QTableView* view() const { return m_view; }
    QComboBox* parityBox() const { return m_parity; }

    // Why the choice is not complete, empty when a port is selected.
    QString incompleteReason() const;
    // What to tell the user now: the incomplete reason, or a warning about the selected port.
    QString hint() const;
    // Writes the selected port, its adapter's identity and the parity.
    void apply(AppSettings& settings) const;
    void stopPolling();

signals:
    void changed();
    // A port was double-clicked: take it.
    void portActivated();

private:
    int selectedRow() const;
    QString location(int row) const;
    void selectWantedPort();

    PortListModel* m_ports = nullptr;
    PortSettings m_wanted;
    QTableView* m_view = nullptr;
    QLabel* m_noPortsLabel = nullptr;
    QComboBox* m_parity = nullptr;
};

} // namespace han::ui
