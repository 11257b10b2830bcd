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

void StreamDecoder::setKeys(const MeterKeys& keys)
{
    if (keys == m_keys)
        return;
    m_keys = keys;
    m_counterGuard.clear();
}

QByteArrayView StreamDecoder::lastPlaintext() const
{
    return QByteArrayView(m_plaintext.data(), static_cast<qsizetype>(m_plaintext.size()));
}

bool StreamDecoder::decodeInformation(const std::uint8_t* info, std::size_t size,
                                      MeterReading& out, FrameError& error)
{
    error = FrameError{};
    if (!decodeInfoField(info, size, error))
        return false;
    return m_mapper.map(m_notification, out, error);
}

bool StreamDecoder::decodeInfoField(const std::uint8_t* info, std::size_t size, FrameError& error)
{
    m_plaintext.clear();
    const std::size_t llc = DlmsDecoder::llcHeaderSize(info, size);
    // The APDU tag decides, never the configuration: meters switch encryption on and off.
    if (size > llc && info[llc] == DlmsDecoder::kTagGeneralGloCiphering)
        return decodeCiphered(info + llc, size - llc, error);
    return DlmsDecoder::decodeApdu(info + llc, size - llc, m_notification, error);
}

bool StreamDecoder::decodeCiphered(const std::uint8_t* apdu, std::size_t size, FrameError& error)
{
    m_notification.clear();
    error.apduOffset = -1;
    if (!m_keys.hasEncryptionKey()) {
        error.kind = FrameError::Kind::Encrypted;
        return false;
    }
    GloCipher::Header header;
    switch (m_cipher.decrypt(apdu, size, m_keys, m_plaintext, header)) {
    case GloCipher::Status::Ok:
        break;
    case GloCipher::Status::Malformed:
    case GloCipher::Status::Unsupported:
        error.kind = FrameError::Kind::Axdr;
        error.apduOffset = static_cast<std::int32_t>(header.errorOffset);
        return false;
    case GloCipher::Status::MissingKey:
        error.kind = FrameError::Kind::Encrypted;
        return false;
    case GloCipher::Status::Authentication:
        error.kind = FrameError::Kind::Authentication;
        return false;
    }

    const std::uint64_t title = header.systemTitleValue();
    const bool authenticated = header.authTag != nullptr;
    switch (m_counterGuard.check(title, header.frameCounter, authenticated)) {
    case FrameCounterGuard::Verdict::Accept:
    case FrameCounterGuard::Verdict::Restart:
        break;
    case FrameCounterGuard::Verdict::Replay:
        m_plaintext.clear();
        error.kind = FrameError::Kind::Replay;
        return false;
    case FrameCounterGuard::Verdict::Downgrade:
        m_plaintext.clear();
        error.kind = FrameError::Kind::Authentication;
        return false;
    }
    if (!DlmsDecoder::decodeApdu(m_plaintext.data(), m_plaintext.size(), m_notification, error)) {
        if (!authenticated) {
            // Without a tag (0x20) a wrong key shows only here, as bytes that make no sense.
            error.kind = FrameError::Kind::Authentication;
            error.apduOffset = -1;
        } else if (error.kind == FrameError::Kind::Encrypted) {
            // Encrypted inside encrypted is nothing a key could help with.
            error.kind = FrameError::Kind::Apdu;
        }
        return false;
    }
    // Only a frame that decoded moves the counter on: with security control 0x20 (no tag) a
    // damaged counter would otherwise lock out the frames that follow.
    m_counterGuard.accept(title, header.frameCounter, authenticated);
    return true;
}

void StreamDecoder::frameReceived(const HdlcFrame& frame)
{
    // A fresh error per frame: nothing (a list name, an offset) may leak from an earlier one.
    m_error = FrameError{};
    m_error.streamOffset = frame.streamOffset;
    if (decodeInfoField(frame.info, frame.infoSize, m_error) &&
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
