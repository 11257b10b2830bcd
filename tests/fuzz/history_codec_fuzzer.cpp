// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the meter clock as the history file stores it. A history file can be
// damaged or edited by hand, so what its clock column holds is input too: a 12-byte blob or the
// packed integer form, whatever their contents.

#include "history_codec.h"

#include <QByteArray>
#include <QTimeZone>
#include <QVariant>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QTimeZone oslo("Europe/Oslo");

    // As a blob column.
    const QByteArray blob(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (const auto clock = han::HistoryCodec::unpackClock(QVariant(blob)))
        (void)clock->toUtc(oslo);

    // As an integer column: an integer that unpacks must pack back to a clock that unpacks to
    // the same fields, or the history would change what the meter said on a round trip.
    if (size >= sizeof(std::int64_t)) {
        std::int64_t packed = 0;
        std::memcpy(&packed, data, sizeof packed);
        if (const auto clock = han::HistoryCodec::unpackClock(QVariant(qlonglong{packed}))) {
            (void)clock->toUtc(oslo);
            const QVariant again = han::HistoryCodec::packClock(clock);
            const auto back = han::HistoryCodec::unpackClock(again);
            if (!back || back->toBytes() != clock->toBytes())
                std::abort();
        }
    }
    return 0;
}
