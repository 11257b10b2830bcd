// SPDX-License-Identifier: GPL-3.0-or-later
// CsvExporter on real SQLite files filled from the meter simulator: every export is parsed back
// with Python's csv module and compared with what the store says; both dialects; the 23- and
// 25-hour days against hand-written labels; meter strings that try formula injection; negative
// numbers and Nordic decimals; and failures (read-only folder, a path under a file, a full
// disk, a cancel) that must leave no file under the final name.

#include "csv_exporter.h"
#include "energy_totals.h"
#include "export_history.h"
#include "history_reader.h"
#include "python_csv.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <future>
#include <optional>
#include <ostream>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

namespace han {

// "rfc4180" / "nordic" in test names and failure messages instead of the enum's bytes.
static void PrintTo(CsvWriter::Dialect dialect, std::ostream* os)
{
    *os << CsvWriter::dialectName(dialect);
}

namespace {

using Dialect = CsvWriter::Dialect;
using Resolution = CsvExporter::Resolution;

const QTimeZone kOslo{QByteArrayLiteral("Europe/Oslo")};
const QString kMeter = QStringLiteral("5706567000000042");
// Far after the data: every hour of the tests' ranges has ended.
constexpr std::int64_t kLater = 1'900'000'000'000;

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

std::int64_t ms(const char* iso)
{
    return utc(iso).toMSecsSinceEpoch();
}

// "2026-10-25T00:00:00Z" as Qt writes it (a UTC time spec gives the Z).
QString utcText(std::int64_t utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODate);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Parses an export with Python's csv module; checks the BOM and the CRLF line ends on the way.
test::ParsedCsv parseExport(const QByteArray& bytes, Dialect dialect)
{
    EXPECT_TRUE(test::allLinesEndInCrlf(bytes));
    if (dialect == Dialect::Nordic)
        EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    else
        EXPECT_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    // Plain utf-8 for RFC 4180, so a stray BOM would show in the first header cell.
    test::ParsedCsv parsed = test::PythonCsv::parseBytes(
        bytes, CsvWriter::separator(dialect), dialect == Dialect::Nordic ? "utf-8-sig" : "utf-8");
    EXPECT_TRUE(parsed.ok) << parsed.error.toStdString();
    return parsed;
}

// A number cell back to a double: Nordic cells must use the decimal comma. Empty: no value.
std::optional<double> number(const QString& cell, Dialect dialect)
{
    if (cell.isEmpty())
        return std::nullopt;
    QString text = cell;
    if (dialect == Dialect::Nordic) {
        EXPECT_FALSE(text.contains(QLatin1Char('.'))) << text.toStdString();
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    bool ok = false;
    const double value = text.toDouble(&ok); // C locale
    EXPECT_TRUE(ok) << "not a number: " << cell.toStdString();
    return value;
}

// The same value, or both absent; exact, as the numbers are written in shortest exact form.
void expectCell(const QString& cell, const std::optional<double>& want, Dialect dialect,
                const char* what)
{
    const std::optional<double> got = number(cell, dialect);
    ASSERT_EQ(got.has_value(), want.has_value()) << what << " '" << cell.toStdString() << "'";
    if (want) {
        EXPECT_EQ(*got, *want) << what;
    }
}

class CsvExporterTest : public ::testing::TestWithParam<Dialect>
{
protected:
    // Two small databases shared by the tests: three Oslo days around the October change
    // (24-26 Oct 2026, the 25th has 25 hours) and two around the March change (29 Mar 2026 has
    // 23). The simulator starts a few hours early so the first hour has a register before it.
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        ASSERT_TRUE(s_dir->isValid());
        s_october = s_dir->filePath(QStringLiteral("october.sqlite"));
        s_march = s_dir->filePath(QStringLiteral("march.sqlite"));
        auto fill = [](const QString& path, const char* from, const char* to) {
            const test::FilledHistory filled =
                test::fillHistory(path, test::exportSimulator(utc(from)), utc(to));
            ASSERT_TRUE(filled.ok) << filled.error.toStdString();
        };
        fill(s_october, "2026-10-23T18:00:00Z", "2026-10-27T01:00:00Z");
        fill(s_march, "2026-03-28T18:00:00Z", "2026-03-30T23:00:00Z");
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    void SetUp() override { ASSERT_TRUE(m_out.isValid()); }

    Dialect dialect() const { return GetParam(); }

    CsvExporter::Options options(Resolution resolution, QDate first, QDate last) const
    {
        CsvExporter::Options o;
        o.meterId = kMeter;
        o.firstDay = first;
        o.lastDay = last;
        o.resolution = resolution;
        o.dialect = dialect();
        o.zone = kOslo;
        o.nowUtcMs = kLater;
        return o;
    }

    // Exports to a file and returns its bytes (the test fails when the export does).
    QByteArray exportFile(const HistoryReader& reader, const CsvExporter::Options& o)
    {
        const QString path = m_out.filePath(QStringLiteral("export.csv"));
        CsvExporter exporter(reader);
        const CsvExporter::Result result = exporter.exportToFile(o, path);
        EXPECT_TRUE(result.ok) << result.errorString.toStdString();
        EXPECT_FALSE(result.cancelled);
        EXPECT_TRUE(result.errorString.isEmpty());
        return readAll(path);
    }

    static HistoryReader* openReader(const QString& path)
    {
        auto* reader = new HistoryReader;
        EXPECT_TRUE(reader->open(path)) << reader->errorString().toStdString();
        return reader;
    }

    static QTemporaryDir* s_dir;
    static QString s_october;
    static QString s_march;
    QTemporaryDir m_out;
};

QTemporaryDir* CsvExporterTest::s_dir = nullptr;
QString CsvExporterTest::s_october;
QString CsvExporterTest::s_march;

const char* const kHourlyHeader =
    "hour_start_local,hour_start_utc,import_kwh,export_kwh,reactive_import_kvarh,"
    "reactive_export_kvarh,quality,import_register_kwh,export_register_kwh";

TEST_P(CsvExporterTest, HourlyHeaderIsExactlyTheDocumentedOne)
{
    std::unique_ptr<HistoryReader> reader(openReader(s_october));
    const QByteArray bytes =
        exportFile(*reader, options(Resolution::Hourly, QDate(2026, 10, 24), QDate(2026, 10, 24)));
    QByteArray header(kHourlyHeader);
    if (dialect() == Dialect::Nordic)
        header = "\xEF\xBB\xBF" + header.replace(',', ';');
    EXPECT_EQ(bytes.left(bytes.indexOf("\r\n")), header);
    EXPECT_EQ(CsvExporter::header(Resolution::Hourly), QByteArray(kHourlyHeader));
    EXPECT_EQ(CsvExporter::header(Resolution::Daily),
              QByteArray("day,import_kwh,export_kwh,reactive_import_kvarh,"
                         "reactive_export_kvarh,quality,hours"));
    EXPECT_EQ(CsvExporter::header(Resolution::Raw),
              QByteArray("time_local,time_utc,meter_time,active_import_w,active_export_w,"
                         "reactive_import_var,reactive_export_var,current_l1_a,current_l2_a,"
                         "current_l3_a,voltage_l1_v,voltage_l2_v,voltage_l3_v,meter_id,"
                         "meter_type,list_version"));
}

TEST_P(CsvExporterTest, HourlyMatchesTheStoreAndTheOctoberDayHas25Rows)
{
    std::unique_ptr<HistoryReader> reader(openReader(s_october));
    const QByteArray bytes =
        exportFile(*reader, options(Resolution::Hourly, QDate(2026, 10, 24), QDate(2026, 10, 26)));
    const test::ParsedCsv csv = parseExport(bytes, dialect());
    ASSERT_TRUE(csv.ok);
    ASSERT_EQ(csv.rows.size(), 1u + 24 + 25 + 24);
    EXPECT_EQ(csv.rows[0].join(QLatin1Char(',')), QLatin1String(kHourlyHeader));

    const std::vector<HourlyEnergy> store =
        reader->hourlyEnergy(kMeter, ms("2026-10-23T22:00:00Z"), ms("2026-10-26T23:00:00Z"));
    ASSERT_EQ(store.size(), 73u);
    for (std::size_t i = 0; i < store.size(); ++i) {
        const QStringList& row = csv.rows[i + 1];
        const HourlyEnergy& h = store[i];
        ASSERT_EQ(row.size(), 9) << i;
        EXPECT_EQ(row[1], utcText(h.hourStartUtcMs)) << i;
        EXPECT_EQ(row[6], QLatin1String(energyQualityName(h.quality))) << i;
        EXPECT_EQ(row[6], QLatin1String("measured")) << i; // a clean simulated stream
        expectCell(row[2], h.importKwh, dialect(), "import_kwh");
        expectCell(row[3], h.exportKwh, dialect(), "export_kwh");
        expectCell(row[4], h.reactiveImportKvarh, dialect(), "reactive_import_kvarh");
        expectCell(row[5], h.reactiveExportKvarh, dialect(), "reactive_export_kvarh");
        expectCell(row[7], h.importRegisterKwh, dialect(), "import_register_kwh");
        expectCell(row[8], h.exportRegisterKwh, dialect(), "export_register_kwh");
        // What a homeowner checks against the meter's display: a measured hour is the
        // difference of the registers at its end and at the previous hour's end.
        if (i > 0) {
            const QStringList& previous = csv.rows[i];
            EXPECT_NEAR(*number(row[7], dialect()) - *number(previous[7], dialect()),
                        *number(row[2], dialect()), 1e-6)
                << i;
            EXPECT_NEAR(*number(row[8], dialect()) - *number(previous[8], dialect()),
                        *number(row[3], dialect()), 1e-6)
                << i;
        }
    }

    // The 25-hour day, written by hand: 02:00 comes twice, first in summer time.
    const char* const october25[][2] = {
        {"2026-10-25T00:00:00+02:00", "2026-10-24T22:00:00Z"},
        {"2026-10-25T01:00:00+02:00", "2026-10-24T23:00:00Z"},
        {"2026-10-25T02:00:00+02:00", "2026-10-25T00:00:00Z"},
        {"2026-10-25T02:00:00+01:00", "2026-10-25T01:00:00Z"},
        {"2026-10-25T03:00:00+01:00", "2026-10-25T02:00:00Z"},
        {"2026-10-25T04:00:00+01:00", "2026-10-25T03:00:00Z"},
        {"2026-10-25T05:00:00+01:00", "2026-10-25T04:00:00Z"},
        {"2026-10-25T06:00:00+01:00", "2026-10-25T05:00:00Z"},
        {"2026-10-25T07:00:00+01:00", "2026-10-25T06:00:00Z"},
        {"2026-10-25T08:00:00+01:00", "2026-10-25T07:00:00Z"},
        {"2026-10-25T09:00:00+01:00", "2026-10-25T08:00:00Z"},
        {"2026-10-25T10:00:00+01:00", "2026-10-25T09:00:00Z"},
        {"2026-10-25T11:00:00+01:00", "2026-10-25T10:00:00Z"},
        {"2026-10-25T12:00:00+01:00", "2026-10-25T11:00:00Z"},
        {"2026-10-25T13:00:00+01:00", "2026-10-25T12:00:00Z"},
        {"2026-10-25T14:00:00+01:00", "2026-10-25T13:00:00Z"},
        {"2026-10-25T15:00:00+01:00", "2026-10-25T14:00:00Z"},
        {"2026-10-25T16:00:00+01:00", "2026-10-25T15:00:00Z"},
        {"2026-10-25T17:00:00+01:00", "2026-10-25T16:00:00Z"},
        {"2026-10-25T18:00:00+01:00", "2026-10-25T17:00:00Z"},
        {"2026-10-25T19:00:00+01:00", "2026-10-25T18:00:00Z"},
        {"2026-10-25T20:00:00+01:00", "2026-10-25T19:00:00Z"},
        {"2026-10-25T21:00:00+01:00", "2026-10-25T20:00:00Z"},
        {"2026-10-25T22:00:00+01:00", "2026-10-25T21:00:00Z"},
        {"2026-10-25T23:00:00+01:00", "2026-10-25T22:00:00Z"},
    };
    for (std::size_t i = 0; i < 25; ++i) {
        const QStringList& row = csv.rows[1 + 24 + i];
        EXPECT_EQ(row[0], QLatin1String(october25[i][0])) << i;
        EXPECT_EQ(row[1], QLatin1String(october25[i][1])) << i;
    }
    EXPECT_EQ(csv.rows[1][0], QLatin1String("2026-10-24T00:00:00+02:00"));
    EXPECT_EQ(csv.rows[1 + 24 + 25][0], QLatin1String("2026-10-26T00:00:00+01:00"));
    EXPECT_EQ(csv.rows.back()[0], QLatin1String("2026-10-26T23:00:00+01:00"));
}

TEST_P(CsvExporterTest, TheMarchDayHas23Rows)
{
    std::unique_ptr<HistoryReader> reader(openReader(s_march));
    const QByteArray bytes =
        exportFile(*reader, options(Resolution::Hourly, QDate(2026, 3, 29), QDate(2026, 3, 29)));
    const test::ParsedCsv csv = parseExport(bytes, dialect());
    ASSERT_TRUE(csv.ok);
    ASSERT_EQ(csv.rows.size(), 1u + 23);
    // By hand: 02:00 never happens; 03:00 is already summer time.
    const char* const march29[] = {
        "2026-03-29T00:00:00+01:00", "2026-03-29T01:00:00+01:00", "2026-03-29T03:00:00+02:00",
        "2026-03-29T04:00:00+02:00", "2026-03-29T05:00:00+02:00", "2026-03-29T06:00:00+02:00",
        "2026-03-29T07:00:00+02:00", "2026-03-29T08:00:00+02:00", "2026-03-29T09:00:00+02:00",
        "2026-03-29T10:00:00+02:00", "2026-03-29T11:00:00+02:00", "2026-03-29T12:00:00+02:00",
        "2026-03-29T13:00:00+02:00", "2026-03-29T14:00:00+02:00", "2026-03-29T15:00:00+02:00",
        "2026-03-29T16:00:00+02:00", "2026-03-29T17:00:00+02:00", "2026-03-29T18:00:00+02:00",
        "2026-03-29T19:00:00+02:00", "2026-03-29T20:00:00+02:00", "2026-03-29T21:00:00+02:00",
        "2026-03-29T22:00:00+02:00", "2026-03-29T23:00:00+02:00",
    };
    for (std::size_t i = 0; i < 23; ++i) {
        EXPECT_EQ(csv.rows[i + 1][0], QLatin1String(march29[i])) << i;
        EXPECT_EQ(csv.rows[i + 1][6], QLatin1String("measured")) << i;
    }
    EXPECT_EQ(csv.rows[1][1], QLatin1String("2026-03-28T23:00:00Z"));
    EXPECT_EQ(csv.rows[3][1], QLatin1String("2026-03-29T01:00:00Z"));
    EXPECT_EQ(csv.rows[23][1], QLatin1String("2026-03-29T21:00:00Z"));
}

TEST_P(CsvExporterTest, DailyMatchesEnergyTotalsWith24And25Hours)
{
    std::unique_ptr<HistoryReader> reader(openReader(s_october));
    const QByteArray bytes =
        exportFile(*reader, options(Resolution::Daily, QDate(2026, 10, 24), QDate(2026, 10, 26)));
    const test::ParsedCsv csv = parseExport(bytes, dialect());
    ASSERT_TRUE(csv.ok);
    ASSERT_EQ(csv.rows.size(), 4u);
    EXPECT_EQ(csv.rows[0].join(QLatin1Char(',')),
              QLatin1String("day,import_kwh,export_kwh,reactive_import_kvarh,"
                            "reactive_export_kvarh,quality,hours"));
    const std::vector<EnergyTotal> days = EnergyTotals::daily(
        reader->hourlyEnergy(kMeter, ms("2026-10-23T22:00:00Z"), ms("2026-10-26T23:00:00Z")),
        kOslo);
    ASSERT_EQ(days.size(), 3u);
    const char* const names[] = {"2026-10-24", "2026-10-25", "2026-10-26"};
    const char* const hours[] = {"24", "25", "24"};
    for (std::size_t i = 0; i < 3; ++i) {
        const QStringList& row = csv.rows[i + 1];
        ASSERT_EQ(row.size(), 7);
        EXPECT_EQ(row[0], QLatin1String(names[i]));
        expectCell(row[1], days[i].importKwh, dialect(), "import_kwh");
        expectCell(row[2], days[i].exportKwh, dialect(), "export_kwh");
        expectCell(row[3], days[i].reactiveImportKvarh, dialect(), "reactive_import_kvarh");
        expectCell(row[4], days[i].reactiveExportKvarh, dialect(), "reactive_export_kvarh");
        EXPECT_EQ(row[5], QLatin1String("measured"));
        EXPECT_EQ(row[6], QLatin1String(hours[i]));
    }
}

TEST_P(CsvExporterTest, RawMatchesEveryStoredReading)
{
    std::unique_ptr<HistoryReader> reader(openReader(s_october));
    const QByteArray bytes =
        exportFile(*reader, options(Resolution::Raw, QDate(2026, 10, 25), QDate(2026, 10, 25)));
    const test::ParsedCsv csv = parseExport(bytes, dialect());
    ASSERT_TRUE(csv.ok);

    std::vector<StoredReading> store;
    ASSERT_TRUE(reader->forEachReading(kMeter, ms("2026-10-24T22:00:00Z"),
                                       ms("2026-10-25T23:00:00Z"),
                                       [&store](const StoredReading& r) {
                                           store.push_back(r);
                                           return true;
                                       }));
    // 25 hours of a List 1 every 10 s, and the store's readings of the List 2 pushes.
    ASSERT_GE(store.size(), 25u * 360);
    ASSERT_EQ(csv.rows.size(), store.size() + 1);
    EXPECT_EQ(csv.rows[0].join(QLatin1Char(',')),
              QString::fromLatin1(CsvExporter::header(Resolution::Raw)));

    for (std::size_t i = 0; i < store.size(); ++i) {
        const QStringList& row = csv.rows[i + 1];
        const StoredReading& s = store[i];
        ASSERT_EQ(row.size(), 16) << i;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(s.utcMs, kOslo);
        EXPECT_EQ(QDateTime::fromString(row[0], Qt::ISODate), local) << i;
        EXPECT_EQ(row[0].right(6),
                  local.offsetFromUtc() == 7200 ? QLatin1String("+02:00") : QLatin1String("+01:00"))
            << i;
        EXPECT_EQ(row[1], utcText(s.utcMs)) << i;
        EXPECT_EQ(row[2], s.reading.meterTime ? s.reading.meterTime->toIsoString() : QString())
            << i;
        const std::optional<double> MeterReading::*const fields[] = {
            &MeterReading::activeImportW,     &MeterReading::activeExportW,
            &MeterReading::reactiveImportVar, &MeterReading::reactiveExportVar,
            &MeterReading::currentL1A,        &MeterReading::currentL2A,
            &MeterReading::currentL3A,        &MeterReading::voltageL1V,
            &MeterReading::voltageL2V,        &MeterReading::voltageL3V};
        for (std::size_t f = 0; f < 10; ++f)
            expectCell(row[static_cast<int>(3 + f)], s.reading.*fields[f], dialect(), "value");
        EXPECT_EQ(row[13], kMeter) << i;
        EXPECT_EQ(row[14], QLatin1String("6841131BN243101040")) << i;
        EXPECT_EQ(row[15], QLatin1String("Kamstrup_V0001")) << i;
    }
}

TEST_P(CsvExporterTest, MeterStringsNeverRunAsFormulasAndNegativeNumbersStayNumbers)
{
    // A meter whose identity strings try formula injection, with values a spreadsheet must
    // still read as numbers (negative ones and decimals included).
    const QString id = QStringLiteral("-2+3,\"x\";y");
    const QString type = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"click\")");
    const QString version = QStringLiteral("@SUM(A1:A9)");
    const QString path = m_out.filePath(QStringLiteral("hostile.sqlite"));
    const test::FilledHistory filled =
        test::fillHistory(path, test::exportSimulator(utc("2026-06-01T00:00:00Z"), id),
                          utc("2026-06-01T01:00:00Z"), [&](MeterReading& r) {
                              r.meterType = type;
                              r.listVersion = version;
                              r.reactiveExportVar = -123.5;
                              r.currentL1A = -2.25;
                          });
    ASSERT_TRUE(filled.ok) << filled.error.toStdString();

    std::unique_ptr<HistoryReader> reader(openReader(path));
    CsvExporter::Options o = options(Resolution::Raw, QDate(2026, 6, 1), QDate(2026, 6, 1));
    o.meterId = id;
    const QByteArray bytes = exportFile(*reader, o);
    const test::ParsedCsv csv = parseExport(bytes, dialect());
    ASSERT_TRUE(csv.ok);
    ASSERT_GE(csv.rows.size(), 1u + 360);
    for (std::size_t i = 1; i < csv.rows.size(); ++i) {
        const QStringList& row = csv.rows[i];
        ASSERT_EQ(row.size(), 16);
        EXPECT_EQ(row[13], QLatin1Char('\'') + id);
        EXPECT_EQ(row[14], QLatin1Char('\'') + type);
        EXPECT_EQ(row[15], QLatin1Char('\'') + version);
        for (int c = 0; c < row.size(); ++c) {
            // Whatever a cell holds, it never starts with a formula trigger unless it is a
            // number (negative numbers start with '-').
            if (CsvWriter::needsFormulaGuard(row[c])) {
                EXPECT_TRUE(number(row[c], dialect()).has_value()) << row[c].toStdString();
            }
        }
        expectCell(row[6], -123.5, dialect(), "reactive_export_var");
        expectCell(row[7], -2.25, dialect(), "current_l1_a");
    }
    // Unguarded, unquoted numbers in the bytes themselves.
    if (dialect() == Dialect::Nordic) {
        EXPECT_TRUE(bytes.contains(";-123,5;"));
        EXPECT_TRUE(bytes.contains(";-2,25;"));
    } else {
        EXPECT_TRUE(bytes.contains(",-123.5,"));
        EXPECT_TRUE(bytes.contains(",-2.25,"));
    }
    EXPECT_FALSE(bytes.contains("'-123"));
}

TEST_P(CsvExporterTest, HoursWithoutDataAreMissingGapsNotZeros)
{
    std::unique_ptr<HistoryReader> reader(openReader(s_october));
    // 20 October: before the simulated meter was installed.
    const test::ParsedCsv hourly = parseExport(
        exportFile(*reader, options(Resolution::Hourly, QDate(2026, 10, 20), QDate(2026, 10, 20))),
        dialect());
    ASSERT_TRUE(hourly.ok);
    ASSERT_EQ(hourly.rows.size(), 1u + 24);
    for (std::size_t i = 1; i < hourly.rows.size(); ++i) {
        const QStringList& row = hourly.rows[i];
        EXPECT_EQ(row[6], QLatin1String("missing"));
        for (const int c : {2, 3, 4, 5, 7, 8})
            EXPECT_TRUE(row[c].isEmpty()) << i << ' ' << c;
    }
    const test::ParsedCsv daily = parseExport(
        exportFile(*reader, options(Resolution::Daily, QDate(2026, 10, 20), QDate(2026, 10, 20))),
        dialect());
    ASSERT_TRUE(daily.ok);
    ASSERT_EQ(daily.rows.size(), 2u);
    EXPECT_EQ(daily.rows[1][5], QLatin1String("missing"));
    EXPECT_EQ(daily.rows[1][6], QLatin1String("24"));
    const QByteArray raw =
        exportFile(*reader, options(Resolution::Raw, QDate(2026, 10, 20), QDate(2026, 10, 20)));
    EXPECT_EQ(raw.count("\r\n"), 1); // the header alone
}

TEST_P(CsvExporterTest, HoursThatHaveNotEndedAreLeftOut)
{
    std::unique_ptr<HistoryReader> reader(openReader(s_october));
    CsvExporter::Options o = options(Resolution::Hourly, QDate(2026, 10, 25), QDate(2026, 10, 25));
    o.nowUtcMs = ms("2026-10-25T09:30:00Z"); // 10:30 local: the 09:00 hour has ended
    const test::ParsedCsv csv = parseExport(exportFile(*reader, o), dialect());
    ASSERT_TRUE(csv.ok);
    ASSERT_EQ(csv.rows.size(), 1u + 11);
    EXPECT_EQ(csv.rows.back()[0], QLatin1String("2026-10-25T09:00:00+01:00"));

    o.resolution = Resolution::Daily;
    const test::ParsedCsv daily = parseExport(exportFile(*reader, o), dialect());
    ASSERT_TRUE(daily.ok);
    ASSERT_EQ(daily.rows.size(), 2u);
    EXPECT_EQ(daily.rows[1][6], QLatin1String("11"));
}

TEST_P(CsvExporterTest, DeviceExportEqualsFileExport)
{
    std::unique_ptr<HistoryReader> reader(openReader(s_october));
    const CsvExporter::Options o =
        options(Resolution::Raw, QDate(2026, 10, 24), QDate(2026, 10, 24));
    const QByteArray file = exportFile(*reader, o);
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    CsvExporter exporter(*reader);
    const CsvExporter::Result result =
        exporter.exportToDevice(o, buffer, QStringLiteral("standard output"));
    ASSERT_TRUE(result.ok) << result.errorString.toStdString();
    EXPECT_EQ(result.rows, file.count("\r\n") - 1);
    EXPECT_EQ(buffer.data(), file);
}

INSTANTIATE_TEST_SUITE_P(Dialects, CsvExporterTest,
                         ::testing::Values(Dialect::Rfc4180, Dialect::Nordic),
                         [](const ::testing::TestParamInfo<Dialect>& p) {
                             return std::string(CsvWriter::dialectName(p.param));
                         });

// Failures: nothing may appear under the final name, and the message names the file.
class CsvExporterFailureTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        ASSERT_TRUE(s_dir->isValid());
        s_db = s_dir->filePath(QStringLiteral("history.sqlite"));
        // Two days of readings: about 17,000 rows, several MB of raw CSV.
        const test::FilledHistory filled = test::fillHistory(
            s_db, test::exportSimulator(utc("2026-05-01T00:00:00Z")), utc("2026-05-03T00:00:00Z"));
        ASSERT_TRUE(filled.ok) << filled.error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(m_out.isValid());
        ASSERT_TRUE(m_reader.open(s_db)) << m_reader.errorString().toStdString();
    }

    static CsvExporter::Options rawOptions()
    {
        CsvExporter::Options o;
        o.meterId = kMeter;
        o.firstDay = QDate(2026, 5, 1);
        o.lastDay = QDate(2026, 5, 2);
        o.resolution = Resolution::Raw;
        o.zone = QTimeZone::utc();
        o.nowUtcMs = kLater;
        return o;
    }

    // The folder holds exactly `names` (no temporary file left behind).
    static void expectFolderHolds(const QString& folder, const QStringList& names)
    {
        const QStringList entries =
            QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        EXPECT_EQ(entries, names) << entries.join(QLatin1Char(' ')).toStdString();
    }

    static QTemporaryDir* s_dir;
    static QString s_db;
    QTemporaryDir m_out;
    HistoryReader m_reader;
};

QTemporaryDir* CsvExporterFailureTest::s_dir = nullptr;
QString CsvExporterFailureTest::s_db;

TEST_F(CsvExporterFailureTest, ReadOnlyFolder)
{
    const QString folder = m_out.filePath(QStringLiteral("read-only"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner |
                                                  QFile::ReadGroup | QFile::ExeGroup));
    QFile probe(folder + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        GTEST_SKIP() << "permissions do not stop this user (root); han-cli's test runs the "
                        "same case as an unprivileged user";
    }
    const QString path = folder + QStringLiteral("/export.csv");
    CsvExporter exporter(m_reader);
    const CsvExporter::Result result = exporter.exportToFile(rawOptions(), path);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.cancelled);
    EXPECT_TRUE(result.errorString.contains(QDir::toNativeSeparators(path)))
        << result.errorString.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    expectFolderHolds(folder, {});
}

TEST_F(CsvExporterFailureTest, PathBelowAFile)
{
    const QString plain = m_out.filePath(QStringLiteral("plain.txt"));
    {
        QFile f(plain);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a folder\n");
    }
    const QString path = plain + QStringLiteral("/export.csv");
    CsvExporter exporter(m_reader);
    const CsvExporter::Result result = exporter.exportToFile(rawOptions(), path);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.errorString.contains(QDir::toNativeSeparators(path)))
        << result.errorString.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    expectFolderHolds(m_out.path(), {QStringLiteral("plain.txt")});
}

TEST_F(CsvExporterFailureTest, FullDiskLeavesTheOldFileUntouched)
{
    // A file size limit makes write() fail with EFBIG, as a full disk fails with ENOSPC,
    // without needing a small file system. SIGXFSZ would kill the process: ignore it meanwhile.
    const QString path = m_out.filePath(QStringLiteral("export.csv"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the previous export\n");
    }
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 256 * 1024;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
    CsvExporter exporter(m_reader);
    const CsvExporter::Result result = exporter.exportToFile(rawOptions(), path);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.cancelled);
    EXPECT_TRUE(result.errorString.contains(QDir::toNativeSeparators(path)))
        << result.errorString.toStdString();
    EXPECT_EQ(readAll(path), QByteArray("the previous export\n"));
    expectFolderHolds(m_out.path(), {QStringLiteral("export.csv")});
}

TEST_F(CsvExporterFailureTest, CancelFromTheProgressCallback)
{
    const QString path = m_out.filePath(QStringLiteral("export.csv"));
    CsvExporter exporter(m_reader);
    std::vector<double> fractions;
    exporter.setProgressCallback([&fractions](double fraction) {
        fractions.push_back(fraction);
        return fraction < 0.2;
    });
    const CsvExporter::Result result = exporter.exportToFile(rawOptions(), path);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.cancelled);
    EXPECT_TRUE(result.errorString.contains(QDir::toNativeSeparators(path)))
        << result.errorString.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    expectFolderHolds(m_out.path(), {});
    ASSERT_GE(fractions.size(), 2u);
    EXPECT_EQ(fractions.front(), 0.0);
    EXPECT_LT(fractions.back(), 1.0);
    EXPECT_TRUE(std::is_sorted(fractions.begin(), fractions.end()));
}

TEST_F(CsvExporterFailureTest, CancelFromAnotherThreadKeepsTheOldFile)
{
    const QString path = m_out.filePath(QStringLiteral("export.csv"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the previous export\n");
    }
    CsvExporter exporter(m_reader);
    std::promise<void> running;
    std::promise<void> cancelled;
    std::shared_future<void> cancelledFuture = cancelled.get_future().share();
    bool first = true;
    exporter.setProgressCallback([&](double fraction) {
        if (fraction > 0 && first) {
            first = false;
            running.set_value();
            cancelledFuture.wait(); // the UI thread presses Cancel meanwhile
        }
        return true;
    });
    CsvExporter::Result result;
    std::thread worker([&] { result = exporter.exportToFile(rawOptions(), path); });
    running.get_future().wait();
    exporter.cancel();
    cancelled.set_value();
    worker.join();

    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.cancelled);
    EXPECT_EQ(readAll(path), QByteArray("the previous export\n"));
    expectFolderHolds(m_out.path(), {QStringLiteral("export.csv")});
}

TEST_F(CsvExporterFailureTest, ProgressRunsFromZeroToOne)
{
    CsvExporter exporter(m_reader);
    std::vector<double> fractions;
    exporter.setProgressCallback([&fractions](double fraction) {
        fractions.push_back(fraction);
        return true;
    });
    const CsvExporter::Result result =
        exporter.exportToFile(rawOptions(), m_out.filePath(QStringLiteral("export.csv")));
    ASSERT_TRUE(result.ok) << result.errorString.toStdString();
    EXPECT_EQ(result.rows, m_reader.countReadings(kMeter, ms("2026-05-01T00:00:00Z"),
                                                  ms("2026-05-03T00:00:00Z")));
    ASSERT_GE(fractions.size(), 4u);
    EXPECT_EQ(fractions.front(), 0.0);
    EXPECT_EQ(fractions.back(), 1.0);
    EXPECT_TRUE(std::is_sorted(fractions.begin(), fractions.end()));
    expectFolderHolds(m_out.path(), {QStringLiteral("export.csv")});
}

TEST_F(CsvExporterFailureTest, BadOptionsWriteNothing)
{
    const QString path = m_out.filePath(QStringLiteral("export.csv"));
    CsvExporter exporter(m_reader);
    CsvExporter::Options o = rawOptions();
    o.lastDay = o.firstDay.addDays(-1);
    CsvExporter::Result result = exporter.exportToFile(o, path);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.errorString.contains(QDir::toNativeSeparators(path)));
    o = rawOptions();
    o.meterId.clear();
    result = exporter.exportToFile(o, path);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(QFileInfo::exists(path));
    expectFolderHolds(m_out.path(), {});
}

} // namespace
} // namespace han
