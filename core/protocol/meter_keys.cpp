// SPDX-License-Identifier: GPL-3.0-or-later
#include "meter_keys.h"

namespace han {
namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char(':') || c == QLatin1Char('-') ||
           c == QLatin1Char('\t');
}

} // namespace

int MeterKeys::hexDigitCount(QStringView text)
{
    int digits = 0;
    for (const QChar c : text) {
        if (hexValue(c) >= 0)
            ++digits;
        else if (!isSeparator(c))
            return -1;
    }
    return digits;
}

std::optional<QByteArray> MeterKeys::keyFromHex(QStringView text)
{
    if (hexDigitCount(text) != 2 * kKeyBytes)
        return std::nullopt;
    QByteArray key;
    key.reserve(kKeyBytes);
    int high = -1;
    for (const QChar c : text) {
        const int v = hexValue(c);
        if (v < 0)
            continue;
        if (high < 0) {
            high = v;
        } else {
            key.append(static_cast<char>((high << 4) | v));
            high = -1;
        }
    }
    return key;
}

QString MeterKeys::keyToHex(const QByteArray& key)
{
    return QString::fromLatin1(key.toHex().toUpper());
}

} // namespace han
