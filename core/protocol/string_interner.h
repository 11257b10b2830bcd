// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstddef>

namespace han {

// Turns the identifier bytes of a list (meter id, meter type, list version) into a QString once
// and hands out the same string again for the same bytes. Meters repeat these in every list, so
// decoding allocates no string after the first frame; a copy of a returned QString only shares
// it (implicit sharing), never allocates.
//
// A small fixed table, replaced round-robin: bounded memory whatever arrives, and room for the
// identifiers of several meters at once (a replayed mix, the benchmarks' mix of test frames).
class StringInterner
{
public:
    static constexpr std::size_t kCapacity = 16;

    // The bytes as Latin-1, trimmed of surrounding white space (meters pad with spaces).
    // The reference stays valid until kCapacity other strings have been interned.
    const QString& intern(QByteArrayView bytes);

    std::size_t size() const { return m_size; }

private:
    struct Entry
    {
        QByteArray bytes;
        QString text;
    };
    std::array<Entry, kCapacity> m_entries;
    std::size_t m_size = 0;
    std::size_t m_next = 0; // the entry to replace next once the table is full
    std::size_t m_last = 0; // the entry found last: usually the one asked for again
};

} // namespace han
