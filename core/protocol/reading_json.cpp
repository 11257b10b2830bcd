// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading_json.h"

#include "reading_fields.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string_view>

namespace han {

QByteArray ReadingJson::number(double value)
{
    char text[kNumberMaxLength];
    return QByteArray(text, formatNumber(value, text));
}

int ReadingJson::formatNumber(double value, char* out)
{
    constexpr std::string_view null("null");
    if (!std::isfinite(value)) {
        null.copy(out, null.size());
        return static_cast<int>(null.size());
    }
    if (value == 0.0) {
        out[0] = '0'; // also for -0.0
        return 1;
    }
    // Most readings are whole watts or volts: below 2^53 every integer is a double of its own,
    // so its digits are the shortest exact form, and integer formatting is several times faster.
    constexpr double kExactIntegers = 9007199254740992.0;
    if (std::fabs(value) < kExactIntegers) {
        const auto whole = static_cast<std::int64_t>(value);
        if (static_cast<double>(whole) == value)
            return static_cast<int>(std::to_chars(out, out + kNumberMaxLength, whole).ptr - out);
    }
    const auto result = std::to_chars(out, out + kNumberMaxLength, value, std::chars_format::fixed);
    if (result.ec != std::errc()) {
        null.copy(out, null.size());
        return static_cast<int>(null.size());
    }
    return static_cast<int>(result.ptr - out);
}

void ReadingJson::appendString(QByteArray& out, const QString& text)
{
    out.append('"');
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(static_cast<char>(c));
        } else if (c < 0x20 || c > 0x7E) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
            out.append(escaped);
        } else {
            out.append(static_cast<char>(c));
        }
    }
    out.append('"');
}

void ReadingJson::appendKey(QByteArray& out, const char* key, bool& first)
{
    if (!first)
        out.append(", ");
    first = false;
    out.append('"');
    out.append(key);
    out.append("\": ");
}

void ReadingJson::appendMembers(QByteArray& out, const MeterReading& r, bool& first)
{
    auto text = [&](const char* key, const QString& value) {
        if (value.isEmpty())
            return;
        appendKey(out, key, first);
        appendString(out, value);
    };
    auto numbers = [&](const auto& fields) {
        for (const ReadingField& f : fields) {
            const std::optional<double>& v = r.*(f.member);
            if (!v)
                continue;
            appendKey(out, f.key, first);
            out.append(number(*v));
        }
    };
    text("list_version", r.listVersion);
    text("meter_time", r.meterTime ? r.meterTime->toIsoString() : QString());
    text("meter_id", r.meterId);
    text("meter_type", r.meterType);
    numbers(kInstantReadingFields);
    text("meter_clock", r.meterClock ? r.meterClock->toIsoString() : QString());
    numbers(kRegisterReadingFields);
    // After the keys every list had before the per-phase ones, so that their order stays.
    numbers(kPhaseReadingFields);
}

QByteArray ReadingJson::object(const MeterReading& reading)
{
    QByteArray out;
    out.reserve(512);
    out.append('{');
    bool first = true;
    appendMembers(out, reading, first);
    out.append('}');
    return out;
}

} // namespace han
