// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "port_info.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace han {
class PortLocator;
}

namespace han::ui {

class PortPoller;

// The serial ports the system offers, for the connection dialog. Qt has no hot-plug signal, so
// the model polls a PortLocator (every kPollIntervalMs while polling, on PortPoller's thread) and
// applies the difference as exact row removals, in-place changes and insertions, never a reset:
// a selected adapter stays selected while others come and go. USB adapters (those with a vendor
// id) come first, then the rest by name. GUI thread.
class PortListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DescriptionColumn,
        ManufacturerColumn,
        VidPidColumn,
        SerialNumberColumn,
        ColumnCount
    };
    enum Role
    {
        SystemLocationRole = Qt::UserRole + 1, // "/dev/ttyUSB0"
    };

    static constexpr int kPollIntervalMs = 1500;

    explicit PortListModel(std::shared_ptr<const PortLocator> locator, QObject* parent = nullptr);
    ~PortListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const PortInfo& port(int row) const { return m_ports.at(static_cast<std::size_t>(row)); }
    const std::vector<PortInfo>& ports() const { return m_ports; }
    // The row of the port at this location (or with this name), -1 when it is not listed.
    int rowOf(const QString& nameOrLocation) const;

    // Asks the locator now, on this thread, and applies what changed.
    void refresh();
    // Applies a port list as the difference to the current one.
    void setPorts(std::vector<PortInfo> ports);

    // Refreshes now (so the list is there when the dialog opens), then in the background.
    void startPolling(int intervalMs = kPollIntervalMs);
    void stopPolling();
    bool isPolling() const;

    // "0403:6001"; empty when the system gives no USB ids (a built-in UART, a pseudo-terminal).
    static QString vidPid(const PortInfo& port);

signals:
    // After a refresh that added, removed or changed a port.
    void portsChanged();

private:
    std::shared_ptr<const PortLocator> m_locator;
    std::vector<PortInfo> m_ports;
    PortPoller* m_poller = nullptr;
};

} // namespace han::ui
