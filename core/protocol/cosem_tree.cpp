// SPDX-License-Identifier: GPL-3.0-or-later
#include "cosem_tree.h"

#include <cstring>

namespace han {

void CosemTree::clear()
{
    // clear() keeps the capacity of both vectors: the next frame reuses it.
    m_nodes.clear();
    m_bytes.clear();
}

QByteArrayView CosemTree::content(std::size_t index) const
{
    const CosemNode& n = m_nodes[index];
    const AxdrTagInfo info = axdrTagInfo(static_cast<std::uint8_t>(n.tag));
    std::size_t size = 0;
    if (info.layout == AxdrTagInfo::Layout::Counted)
        size = n.count;
    else if (info.layout == AxdrTagInfo::Layout::Bits)
        size = static_cast<std::size_t>((std::uint64_t{n.count} + 7U) / 8U);
    else if (info.layout == AxdrTagInfo::Layout::Fixed && n.tag >= AxdrTag::DateTime)
        size = info.fixedSize;
    if (size == 0)
        return {};
    return QByteArrayView(reinterpret_cast<const char*>(m_bytes.data() + n.offset),
                          static_cast<qsizetype>(size));
}

bool CosemTree::isInteger(std::size_t index) const
{
    const AxdrTagInfo info = axdrTagInfo(static_cast<std::uint8_t>(m_nodes[index].tag));
    return info.layout == AxdrTagInfo::Layout::Fixed && !info.isFloat &&
           m_nodes[index].tag < AxdrTag::DateTime;
}

bool CosemTree::isText(std::size_t index) const
{
    const AxdrTag tag = m_nodes[index].tag;
    return tag == AxdrTag::OctetString || tag == AxdrTag::VisibleString ||
           tag == AxdrTag::Utf8String;
}

std::size_t CosemTree::openContainer(AxdrTag tag, std::uint32_t count, std::uint8_t lengthBytes)
{
    CosemNode n;
    n.tag = tag;
    n.count = count;
    n.lengthBytes = lengthBytes;
    m_nodes.push_back(n);
    return m_nodes.size() - 1;
}

void CosemTree::closeContainer(std::size_t index)
{
    m_nodes[index].span = static_cast<std::uint32_t>(m_nodes.size() - index);
}

std::size_t CosemTree::addNull()
{
    m_nodes.push_back(CosemNode{});
    return m_nodes.size() - 1;
}

std::size_t CosemTree::addInteger(AxdrTag tag, std::uint64_t raw)
{
    CosemNode n;
    n.tag = tag;
    n.raw = raw;
    m_nodes.push_back(n);
    return m_nodes.size() - 1;
}

std::size_t CosemTree::addBytes(AxdrTag tag, const void* data, std::size_t size,
                                std::uint8_t lengthBytes)
{
    CosemNode n;
    n.tag = tag;
    n.count = static_cast<std::uint32_t>(size);
    n.offset = static_cast<std::uint32_t>(m_bytes.size());
    n.lengthBytes = lengthBytes;
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    m_bytes.insert(m_bytes.end(), bytes, bytes + size);
    m_nodes.push_back(n);
    return m_nodes.size() - 1;
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
