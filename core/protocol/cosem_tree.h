// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_node.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

namespace han {

// An A-XDR value tree (DESIGN.md calls it CosemValue), stored as a flat pre-order array of nodes
// plus one byte store for string contents. Flat storage lets the decoder reuse the same memory
// for every frame, so steady-state decoding allocates nothing. Node 0 is the root.
class CosemTree
{
public:
    void clear();
    bool isEmpty() const { return m_nodes.empty(); }
    std::size_t size() const { return m_nodes.size(); }
    const CosemNode& node(std::size_t index) const { return m_nodes[index]; }
    const std::vector<CosemNode>& nodes() const { return m_nodes; }

    // Pre-order navigation: a container's first child follows it; a sibling follows a subtree.
    static std::size_t firstChild(std::size_t index) { return index + 1; }
    std::size_t nextSibling(std::size_t index) const { return index + m_nodes[index].span; }

    // The accessors and builders are defined inline below: the decoder and the list mapper call
    // them for every value of every frame, and a call into another translation unit per value
    // cost more than the work itself (docs/PERFORMANCE.md, decoding).
    QByteArrayView content(std::size_t index) const;
    // The first content byte of a node known to have content (e.g. a 6-byte OBIS code).
    const std::uint8_t* contentData(std::size_t index) const { return m_bytes.data() + m_nodes[index].offset; }
    std::int64_t toInt64(std::size_t index) const { return static_cast<std::int64_t>(m_nodes[index].raw); }
    std::uint64_t toUInt64(std::size_t index) const { return m_nodes[index].raw; }
    bool isInteger(std::size_t index) const;
    bool isText(std::size_t index) const; // octet, visible or UTF-8 string

    // Building, for the decoder and for tests and the simulator. Containers are opened with their
    // declared count and must be closed in reverse order; close computes the span.
    std::size_t openContainer(AxdrTag tag, std::uint32_t count, std::uint8_t lengthBytes = 0);
    void closeContainer(std::size_t index)
    {
        m_nodes[index].span = static_cast<std::uint32_t>(m_nodes.size() - index);
    }
    // For builders that learn a container's count only after adding its children.
    void setCount(std::size_t index, std::uint32_t count) { m_nodes[index].count = count; }
    std::size_t addNull();
    std::size_t addInteger(AxdrTag tag, std::uint64_t raw);
    std::size_t addBytes(AxdrTag tag, const void* data, std::size_t size, std::uint8_t lengthBytes = 0);
    std::size_t addBytes(AxdrTag tag, QByteArrayView bytes) { return addBytes(tag, bytes.data(), static_cast<std::size_t>(bytes.size())); }
    std::size_t addBits(const void* data, std::uint32_t bitCount, std::uint8_t lengthBytes = 0);

    // Drops the nodes from `size` on, for the decoder's error path.
    void truncate(std::size_t size);

    friend bool operator==(const CosemTree& l, const CosemTree& r);
    friend bool operator!=(const CosemTree& l, const CosemTree& r) { return !(l == r); }

private:
    void growBytes(std::size_t needed);

    std::vector<CosemNode> m_nodes;
    // The byte store is used up to m_bytesUsed; its size() is its capacity. A vector's resize()
    // would zero every appended byte before the copy and goes through an out-of-line append.
    std::vector<std::uint8_t> m_bytes;
    std::size_t m_bytesUsed = 0;
};

inline QByteArrayView CosemTree::content(std::size_t index) const
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

inline bool CosemTree::isInteger(std::size_t index) const
{
    const AxdrTagInfo info = axdrTagInfo(static_cast<std::uint8_t>(m_nodes[index].tag));
    return info.layout == AxdrTagInfo::Layout::Fixed && !info.isFloat &&
           m_nodes[index].tag < AxdrTag::DateTime;
}

inline bool CosemTree::isText(std::size_t index) const
{
    const AxdrTag tag = m_nodes[index].tag;
    return tag == AxdrTag::OctetString || tag == AxdrTag::VisibleString ||
           tag == AxdrTag::Utf8String;
}

inline std::size_t CosemTree::openContainer(AxdrTag tag, std::uint32_t count,
                                            std::uint8_t lengthBytes)
{
    CosemNode& n = m_nodes.emplace_back();
    n.tag = tag;
    n.count = count;
    n.lengthBytes = lengthBytes;
    return m_nodes.size() - 1;
}

inline std::size_t CosemTree::addNull()
{
    m_nodes.emplace_back();
    return m_nodes.size() - 1;
}

inline std::size_t CosemTree::addInteger(AxdrTag tag, std::uint64_t raw)
{
    CosemNode& n = m_nodes.emplace_back();
    n.tag = tag;
    n.raw = raw;
    return m_nodes.size() - 1;
}

inline std::size_t CosemTree::addBytes(AxdrTag tag, const void* data, std::size_t size,
                                       std::uint8_t lengthBytes)
{
    CosemNode& n = m_nodes.emplace_back();
    n.tag = tag;
    n.count = static_cast<std::uint32_t>(size);
    n.offset = static_cast<std::uint32_t>(m_bytesUsed);
    n.lengthBytes = lengthBytes;
    if (m_bytesUsed + size > m_bytes.size())
        growBytes(m_bytesUsed + size);
    if (size != 0)
        std::memcpy(m_bytes.data() + m_bytesUsed, data, size);
    m_bytesUsed += size;
    return m_nodes.size() - 1;
}

} // namespace han
