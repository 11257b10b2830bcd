// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame_encoder.h"

#include "crc16.h"

namespace han {
namespace {

void appendLength(std::uint32_t length, std::uint8_t lengthBytes, QByteArray& out)
{
    if (lengthBytes == 0 && length < 0x80) {
        out.append(static_cast<char>(length));
        return;
    }
    // Long form: at least as many bytes as the value needs, or as many as were recorded.
    std::uint8_t n = lengthBytes;
    std::uint8_t needed = 1;
    while (needed < 4 && (length >> (8U * needed)) != 0)
        ++needed;
    if (n < needed)
        n = needed;
    out.append(static_cast<char>(0x80 | n));
    for (int i = n - 1; i >= 0; --i)
        out.append(static_cast<char>((length >> (8U * static_cast<unsigned>(i))) & 0xFF));
}

void appendLe16(std::uint16_t value, QByteArray& out)
{
    out.append(static_cast<char>(value & 0xFF));
    out.append(static_cast<char>(value >> 8));
}

} // namespace

void FrameEncoder::appendValue(const CosemTree& tree, std::size_t index, QByteArray& out)
{
    const CosemNode& n = tree.node(index);
    const AxdrTagInfo info = axdrTagInfo(static_cast<std::uint8_t>(n.tag));
    out.append(static_cast<char>(n.tag));
    switch (info.layout) {
    case AxdrTagInfo::Layout::Unknown:
    case AxdrTagInfo::Layout::Empty:
        break;
    case AxdrTagInfo::Layout::Container: {
        appendLength(n.count, n.lengthBytes, out);
        std::size_t child = CosemTree::firstChild(index);
        for (std::uint32_t i = 0; i < n.count; ++i) {
            appendValue(tree, child, out);
            child = tree.nextSibling(child);
        }
        break;
    }
    case AxdrTagInfo::Layout::Counted:
    case AxdrTagInfo::Layout::Bits:
        appendLength(n.count, n.lengthBytes, out);
        out.append(tree.content(index));
        break;
    case AxdrTagInfo::Layout::Fixed:
        if (n.tag >= AxdrTag::DateTime) {
            out.append(tree.content(index));
        } else {
            for (int i = info.fixedSize - 1; i >= 0; --i)
                out.append(static_cast<char>((n.raw >> (8U * static_cast<unsigned>(i))) & 0xFF));
        }
        break;
    }
}

QByteArray FrameEncoder::encodeApdu(const DataNotification& notification)
{
    QByteArray out;
    out.reserve(320);
    out.append('\x0F');
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(static_cast<char>((notification.longInvokeIdAndPriority >> shift) & 0xFF));

    const auto dateTimeBytes = notification.dateTime ? notification.dateTime->toBytes()
                                                     : std::array<std::uint8_t, 12>{};
    switch (notification.dateTimeEncoding) {
    case DataNotification::DateTimeEncoding::Absent:
        out.append('\x00');
        break;
    case DataNotification::DateTimeEncoding::TypedOctets:
        out.append('\x09');
        [[fallthrough]];
    case DataNotification::DateTimeEncoding::LengthPrefix:
        out.append('\x0C');
        out.append(reinterpret_cast<const char*>(dateTimeBytes.data()), 12);
        break;
    }
    if (!notification.body.isEmpty())
        appendValue(notification.body, 0, out);
    return out;
}

QByteArray FrameEncoder::encodeFrame(const QByteArray& information, const HdlcAddressing& addressing)
{
    const auto headerSize =
        static_cast<std::size_t>(2 + addressing.destination.size() + addressing.source.size() + 1);
    const std::size_t length = headerSize + 2 + static_cast<std::size_t>(information.size()) + 2;

    QByteArray frame;
    frame.reserve(static_cast<qsizetype>(length + 2));
    frame.append('\x7E');
    const auto format = static_cast<std::uint16_t>(0xA000U | (length & 0x07FFU));
    frame.append(static_cast<char>(format >> 8));
    frame.append(static_cast<char>(format & 0xFF));
    frame.append(addressing.destination);
    frame.append(addressing.source);
    frame.append(static_cast<char>(addressing.control));
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(frame.constData());
    appendLe16(crc16X25(bytes + 1, headerSize), frame);
    frame.append(information);
    bytes = reinterpret_cast<const std::uint8_t*>(frame.constData());
    appendLe16(crc16X25(bytes + 1, static_cast<std::size_t>(frame.size() - 1)), frame);
    frame.append('\x7E');
    return frame;
}

QByteArray FrameEncoder::encodeNotificationFrame(const DataNotification& notification,
                                                 const HdlcAddressing& addressing)
{
    QByteArray info("\xE6\xE7\x00", 3);
    info.append(encodeApdu(notification));
    return encodeFrame(info, addressing);
}

} // namespace han
