// SPDX-License-Identifier: GPL-3.0-or-later
#include "kaifa_list_mapper.h"

#include "list_name.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace han {
namespace {

// W, mA, 0.1 V, Wh: roarfred Samples/Kaifa/obisdata.md ("1725 A" is 1.725 A), amshan's
// test_kaifa.py (current_l1 14.571, voltage_l1 219.3), hass-AMS (10494.991 kWh from Wh).
constexpr ListUnits kKaifa{0, -3, -1, 0, -2, false};

enum class Quantity : std::uint8_t
{
    Power,
    Current,
    Voltage,
    Energy,
    Clock
};

struct Slot
{
    std::optional<double> MeterReading::*field;
    Quantity quantity;
};

constexpr std::array<Slot, 10> kThreePhase{{
    {&MeterReading::activeImportW, Quantity::Power},
    {&MeterReading::activeExportW, Quantity::Power},
    {&MeterReading::reactiveImportVar, Quantity::Power},
    {&MeterReading::reactiveExportVar, Quantity::Power},
    {&MeterReading::currentL1A, Quantity::Current},
    {&MeterReading::currentL2A, Quantity::Current},
    {&MeterReading::currentL3A, Quantity::Current},
    {&MeterReading::voltageL1V, Quantity::Voltage},
    {&MeterReading::voltageL2V, Quantity::Voltage},
    {&MeterReading::voltageL3V, Quantity::Voltage},
}};

constexpr std::array<Slot, 6> kSinglePhase{{
    {&MeterReading::activeImportW, Quantity::Power},
    {&MeterReading::activeExportW, Quantity::Power},
    {&MeterReading::reactiveImportVar, Quantity::Power},
    {&MeterReading::reactiveExportVar, Quantity::Power},
    {&MeterReading::currentL1A, Quantity::Current},
    {&MeterReading::voltageL1V, Quantity::Voltage},
}};

constexpr std::array<Slot, 5> kRegisters{{
    {nullptr, Quantity::Clock},
    {&MeterReading::activeImportWh, Quantity::Energy},
    {&MeterReading::activeExportWh, Quantity::Energy},
    {&MeterReading::reactiveImportVarh, Quantity::Energy},
    {&MeterReading::reactiveExportVarh, Quantity::Energy},
}};

// The name, meter id and meter type before the values.
constexpr std::size_t kTexts = 3;
constexpr std::size_t kMaxItems = kTexts + kThreePhase.size() + kRegisters.size();

template <std::size_t N>
bool writeSlots(const std::array<Slot, N>& table, const CosemTree& body, const std::size_t* nodes,
                ReadingWriter& writer)
{
    MeterReading& out = writer.reading();
    const ScaleSettings& s = writer.scale();
    for (std::size_t i = 0; i < N; ++i) {
        const Slot& slot = table[i];
        bool ok = false;
        switch (slot.quantity) {
        case Quantity::Power:
            ok = ReadingWriter::setScaled(out.*slot.field, body, nodes[i], kKaifa.power,
                                          s.powerShift);
            break;
        case Quantity::Current:
            ok = ReadingWriter::setScaled(out.*slot.field, body, nodes[i], kKaifa.current,
                                          s.currentShift);
            break;
        case Quantity::Voltage:
            ok = ReadingWriter::setScaled(out.*slot.field, body, nodes[i], kKaifa.voltage,
                                          s.voltageShift);
            break;
        case Quantity::Energy:
            ok = ReadingWriter::setScaled(out.*slot.field, body, nodes[i], kKaifa.energy,
                                          s.energyShift);
            break;
        case Quantity::Clock:
            ok = writer.setMeterClock(body, nodes[i]);
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool KaifaListMapper::recognises(const CosemTree& body, const ListShape& shape, bool hasObisItems)
{
    if (!shape.name.isEmpty())
        return ListName::startsWith(shape.name, "KFM");
    // Norway's List 1, "02 01 06 xx xx xx xx": nothing but the active power.
    const CosemNode& root = body.node(0);
    return !hasObisItems && root.tag == AxdrTag::Structure && root.count == 1 && body.size() == 2 &&
           body.isInteger(1);
}

bool KaifaListMapper::map(const CosemTree& body, const std::vector<ListItem>& items,
                          const ListShape& shape, ReadingWriter& writer)
{
    // Sweden names the list by an OBIS item and codes every value; Norway puts the name first
    // as a bare string (a 6-byte string there could pass for an OBIS code, so the name decides).
    if (shape.version.isEmpty() && shape.versionItem != 0) {
        writer.writeItems(body, items, kKaifa);
        return true;
    }
    return mapPositional(body, writer);
}

bool KaifaListMapper::mapPositional(const CosemTree& body, ReadingWriter& writer)
{
    if (body.node(0).tag != AxdrTag::Structure)
        return false;
    std::array<std::size_t, kMaxItems> nodes{};
    std::size_t count = 0;
    for (std::size_t i = CosemTree::firstChild(0); i < body.size(); i = body.nextSibling(i)) {
        if (count == nodes.size())
            return false;
        nodes[count++] = i;
    }
    if (count == 1)
        return ReadingWriter::setScaled(writer.reading().activeImportW, body, nodes[0],
                                        kKaifa.power, writer.scale().powerShift);

    const bool threePhase = count == kTexts + kThreePhase.size() ||
                            count == kTexts + kThreePhase.size() + kRegisters.size();
    const bool singlePhase = count == kTexts + kSinglePhase.size() ||
                             count == kTexts + kSinglePhase.size() + kRegisters.size();
    if (!threePhase && !singlePhase)
        return false;
    // The name (which ListMapper sets), meter id and meter type come first.
    if (!body.isText(nodes[0]) || !body.isText(nodes[1]) || !body.isText(nodes[2]))
        return false;
    writer.setMeterId(body, nodes[1]);
    writer.setMeterType(body, nodes[2]);
    const std::size_t* values = nodes.data() + kTexts;
    const std::size_t phaseItems = threePhase ? kThreePhase.size() : kSinglePhase.size();
    const bool ok = threePhase ? writeSlots(kThreePhase, body, values, writer)
                               : writeSlots(kSinglePhase, body, values, writer);
    if (!ok)
        return false;
    if (count == kTexts + phaseItems)
        return true;
    return writeSlots(kRegisters, body, values + phaseItems, writer);
}

} // namespace han
