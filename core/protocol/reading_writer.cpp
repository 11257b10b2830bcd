// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading_writer.h"

#include <array>
#include <charconv>
#include <iterator>
#include <optional>
#include <utility>

namespace han {
namespace {

constexpr std::uint32_t cde(std::uint8_t c, std::uint8_t d, std::uint8_t e)
{
    return Obis::cde(c, d, e);
}

// raw / 10^-exponent for negative exponents, so 564 with -2 gives exactly the double nearest
// 5.64 (raw * 0.01 would not); raw * 10^exponent otherwise.
double scaled(std::int64_t raw, int exponent)
{
    static constexpr std::array<double, 10> kPow10{1e0, 1e1, 1e2, 1e3, 1e4,
                                                   1e5, 1e6, 1e7, 1e8, 1e9};
    if (exponent < -9 || exponent > 9)
        return 0.0;
    const auto value = static_cast<double>(raw);
    return exponent < 0 ? value / kPow10[static_cast<std::size_t>(-exponent)]
                        : value * kPow10[static_cast<std::size_t>(exponent)];
}

enum class Quantity : std::uint8_t
{
    None,
    Power,
    Current,
    Voltage,
    Energy,
    PowerFactor
};

struct Field
{
    std::optional<double> MeterReading::*member = nullptr;
    Quantity quantity = Quantity::None;
};

using FieldsByC = std::array<Field, 256>;

// The numeric quantities, indexed by OBIS group C: C.7.0 are instantaneous values, C.8.0
// cumulative registers. A table lookup instead of a switch over every code: most items of
// every list are one of these, and a search through some forty sparse case values cost a
// measurable share of mapping a frame (decode_bench).
constexpr FieldsByC instantFields()
{
    FieldsByC t{};
    t[1] = {&MeterReading::activeImportW, Quantity::Power};
    t[2] = {&MeterReading::activeExportW, Quantity::Power};
    t[3] = {&MeterReading::reactiveImportVar, Quantity::Power};
    t[4] = {&MeterReading::reactiveExportVar, Quantity::Power};
    t[31] = {&MeterReading::currentL1A, Quantity::Current};
    t[51] = {&MeterReading::currentL2A, Quantity::Current};
    t[71] = {&MeterReading::currentL3A, Quantity::Current};
    t[32] = {&MeterReading::voltageL1V, Quantity::Voltage};
    t[52] = {&MeterReading::voltageL2V, Quantity::Voltage};
    t[72] = {&MeterReading::voltageL3V, Quantity::Voltage};
    // Per phase (the Danish lists, Aidon SE; PROTOCOL.md §9.4): P14 21/41/61, P23 22/42/62,
    // power factor 33/53/73 and 13 in total.
    t[21] = {&MeterReading::activeImportL1W, Quantity::Power};
    t[41] = {&MeterReading::activeImportL2W, Quantity::Power};
    t[61] = {&MeterReading::activeImportL3W, Quantity::Power};
    t[22] = {&MeterReading::activeExportL1W, Quantity::Power};
    t[42] = {&MeterReading::activeExportL2W, Quantity::Power};
    t[62] = {&MeterReading::activeExportL3W, Quantity::Power};
    t[33] = {&MeterReading::powerFactorL1, Quantity::PowerFactor};
    t[53] = {&MeterReading::powerFactorL2, Quantity::PowerFactor};
    t[73] = {&MeterReading::powerFactorL3, Quantity::PowerFactor};
    t[13] = {&MeterReading::powerFactor, Quantity::PowerFactor};
    return t;
}

constexpr FieldsByC registerFields()
{
    FieldsByC t{};
    t[1] = {&MeterReading::activeImportWh, Quantity::Energy};
    t[2] = {&MeterReading::activeExportWh, Quantity::Energy};
    t[3] = {&MeterReading::reactiveImportVarh, Quantity::Energy};
    t[4] = {&MeterReading::reactiveExportVarh, Quantity::Energy};
    // Per phase: A14 21/41/61, A23 22/42/62 (the Danish lists).
    t[21] = {&MeterReading::activeImportL1Wh, Quantity::Energy};
    t[41] = {&MeterReading::activeImportL2Wh, Quantity::Energy};
    t[61] = {&MeterReading::activeImportL3Wh, Quantity::Energy};
    t[22] = {&MeterReading::activeExportL1Wh, Quantity::Energy};
    t[42] = {&MeterReading::activeExportL2Wh, Quantity::Energy};
    t[62] = {&MeterReading::activeExportL3Wh, Quantity::Energy};
    return t;
}

constexpr FieldsByC kInstantFields = instantFields();
constexpr FieldsByC kRegisterFields = registerFields();

} // namespace

void ReadingWriter::begin(MeterReading& out, const ScaleSettings& scale)
{
    // A fresh reading, so that no value of the previous list survives, but with its strings
    // moved back in: setText() then finds them shared already (no reference counting, no
    // allocation), and end() empties those this list did not set.
    QString listVersion = std::move(out.listVersion);
    QString meterId = std::move(out.meterId);
    QString meterType = std::move(out.meterType);
    out = MeterReading{};
    out.listVersion = std::move(listVersion);
    out.meterId = std::move(meterId);
    out.meterType = std::move(meterType);
    out.scale = scale;
    m_out = &out;
    m_scale = scale;
    m_textSet = 0;
}

void ReadingWriter::end()
{
    MeterReading& out = *m_out;
    if (!(m_textSet & kListVersion))
        out.listVersion.clear();
    if (!(m_textSet & kMeterId))
        out.meterId.clear();
    if (!(m_textSet & kMeterType))
        out.meterType.clear();
}

void ReadingWriter::discard()
{
    *m_out = MeterReading{};
    m_out->scale = m_scale;
    m_textSet = 0;
}

void ReadingWriter::setText(QString& field, TextField which, const QString& value)
{
    // The field usually holds this very string from the previous frame already.
    if (!field.isSharedWith(value))
        field = value;
    m_textSet |= which;
}

void ReadingWriter::setListVersion(QByteArrayView name)
{
    setText(m_out->listVersion, kListVersion, m_strings.intern(name));
}

bool ReadingWriter::setIdentifier(QString& field, TextField which, const CosemTree& body,
                                  std::size_t node)
{
    if (body.isText(node)) {
        setText(field, which, m_strings.intern(body.content(node)));
        return true;
    }
    if (body.isInteger(node)) {
        // The digits on the stack: an integer id (Danish lists) allocates nothing either.
        char digits[24];
        const auto end =
            std::to_chars(std::begin(digits), std::end(digits), body.toUInt64(node)).ptr;
        setText(field, which, m_strings.intern(QByteArrayView(digits, end - digits)));
        return true;
    }
    return false;
}

bool ReadingWriter::setMeterId(const CosemTree& body, std::size_t node)
{
    return setIdentifier(m_out->meterId, kMeterId, body, node);
}

bool ReadingWriter::setMeterType(const CosemTree& body, std::size_t node)
{
    return setIdentifier(m_out->meterType, kMeterType, body, node);
}

bool ReadingWriter::setMeterClock(const CosemTree& body, std::size_t node)
{
    const QByteArrayView bytes = body.content(node);
    const AxdrTag tag = body.node(node).tag;
    if (bytes.size() != 12 || (tag != AxdrTag::OctetString && tag != AxdrTag::DateTime))
        return false;
    m_out->meterClock =
        CosemDateTime::fromBytes(reinterpret_cast<const std::uint8_t*>(bytes.data()));
    return true;
}

bool ReadingWriter::setScaled(std::optional<double>& field, const CosemTree& body, std::size_t node,
                              int exponent, int shift)
{
    if (!body.isInteger(node))
        return false;
    field = scaled(body.toInt64(node), exponent + shift);
    return true;
}

void ReadingWriter::addUnknown(const CosemTree& body, const Obis& obis, std::size_t node)
{
    UnknownItem unknown;
    unknown.obis = obis;
    unknown.tag = static_cast<std::uint8_t>(body.node(node).tag);
    if (body.isInteger(node))
        unknown.integer = body.toInt64(node);
    else
        unknown.bytes = body.content(node).toByteArray();
    m_out->unknownItems.push_back(std::move(unknown));
}

void ReadingWriter::writeItems(const CosemTree& body, const std::vector<ListItem>& items,
                               const ListUnits& units)
{
    // The loop and the table in one translation unit: a call per item into another one cost
    // more than the mapping itself (docs/PERFORMANCE.md, decoding).
    for (const ListItem& item : items)
        writeItem(body, item, units);
}

void ReadingWriter::writeItem(const CosemTree& body, const ListItem& item, const ListUnits& units)
{
    MeterReading& out = *m_out;
    const std::size_t v = item.value;
    const Obis& obis = item.obis;

    if (obis.e() == 0 && (obis.d() == 7 || obis.d() == 8)) {
        const Field& field = (obis.d() == 7 ? kInstantFields : kRegisterFields)[obis.c()];
        if (field.member != nullptr && body.isInteger(v)) {
            const std::int64_t raw = body.toInt64(v);
            int exponent = 0;
            int shift = 0;
            switch (field.quantity) {
            case Quantity::Power:
                exponent = units.power;
                shift = m_scale.powerShift;
                break;
            case Quantity::Current:
                exponent = units.current;
                shift = m_scale.currentShift;
                break;
            case Quantity::Voltage:
                exponent = (units.voltageHundredthsFrom1000 && raw >= 1000) ? -2 : units.voltage;
                shift = m_scale.voltageShift;
                break;
            case Quantity::Energy:
                exponent = units.energy;
                shift = m_scale.energyShift;
                break;
            case Quantity::PowerFactor: // a ratio: no ScaleSettings quantity applies to it
            case Quantity::None:
                exponent = units.powerFactor;
                break;
            }
            // An item's own {scaler, unit} (Aidon) wins over the make's exponents.
            if (item.scaler != 0 && body.isInteger(item.scaler + 1))
                exponent = static_cast<int>(body.toInt64(item.scaler + 1));
            out.*field.member = scaled(raw, exponent + shift);
            return;
        }
        if (field.member != nullptr) {
            addUnknown(body, obis, v); // a known code with a value of the wrong type
            return;
        }
    }

    bool known = true;
    switch (obis.cde()) {
    case cde(0, 0, 5):  // Kamstrup GS1 number
    case cde(96, 1, 0): // Aidon and Kaifa meter id
        known = setMeterId(body, v);
        break;
    case cde(0, 0, 1): // the Danish "meter number", an integer
        // Only when no other item of this list set the id (a text id wins over the number).
        known = ((m_textSet & kMeterId) && !out.meterId.isEmpty()) ? true : setMeterId(body, v);
        break;
    case cde(96, 1, 1): // Kamstrup
    case cde(96, 1, 7): // Aidon and Kaifa
        known = setMeterType(body, v);
        break;
    case cde(0, 2, 129): // the list's name; ListMapper reads it
        known = body.isText(v);
        break;
    case cde(1, 0, 0):
        known = setMeterClock(body, v);
        break;
    default:
        known = false;
        break;
    }
    if (!known)
        addUnknown(body, obis, v);
}

} // namespace han
