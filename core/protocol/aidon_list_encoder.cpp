// SPDX-License-Identifier: GPL-3.0-or-later
#include "aidon_list_encoder.h"

#include "list_body_builder.h"

#include <iterator>

namespace han {
namespace {

using Field = ListBodyBuilder::Field;

// DLMS unit codes (IEC 62056-6-2): W, var, Wh, varh, A, V.
constexpr std::uint8_t kWatt = 27;
constexpr std::uint8_t kVar = 29;
constexpr std::uint8_t kWattHour = 30;
constexpr std::uint8_t kVarHour = 32;
constexpr std::uint8_t kAmpere = 33;
constexpr std::uint8_t kVolt = 35;

// Scalers, types and units as in A08/A09.
const Field kInstant[] = {
    {Obis(1, 0, 1, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeImportW, kWatt},
    {Obis(1, 0, 2, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeExportW, kWatt},
    {Obis(1, 0, 3, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::reactiveImportVar, kVar},
    {Obis(1, 0, 4, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::reactiveExportVar, kVar},
    {Obis(1, 0, 31, 7, 0, 255), AxdrTag::Long, -1, &MeterReading::currentL1A, kAmpere},
    {Obis(1, 0, 51, 7, 0, 255), AxdrTag::Long, -1, &MeterReading::currentL2A, kAmpere},
    {Obis(1, 0, 71, 7, 0, 255), AxdrTag::Long, -1, &MeterReading::currentL3A, kAmpere},
    {Obis(1, 0, 32, 7, 0, 255), AxdrTag::LongUnsigned, -1, &MeterReading::voltageL1V, kVolt},
    {Obis(1, 0, 52, 7, 0, 255), AxdrTag::LongUnsigned, -1, &MeterReading::voltageL2V, kVolt},
    {Obis(1, 0, 72, 7, 0, 255), AxdrTag::LongUnsigned, -1, &MeterReading::voltageL3V, kVolt},
};
const Field kRegisters[] = {
    {Obis(1, 0, 1, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 1, &MeterReading::activeImportWh, kWattHour},
    {Obis(1, 0, 2, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 1, &MeterReading::activeExportWh, kWattHour},
    {Obis(1, 0, 3, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 1, &MeterReading::reactiveImportVarh, kVarHour},
    {Obis(1, 0, 4, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 1, &MeterReading::reactiveExportVarh, kVarHour},
};

// The list id keeps group B = 1 even on Aidon (PROTOCOL.md §6).
const Obis kListIdObis(1, 1, 0, 2, 129, 255);
const Obis kMeterIdObis(0, 0, 96, 1, 0, 255);
const Obis kMeterTypeObis(0, 0, 96, 1, 7, 255);
const Obis kClockObis(0, 0, 1, 0, 0, 255);

} // namespace

HdlcAddressing AidonListEncoder::addressing()
{
    HdlcAddressing a;
    a.destination = QByteArray(1, '\x41');
    a.source = QByteArray("\x08\x83", 2);
    a.control = 0x13;
    return a;
}

DataNotification AidonListEncoder::encode(const MeterReading& reading)
{
    DataNotification n;
    n.longInvokeIdAndPriority = 0x40000000;
    // Aidon's clock travels in the body of the hourly list only.
    n.dateTimeEncoding = DataNotification::DateTimeEncoding::Absent;

    ListBodyBuilder list(n.body, AxdrTag::Array);
    list.addTextStructure(kListIdObis, AxdrTag::VisibleString, reading.listVersion);
    list.addTextStructure(kMeterIdObis, AxdrTag::VisibleString, reading.meterId);
    list.addTextStructure(kMeterTypeObis, AxdrTag::VisibleString, reading.meterType);
    list.addStructures(reading, std::begin(kInstant), std::end(kInstant));
    if (reading.meterClock)
        list.addClockStructure(kClockObis, *reading.meterClock);
    list.addStructures(reading, std::begin(kRegisters), std::end(kRegisters));
    list.finish();
    return n;
}

} // namespace han
