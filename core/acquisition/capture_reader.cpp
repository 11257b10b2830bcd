// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture_reader.h"

#include <QFileDevice>
#include <QIODevice>
#include <QRegularExpression>

namespace han {
namespace {

constexpr qsizetype kBlockSize = 64 * 1024;
constexpr qsizetype kDetectSize = 4096;
constexpr qsizetype kHexChunkBytes = 4096;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

} // namespace

CaptureReader::CaptureReader(QIODevice* device, Format format) : m_device(device), m_format(format)
{
}

std::optional<CaptureReader::Format> CaptureReader::formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("auto"))
        return Format::Auto;
    if (n == QLatin1String("raw"))
        return Format::Raw;
    if (n == QLatin1String("hex"))
        return Format::Hex;
    if (n == QLatin1String("log"))
        return Format::Log;
    return std::nullopt;
}

CaptureReader::Format CaptureReader::detect(const QByteArray& head)
{
    qsizetype i = 0;
    while (i < head.size() && isSpace(head[i]))
        ++i;
    if (i < head.size() && head[i] == '[')
        return Format::Log;
    bool inComment = false;
    bool sawDigit = false;
    for (; i < head.size(); ++i) {
        const char c = head[i];
        if (inComment) {
            inComment = c != '\n';
            continue;
        }
        if (c == '#')
            inComment = true;
        else if (hexValue(c) >= 0)
            sawDigit = true;
        else if (!isSpace(c))
            return Format::Raw;
    }
    return sawDigit ? Format::Hex : Format::Raw;
}

std::optional<QDateTime> CaptureReader::parseLogTimestamp(const QByteArray& headerLine)
{
    // "[2017-10-20 04.43.32.368 - Received 229 (0xE5) bytes]"; ':' separators are accepted too.
    static const QRegularExpression pattern(
        QStringLiteral("\\[\\s*(\\d{4})-(\\d{2})-(\\d{2})[ "
                       "T](\\d{2})[.:](\\d{2})[.:](\\d{2})(?:[.,](\\d{1,3}))?"));
    const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(headerLine));
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    QString msText = m.captured(7);
    while (!msText.isEmpty() && msText.size() < 3)
        msText.append(QLatin1Char('0'));
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                     msText.isEmpty() ? 0 : msText.toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    // The log's clock has no zone; UTC serves as a zone-free carrier, as for meter times.
    return QDateTime(date, time, Qt::UTC);
}

bool CaptureReader::fillPending()
{
    if (m_eof)
        return false;
    // Files, pipes and stdin block in read() until data or the end arrives, so an empty read
    // is the end of the input (or an error, which the file device records).
    const QByteArray block = m_device->read(kBlockSize);
    if (block.isEmpty()) {
        if (const auto* file = qobject_cast<QFileDevice*>(m_device))
            m_readError = file->error() != QFileDevice::NoError;
        m_eof = true;
        return false;
    }
    m_pending.append(block);
    return true;
}

bool CaptureReader::readLine(QByteArray& line)
{
    for (;;) {
        const qsizetype newline = m_pending.indexOf('\n');
        if (newline >= 0) {
            line = m_pending.left(newline + 1);
            m_pending.remove(0, newline + 1);
            return true;
        }
        if (!fillPending()) {
            if (m_pending.isEmpty())
                return false;
            line = m_pending;
            m_pending.clear();
            return true;
        }
    }
}

void CaptureReader::appendHex(const char* text, qsizetype size, QByteArray& out)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        if (c == '#')
            break; // the rest of the line is a comment
        const int v = hexValue(c);
        if (v < 0) {
            if (!isSpace(c))
                ++m_ignoredCharacters;
            continue;
        }
        if (m_halfByte < 0) {
            m_halfByte = v;
        } else {
            out.append(static_cast<char>((m_halfByte << 4) | v));
            m_halfByte = -1;
        }
    }
}

bool CaptureReader::readChunk(Chunk& out)
{
    out.bytes.clear();
    out.receivedAt.reset();

    if (m_format == Format::Auto) {
        while (m_pending.size() < kDetectSize && fillPending()) {
        }
        m_format = detect(m_pending.left(kDetectSize));
    }

    if (m_format == Format::Raw) {
        if (m_pending.isEmpty() && !fillPending())
            return false;
        out.bytes = std::move(m_pending);
        m_pending = QByteArray();
        return true;
    }

    QByteArray line;
    if (m_format == Format::Hex) {
        while (out.bytes.size() < kHexChunkBytes && readLine(line))
            appendHex(line.constData(), line.size(), out.bytes);
        if (out.bytes.isEmpty() && m_eof && m_pending.isEmpty()) {
            if (m_halfByte >= 0) {
                ++m_ignoredCharacters;
                m_halfByte = -1;
            }
            return false;
        }
        return true;
    }

    // Log: one chunk per "[... Received N bytes]" block, carrying its timestamp.
    for (;;) {
        if (!readLine(line)) {
            if (m_halfByte >= 0) {
                ++m_ignoredCharacters;
                m_halfByte = -1;
            }
            if (out.bytes.isEmpty())
                return false;
            out.receivedAt = m_nextTimestamp;
            m_nextTimestamp.reset();
            return true;
        }
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith('[')) {
            const std::optional<QDateTime> stamp = parseLogTimestamp(trimmed);
            if (!out.bytes.isEmpty()) {
                out.receivedAt = m_nextTimestamp;
                m_nextTimestamp = stamp;
                return true;
            }
            m_nextTimestamp = stamp;
            continue;
        }
        appendHex(line.constData(), line.size(), out.bytes);
    }
}

} // namespace han
