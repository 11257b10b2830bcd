// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_writer.h"

#include "reading_json.h"

#include <cmath>

namespace han {

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
    if (!std::isfinite(value))
        return QByteArray();
    QByteArray cell = ReadingJson::number(value);
    if (dialect == Dialect::Nordic)
        cell.replace('.', ',');
    return cell;
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
    m_buffer.append(numberCell(value, m_dialect));
}

void CsvWriter::addNumber(const std::optional<double>& value)
{
    beginCell();
    if (value)
        m_buffer.append(numberCell(*value, m_dialect));
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

void CsvWriter::endRow()
{
    m_buffer.append("\r\n");
    m_rowStarted = false;
}

} // namespace han
