// SPDX-License-Identifier: GPL-3.0-or-later
#include "decoded_items_model.h"
#include "diagnostics_view.h"
#include "frame_log_model.h"
#include "live_model.h"
#include "session_controller.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using han::FrameError;
using han::MeterReading;
using han::ui::DecodedItemsModel;
using han::ui::FrameLogEntry;
using han::ui::FrameLogModel;

namespace {

using Tester = QAbstractItemModelTester;

FrameLogEntry okEntry(std::int64_t ms, const MeterReading& reading)
{
    FrameLogEntry entry;
    entry.arrivedUtcMs = ms;
    // 30 bytes of a real header, then 70 filler bytes: 100 in all.
    entry.bytes =
        QByteArray::fromHex("7EA0E22B2113239AE6E7000F000000000C07E80615050A00000000800080") +
        QByteArray(70, '\x11');
    entry.reading = reading;
    return entry;
}

FrameLogEntry errorEntry(std::int64_t ms, FrameError::Kind kind)
{
    FrameLogEntry entry;
    entry.arrivedUtcMs = ms;
    entry.bytes = QByteArray::fromHex("7EA0E22B2113FFFF");
    FrameError error;
    error.kind = kind;
    error.bytes = entry.bytes;
    entry.error = error;
    return entry;
}

QString cell(const FrameLogModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

TEST(FrameLogModel, StagesFramesAndInsertsThemTogetherOnItsTimer)
{
    FrameLogModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const auto readings = han::test::simulatedReadings(QStringLiteral("2026-06-21T10:00:00Z"), 50);
    for (int i = 0; i < 50; ++i)
        model.append(okEntry(1000 + i, readings[static_cast<std::size_t>(i)]));
    EXPECT_EQ(model.rowCount(), 0) << "nothing before the timer fires";
    ASSERT_TRUE(han::test::waitFor([&] { return model.rowCount() == 50; }, 2000));
    ASSERT_EQ(inserted.count(), 1) << "50 frames at once are one insert";
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 0);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 49);
    EXPECT_EQ(model.entry(0).arrivedUtcMs, 1000);
    EXPECT_EQ(model.entry(49).arrivedUtcMs, 1049);
}

TEST(FrameLogModel, RingRemovesTheOldestAtTheTopAndAppendsAtTheBottom)
{
    FrameLogModel model;
    model.setCapacity(5);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    const MeterReading reading =
        han::test::simulatedReadings(QStringLiteral("2026-06-21T10:00:00Z"), 1).front();
    for (int i = 0; i < 3; ++i)
        model.append(okEntry(i, reading));
    model.flush();
    ASSERT_EQ(model.rowCount(), 3);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 3; i < 7; ++i)
        model.append(okEntry(i, reading));
    model.flush();
    // 3 + 4 = 7 rows for a ring of 5: rows 0-1 leave, the new four are rows 1-4.
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(1).toInt(), 0);
    EXPECT_EQ(removed.at(0).at(2).toInt(), 1);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 1);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 4);
    ASSERT_EQ(model.rowCount(), 5);
    for (int row = 0; row < 5; ++row)
        EXPECT_EQ(model.entry(row).arrivedUtcMs, row + 2);

    // More staged than the ring holds: only the newest five remain, all rows replaced.
    for (int i = 7; i < 19; ++i)
        model.append(okEntry(i, reading));
    model.flush();
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.entry(0).arrivedUtcMs, 14);
    EXPECT_EQ(model.entry(4).arrivedUtcMs, 18);
    EXPECT_EQ(model.totalAppended(), 19u);

    model.setCapacity(2);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.entry(0).arrivedUtcMs, 17);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(FrameLogModel, ColumnsSayStatusListAndBytes)
{
    FrameLogModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    // 10:59:00Z onwards: the List 2 of 11:00 is among the first readings.
    const auto readings = han::test::simulatedReadings(QStringLiteral("2026-06-21T10:59:00Z"), 8);
    const auto list2 = std::find_if(readings.begin(), readings.end(),
                                    [](const MeterReading& r) { return r.hasRegisters(); });
    ASSERT_NE(list2, readings.end());
    model.append(okEntry(0, readings.front()));
    model.append(okEntry(1, *list2));
    model.append(errorEntry(2, FrameError::Kind::Hcs));
    model.append(errorEntry(3, FrameError::Kind::Fcs));
    model.append(errorEntry(4, FrameError::Kind::Encrypted));
    model.flush();

    EXPECT_EQ(cell(model, 0, FrameLogModel::StatusColumn), QStringLiteral("OK"));
    EXPECT_EQ(cell(model, 0, FrameLogModel::ListColumn), QStringLiteral("1"));
    EXPECT_EQ(cell(model, 1, FrameLogModel::ListColumn), QStringLiteral("2"));
    EXPECT_EQ(cell(model, 2, FrameLogModel::StatusColumn), QStringLiteral("HCS error"));
    EXPECT_EQ(cell(model, 2, FrameLogModel::ListColumn), QStringLiteral("–"));
    EXPECT_EQ(cell(model, 3, FrameLogModel::StatusColumn), QStringLiteral("FCS error"));
    EXPECT_EQ(cell(model, 4, FrameLogModel::StatusColumn), QStringLiteral("Encrypted"));
    EXPECT_EQ(cell(model, 0, FrameLogModel::LengthColumn), QStringLiteral("100"));
    // The table shows the first 64 bytes of the 100 and says there are more.
    EXPECT_EQ(cell(model, 0, FrameLogModel::BytesColumn),
              QStringLiteral("7E A0 E2 2B 21 13 23 9A E6 E7 00 0F 00 00 00 00 0C 07 E8 06 15 05 0A "
                             "00 00 00 00 80 00 80") +
                  QStringLiteral(" 11").repeated(34) + QStringLiteral(" …"));
    EXPECT_EQ(cell(model, 2, FrameLogModel::BytesColumn),
              QStringLiteral("7E A0 E2 2B 21 13 FF FF"));
    EXPECT_TRUE(cell(model, 2, FrameLogModel::StatusColumn, Qt::ToolTipRole).contains("HCS"));
    EXPECT_TRUE(cell(model, 4, FrameLogModel::StatusColumn, Qt::ToolTipRole).contains("keys"));
    for (int column = 0; column < FrameLogModel::ColumnCount; ++column) {
        EXPECT_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty());
        EXPECT_FALSE(cell(model, 0, column, Qt::ToolTipRole).isEmpty()) << "column " << column;
    }
    // Good, damaged and unreadable frames differ in colour.
    const QColor ok =
        model.data(model.index(0, FrameLogModel::StatusColumn), Qt::DecorationRole).value<QColor>();
    const QColor damaged =
        model.data(model.index(2, FrameLogModel::StatusColumn), Qt::DecorationRole).value<QColor>();
    const QColor unreadable =
        model.data(model.index(4, FrameLogModel::StatusColumn), Qt::DecorationRole).value<QColor>();
    EXPECT_NE(ok, damaged);
    EXPECT_NE(damaged, unreadable);
}

TEST(FrameLogModel, RingStaysConsistentWhileSimulatedFramesStreamIn)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    han::ui::SessionController session;
    session.openHistory(dir.filePath(QStringLiteral("history.sqlite")));
    han::ui::DiagnosticsView view(&session);
    FrameLogModel* model = view.frameLog();
    model->setCapacity(40);
    Tester tester(model, Tester::FailureReportingMode::Fatal);
    Tester itemsTester(view.decodedItems(), Tester::FailureReportingMode::Fatal);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);

    han::SourceSpec spec;
    spec.kind = han::SourceSpec::Kind::Simulator;
    spec.simulatorSpeed = 1000;
    spec.simulator.start =
        QDateTime::fromString(QStringLiteral("2026-06-21T10:00:00Z"), Qt::ISODate);
    spec.simulator.faults.bitFlip = 0.2;
    session.start(spec);
    ASSERT_TRUE(han::test::waitFor([&] { return model->totalAppended() >= 200; }, 30000))
        << "frames seen: " << model->totalAppended();
    session.stop();
    model->flush();

    EXPECT_EQ(model->rowCount(), 40);
    EXPECT_GT(removed.count(), 3) << "the ring dropped rows at the top as it went";
    int errors = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (row > 0) {
            EXPECT_GE(model->entry(row).arrivedUtcMs, model->entry(row - 1).arrivedUtcMs);
        }
        const FrameLogEntry& entry = model->entry(row);
        EXPECT_NE(entry.isOk(), entry.error.has_value());
        EXPECT_FALSE(entry.bytes.isEmpty());
        errors += entry.error ? 1 : 0;
    }
    EXPECT_GT(errors, 0) << "a bit flip in one frame of five shows in 40 frames";
}
