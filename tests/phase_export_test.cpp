// SPDX-License-Identifier: GPL-3.0-or-later
// The per-phase columns of the raw CSV export: present, with the documented names, when the
// exported range has readings that carry per-phase values (a Danish meter), parsed back with
// Python's csv module and compared with the values the test put in; absent for a Norwegian
// meter in the same file, whose columns stay as they were; `han-cli export` writes the same.
#include "csv_exporter.h"
#include "danish_readings.h"
#include "history_reader.h"
#include "history_writer.h"
#include "python_csv.h"
#include "simulated_readings.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <optional>

namespace han {
namespace {

const QString kNorwegianId = QStringLiteral("5706567000000042");
const QDate kDay(2026, 3, 10);
const char* const kBaseColumns =
    "time_local,time_utc,meter_time,active_import_w,active_export_w,reactive_import_var,"
    "reactive_export_var,current_l1_a,current_l2_a,current_l3_a,voltage_l1_v,voltage_l2_v,"
    "voltage_l3_v";
const char* const kPhaseColumns =
    "active_import_l1_w,active_import_l2_w,active_import_l3_w,active_export_l1_w,"
    "active_export_l2_w,active_export_l3_w,power_factor_l1,power_factor_l2,power_factor_l3,"
    "power_factor,active_import_l1_wh,active_import_l2_wh,active_import_l3_wh,"
    "active_export_l1_wh,active_export_l2_wh,active_export_l3_wh";
const char* const kIdentityColumns = "meter_id,meter_type,list_version";

class PhaseExportTest : public ::testing::Test
{
protected:
    // 10:00 to 12:00 of a Danish day (720 pushes, the first one single-phase) and an hour of
    // the Norwegian simulator, in one file.
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_db = s_dir->filePath(QStringLiteral("history.sqlite"));
        s_pushes = new std::vector<MeterReading>(
            test::danishDay(QDateTime(kDay, QTime(10, 0)), QDateTime(kDay, QTime(11, 59, 50))));
        MeterReading& single = s_pushes->front();
        single.activeImportL2W.reset();
        single.activeImportL3W.reset();
        single.powerFactorL2.reset();
        HistoryWriter writer;
        ASSERT_TRUE(writer.open(s_db));
        for (const MeterReading& r : *s_pushes)
            ASSERT_TRUE(writer.addReading(r));
        const QDateTime start(kDay, QTime(9, 0), Qt::UTC);
        for (const SimulatedFrame& f :
             test::simulate(test::simulatorSettings(start, kNorwegianId), start.addSecs(3600)))
            writer.addReading(f.reading);
        ASSERT_TRUE(writer.close());
    }
    static void TearDownTestSuite()
    {
        delete s_pushes;
        delete s_dir;
    }

    static QByteArray exportRaw(const QString& meterId, CsvWriter::Dialect dialect, QDate day)
    {
        HistoryReader reader;
        EXPECT_TRUE(reader.open(s_db));
        CsvExporter::Options o;
        o.meterId = meterId;
        o.firstDay = day;
        o.lastDay = day;
        o.resolution = CsvExporter::Resolution::Raw;
        o.dialect = dialect;
        o.zone = QTimeZone(QByteArrayLiteral("Europe/Oslo"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvExporter exporter(reader);
        const CsvExporter::Result result = exporter.exportToDevice(o, buffer, QStringLiteral("-"));
        EXPECT_TRUE(result.ok) << result.errorString.toStdString();
        return buffer.data();
    }

    static QTemporaryDir* s_dir;
    static QString s_db;
    static std::vector<MeterReading>* s_pushes;
};

QTemporaryDir* PhaseExportTest::s_dir = nullptr;
QString PhaseExportTest::s_db;
std::vector<MeterReading>* PhaseExportTest::s_pushes = nullptr;

std::optional<double> cellValue(QString cell, bool nordic)
{
    if (cell.isEmpty())
        return std::nullopt;
    if (nordic)
        cell.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = cell.toDouble(&ok);
    EXPECT_TRUE(ok) << cell.toStdString();
    return value;
}

TEST_F(PhaseExportTest, ADanishMetersRawExportHasThePerPhaseColumns)
{
    for (const CsvWriter::Dialect dialect :
         {CsvWriter::Dialect::Rfc4180, CsvWriter::Dialect::Nordic}) {
        const bool nordic = dialect == CsvWriter::Dialect::Nordic;
        SCOPED_TRACE(nordic ? "nordic" : "rfc4180");
        const QByteArray bytes = exportRaw(test::kDanishMeterId, dialect, kDay);
        const QByteArray header =
            QByteArray(kBaseColumns) + ',' + kPhaseColumns + ',' + kIdentityColumns;
        EXPECT_EQ(CsvExporter::header(CsvExporter::Resolution::Raw, true), header);
        const test::ParsedCsv parsed =
            test::PythonCsv::parseBytes(bytes, nordic ? ';' : ',', nordic ? "utf-8-sig" : "utf-8");
        ASSERT_TRUE(parsed.ok) << parsed.error.toStdString();
        ASSERT_EQ(parsed.rows.size(), s_pushes->size() + 1);
        EXPECT_EQ(parsed.rows[0].join(QLatin1Char(',')).toLatin1(), header);
        const int first =
            static_cast<int>(parsed.rows[0].indexOf(QStringLiteral("active_import_l1_w")));
        ASSERT_EQ(first, 13);
        for (std::size_t i = 0; i < s_pushes->size(); ++i) {
            const QStringList& row = parsed.rows[i + 1];
            const MeterReading& want = (*s_pushes)[i];
            ASSERT_EQ(row.size(), 13 + 16 + 3);
            const std::optional<double> wanted[16] = {
                want.activeImportL1W,  want.activeImportL2W,  want.activeImportL3W,
                want.activeExportL1W,  want.activeExportL2W,  want.activeExportL3W,
                want.powerFactorL1,    want.powerFactorL2,    want.powerFactorL3,
                want.powerFactor,      want.activeImportL1Wh, want.activeImportL2Wh,
                want.activeImportL3Wh, want.activeExportL1Wh, want.activeExportL2Wh,
                want.activeExportL3Wh};
            for (int c = 0; c < 16; ++c)
                ASSERT_EQ(cellValue(row[first + c], nordic), wanted[c])
                    << "row " << i << " column " << parsed.rows[0][first + c].toStdString();
            EXPECT_EQ(row[29], test::kDanishMeterId);
        }
        // The single-phase first push: its missing values are empty cells, not zeros.
        EXPECT_EQ(parsed.rows[1][first + 1], QString());
        EXPECT_EQ(parsed.rows[1][first + 7], QString());
        // Hand-written: 10:00:10 is in hour 10, 360 × 11 W; power factor L3 0.9 in the sun.
        EXPECT_EQ(parsed.rows[2][first].toStdString(), "1980");
        EXPECT_EQ(parsed.rows[2][first + 8].toStdString(), nordic ? "0,9" : "0.9");
    }
}

TEST_F(PhaseExportTest, ANorwegianMeterAndAnEmptyRangeKeepTheColumnsAsTheyWere)
{
    const QByteArray plain = QByteArray(kBaseColumns) + ',' + kIdentityColumns + "\r\n";
    const QByteArray norwegian = exportRaw(kNorwegianId, CsvWriter::Dialect::Rfc4180, kDay);
    EXPECT_TRUE(norwegian.startsWith(plain)) << norwegian.left(300).toStdString();
    EXPECT_GT(norwegian.count("\r\n"), 300);
    EXPECT_EQ(CsvExporter::header(CsvExporter::Resolution::Raw) + "\r\n", plain);
    // The Danish meter on a day it sent nothing: no per-phase columns to fill.
    EXPECT_EQ(exportRaw(test::kDanishMeterId, CsvWriter::Dialect::Rfc4180, kDay.addDays(1)), plain);
}

TEST_F(PhaseExportTest, HanCliWritesTheSameColumns)
{
    QProcess p;
    p.start(QStringLiteral(HAN_CLI_PATH),
            {QStringLiteral("export"), QStringLiteral("--db"), s_db, QStringLiteral("--meter"),
             test::kDanishMeterId, QStringLiteral("--from"), kDay.toString(Qt::ISODate),
             QStringLiteral("--to"), kDay.toString(Qt::ISODate), QStringLiteral("--resolution"),
             QStringLiteral("raw"), QStringLiteral("--zone"), QStringLiteral("Europe/Oslo")});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QByteArray err = p.readAllStandardError();
    ASSERT_EQ(p.exitCode(), 0) << err.toStdString();
    const QByteArray out = p.readAllStandardOutput();
    EXPECT_EQ(out, exportRaw(test::kDanishMeterId, CsvWriter::Dialect::Rfc4180, kDay));
    EXPECT_TRUE(out.contains(",power_factor_l1,")) << out.left(400).toStdString();
}

} // namespace
} // namespace han
