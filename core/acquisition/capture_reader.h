// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

class QIODevice;

namespace han {

// Reads a capture of a HAN byte stream in pieces, whatever its format:
//  - Raw: the bytes as received from the port;
//  - Hex: hex digits; whitespace, line breaks and '#' comments are ignored;
//  - Log: a serial-monitor log, "[2017-10-20 04.43.32.368 - Received 229 (0xE5) bytes]" lines each
//    followed by the hex of that read (the format of the test data's two-hour stream).
// Auto looks at the start: '[' as the first non-blank character means Log, nothing but hex
// digits, whitespace and comments means Hex, anything else Raw.
// The reader does not own the device and never seeks, so it works on pipes and stdin.
class CaptureReader
{
public:
    enum class Format { Auto, Raw, Hex, Log };

    struct Chunk
    {
        QByteArray bytes;
        // Log only: when the serial monitor received these bytes (its wall clock, no zone).
        std::optional<QDateTime> receivedAt;
    };

    explicit CaptureReader(QIODevice* device, Format format = Format::Auto);

    // The next piece of the stream; false at the end of the input or on a read error.
    bool readChunk(Chunk& out);

    // The format in use: Auto until the first readChunk() has looked at the input.
    Format format() const { return m_format; }
    // True when the device reported an error (the message is the device's errorString()).
    bool hasReadError() const { return m_readError; }
    // Characters in hex or log text that were neither hex digits nor allowed separators,
    // and a dangling half byte at the end: counted, not fatal.
    std::uint64_t ignoredCharacters() const { return m_ignoredCharacters; }

    static Format detect(const QByteArray& head);
    static std::optional<Format> formatFromName(const QString& name);
    static std::optional<QDateTime> parseLogTimestamp(const QByteArray& headerLine);

private:
    bool readLine(QByteArray& line);
    bool fillPending();
    void appendHex(const char* text, qsizetype size, QByteArray& out);

    QIODevice* m_device = nullptr;
    Format m_format = Format::Auto;
    QByteArray m_pending; // bytes read from the device but not yet consumed
    bool m_eof = false;
    bool m_readError = false;
    int m_halfByte = -1; // a hex digit waiting for its partner
    std::uint64_t m_ignoredCharacters = 0;
    std::optional<QDateTime> m_nextTimestamp;
};

} // namespace han
