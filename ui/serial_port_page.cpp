// SPDX-License-Identifier: GPL-3.0-or-later
#include "serial_port_page.h"

#include "port_list_model.h"
#include "port_locator.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace han::ui {

namespace {

QString portSummary(const PortSettings& port)
{
    if (port.vendorId == 0 && port.productId == 0)
        return QDir::toNativeSeparators(port.portName);
    return QStringLiteral("%1, %2:%3")
        .arg(QDir::toNativeSeparators(port.portName))
        .arg(port.vendorId, 4, 16, QLatin1Char('0'))
        .arg(port.productId, 4, 16, QLatin1Char('0'));
}

} // namespace

SerialPortPage::SerialPortPage(std::shared_ptr<const PortLocator> locator,
                               const AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_ports(new PortListModel(std::move(locator), this))
{
    setObjectName(QStringLiteral("serialPage"));
    m_wanted.portName = settings.portName;
    m_wanted.serialNumber = settings.portSerialNumber;
    m_wanted.vendorId = settings.portVendorId;
    m_wanted.productId = settings.portProductId;

    auto* portsLabel = new QLabel(tr("P&orts (the list follows what is plugged in):"), this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("portView"));
    // Connected before the view's own slot: a view that loses its current row makes the
    // neighbouring adapter current and selected, so an unplugged adapter's selection would
    // jump to a different device. Clearing first leaves nothing selected instead.
    connect(m_ports, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) {
                const int row = selectedRow();
                if (row >= first && row <= last)
                    m_view->selectionModel()->clear();
            });
    m_view->setModel(m_ports);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PortListModel::DescriptionColumn,
                                                     QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Serial ports"));
    portsLabel->setBuddy(m_view);

    m_noPortsLabel = new QLabel(
        tr("No serial port found. Plug in the meter's USB adapter: this list updates by itself."),
        this);
    m_noPortsLabel->setObjectName(QStringLiteral("noPortsLabel"));
    m_noPortsLabel->setWordWrap(true);

    m_parity = new QComboBox(this);
    m_parity->setObjectName(QStringLiteral("parity"));
    m_parity->addItem(tr("Auto — try none, then even"),
                      static_cast<int>(PortSettings::Parity::Auto));
    m_parity->addItem(tr("None — Kamstrup"), static_cast<int>(PortSettings::Parity::None));
    m_parity->addItem(tr("Even — Aidon, Kaifa"), static_cast<int>(PortSettings::Parity::Even));
    m_parity->setToolTip(
        tr("How the meter frames each byte on its HAN port (2400 baud, 8 data bits, 1 stop "
           "bit).\nKamstrup meters send without parity (8N1); Aidon and Kaifa with even parity "
           "(8E1).\nAuto starts with none and switches to even when bytes arrive but no valid "
           "frame does."));
    m_parity->setCurrentIndex(std::max(0, m_parity->findData(static_cast<int>(settings.parity))));
    auto* form = new QFormLayout;
    form->addRow(tr("&Parity:"), m_parity);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(portsLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_noPortsLabel);
    layout->addLayout(form);
#ifdef Q_OS_LINUX
    auto* note = new QLabel(
        tr("If the port cannot be opened, your user may not be allowed to use serial ports. "
           "Run<br><code>sudo usermod -aG dialout $USER</code><br>then log out and in."),
        this);
    note->setObjectName(QStringLiteral("permissionNote"));
    note->setTextFormat(Qt::RichText);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(note);
#endif

    connect(m_ports, &PortListModel::portsChanged, this, [this] {
        selectWantedPort();
        m_noPortsLabel->setVisible(m_ports->rowCount() == 0);
        emit changed();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const int row = selectedRow(); row >= 0) {
            const PortInfo& p = m_ports->port(row);
            m_wanted.portName = location(row);
            m_wanted.serialNumber = p.serialNumber;
            m_wanted.vendorId = p.hasVendorId ? p.vendorId : 0;
            m_wanted.productId = p.hasProductId ? p.productId : 0;
        }
        emit changed();
    });
    connect(m_view, &QTableView::doubleClicked, this, &SerialPortPage::portActivated);

    m_ports->startPolling();
    selectWantedPort();
    m_noPortsLabel->setVisible(m_ports->rowCount() == 0);
}

int SerialPortPage::selectedRow() const
{
    if (!m_view->selectionModel())
        return -1;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QString SerialPortPage::location(int row) const
{
    return m_ports->data(m_ports->index(row, 0), PortListModel::SystemLocationRole).toString();
}

void SerialPortPage::selectWantedPort()
{
    if (selectedRow() >= 0 || m_wanted.portName.isEmpty())
        return;
    const auto found = PortLocator::locate(m_ports->ports(), m_wanted, false);
    const int row = found ? m_ports->rowOf(*found) : -1;
    if (row >= 0) {
        m_view->selectionModel()->setCurrentIndex(m_ports->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
    }
}

QString SerialPortPage::incompleteReason() const
{
    if (selectedRow() >= 0)
        return {};
    if (m_ports->rowCount() == 0)
        return tr("No serial port found: plug in the meter's USB adapter.");
    return tr("Choose the port of the meter's adapter.");
}

QString SerialPortPage::hint() const
{
    const int row = selectedRow();
    if (row < 0 && !m_wanted.portName.isEmpty() &&
        !PortLocator::locate(m_ports->ports(), m_wanted, false)) {
        return tr("The adapter used last (%1) is not plugged in; it is selected as soon as it "
                  "appears.")
            .arg(portSummary(m_wanted));
    }
    if (row >= 0) {
        const QFileInfo device(location(row));
        if (device.exists() && !device.isWritable())
            return tr("You may not have permission to open %1: see the note above.")
                .arg(QDir::toNativeSeparators(device.filePath()));
    }
    return incompleteReason();
}

void SerialPortPage::apply(AppSettings& settings) const
{
    settings.parity = static_cast<PortSettings::Parity>(m_parity->currentData().toInt());
    const int row = selectedRow();
    if (row < 0)
        return;
    const PortInfo& p = m_ports->port(row);
    settings.portName = location(row);
    settings.portSerialNumber = p.serialNumber;
    settings.portVendorId = p.hasVendorId ? p.vendorId : 0;
    settings.portProductId = p.hasProductId ? p.productId : 0;
}

void SerialPortPage::stopPolling()
{
    m_ports->stopPolling();
}

} // namespace han::ui
