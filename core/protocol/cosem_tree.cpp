// SPDX-License-Identifier: GPL-3.0-or-later
#include "cosem_tree.h"

#include <algorithm>

namespace han {

void CosemTree::clear()
{
    // clear() keeps the capacity of both vectors: the next frame reuses it.
    m_nodes.clear();
    m_bytesUsed = 0;
}

void CosemTree::growBytes(std::size_t needed)
{
    m_bytes.resize(std::max(needed, 2 * m_bytes.size()));
}

std::size_t CosemTree::addBits(const void* data, std::uint32_t bitCount, std::uint8_t lengthBytes)
{
    const std::size_t index =
        addBytes(AxdrTag::BitString, data,
                 static_cast<std::size_t>((std::uint64_t{bitCount} + 7U) / 8U), lengthBytes);
    m_nodes[index].count = bitCount;
    return index;
}

void CosemTree::truncate(std::size_t size)
{
    if (size < m_nodes.size())
        m_nodes.resize(size);
}

bool operator==(const CosemTree& l, const CosemTree& r)
{
    if (l.m_nodes.size() != r.m_nodes.size())
        return false;
    for (std::size_t i = 0; i < l.m_nodes.size(); ++i) {
        const CosemNode& a = l.m_nodes[i];
        const CosemNode& b = r.m_nodes[i];
        if (a.tag != b.tag || a.lengthBytes != b.lengthBytes || a.count != b.count ||
            a.span != b.span || a.raw != b.raw || l.content(i) != r.content(i))
            return false;
    }
    return true;
}

} // namespace han
