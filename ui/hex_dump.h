// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace han::ui {

// Bytes written for people who read frames: upper-case hex pairs separated by spaces. Only
// formatting; the bytes are never interpreted here (the decoder does that in hancore).
class HexDump
{
public:
    // "7E A0 E2 2B 21 …": the first `maxBytes`, with an ellipsis when there are more.
    static QString abbreviated(const QByteArray& bytes, int maxBytes);
    // All bytes, `bytesPerLine` a line, each line led by its offset and followed by the
    // printable characters: "0010  00 0C 07 E2 …  |....|".
    static QString lines(const QByteArray& bytes, int bytesPerLine = 16);
    // All bytes, `bytesPerLine` a line, without offsets (for the bug report).
    static QString plain(const QByteArray& bytes, int bytesPerLine = 32);
};

} // namespace han::ui
