// SPDX-License-Identifier: GPL-3.0-or-later
#include "string_interner.h"

namespace han {

const QString& StringInterner::intern(QByteArrayView bytes)
{
    if (m_last < m_size && m_entries[m_last].bytes == bytes)
        return m_entries[m_last].text;
    for (std::size_t i = 0; i < m_size; ++i) {
        if (m_entries[i].bytes == bytes) {
            m_last = i;
            return m_entries[i].text;
        }
    }
    std::size_t slot = m_size;
    if (m_size < kCapacity) {
        ++m_size;
    } else {
        slot = m_next;
        m_next = (m_next + 1) % kCapacity;
    }
    Entry& entry = m_entries[slot];
    entry.bytes = bytes.toByteArray();
    entry.text = QString::fromLatin1(entry.bytes).trimmed();
    m_last = slot;
    return entry.text;
}

} // namespace han
