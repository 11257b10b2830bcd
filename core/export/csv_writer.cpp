// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_writer.h"

#include "reading_json.h"

#include <algorithm>
#include <cmath>

namespace han {
namespace {

// A number cell's text in `out` (ReadingJson::kNumberMaxLength bytes); empty when not finite.
int numberText(double value, CsvWriter::Dialect dialect, char* out)
{
    if (!std::isfinite(value))
        return 0;
    const int n = ReadingJson::formatNumber(value, out);
    if (dialect == CsvWriter::Dialect::Nordic)
        std::replace(out, out + n, '.', ',');
    return n;
}

} // namespace

CsvWriter::CsvWriter(Dialect dialect) : m_dialect(dialect)
{
    // Rows are flushed by the caller every few hundred KiB; start big enough for that.
    m_buffer.reserve(64 * 1024);
}

const char* CsvWriter::dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Rfc4180:
        return "rfc4180";
    case Dialect::Nordic:
        return "nordic";
    }
    return "rfc4180";
}

std::optional<CsvWriter::Dialect> CsvWriter::dialectFromName(QStringView name)
{
    if (name == QLatin1String("rfc4180"))
        return Dialect::Rfc4180;
    if (name == QLatin1String("nordic"))
        return Dialect::Nordic;
    return std::nullopt;
}

QByteArray CsvWriter::preamble(Dialect dialect)
{
    return dialect == Dialect::Nordic ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}

bool CsvWriter::needsFormulaGuard(QStringView text)
{
    if (text.isEmpty())
        return false;
    const char16_t c = text.front().unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QByteArray CsvWriter::textCell(QStringView text, Dialect dialect)
{
    QByteArray cell;
    cell.reserve(text.size() + 3);
    if (needsFormulaGuard(text))
        cell.append('\'');
    cell.append(text.toUtf8());
    const char sep = separator(dialect);
    bool quote = false;
    for (const char c : std::as_const(cell)) {
        if (c == sep || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return cell;
    cell.replace("\"", "\"\"");
    cell.prepend('"');
    cell.append('"');
    return cell;
}

QByteArray CsvWriter::numberCell(double value, Dialect dialect)
{
    char text[ReadingJson::kNumberMaxLength];
    return QByteArray(text, numberText(value, dialect, text));
}

void CsvWriter::appendNumber(double value)
{
    char text[ReadingJson::kNumberMaxLength];
    m_buffer.append(text, numberText(value, m_dialect, text));
}

void CsvWriter::beginCell()
{
    if (m_rowStarted)
        m_buffer.append(separator());
    m_rowStarted = true;
}

void CsvWriter::addText(QStringView text)
{
    beginCell();
    m_buffer.append(textCell(text, m_dialect));
}

void CsvWriter::addNumber(double value)
{
    beginCell();
    appendNumber(value);
}

void CsvWriter::addNumber(const std::optional<double>& value)
{
    beginCell();
    if (value)
        appendNumber(*value);
}

void CsvWriter::addInteger(std::int64_t value)
{
    beginCell();
    m_buffer.append(QByteArray::number(static_cast<qlonglong>(value)));
}

void CsvWriter::addEmpty()
{
    beginCell();
}

void CsvWriter::addEncoded(const QByteArray& cell)
{
    beginCell();
    m_buffer.append(cell);
}

void CsvWriter::addEncoded(const char* cell, qsizetype size)
{
    beginCell();
    m_buffer.append(cell, size);
}

void CsvWriter::endRow()
{
    m_buffer.append("\r\n");
    m_rowStarted = false;
}

} // namespace han
