// SPDX-License-Identifier: GPL-3.0-or-later
// HourlyEnergyModel and EnergyTotalsModel on a real SQLite history written by HistoryWriter
// from the meter simulator, across both daylight-saving changes of 2026 (TZ=Europe/Oslo).

#include "energy_totals_model.h"
#include "history_reader.h"
#include "hourly_energy_model.h"
#include "quality_indicator.h"
#include "simulated_history_file.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <map>
#include <ostream>

// Readable failures: QString as text, not as UTF-16 bytes.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

using han::EnergyQuality;
using han::HistoryReader;
using han::HourlyEnergy;
using han::test::SimulatedHistoryFile;
using han::ui::EnergyTotalsModel;
using han::ui::HourlyEnergyModel;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

std::int64_t ms(const char* iso)
{
    return utc(iso).toMSecsSinceEpoch();
}

// The host clock far in the past, so only the stored readings say which hours have ended.
std::int64_t pinnedClock()
{
    return 0;
}

class HourlyEnergyModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_EQ(qgetenv("TZ"), QByteArray("Europe/Oslo")) << "run with TZ=Europe/Oslo";
        m_path = m_dir.filePath(QStringLiteral("history.sqlite"));
    }

    // Opens the reader once the file exists.
    HistoryReader& reader()
    {
        if (!m_reader.isOpen()) {
            EXPECT_TRUE(m_reader.open(m_path)) << m_reader.errorString().toStdString();
        }
        return m_reader;
    }

    void setUp(HourlyEnergyModel& model, const QDate& day)
    {
        model.setClock(pinnedClock);
        model.setReader(&reader());
        model.setMeterId(SimulatedHistoryFile::kMeterId);
        model.setDay(day);
    }

    // Every row of the model against the reader's own hours for the same range.
    void expectRowsEqualTheReader(const HourlyEnergyModel& model)
    {
        const int rows = model.rowCount();
        ASSERT_GT(rows, 0);
        const std::int64_t from = model.fromUtcMs();
        const std::vector<HourlyEnergy> expected = reader().hourlyEnergy(
            SimulatedHistoryFile::kMeterId, from, from + rows * std::int64_t{3'600'000});
        ASSERT_EQ(expected.size(), static_cast<std::size_t>(rows));
        for (int row = 0; row < rows; ++row) {
            const HourlyEnergy& e = expected[static_cast<std::size_t>(row)];
            auto value = [&](int column) {
                return model.data(model.index(row, column), HourlyEnergyModel::Value);
            };
            EXPECT_EQ(value(HourlyEnergyModel::Hour).toLongLong(), e.hourStartUtcMs) << row;
            EXPECT_EQ(value(HourlyEnergyModel::Quality).toInt(), static_cast<int>(e.quality));
            if (e.quality == EnergyQuality::Missing) {
                EXPECT_FALSE(value(HourlyEnergyModel::Import).isValid()) << row;
                continue;
            }
            EXPECT_DOUBLE_EQ(value(HourlyEnergyModel::Import).toDouble(), e.importKwh) << row;
            EXPECT_DOUBLE_EQ(value(HourlyEnergyModel::Export).toDouble(), e.exportKwh) << row;
            EXPECT_DOUBLE_EQ(value(HourlyEnergyModel::Net).toDouble(), e.importKwh - e.exportKwh)
                << row;
            EXPECT_DOUBLE_EQ(value(HourlyEnergyModel::ReactiveImport).toDouble(),
                             e.reactiveImportKvarh);
            EXPECT_DOUBLE_EQ(value(HourlyEnergyModel::ReactiveExport).toDouble(),
                             e.reactiveExportKvarh);
            EXPECT_EQ(value(HourlyEnergyModel::ImportRegister).isValid(),
                      e.importRegisterKwh.has_value());
            if (e.importRegisterKwh) {
                EXPECT_DOUBLE_EQ(value(HourlyEnergyModel::ImportRegister).toDouble(),
                                 *e.importRegisterKwh);
            }
            if (e.exportRegisterKwh) {
                EXPECT_DOUBLE_EQ(value(HourlyEnergyModel::ExportRegister).toDouble(),
                                 *e.exportRegisterKwh);
            }
        }
    }

    static QStringList hourLabels(const HourlyEnergyModel& model)
    {
        QStringList labels;
        for (int row = 0; row < model.rowCount(); ++row)
            labels << model.data(model.index(row, HourlyEnergyModel::Hour)).toString();
        return labels;
    }

    QTemporaryDir m_dir;
    QString m_path;
    HistoryReader m_reader;
};

} // namespace

TEST_F(HourlyEnergyModelTest, TheOctoberDayHas25RowsAndTheRepeatedHourShowsItsOffset)
{
    SimulatedHistoryFile file(m_path, utc("2026-10-24T22:00:00Z"));
    ASSERT_TRUE(file.isOpen()) << file.errorString().toStdString();
    ASSERT_TRUE(file.writeUntil(utc("2026-10-25T23:02:00Z")));
    HourlyEnergyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    setUp(model, QDate(2026, 10, 25));

    const QStringList expected = {
        QStringLiteral("00:00–01:00"),         QStringLiteral("01:00–02:00"),
        QStringLiteral("02:00–03:00 (UTC+2)"), QStringLiteral("02:00–03:00 (UTC+1)"),
        QStringLiteral("03:00–04:00"),         QStringLiteral("04:00–05:00"),
        QStringLiteral("05:00–06:00"),         QStringLiteral("06:00–07:00"),
        QStringLiteral("07:00–08:00"),         QStringLiteral("08:00–09:00"),
        QStringLiteral("09:00–10:00"),         QStringLiteral("10:00–11:00"),
        QStringLiteral("11:00–12:00"),         QStringLiteral("12:00–13:00"),
        QStringLiteral("13:00–14:00"),         QStringLiteral("14:00–15:00"),
        QStringLiteral("15:00–16:00"),         QStringLiteral("16:00–17:00"),
        QStringLiteral("17:00–18:00"),         QStringLiteral("18:00–19:00"),
        QStringLiteral("19:00–20:00"),         QStringLiteral("20:00–21:00"),
        QStringLiteral("21:00–22:00"),         QStringLiteral("22:00–23:00"),
        QStringLiteral("23:00–00:00"),
    };
    ASSERT_EQ(model.rowCount(), 25);
    EXPECT_EQ(hourLabels(model), expected);
    EXPECT_EQ(HourlyEnergyModel::shortHourLabel(ms("2026-10-25T00:00:00Z")),
              QStringLiteral("02 +2"));
    EXPECT_EQ(HourlyEnergyModel::shortHourLabel(ms("2026-10-25T01:00:00Z")),
              QStringLiteral("02 +1"));
    expectRowsEqualTheReader(model);
    // The simulator pushes a List 2 at its first hour boundary too: every hour is measured.
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.data(model.index(row, HourlyEnergyModel::Quality)).toString(),
                  QStringLiteral("measured"))
            << row;
}

TEST_F(HourlyEnergyModelTest, TheMarchDayHas23Rows)
{
    SimulatedHistoryFile file(m_path, utc("2026-03-28T23:00:00Z"));
    ASSERT_TRUE(file.writeUntil(utc("2026-03-29T22:02:00Z")));
    HourlyEnergyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    setUp(model, QDate(2026, 3, 29));
    const QStringList expected = {
        QStringLiteral("00:00–01:00"), QStringLiteral("01:00–02:00"), QStringLiteral("03:00–04:00"),
        QStringLiteral("04:00–05:00"), QStringLiteral("05:00–06:00"), QStringLiteral("06:00–07:00"),
        QStringLiteral("07:00–08:00"), QStringLiteral("08:00–09:00"), QStringLiteral("09:00–10:00"),
        QStringLiteral("10:00–11:00"), QStringLiteral("11:00–12:00"), QStringLiteral("12:00–13:00"),
        QStringLiteral("13:00–14:00"), QStringLiteral("14:00–15:00"), QStringLiteral("15:00–16:00"),
        QStringLiteral("16:00–17:00"), QStringLiteral("17:00–18:00"), QStringLiteral("18:00–19:00"),
        QStringLiteral("19:00–20:00"), QStringLiteral("20:00–21:00"), QStringLiteral("21:00–22:00"),
        QStringLiteral("22:00–23:00"), QStringLiteral("23:00–00:00"),
    };
    ASSERT_EQ(model.rowCount(), 23);
    EXPECT_EQ(hourLabels(model), expected);
    expectRowsEqualTheReader(model);
}

TEST_F(HourlyEnergyModelTest, NewHoursAreInsertedExactlyWhileReadingsStreamIn)
{
    SimulatedHistoryFile file(m_path, utc("2026-10-24T22:00:00Z"));
    ASSERT_TRUE(file.writeUntil(utc("2026-10-25T03:30:00Z")));
    HourlyEnergyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    setUp(model, QDate(2026, 10, 25));
    // 22:00Z..03:00Z have ended (the one in progress is no row): 5 rows.
    ASSERT_EQ(model.rowCount(), 5);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Hour by hour, as a live session would commit them, until the day is over.
    int expectedRows = 5;
    for (int hour = 4; hour <= 23; ++hour) {
        const QDateTime until = utc("2026-10-25T00:01:30Z").addSecs(hour * 3600);
        ASSERT_TRUE(file.writeUntil(until));
        model.refresh();
        expectedRows = std::min(25, expectedRows + 1);
        ASSERT_EQ(model.rowCount(), expectedRows) << "after writing until " << hour;
        const QList<QVariant> last = inserted.takeLast();
        EXPECT_EQ(last.at(1).toInt(), expectedRows - 1);
        EXPECT_EQ(last.at(2).toInt(), expectedRows - 1) << "exactly the new hour";
    }
    // A refresh without new data changes nothing.
    model.refresh();
    EXPECT_EQ(model.rowCount(), 25);
    EXPECT_TRUE(inserted.isEmpty());
    EXPECT_EQ(reset.count(), 0) << "no reset while the period stays the same";
    expectRowsEqualTheReader(model);

    // Navigation is the one thing that resets.
    model.setDay(QDate(2026, 10, 24));
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 24);
    Q_UNUSED(changed);
}

TEST_F(HourlyEnergyModelTest, ADroppedList2IsEstimatedWithItsIconAndTooltip)
{
    SimulatedHistoryFile file(m_path, utc("2026-10-24T22:00:00Z"));
    // The List 2 of 12:00 local (11:00Z) is lost: the hours before and after it have no
    // register reading between them.
    file.dropList2At(utc("2026-10-25T11:00:00Z"));
    ASSERT_TRUE(file.writeUntil(utc("2026-10-25T11:30:00Z")));
    HourlyEnergyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    setUp(model, QDate(2026, 10, 25));
    // 10:00Z-11:00Z has ended but no List 2 closes it yet: estimated from power alone.
    ASSERT_EQ(model.rowCount(), 13);
    EXPECT_EQ(model.data(model.index(12, HourlyEnergyModel::Quality)).toString(),
              QStringLiteral("estimated"));
    const double fromPowerAlone =
        model.data(model.index(12, HourlyEnergyModel::Import), HourlyEnergyModel::Value).toDouble();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(file.writeUntil(utc("2026-10-25T14:30:00Z")));
    model.refresh();
    // The 12:00Z List 2 reconciles the gap: row 12 changes in place.
    const double reconciled =
        model.data(model.index(12, HourlyEnergyModel::Import), HourlyEnergyModel::Value).toDouble();
    EXPECT_NE(reconciled, fromPowerAlone);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().row(), 12);
    EXPECT_EQ(changed.at(0).at(1).value<QModelIndex>().row(), 12);

    // Rows 12 and 13 are 10:00Z-11:00Z and 11:00Z-12:00Z.
    for (const int row : {12, 13}) {
        const QModelIndex quality = model.index(row, HourlyEnergyModel::Quality);
        EXPECT_EQ(model.data(quality).toString(), QStringLiteral("estimated")) << row;
        EXPECT_EQ(model.data(quality, HourlyEnergyModel::Value).toInt(),
                  static_cast<int>(EnergyQuality::Estimated));
        const auto icon = model.data(quality, Qt::DecorationRole).value<QIcon>();
        ASSERT_FALSE(icon.isNull());
        EXPECT_EQ(icon.cacheKey(),
                  han::ui::QualityIndicator::icon(EnergyQuality::Estimated).cacheKey());
        EXPECT_NE(icon.cacheKey(),
                  han::ui::QualityIndicator::icon(EnergyQuality::Measured).cacheKey());
        const QString tip = model.data(quality, Qt::ToolTipRole).toString();
        EXPECT_TRUE(tip.contains(QStringLiteral("List 2 was missing"))) << tip.toStdString();
        EXPECT_TRUE(model.data(model.index(row, HourlyEnergyModel::Import), Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("Estimated")));
    }
    EXPECT_FALSE(
        model.data(model.index(12, HourlyEnergyModel::ImportRegister), HourlyEnergyModel::Value)
            .isValid())
        << "no List 2 at 11:00Z";
    EXPECT_EQ(model.data(model.index(11, HourlyEnergyModel::Quality)).toString(),
              QStringLiteral("measured"));
    EXPECT_EQ(model.data(model.index(14, HourlyEnergyModel::Quality)).toString(),
              QStringLiteral("measured"));
    // The two estimated hours add up to what the registers counted across the gap.
    const double acrossGap =
        model.data(model.index(13, HourlyEnergyModel::ImportRegister), HourlyEnergyModel::Value)
            .toDouble() -
        model.data(model.index(11, HourlyEnergyModel::ImportRegister), HourlyEnergyModel::Value)
            .toDouble();
    EXPECT_NEAR(model.data(model.index(12, HourlyEnergyModel::Import), HourlyEnergyModel::Value)
                        .toDouble() +
                    model.data(model.index(13, HourlyEnergyModel::Import), HourlyEnergyModel::Value)
                        .toDouble(),
                acrossGap, 1e-9);
    expectRowsEqualTheReader(model);
}

TEST_F(HourlyEnergyModelTest, AMonthHasOneRowPerDayWithTheSumsOfItsHours)
{
    SimulatedHistoryFile file(m_path, utc("2026-10-24T22:00:00Z"));
    ASSERT_TRUE(file.writeUntil(utc("2026-10-26T12:00:00Z")));
    EnergyTotalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setClock(pinnedClock);
    model.setReader(&reader());
    model.setMeterId(SimulatedHistoryFile::kMeterId);
    model.setMonth(QDate(2026, 10, 25));
    // 1 to 26 October: the 26th so far.
    ASSERT_EQ(model.rowCount(), 26);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(file.writeUntil(utc("2026-10-28T03:00:00Z")));
    model.refresh();
    ASSERT_EQ(model.rowCount(), 28);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 26);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 27);
    EXPECT_EQ(reset.count(), 0);

    // Sums per local day, worked out here from the reader's hours.
    const std::vector<HourlyEnergy> hours = reader().hourlyEnergy(
        SimulatedHistoryFile::kMeterId, ms("2026-09-30T22:00:00Z"), ms("2026-10-28T02:00:00Z"));
    std::map<QDate, std::pair<double, double>> byDay;
    std::map<QDate, int> hoursByDay;
    for (const HourlyEnergy& h : hours) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(h.hourStartUtcMs, Qt::LocalTime).date();
        byDay[day].first += h.importKwh;
        byDay[day].second += h.exportKwh;
        ++hoursByDay[day];
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDate day(2026, 10, row + 1);
        EXPECT_EQ(model.data(model.index(row, EnergyTotalsModel::Period), EnergyTotalsModel::Value)
                      .toDate(),
                  day);
        EXPECT_EQ(model.data(model.index(row, EnergyTotalsModel::Hours), EnergyTotalsModel::Value)
                      .toInt(),
                  hoursByDay[day])
            << row;
        const QVariant import =
            model.data(model.index(row, EnergyTotalsModel::Import), EnergyTotalsModel::Value);
        if (day < QDate(2026, 10, 25)) {
            EXPECT_FALSE(import.isValid()) << "no data before the meter was installed";
            EXPECT_EQ(model.data(model.index(row, EnergyTotalsModel::Quality)).toString(),
                      QStringLiteral("missing (24 h)"));
            continue;
        }
        EXPECT_NEAR(import.toDouble(), byDay[day].first, 1e-9) << row;
        EXPECT_NEAR(
            model.data(model.index(row, EnergyTotalsModel::Export), EnergyTotalsModel::Value)
                .toDouble(),
            byDay[day].second, 1e-9)
            << row;
    }
    EXPECT_EQ(hoursByDay[QDate(2026, 10, 25)], 25);
    EXPECT_EQ(model.data(model.index(24, EnergyTotalsModel::Hours)).toString(),
              QStringLiteral("25"));

    // A year: one row per month that has an ended hour.
    model.setYear(2026);
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_EQ(model.data(model.index(9, EnergyTotalsModel::Period)).toString(),
              QLocale().standaloneMonthName(10));
}
