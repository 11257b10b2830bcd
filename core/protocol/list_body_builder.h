// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cosem_date_time.h"
#include "cosem_tree.h"
#include "meter_reading.h"
#include "obis.h"

#include <QStringView>

#include <cstdint>
#include <optional>

namespace han {

// Writes a notification body into a CosemTree the way the list encoders need it: one root
// container whose item count is only known at the end, holding bare values (Kaifa NO), OBIS-value
// pairs (Kamstrup) or {OBIS, value, {scaler, unit}} structures (Aidon). Values come in SI units
// and are written as raw integers of the item's scale, rounded to the nearest step.
class ListBodyBuilder
{
public:
    // One numeric item of a list: where its value sits in a MeterReading and how it is sent.
    struct Field
    {
        Obis obis;
        AxdrTag tag;
        int exponent; // value = raw * 10^exponent
        const std::optional<double> MeterReading::*member;
        std::uint8_t unit = 0; // DLMS unit code, for structured items (27 W, 33 A, ...)
    };

    ListBodyBuilder(CosemTree& body, AxdrTag rootTag);

    // A bare string: Kamstrup's list version, Kaifa's identifiers. Nothing for an empty one.
    void addText(AxdrTag tag, QStringView text);
    // A bare integer (Kaifa's positional values).
    void addInteger(AxdrTag tag, std::int64_t raw);
    // A bare 12-byte date-time as an octet-string (Kaifa's List 3 clock).
    void addClock(const CosemDateTime& clock);

    // Kamstrup style: the OBIS code, then the value, as two items of the root.
    void addPair(const Obis& obis, AxdrTag tag, std::int64_t raw);
    void addTextPair(const Obis& obis, QStringView text);
    void addClockPair(const Obis& obis, const CosemDateTime& clock);
    // A pair for each field the reading carries; absent ones are left out.
    void addPairs(const MeterReading& reading, const Field* begin, const Field* end);

    // Aidon style: one structure item {OBIS, value} or {OBIS, value, {scaler, unit}}.
    void addTextStructure(const Obis& obis, AxdrTag tag, QStringView text);
    void addClockStructure(const Obis& obis, const CosemDateTime& clock);
    // A structure with scaler and unit for each field the reading carries.
    void addStructures(const MeterReading& reading, const Field* begin, const Field* end);

    // Positional: the bare value of each field the reading carries.
    void addValues(const MeterReading& reading, const Field* begin, const Field* end);

    // Sets the root's item count and closes it. Call once, last.
    void finish();

    // The raw integer of `value` in steps of 10^exponent, rounded half away from zero; negative
    // values stay negative (the caller picks a signed tag for them).
    static std::int64_t toRaw(double value, int exponent);

private:
    void addObis(const Obis& obis);
    void addLatin1(AxdrTag tag, QStringView text);

    CosemTree& m_body;
    std::size_t m_root = 0;
    std::uint32_t m_count = 0;
};

} // namespace han
