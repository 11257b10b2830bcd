// SPDX-License-Identifier: GPL-3.0-or-later
// CsvWriter: both dialects byte for byte, RFC 4180 quoting, the formula guard on text only,
// numbers in shortest exact form with the dialect's decimal separator, and a round trip through
// a CSV reader we did not write (Python's csv module).

#include "csv_writer.h"
#include "python_csv.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace han {
namespace {

using Dialect = CsvWriter::Dialect;

QByteArray oneRow(Dialect dialect, const std::function<void(CsvWriter&)>& cells)
{
    CsvWriter w(dialect);
    cells(w);
    w.endRow();
    return w.buffer();
}

TEST(CsvWriter, DialectNames)
{
    EXPECT_STREQ(CsvWriter::dialectName(Dialect::Rfc4180), "rfc4180");
    EXPECT_STREQ(CsvWriter::dialectName(Dialect::Nordic), "nordic");
    EXPECT_EQ(CsvWriter::dialectFromName(u"rfc4180"), Dialect::Rfc4180);
    EXPECT_EQ(CsvWriter::dialectFromName(u"nordic"), Dialect::Nordic);
    EXPECT_FALSE(CsvWriter::dialectFromName(u"excel"));
    EXPECT_FALSE(CsvWriter::dialectFromName(u""));
}

TEST(CsvWriter, NordicStartsWithUtf8BomRfcWithNothing)
{
    EXPECT_EQ(CsvWriter::preamble(Dialect::Nordic), QByteArray("\xEF\xBB\xBF"));
    EXPECT_TRUE(CsvWriter::preamble(Dialect::Rfc4180).isEmpty());
}

TEST(CsvWriter, RowsAreSeparatedPerDialectAndEndInCrlf)
{
    auto cells = [](CsvWriter& w) {
        w.addText(QStringLiteral("measured"));
        w.addNumber(1.5);
        w.addEmpty();
        w.addNumber(std::optional<double>());
        w.addNumber(-2.25);
        w.addInteger(-25);
    };
    EXPECT_EQ(oneRow(Dialect::Rfc4180, cells), QByteArray("measured,1.5,,,-2.25,-25\r\n"));
    EXPECT_EQ(oneRow(Dialect::Nordic, cells), QByteArray("measured;1,5;;;-2,25;-25\r\n"));

    CsvWriter w(Dialect::Rfc4180);
    w.addText(QStringLiteral("a"));
    w.endRow();
    w.addText(QStringLiteral("b"));
    w.addText(QStringLiteral("c"));
    w.endRow();
    EXPECT_EQ(w.buffer(), QByteArray("a\r\nb,c\r\n"));
    w.clear();
    EXPECT_TRUE(w.buffer().isEmpty());
}

TEST(CsvWriter, NumbersInShortestExactFormNeverExponent)
{
    struct Case
    {
        double value;
        const char* rfc;
        const char* nordic;
    };
    const Case cases[] = {
        {230.0, "230", "230"},
        {-230.5, "-230.5", "-230,5"},
        {0.1, "0.1", "0,1"},
        {12345.67, "12345.67", "12345,67"},
        {1e-7, "0.0000001", "0,0000001"},
        {1e20, "100000000000000000000", "100000000000000000000"},
        {-0.0, "0", "0"},
        {0.1 + 0.2, "0.30000000000000004", "0,30000000000000004"},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(CsvWriter::numberCell(c.value, Dialect::Rfc4180), QByteArray(c.rfc)) << c.rfc;
        EXPECT_EQ(CsvWriter::numberCell(c.value, Dialect::Nordic), QByteArray(c.nordic)) << c.rfc;
    }
    // Nothing a spreadsheet would read back as the same value: an empty cell.
    for (const double bad : {std::nan(""), std::numeric_limits<double>::infinity(),
                             -std::numeric_limits<double>::infinity()}) {
        EXPECT_TRUE(CsvWriter::numberCell(bad, Dialect::Rfc4180).isEmpty());
        EXPECT_TRUE(CsvWriter::numberCell(bad, Dialect::Nordic).isEmpty());
    }
}

TEST(CsvWriter, NegativeNumbersStayNumbers)
{
    // The formula guard is for text: a number cell is never prefixed or quoted.
    EXPECT_EQ(oneRow(Dialect::Rfc4180, [](CsvWriter& w) { w.addNumber(-1234.5); }),
              QByteArray("-1234.5\r\n"));
    EXPECT_EQ(oneRow(Dialect::Nordic, [](CsvWriter& w) { w.addNumber(-1234.5); }),
              QByteArray("-1234,5\r\n"));
    EXPECT_EQ(oneRow(Dialect::Nordic, [](CsvWriter& w) { w.addInteger(-3); }),
              QByteArray("-3\r\n"));
}

TEST(CsvWriter, FormulaGuardOnlyForTheSixLeadingCharacters)
{
    for (const char* lead : {"=", "+", "-", "@", "\t"}) {
        const QString text = QString::fromLatin1(lead) + QStringLiteral("SUM(A1:A9)");
        EXPECT_TRUE(CsvWriter::needsFormulaGuard(text)) << lead;
        EXPECT_EQ(CsvWriter::textCell(text, Dialect::Rfc4180), "'" + text.toUtf8()) << lead;
    }
    // CR: guarded, and quoted because the cell holds a CR.
    EXPECT_EQ(CsvWriter::textCell(u"\rcmd", Dialect::Rfc4180), QByteArray("\"'\rcmd\""));

    for (const char* text :
         {"", "a=b", "5706567000000042", " =1", "'=1", "Kamstrup_V0001", "2026-10-25T02:00:00"}) {
        EXPECT_FALSE(CsvWriter::needsFormulaGuard(QString::fromLatin1(text))) << text;
        EXPECT_EQ(CsvWriter::textCell(QString::fromLatin1(text), Dialect::Rfc4180),
                  QByteArray(text));
    }
    // A negative number written as text (it came from the meter as text) is text: guarded.
    EXPECT_EQ(CsvWriter::textCell(u"-5", Dialect::Nordic), QByteArray("'-5"));
}

TEST(CsvWriter, QuotesWhatTheDialectNeedsQuoted)
{
    EXPECT_EQ(CsvWriter::textCell(u"a,b", Dialect::Rfc4180), QByteArray("\"a,b\""));
    EXPECT_EQ(CsvWriter::textCell(u"a,b", Dialect::Nordic), QByteArray("a,b"));
    EXPECT_EQ(CsvWriter::textCell(u"a;b", Dialect::Rfc4180), QByteArray("a;b"));
    EXPECT_EQ(CsvWriter::textCell(u"a;b", Dialect::Nordic), QByteArray("\"a;b\""));
    EXPECT_EQ(CsvWriter::textCell(u"say \"hi\"", Dialect::Rfc4180),
              QByteArray("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvWriter::textCell(u"two\nlines", Dialect::Nordic), QByteArray("\"two\nlines\""));
    EXPECT_EQ(CsvWriter::textCell(u"=\"x\",1", Dialect::Rfc4180), QByteArray("\"'=\"\"x\"\",1\""));
    EXPECT_EQ(CsvWriter::textCell(u"Målar Ærø", Dialect::Rfc4180),
              QByteArray("M\xC3\xA5lar \xC3\x86r\xC3\xB8"));
}

// Text an attacker could put in a meter's identity strings, and awkward numbers.
const std::vector<QString>& hostileTexts()
{
    static const std::vector<QString> texts{
        QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
        QStringLiteral("+1+1"),
        QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1)"),
        QStringLiteral("\t=1"),
        QStringLiteral("\r=1"),
        QStringLiteral("=cmd|' /C calc'!A0"),
        QStringLiteral("a,b;c"),
        QStringLiteral("\"quoted\""),
        QStringLiteral("line1\r\nline2"),
        QStringLiteral("Ærøskøbing ✓"),
        QStringLiteral(""),
        QStringLiteral("5706567000000042"),
    };
    return texts;
}

void expectRoundTrip(Dialect dialect)
{
    QRandomGenerator random(42);
    std::vector<double> numbers{0.0, -0.5, 1e-9, 123456789.123, -230.1, 0.71, 12345.67};
    for (int i = 0; i < 200; ++i)
        numbers.push_back(static_cast<double>(random.bounded(2'000'000) - 1'000'000) / 100.0);
    for (int i = 0; i < 200; ++i)
        numbers.push_back((random.generateDouble() - 0.5) * 1e6);

    CsvWriter w(dialect);
    QByteArray file = w.preamble();
    for (const QString& text : hostileTexts()) {
        w.addText(text);
        w.addNumber(numbers.front());
        w.endRow();
    }
    for (const double n : numbers) {
        w.addText(QStringLiteral("n"));
        w.addNumber(n);
        w.endRow();
    }
    file += w.buffer();

    const char sep = CsvWriter::separator(dialect);
    // utf-8-sig strips the BOM we expect for Nordic; plain utf-8 would show a stray one.
    const test::ParsedCsv parsed =
        test::PythonCsv::parseBytes(file, sep, dialect == Dialect::Nordic ? "utf-8-sig" : "utf-8");
    ASSERT_TRUE(parsed.ok) << parsed.error.toStdString();
    ASSERT_EQ(parsed.rows.size(), hostileTexts().size() + numbers.size());

    for (std::size_t i = 0; i < hostileTexts().size(); ++i) {
        const QString& text = hostileTexts()[i];
        const QStringList& row = parsed.rows[i];
        ASSERT_EQ(row.size(), 2) << i;
        const QString want = CsvWriter::needsFormulaGuard(text) ? QLatin1Char('\'') + text : text;
        EXPECT_EQ(row[0], want) << i;
        // What a spreadsheet sees first in the cell is never a formula trigger.
        if (!row[0].isEmpty()) {
            EXPECT_FALSE(CsvWriter::needsFormulaGuard(row[0])) << i;
        }
    }
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        const QStringList& row = parsed.rows[hostileTexts().size() + i];
        ASSERT_EQ(row.size(), 2);
        QString cell = row[1];
        if (dialect == Dialect::Nordic) {
            EXPECT_FALSE(cell.contains(QLatin1Char('.'))) << cell.toStdString();
            cell.replace(QLatin1Char(','), QLatin1Char('.'));
        }
        bool ok = false;
        const double back = cell.toDouble(&ok); // QString::toDouble is C locale
        ASSERT_TRUE(ok) << cell.toStdString();
        EXPECT_EQ(back, numbers[i]) << cell.toStdString(); // exact, not near
    }
}

TEST(CsvWriter, RoundTripThroughPythonCsvRfc4180)
{
    expectRoundTrip(Dialect::Rfc4180);
}

TEST(CsvWriter, RoundTripThroughPythonCsvNordic)
{
    expectRoundTrip(Dialect::Nordic);
}

} // namespace
} // namespace han
