// SPDX-License-Identifier: GPL-3.0-or-later
#include "fake_port_locator.h"
#include "port_list_model.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QThread>

#include <algorithm>
#include <memory>
#include <set>

using han::PortInfo;
using han::test::FakePortLocator;
using han::ui::PortListModel;

namespace {

QStringList names(const PortListModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, PortListModel::NameColumn).data().toString();
    return out;
}

QString selectedName(const QItemSelectionModel& selection)
{
    const QModelIndexList rows = selection.selectedRows(PortListModel::NameColumn);
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

struct Fixture
{
    std::shared_ptr<FakePortLocator> locator = std::make_shared<FakePortLocator>();
    PortListModel model{locator};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QItemSelectionModel selection{&model};
    QSignalSpy resets{&model, &QAbstractItemModel::modelReset};
    QSignalSpy inserts{&model, &QAbstractItemModel::rowsInserted};
    QSignalSpy removes{&model, &QAbstractItemModel::rowsRemoved};

    void select(const QString& name)
    {
        const int row = model.rowOf(name);
        ASSERT_GE(row, 0) << name.toStdString();
        selection.select(model.index(row, 0),
                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
};

} // namespace

TEST(PortListModel, ShowsTheAdapterDetailsWithVidPidInHex)
{
    Fixture f;
    f.locator->plug(FakePortLocator::usbPort(QStringLiteral("ttyUSB0"), 0x0403, 0x6001,
                                             QStringLiteral("A6008isP"), QStringLiteral("FTDI"),
                                             QStringLiteral("FT232R USB UART")));
    f.locator->plug(FakePortLocator::uart(QStringLiteral("ttyS0")));
    f.model.refresh();
    ASSERT_EQ(f.model.rowCount(), 2);
    EXPECT_EQ(f.model.columnCount(), 5);
    auto cell = [&](int row, int column) {
        return f.model.index(row, column).data().toString();
    };
    EXPECT_EQ(cell(0, PortListModel::NameColumn), QStringLiteral("ttyUSB0"));
    EXPECT_EQ(cell(0, PortListModel::DescriptionColumn), QStringLiteral("FT232R USB UART"));
    EXPECT_EQ(cell(0, PortListModel::ManufacturerColumn), QStringLiteral("FTDI"));
    EXPECT_EQ(cell(0, PortListModel::VidPidColumn), QStringLiteral("0403:6001"));
    EXPECT_EQ(cell(0, PortListModel::SerialNumberColumn), QStringLiteral("A6008isP"));
    EXPECT_EQ(f.model.index(0, 0).data(PortListModel::SystemLocationRole).toString(),
              QStringLiteral("/dev/ttyUSB0"));
    // The UART has no USB ids: an empty cell, and a tooltip saying why.
    EXPECT_EQ(cell(1, PortListModel::NameColumn), QStringLiteral("ttyS0"));
    EXPECT_TRUE(cell(1, PortListModel::VidPidColumn).isEmpty());
    EXPECT_FALSE(
        f.model.index(1, PortListModel::VidPidColumn).data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_EQ(f.model.headerData(PortListModel::VidPidColumn, Qt::Horizontal).toString(),
              QStringLiteral("VID:PID"));
    // Lower-case hex with leading zeros, whatever the numbers.
    EXPECT_EQ(PortListModel::vidPid(
                  FakePortLocator::usbPort(QStringLiteral("x"), 0x10c4, 0xea60, QString())),
              QStringLiteral("10c4:ea60"));
    EXPECT_EQ(
        PortListModel::vidPid(FakePortLocator::usbPort(QStringLiteral("x"), 0x1a, 0x7, QString())),
        QStringLiteral("001a:0007"));
}

TEST(PortListModel, HotPlugInsertsAndRemovesExactRowsAndKeepsTheSelection)
{
    Fixture f;
    f.locator->plug(
        FakePortLocator::usbPort(QStringLiteral("ttyUSB1"), 0x0403, 0x6001, QStringLiteral("B")));
    f.locator->plug(FakePortLocator::uart(QStringLiteral("ttyS0")));
    f.model.refresh();
    ASSERT_EQ(names(f.model), QStringList({QStringLiteral("ttyUSB1"), QStringLiteral("ttyS0")}));
    f.select(QStringLiteral("ttyUSB1"));
    f.inserts.clear();

    // A second adapter appears before the selected one (USB first, then by name).
    f.locator->plug(
        FakePortLocator::usbPort(QStringLiteral("ttyUSB0"), 0x10c4, 0xea60, QStringLiteral("A")));
    f.model.refresh();
    EXPECT_EQ(names(f.model), QStringList({QStringLiteral("ttyUSB0"), QStringLiteral("ttyUSB1"),
                                           QStringLiteral("ttyS0")}));
    ASSERT_EQ(f.inserts.count(), 1);
    EXPECT_EQ(f.inserts.at(0).at(1).toInt(), 0);
    EXPECT_EQ(f.inserts.at(0).at(2).toInt(), 0);
    EXPECT_EQ(selectedName(f.selection), QStringLiteral("ttyUSB1"));

    // A built-in port goes away after it: one removal of exactly that row.
    f.locator->unplug(QStringLiteral("/dev/ttyS0"));
    f.model.refresh();
    ASSERT_EQ(f.removes.count(), 1);
    EXPECT_EQ(f.removes.at(0).at(1).toInt(), 2);
    EXPECT_EQ(f.removes.at(0).at(2).toInt(), 2);
    EXPECT_EQ(selectedName(f.selection), QStringLiteral("ttyUSB1"));

    // The one before it goes: the selection moves up a row with its port.
    f.locator->unplug(QStringLiteral("/dev/ttyUSB0"));
    f.model.refresh();
    EXPECT_EQ(names(f.model), QStringList({QStringLiteral("ttyUSB1")}));
    EXPECT_EQ(selectedName(f.selection), QStringLiteral("ttyUSB1"));

    // A poll that finds nothing new changes nothing.
    const auto insertsBefore = f.inserts.count();
    const auto removesBefore = f.removes.count();
    QSignalSpy changed(&f.model, &PortListModel::portsChanged);
    f.model.refresh();
    EXPECT_EQ(f.inserts.count(), insertsBefore);
    EXPECT_EQ(f.removes.count(), removesBefore);
    EXPECT_EQ(changed.count(), 0);

    // The selected adapter itself is pulled out: nothing is selected any more.
    f.locator->unplug(QStringLiteral("/dev/ttyUSB1"));
    f.model.refresh();
    EXPECT_EQ(f.model.rowCount(), 0);
    EXPECT_TRUE(f.selection.selectedRows().isEmpty());
    EXPECT_EQ(f.resets.count(), 0) << "hot-plug must never reset the model";
}

TEST(PortListModel, AnotherAdapterUnderAFreedNameIsANewRow)
{
    Fixture f;
    f.locator->plug(
        FakePortLocator::usbPort(QStringLiteral("ttyUSB0"), 0x0403, 0x6001, QStringLiteral("OLD")));
    f.model.refresh();
    f.select(QStringLiteral("ttyUSB0"));
    // Between two polls the adapter is swapped for another one that gets the same name.
    f.locator->setPorts({FakePortLocator::usbPort(QStringLiteral("ttyUSB0"), 0x0403, 0x6001,
                                                  QStringLiteral("NEW"))});
    f.model.refresh();
    ASSERT_EQ(f.model.rowCount(), 1);
    EXPECT_EQ(f.model.index(0, PortListModel::SerialNumberColumn).data().toString(),
              QStringLiteral("NEW"));
    EXPECT_EQ(f.removes.count(), 1);
    EXPECT_TRUE(f.selection.selectedRows().isEmpty())
        << "the selection must not silently move to a different adapter";
}

TEST(PortListModel, NewWordsForTheSameDeviceAreADataChangeNotAReinsert)
{
    Fixture f;
    f.locator->plug(
        FakePortLocator::usbPort(QStringLiteral("ttyUSB0"), 0x0403, 0x6001, QStringLiteral("A")));
    f.model.refresh();
    f.select(QStringLiteral("ttyUSB0"));
    QSignalSpy changes(&f.model, &QAbstractItemModel::dataChanged);
    f.locator->setPorts(
        {FakePortLocator::usbPort(QStringLiteral("ttyUSB0"), 0x0403, 0x6001, QStringLiteral("A"),
                                  QStringLiteral("FTDI"), QStringLiteral("FT232R USB UART"))});
    f.model.refresh();
    ASSERT_EQ(changes.count(), 1);
    const auto topLeft = changes.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changes.at(0).at(1).value<QModelIndex>();
    EXPECT_EQ(topLeft.row(), 0);
    EXPECT_EQ(bottomRight.row(), 0);
    EXPECT_EQ(bottomRight.column(), PortListModel::ColumnCount - 1);
    const auto roles = changes.at(0).at(2).value<QList<int>>();
    EXPECT_TRUE(roles.contains(Qt::DisplayRole));
    EXPECT_EQ(f.removes.count(), 0);
    EXPECT_EQ(f.model.index(0, PortListModel::DescriptionColumn).data().toString(),
              QStringLiteral("FT232R USB UART"));
    EXPECT_EQ(selectedName(f.selection), QStringLiteral("ttyUSB0"));
}

TEST(PortListModel, PollsTheLocatorByItselfOffTheGuiThread)
{
    Fixture f;
    f.model.startPolling(20);
    EXPECT_EQ(f.model.rowCount(), 0);
    EXPECT_EQ(f.locator->lastCaller(), QThread::currentThread()) << "the first list at once";
    f.locator->plug(
        FakePortLocator::usbPort(QStringLiteral("ttyACM0"), 0x2341, 0x0043, QStringLiteral("X")));
    EXPECT_TRUE(han::test::waitFor([&] { return f.model.rowCount() == 1; }, 2000));
    EXPECT_NE(f.locator->lastCaller(), QThread::currentThread())
        << "QSerialPortInfo takes tens of ms: the polls run on their own thread";
    f.locator->unplug(QStringLiteral("/dev/ttyACM0"));
    EXPECT_TRUE(han::test::waitFor([&] { return f.model.rowCount() == 0; }, 2000));

    // Ports coming and going faster than the polls, for a while, under the model tester.
    f.model.startPolling(1);
    QRandomGenerator random(7);
    for (int i = 0; i < 200; ++i) {
        const QString name = QStringLiteral("ttyUSB%1").arg(random.bounded(6));
        if (random.bounded(2))
            f.locator->plug(FakePortLocator::usbPort(name, 0x0403, 0x6001, name));
        else
            f.locator->unplug(QStringLiteral("/dev/") + name);
        han::test::waitFor([] { return false; }, 2);
    }
    f.model.stopPolling();
    EXPECT_FALSE(f.model.isPolling());
    QCoreApplication::processEvents(); // a result queued before the stop is dropped
    f.model.refresh();
    // Without duplicates: plug() may add an adapter twice, the model lists it once.
    std::set<QString> expected;
    for (const PortInfo& p : f.locator->availablePorts())
        expected.insert(p.portName);
    EXPECT_EQ(static_cast<std::size_t>(f.model.rowCount()), expected.size());
    EXPECT_EQ(f.resets.count(), 0);
    EXPECT_EQ(PortListModel::kPollIntervalMs, 1500);
}

TEST(PortListModel, RandomHotPlugKeepsTheOrderAndTheSelectedPort)
{
    Fixture f;
    QRandomGenerator random(5); // fixed seed: a failure can be replayed
    std::vector<PortInfo> pool;
    for (int i = 0; i < 12; ++i) {
        pool.push_back(FakePortLocator::usbPort(QStringLiteral("ttyUSB%1").arg(i), 0x0403, 0x6001,
                                                QStringLiteral("S%1").arg(i)));
    }
    for (int i = 0; i < 6; ++i)
        pool.push_back(FakePortLocator::uart(QStringLiteral("ttyS%1").arg(i)));

    QString selected;
    for (int step = 0; step < 300; ++step) {
        // Each step plugs or unplugs up to three ports at once, as one poll may see.
        const int changes = 1 + random.bounded(3);
        for (int c = 0; c < changes; ++c) {
            const PortInfo& p = pool[random.bounded(static_cast<int>(pool.size()))];
            const auto plugged = f.locator->availablePorts();
            const bool present =
                std::any_of(plugged.begin(), plugged.end(), [&](const PortInfo& q) {
                    return q.systemLocation == p.systemLocation;
                });
            if (present)
                f.locator->unplug(p.systemLocation);
            else
                f.locator->plug(p);
        }
        f.model.refresh();

        // The expected list, worked out here: USB adapters by number, then the UARTs by number.
        std::vector<std::pair<int, int>> expected;
        for (const PortInfo& p : f.locator->availablePorts()) {
            const QString digits = p.portName.mid(p.hasVendorId ? 6 : 4);
            expected.emplace_back(p.hasVendorId ? 0 : 1, digits.toInt());
        }
        std::sort(expected.begin(), expected.end());
        QStringList expectedNames;
        for (const auto& [kind, number] : expected)
            expectedNames
                << (kind == 0 ? QStringLiteral("ttyUSB%1") : QStringLiteral("ttyS%1")).arg(number);
        ASSERT_EQ(names(f.model).join(QLatin1Char(' ')).toStdString(),
                  expectedNames.join(QLatin1Char(' ')).toStdString())
            << "step " << step;

        if (!selected.isEmpty()) {
            if (expectedNames.contains(selected))
                ASSERT_EQ(selectedName(f.selection), selected) << "step " << step;
            else
                ASSERT_TRUE(f.selection.selectedRows().isEmpty()) << "step " << step;
        }
        if (f.selection.selectedRows().isEmpty() && f.model.rowCount() > 0) {
            selected = names(f.model).at(random.bounded(f.model.rowCount()));
            f.select(selected);
        }
    }
    EXPECT_EQ(f.resets.count(), 0);
    EXPECT_GT(f.inserts.count(), 100);
    EXPECT_GT(f.removes.count(), 100);
}
