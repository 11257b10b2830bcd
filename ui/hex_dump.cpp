// SPDX-License-Identifier: GPL-3.0-or-later
#include "hex_dump.h"

#include <algorithm>

namespace han::ui {

namespace {

void appendHex(QString& out, const QByteArray& bytes, qsizetype from, qsizetype count)
{
    static const char kDigits[] = "0123456789ABCDEF";
    for (qsizetype i = from; i < from + count; ++i) {
        if (i > from)
            out += QLatin1Char(' ');
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        out += QLatin1Char(kDigits[byte >> 4]);
        out += QLatin1Char(kDigits[byte & 0x0F]);
    }
}

} // namespace

QString HexDump::abbreviated(const QByteArray& bytes, int maxBytes)
{
    QString out;
    const qsizetype count = std::min<qsizetype>(bytes.size(), std::max(0, maxBytes));
    out.reserve(count * 3 + 2);
    appendHex(out, bytes, 0, count);
    if (count < bytes.size())
        out += QStringLiteral(" …");
    return out;
}

QString HexDump::lines(const QByteArray& bytes, int bytesPerLine)
{
    bytesPerLine = std::max(1, bytesPerLine);
    QString out;
    out.reserve((bytes.size() / bytesPerLine + 1) * (bytesPerLine * 4 + 12));
    for (qsizetype offset = 0; offset < bytes.size(); offset += bytesPerLine) {
        const qsizetype count = std::min<qsizetype>(bytesPerLine, bytes.size() - offset);
        if (offset > 0)
            out += QLatin1Char('\n');
        out += QStringLiteral("%1  ").arg(offset, 4, 16, QLatin1Char('0')).toUpper();
        appendHex(out, bytes, offset, count);
        // Short last line: pad so the characters column lines up with the lines above.
        out += QString((bytesPerLine - count) * 3 + 2, QLatin1Char(' '));
        out += QLatin1Char('|');
        for (qsizetype i = offset; i < offset + count; ++i) {
            const char c = bytes.at(i);
            out += (c >= 0x20 && c < 0x7F) ? QLatin1Char(c) : QLatin1Char('.');
        }
        out += QLatin1Char('|');
    }
    return out;
}

QString HexDump::plain(const QByteArray& bytes, int bytesPerLine)
{
    bytesPerLine = std::max(1, bytesPerLine);
    QString out;
    out.reserve(bytes.size() * 3 + bytes.size() / bytesPerLine + 1);
    for (qsizetype offset = 0; offset < bytes.size(); offset += bytesPerLine) {
        if (offset > 0)
            out += QLatin1Char('\n');
        appendHex(out, bytes, offset, std::min<qsizetype>(bytesPerLine, bytes.size() - offset));
    }
    return out;
}

} // namespace han::ui
