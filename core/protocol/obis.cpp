// SPDX-License-Identifier: GPL-3.0-or-later
#include "obis.h"

#include <QRegularExpression>

namespace han {

std::optional<Obis> Obis::fromString(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,3})[-.](\\d{1,3})[:.](\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})"
                       "\\.(\\d{1,3})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    std::array<std::uint8_t, 6> parts{};
    for (int i = 0; i < 6; ++i) {
        const int value = match.captured(i + 1).toInt();
        if (value > 255)
            return std::nullopt;
        parts[static_cast<size_t>(i)] = static_cast<std::uint8_t>(value);
    }
    return Obis::fromBytes(parts.data());
}

QString Obis::toString() const
{
    return QStringLiteral("%1-%2:%3.%4.%5.%6")
        .arg(a())
        .arg(b())
        .arg(c())
        .arg(d())
        .arg(e())
        .arg(f());
}

size_t qHash(const Obis& obis, size_t seed) noexcept
{
    const auto& b = obis.bytes();
    const quint64 packed = (quint64{b[0]} << 40) | (quint64{b[1]} << 32) | (quint64{b[2]} << 24) |
                           (quint64{b[3]} << 16) | (quint64{b[4]} << 8) | quint64{b[5]};
    return ::qHash(packed, seed);
}

} // namespace han
