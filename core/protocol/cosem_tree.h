// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_node.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>

#include <cstddef>
#include <cstdint>
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

    QByteArrayView content(std::size_t index) const;
    std::int64_t toInt64(std::size_t index) const { return static_cast<std::int64_t>(m_nodes[index].raw); }
    std::uint64_t toUInt64(std::size_t index) const { return m_nodes[index].raw; }
    bool isInteger(std::size_t index) const;
    bool isText(std::size_t index) const; // octet, visible or UTF-8 string

    // Building, for the decoder and for tests and the simulator. Containers are opened with their
    // declared count and must be closed in reverse order; close computes the span.
    std::size_t openContainer(AxdrTag tag, std::uint32_t count, std::uint8_t lengthBytes = 0);
    void closeContainer(std::size_t index);
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
    std::vector<CosemNode> m_nodes;
    std::vector<std::uint8_t> m_bytes;
};

} // namespace han
