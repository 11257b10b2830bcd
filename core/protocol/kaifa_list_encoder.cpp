// SPDX-License-Identifier: GPL-3.0-or-later
#include "kaifa_list_encoder.h"

#include "list_body_builder.h"

#include <iterator>

namespace han {
namespace {

using Field = ListBodyBuilder::Field;

// Positions and scaling as in F10/F11; the codes only document what each position is.
const Field kInstant[] = {
    {Obis(1, 0, 1, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeImportW},
    {Obis(1, 0, 2, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeExportW},
    {Obis(1, 0, 3, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::reactiveImportVar},
    {Obis(1, 0, 4, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::reactiveExportVar},
    {Obis(1, 0, 31, 7, 0, 255), AxdrTag::DoubleLongUnsigned, -3, &MeterReading::currentL1A},
    {Obis(1, 0, 51, 7, 0, 255), AxdrTag::DoubleLongUnsigned, -3, &MeterReading::currentL2A},
    {Obis(1, 0, 71, 7, 0, 255), AxdrTag::DoubleLongUnsigned, -3, &MeterReading::currentL3A},
    {Obis(1, 0, 32, 7, 0, 255), AxdrTag::DoubleLongUnsigned, -1, &MeterReading::voltageL1V},
    {Obis(1, 0, 52, 7, 0, 255), AxdrTag::DoubleLongUnsigned, -1, &MeterReading::voltageL2V},
    {Obis(1, 0, 72, 7, 0, 255), AxdrTag::DoubleLongUnsigned, -1, &MeterReading::voltageL3V},
};
const Field kRegisters[] = {
    {Obis(1, 0, 1, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeImportWh},
    {Obis(1, 0, 2, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeExportWh},
    {Obis(1, 0, 3, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::reactiveImportVarh},
    {Obis(1, 0, 4, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::reactiveExportVarh},
};

} // namespace

HdlcAddressing KaifaListEncoder::addressing()
{
    HdlcAddressing a;
    a.destination = QByteArray(1, '\x01');
    a.source = QByteArray("\x02\x01", 2);
    a.control = 0x10;
    return a;
}

DataNotification KaifaListEncoder::encode(const MeterReading& reading)
{
    DataNotification n;
    n.longInvokeIdAndPriority = 0x40000000;
    n.dateTime = reading.meterTime;
    n.dateTimeEncoding = n.dateTime ? DataNotification::DateTimeEncoding::TypedOctets
                                    : DataNotification::DateTimeEncoding::Absent;

    ListBodyBuilder list(n.body, AxdrTag::Structure);
    list.addText(AxdrTag::OctetString, reading.listVersion);
    list.addText(AxdrTag::OctetString, reading.meterId);
    list.addText(AxdrTag::OctetString, reading.meterType);
    list.addValues(reading, std::begin(kInstant), std::end(kInstant));
    if (reading.meterClock)
        list.addClock(*reading.meterClock);
    list.addValues(reading, std::begin(kRegisters), std::end(kRegisters));
    list.finish();
    return n;
}

} // namespace han
