// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace han {

// An OBIS code A-B:C.D.E.F. Lists are mapped on C.D.E only: Kamstrup sends B = 1, Aidon and
// Kaifa SE send B = 0, and the meaning does not change with B (PROTOCOL.md §7).
class Obis
{
public:
    constexpr Obis() = default;
    constexpr Obis(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d, std::uint8_t e,
                   std::uint8_t f)
        : m_bytes{a, b, c, d, e, f}
    {
    }
    static constexpr Obis fromBytes(const std::uint8_t* sixBytes)
    {
        return Obis(sixBytes[0], sixBytes[1], sixBytes[2], sixBytes[3], sixBytes[4], sixBytes[5]);
    }
    // Parses "1-1:1.7.0.255" or "1.1.1.7.0.255"; nullopt for anything else.
    static std::optional<Obis> fromString(const QString& text);

    constexpr std::uint8_t a() const { return m_bytes[0]; }
    constexpr std::uint8_t b() const { return m_bytes[1]; }
    constexpr std::uint8_t c() const { return m_bytes[2]; }
    constexpr std::uint8_t d() const { return m_bytes[3]; }
    constexpr std::uint8_t e() const { return m_bytes[4]; }
    constexpr std::uint8_t f() const { return m_bytes[5]; }
    const std::array<std::uint8_t, 6>& bytes() const { return m_bytes; }

    // C.D.E packed into one integer, the key the list mapper switches on.
    constexpr std::uint32_t cde() const
    {
        return (std::uint32_t{m_bytes[2]} << 16) | (std::uint32_t{m_bytes[3]} << 8) | m_bytes[4];
    }
    static constexpr std::uint32_t cde(std::uint8_t c, std::uint8_t d, std::uint8_t e)
    {
        return (std::uint32_t{c} << 16) | (std::uint32_t{d} << 8) | e;
    }

    // "1-1:1.7.0.255", the notation of IEC 62056-61.
    QString toString() const;

    friend bool operator==(const Obis& l, const Obis& r) { return l.m_bytes == r.m_bytes; }
    friend bool operator!=(const Obis& l, const Obis& r) { return !(l == r); }
    friend bool operator<(const Obis& l, const Obis& r) { return l.m_bytes < r.m_bytes; }

private:
    std::array<std::uint8_t, 6> m_bytes{};
};

size_t qHash(const Obis& obis, size_t seed = 0) noexcept;

} // namespace han

Q_DECLARE_METATYPE(han::Obis)
