// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading_writer.h"

#include <array>
#include <charconv>
#include <iterator>
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
    const bool isInt = body.isInteger(v);
    const std::int64_t raw = isInt ? body.toInt64(v) : 0;
    // An item's own {scaler, unit} (Aidon) wins over the make's exponents.
    const bool ownScaler = item.scaler != 0 && body.isInteger(item.scaler + 1);
    const int own = ownScaler ? static_cast<int>(body.toInt64(item.scaler + 1)) : 0;
    const ScaleSettings& s = m_scale;

    const auto set = [&](std::optional<double>& field, int exponent, int shift) {
        if (!isInt)
            return false;
        field = scaled(raw, (ownScaler ? own : exponent) + shift);
        return true;
    };
    const int voltage = (units.voltageHundredthsFrom1000 && raw >= 1000) ? -2 : units.voltage;

    bool known = true;
    // One line per code: the table reads as one.
    // clang-format off
    switch (item.obis.cde()) {
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
    case cde(1, 7, 0): known = set(out.activeImportW, units.power, s.powerShift); break;
    case cde(2, 7, 0): known = set(out.activeExportW, units.power, s.powerShift); break;
    case cde(3, 7, 0): known = set(out.reactiveImportVar, units.power, s.powerShift); break;
    case cde(4, 7, 0): known = set(out.reactiveExportVar, units.power, s.powerShift); break;
    case cde(31, 7, 0): known = set(out.currentL1A, units.current, s.currentShift); break;
    case cde(51, 7, 0): known = set(out.currentL2A, units.current, s.currentShift); break;
    case cde(71, 7, 0): known = set(out.currentL3A, units.current, s.currentShift); break;
    case cde(32, 7, 0): known = set(out.voltageL1V, voltage, s.voltageShift); break;
    case cde(52, 7, 0): known = set(out.voltageL2V, voltage, s.voltageShift); break;
    case cde(72, 7, 0): known = set(out.voltageL3V, voltage, s.voltageShift); break;
    case cde(1, 8, 0): known = set(out.activeImportWh, units.energy, s.energyShift); break;
    case cde(2, 8, 0): known = set(out.activeExportWh, units.energy, s.energyShift); break;
    case cde(3, 8, 0): known = set(out.reactiveImportVarh, units.energy, s.energyShift); break;
    case cde(4, 8, 0): known = set(out.reactiveExportVarh, units.energy, s.energyShift); break;
    // Per phase (the Danish lists, Aidon SE): P14 21/41/61.7, P23 22/42/62.7, power factor
    // 33/53/73.7 and 13.7 in total, energies 21/41/61.8 and 22/42/62.8 (PROTOCOL.md §9.4).
    case cde(21, 7, 0): known = set(out.activeImportL1W, units.power, s.powerShift); break;
    case cde(41, 7, 0): known = set(out.activeImportL2W, units.power, s.powerShift); break;
    case cde(61, 7, 0): known = set(out.activeImportL3W, units.power, s.powerShift); break;
    case cde(22, 7, 0): known = set(out.activeExportL1W, units.power, s.powerShift); break;
    case cde(42, 7, 0): known = set(out.activeExportL2W, units.power, s.powerShift); break;
    case cde(62, 7, 0): known = set(out.activeExportL3W, units.power, s.powerShift); break;
    // A power factor is a ratio: no ScaleSettings quantity applies to it.
    case cde(33, 7, 0): known = set(out.powerFactorL1, units.powerFactor, 0); break;
    case cde(53, 7, 0): known = set(out.powerFactorL2, units.powerFactor, 0); break;
    case cde(73, 7, 0): known = set(out.powerFactorL3, units.powerFactor, 0); break;
    case cde(13, 7, 0): known = set(out.powerFactor, units.powerFactor, 0); break;
    case cde(21, 8, 0): known = set(out.activeImportL1Wh, units.energy, s.energyShift); break;
    case cde(41, 8, 0): known = set(out.activeImportL2Wh, units.energy, s.energyShift); break;
    case cde(61, 8, 0): known = set(out.activeImportL3Wh, units.energy, s.energyShift); break;
    case cde(22, 8, 0): known = set(out.activeExportL1Wh, units.energy, s.energyShift); break;
    case cde(42, 8, 0): known = set(out.activeExportL2Wh, units.energy, s.energyShift); break;
    case cde(62, 8, 0): known = set(out.activeExportL3Wh, units.energy, s.energyShift); break;
    default:
        known = false;
        break;
    }
    // clang-format on
    if (!known)
        addUnknown(body, item.obis, v);
}

} // namespace han
