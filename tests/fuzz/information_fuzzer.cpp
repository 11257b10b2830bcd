// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: one HDLC information field (LLC header + APDU) straight into the decoder
// and the mapper. Random bytes seldom pass the two CRCs of the stream harness, so this is where
// the A-XDR walker, the date-time parser and the OBIS mapping meet hostile input.

#include "reading_json.h"
#include "stream_decoder.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // E01's published keys: an encrypted field is decrypted (glo_cipher goes deeper there).
    static const han::MeterKeys keys = [] {
        han::MeterKeys k;
        k.encryption = QByteArray::fromHex("5AD84121D9D20B364B7A11F3C1B5827F");
        k.authentication = QByteArray::fromHex("AFB3F93E3E7204EDB3C27F96DBD51AE0");
        return k;
    }();
    han::StreamDecoder decoder;
    decoder.setKeys(keys);
    han::MeterReading reading;
    han::FrameError error;
    if (decoder.decodeInformation(data, size, reading, error)) {
        // Everything a decoded reading is later put through: JSON, and the meter's clock as UTC
        // in both zones the app knows.
        const QByteArray json = han::ReadingJson::object(reading);
        (void)json;
        static const QTimeZone oslo("Europe/Oslo");
        static const QTimeZone copenhagen("Europe/Copenhagen");
        for (const auto* time : {&reading.meterTime, &reading.meterClock}) {
            if (time->has_value()) {
                (void)(*time)->toUtc(oslo);
                (void)(*time)->toUtc(copenhagen);
            }
        }
    }
    return 0;
}
