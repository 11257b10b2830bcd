// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "meter_reading.h"

#include <QByteArray>
#include <QString>

namespace han {

// A MeterReading as JSON, in the C locale whatever the user's language: the format of
// `han-cli decode --format jsonl` and of the simulator's truth file.
class ReadingJson
{
public:
    // {"list_version": ..., "meter_time": ..., ...} with absent values left out, no newline.
    static QByteArray object(const MeterReading& reading);
    // The same members without braces, appended to an object under construction; `first` says
    // whether a separator is needed and is updated.
    static void appendMembers(QByteArray& out, const MeterReading& reading, bool& first);

    static void appendKey(QByteArray& out, const char* key, bool& first);
    static void appendString(QByteArray& out, const QString& text);
    // The shortest decimal that reads back as exactly `value`, never in exponent form.
    static QByteArray number(double value);
    // The same text written to `out` (kNumberMaxLength bytes), for callers that build rows in
    // one buffer (the CSV export formats ten numbers per row); returns the length.
    static constexpr int kNumberMaxLength = 64;
    static int formatNumber(double value, char* out);
};

} // namespace han
