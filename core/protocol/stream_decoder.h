// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data_notification.h"
#include "frame_counter_guard.h"
#include "frame_error.h"
#include "glo_cipher.h"
#include "hdlc_framer.h"
#include "list_mapper.h"
#include "meter_keys.h"
#include "meter_reading.h"

#include <QByteArrayView>

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace han {

// The whole protocol pipeline for one byte stream: HdlcFramer -> (GloCipher for encrypted
// APDUs) -> DlmsDecoder -> ListMapper. Pure and single-threaded; the acquisition worker and
// han-cli both drive one of these.
class StreamDecoder : private HdlcFramer::Sink
{
public:
    // Called from inside feed()/finish(). The frame view is valid only during the call.
    class Sink
    {
    public:
        virtual ~Sink() = default;
        virtual void readingDecoded(const MeterReading& reading, const HdlcFrame& frame) = 0;
        virtual void frameRejected(const FrameError& error) = 0;
    };

    struct Statistics
    {
        HdlcFramer::Statistics framing;
        std::uint64_t readings = 0;
        std::array<std::uint64_t, FrameError::kKindCount> rejectedByKind{};
        std::uint64_t rejected() const;
    };

    void feed(const std::uint8_t* data, std::size_t size, Sink& sink);
    void finish(Sink& sink);
    void reset() { m_framer.reset(); }

    // Decodes one information field (LLC header + APDU) outside any stream, e.g. a published
    // fragment without HDLC header. Returns false with `error` set when it does not decode.
    bool decodeInformation(const std::uint8_t* info, std::size_t size, MeterReading& out,
                           FrameError& error);

    // The keys for encrypted frames (general-glo-ciphering). Whether a frame is encrypted is
    // decided by its APDU tag, never by whether keys are set. Other keys than before mean
    // another meter: the frame counters seen so far are forgotten.
    void setKeys(const MeterKeys& keys);
    const MeterKeys& keys() const { return m_keys; }

    Statistics statistics() const;
    ListMapper& mapper() { return m_mapper; }
    // The notification of the last decoded frame (for diagnostics and byte-exact tests).
    const DataNotification& lastNotification() const { return m_notification; }
    // The decrypted APDU (0F ...) of the last frame when it was encrypted and decrypted, else
    // empty. Valid until the next frame.
    QByteArrayView lastPlaintext() const;

private:
    void frameReceived(const HdlcFrame& frame) override;
    void frameRejected(const FrameError& error) override;
    // LLC header + APDU into m_notification, decrypting a general-glo-ciphering APDU first.
    bool decodeInfoField(const std::uint8_t* info, std::size_t size, FrameError& error);
    bool decodeCiphered(const std::uint8_t* apdu, std::size_t size, FrameError& error);

    HdlcFramer m_framer;
    ListMapper m_mapper;
    DataNotification m_notification;
    MeterReading m_reading;
    FrameError m_error;
    MeterKeys m_keys;
    GloCipher m_cipher;
    FrameCounterGuard m_counterGuard;
    std::vector<std::uint8_t> m_plaintext; // reused: no allocation per encrypted frame
    Sink* m_sink = nullptr;
    std::uint64_t m_readings = 0;
    std::array<std::uint64_t, FrameError::kKindCount> m_decodeErrors{};
};

} // namespace han
