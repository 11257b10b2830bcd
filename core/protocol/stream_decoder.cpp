// SPDX-License-Identifier: GPL-3.0-or-later
#include "stream_decoder.h"

#include "dlms_decoder.h"

#include <numeric>

namespace han {

std::uint64_t StreamDecoder::Statistics::rejected() const
{
    return std::accumulate(rejectedByKind.begin(), rejectedByKind.end(), std::uint64_t{0});
}

void StreamDecoder::feed(const std::uint8_t* data, std::size_t size, Sink& sink)
{
    m_sink = &sink;
    m_framer.feed(data, size, *this);
    m_sink = nullptr;
}

void StreamDecoder::finish(Sink& sink)
{
    m_sink = &sink;
    m_framer.finish(*this);
    m_sink = nullptr;
}

bool StreamDecoder::decodeInformation(const std::uint8_t* info, std::size_t size,
                                      MeterReading& out, FrameError& error)
{
    error = FrameError{};
    if (!DlmsDecoder::decodeInfo(info, size, m_notification, error))
        return false;
    return m_mapper.map(m_notification, out, error);
}

void StreamDecoder::frameReceived(const HdlcFrame& frame)
{
    // A fresh error per frame: nothing (a list name, an offset) may leak from an earlier one.
    m_error = FrameError{};
    m_error.streamOffset = frame.streamOffset;
    if (DlmsDecoder::decodeInfo(frame.info, frame.infoSize, m_notification, m_error) &&
        m_mapper.map(m_notification, m_reading, m_error)) {
        ++m_readings;
        m_sink->readingDecoded(m_reading, frame);
        return;
    }
    ++m_decodeErrors[static_cast<std::size_t>(m_error.kind)];
    FrameError error = m_error;
    error.streamOffset = frame.streamOffset;
    error.bytes = QByteArray(reinterpret_cast<const char*>(frame.data),
                             static_cast<qsizetype>(frame.size));
    m_sink->frameRejected(error);
}

void StreamDecoder::frameRejected(const FrameError& error)
{
    m_sink->frameRejected(error);
}

StreamDecoder::Statistics StreamDecoder::statistics() const
{
    Statistics s;
    s.framing = m_framer.statistics();
    s.readings = m_readings;
    s.rejectedByKind = m_decodeErrors;
    s.rejectedByKind[static_cast<std::size_t>(FrameError::Kind::Hcs)] += s.framing.hcsErrors;
    s.rejectedByKind[static_cast<std::size_t>(FrameError::Kind::Fcs)] += s.framing.fcsErrors;
    s.rejectedByKind[static_cast<std::size_t>(FrameError::Kind::Flag)] += s.framing.flagErrors;
    s.rejectedByKind[static_cast<std::size_t>(FrameError::Kind::Truncated)] +=
        s.framing.truncatedFrames;
    return s;
}

} // namespace han
