// SPDX-License-Identifier: GPL-3.0-or-later
#include "port_list_model.h"

#include "port_locator.h"
#include "port_poller.h"

#include <algorithm>

namespace han::ui {

namespace {

// Two entries are the same row when they are the same device: same place, same adapter. A
// different adapter plugged in under a freed name is a new row, so a selection never silently
// moves to another device.
bool sameDevice(const PortInfo& a, const PortInfo& b)
{
    return a.systemLocation == b.systemLocation && a.portName == b.portName &&
           a.serialNumber == b.serialNumber && a.hasVendorId == b.hasVendorId &&
           a.vendorId == b.vendorId && a.hasProductId == b.hasProductId &&
           a.productId == b.productId;
}

// Names with their numbers compared as numbers: ttyUSB2 before ttyUSB10, COM3 before COM12.
// (QCollator's numeric mode is not available with every collation backend.)
int compareNatural(const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            const QStringView na = QStringView(a).mid(i, ei - i);
            const QStringView nb = QStringView(b).mid(j, ej - j);
            // Without leading zeros the longer number is the larger.
            auto trimmed = [](QStringView n) {
                while (n.size() > 1 && n.front() == QLatin1Char('0'))
                    n = n.mid(1);
                return n;
            };
            const QStringView x = trimmed(na);
            const QStringView y = trimmed(nb);
            if (x.size() != y.size())
                return x.size() < y.size() ? -1 : 1;
            if (const int c = x.compare(y); c != 0)
                return c;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j] ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    return j < b.size() ? -1 : 0;
}

struct PortOrder
{
    bool operator()(const PortInfo& a, const PortInfo& b) const
    {
        // The HAN adapter is a USB device: those first, built-in UARTs after.
        if (a.hasVendorId != b.hasVendorId)
            return a.hasVendorId;
        if (const int c = compareNatural(a.portName, b.portName); c != 0)
            return c < 0;
        if (a.systemLocation != b.systemLocation)
            return a.systemLocation < b.systemLocation;
        return a.serialNumber < b.serialNumber;
    }
};

bool listed(const std::vector<PortInfo>& ports, const PortInfo& port)
{
    return std::any_of(ports.begin(), ports.end(),
                       [&port](const PortInfo& p) { return sameDevice(p, port); });
}

QString hex4(std::uint16_t value)
{
    return QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0'));
}

} // namespace

PortListModel::PortListModel(std::shared_ptr<const PortLocator> locator, QObject* parent)
    : QAbstractTableModel(parent)
    , m_locator(std::move(locator))
    , m_poller(new PortPoller(m_locator, this))
{
    connect(m_poller, &PortPoller::portsFound, this, &PortListModel::setPorts);
}

PortListModel::~PortListModel() = default;

int PortListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ports.size());
}

int PortListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PortListModel::vidPid(const PortInfo& port)
{
    if (!port.hasVendorId && !port.hasProductId)
        return {};
    return hex4(port.vendorId) + QLatin1Char(':') + hex4(port.productId);
}

QVariant PortListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PortInfo& p = port(index.row());
    if (role == SystemLocationRole)
        return p.systemLocation.isEmpty() ? p.portName : p.systemLocation;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return p.portName;
        case DescriptionColumn:
            return p.description;
        case ManufacturerColumn:
            return p.manufacturer;
        case VidPidColumn:
            return vidPid(p);
        case SerialNumberColumn:
            return p.serialNumber;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return tr("The device %1, as the system names it")
                .arg(p.systemLocation.isEmpty() ? p.portName : p.systemLocation);
        case DescriptionColumn:
            return p.description.isEmpty()
                       ? tr("The system gives no description of this port")
                       : tr("The adapter's own description: %1").arg(p.description);
        case ManufacturerColumn:
            return p.manufacturer.isEmpty()
                       ? tr("The system names no manufacturer for this port")
                       : tr("The adapter's manufacturer, as it reports itself: %1")
                             .arg(p.manufacturer);
        case VidPidColumn:
            return vidPid(p).isEmpty()
                       ? tr("Not a USB device: no vendor and product id")
                       : tr("USB vendor id %1 and product id %2 (hexadecimal), as the adapter "
                            "reports them; used to find the adapter again after a re-plug")
                             .arg(hex4(p.vendorId), hex4(p.productId));
        case SerialNumberColumn:
            return p.serialNumber.isEmpty()
                       ? tr("The adapter reports no serial number")
                       : tr("The adapter's USB serial number; HAN Monitor finds the adapter by it "
                            "when the port's name changes");
        default:
            return {};
        }
    }
    return {};
}

QVariant PortListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Port");
        case DescriptionColumn:
            return tr("Description");
        case ManufacturerColumn:
            return tr("Manufacturer");
        case VidPidColumn:
            return tr("VID:PID");
        case SerialNumberColumn:
            return tr("Serial number");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NameColumn:
            return tr("The serial port's name on this computer");
        case DescriptionColumn:
            return tr("What the adapter calls itself");
        case ManufacturerColumn:
            return tr("Who made the adapter, as it reports itself");
        case VidPidColumn:
            return tr("USB vendor and product id of the adapter, in hexadecimal");
        case SerialNumberColumn:
            return tr("The adapter's USB serial number, if it has one");
        default:
            return {};
        }
    }
    return {};
}

int PortListModel::rowOf(const QString& nameOrLocation) const
{
    for (std::size_t i = 0; i < m_ports.size(); ++i) {
        if (m_ports[i].systemLocation == nameOrLocation || m_ports[i].portName == nameOrLocation)
            return static_cast<int>(i);
    }
    return -1;
}

void PortListModel::refresh()
{
    if (m_locator)
        setPorts(m_locator->availablePorts());
}

void PortListModel::setPorts(std::vector<PortInfo> ports)
{
    const PortOrder order;
    std::sort(ports.begin(), ports.end(), order);
    ports.erase(std::unique(ports.begin(), ports.end(), sameDevice), ports.end());
    bool changed = false;

    // Removals, from the back, one contiguous run at a time.
    int row = static_cast<int>(m_ports.size()) - 1;
    while (row >= 0) {
        if (listed(ports, m_ports[static_cast<std::size_t>(row)])) {
            --row;
            continue;
        }
        const int last = row;
        while (row > 0 && !listed(ports, m_ports[static_cast<std::size_t>(row - 1)]))
            --row;
        beginRemoveRows({}, row, last);
        m_ports.erase(m_ports.begin() + row, m_ports.begin() + last + 1);
        endRemoveRows();
        changed = true;
        --row;
    }

    // The same device with new words (a driver that filled in its description late).
    for (std::size_t i = 0; i < m_ports.size(); ++i) {
        PortInfo& current = m_ports[i];
        const auto it = std::find_if(ports.begin(), ports.end(), [&current](const PortInfo& p) {
            return sameDevice(p, current);
        });
        if (it->description != current.description || it->manufacturer != current.manufacturer) {
            current = *it;
            const int r = static_cast<int>(i);
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1),
                             {Qt::DisplayRole, Qt::ToolTipRole});
            changed = true;
        }
    }

    // Insertions at their place in the order; what is left of the old list is still sorted.
    for (const PortInfo& p : ports) {
        if (listed(m_ports, p))
            continue;
        const auto at = std::lower_bound(m_ports.begin(), m_ports.end(), p, order);
        const int r = static_cast<int>(at - m_ports.begin());
        beginInsertRows({}, r, r);
        m_ports.insert(at, p);
        endInsertRows();
        changed = true;
    }

    if (changed)
        emit portsChanged();
}

void PortListModel::startPolling(int intervalMs)
{
    refresh();
    m_poller->start(intervalMs);
}

void PortListModel::stopPolling()
{
    m_poller->stop();
}

bool PortListModel::isPolling() const
{
    return m_poller->isRunning();
}

} // namespace han::ui
