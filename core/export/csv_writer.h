// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace han {

// Builds CSV rows into a byte buffer that the caller writes out and clears as it goes, so a
// table of any length streams in constant memory. Pure: no I/O, no locale (machine output is
// always in the C locale; only the dialect decides separators).
//
// Both dialects are UTF-8 with CRLF line ends and RFC 4180 quoting (a cell holding the
// separator, a quote, CR or LF is quoted, quotes doubled):
//  - Rfc4180: `,` between cells, `.` in decimals.
//  - Nordic:  `;` between cells, `,` in decimals, and a UTF-8 byte order mark first, because
//             Excel set to Norwegian, Danish or Swedish expects exactly that; without the BOM it
//             reads the file in the ANSI code page.
//
// Formula guard: a *text* cell beginning with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`,
// so text the meter sent can never run as a spreadsheet formula. Numbers are never guarded:
// a negative number stays a number.
class CsvWriter
{
public:
    enum class Dialect
    {
        Rfc4180,
        Nordic
    };

    explicit CsvWriter(Dialect dialect = Dialect::Rfc4180);

    Dialect dialect() const { return m_dialect; }
    char separator() const { return separator(m_dialect); }
    static char separator(Dialect dialect) { return dialect == Dialect::Nordic ? ';' : ','; }

    // "rfc4180", "nordic": the names han-cli takes.
    static const char* dialectName(Dialect dialect);
    static std::optional<Dialect> dialectFromName(QStringView name);

    // The bytes a file starts with: the UTF-8 BOM for Nordic, nothing for RFC 4180.
    static QByteArray preamble(Dialect dialect);
    QByteArray preamble() const { return preamble(m_dialect); }

    // Cells of the row in progress, appended to buffer().
    void addText(QStringView text);
    void addText(const QString& text) { addText(QStringView(text)); }
    // Non-finite values (which no spreadsheet reads back) become an empty cell.
    void addNumber(double value);
    // An empty cell when the value is absent.
    void addNumber(const std::optional<double>& value);
    void addInteger(std::int64_t value);
    void addEmpty();
    // A cell already encoded by textCell() or numberCell() for this dialect, for callers that
    // repeat the same cell on every row and encode it once.
    void addEncoded(const QByteArray& cell);
    void addEncoded(const char* cell, qsizetype size);
    // Ends the row with CRLF.
    void endRow();

    // The rows so far; the caller writes them out and calls clear().
    const QByteArray& buffer() const { return m_buffer; }
    void clear() { m_buffer.clear(); }

    // One cell as it appears in the file: guarded and quoted text; a number in its shortest
    // exact decimal form (ReadingJson::number), never in exponent form, with the dialect's
    // decimal separator.
    static QByteArray textCell(QStringView text, Dialect dialect);
    static QByteArray numberCell(double value, Dialect dialect);

    // Whether a text cell is given the leading `'`.
    static bool needsFormulaGuard(QStringView text);

private:
    void beginCell();
    // The number's cell text appended to the buffer without a temporary QByteArray.
    void appendNumber(double value);

    Dialect m_dialect;
    QByteArray m_buffer;
    bool m_rowStarted = false;
};

} // namespace han
