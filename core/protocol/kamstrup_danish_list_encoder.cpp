// SPDX-License-Identifier: GPL-3.0-or-later
#include "kamstrup_danish_list_encoder.h"

#include "list_body_builder.h"

#include <iterator>

namespace han {
namespace {

using Field = ListBodyBuilder::Field;

// In E01's order, after the version string.
const Field kRegisters[] = {
    {Obis(1, 1, 1, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeImportWh},
    {Obis(1, 1, 2, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeExportWh},
    {Obis(1, 1, 3, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::reactiveImportVarh},
    {Obis(1, 1, 4, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::reactiveExportVarh},
};
const Field kPowers[] = {
    {Obis(1, 1, 1, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeImportW},
    {Obis(1, 1, 2, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeExportW},
    {Obis(1, 1, 3, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::reactiveImportVar},
    {Obis(1, 1, 4, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::reactiveExportVar},
};
const Field kPhases[] = {
    {Obis(1, 1, 32, 7, 0, 255), AxdrTag::LongUnsigned, 0, &MeterReading::voltageL1V},
    {Obis(1, 1, 52, 7, 0, 255), AxdrTag::LongUnsigned, 0, &MeterReading::voltageL2V},
    {Obis(1, 1, 72, 7, 0, 255), AxdrTag::LongUnsigned, 0, &MeterReading::voltageL3V},
    {Obis(1, 1, 31, 7, 0, 255), AxdrTag::DoubleLongUnsigned, -2, &MeterReading::currentL1A},
    {Obis(1, 1, 51, 7, 0, 255), AxdrTag::DoubleLongUnsigned, -2, &MeterReading::currentL2A},
    {Obis(1, 1, 71, 7, 0, 255), AxdrTag::DoubleLongUnsigned, -2, &MeterReading::currentL3A},
    {Obis(1, 1, 21, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeImportL1W},
    {Obis(1, 1, 41, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeImportL2W},
    {Obis(1, 1, 61, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeImportL3W},
    {Obis(1, 1, 33, 7, 0, 255), AxdrTag::LongUnsigned, -2, &MeterReading::powerFactorL1},
    {Obis(1, 1, 53, 7, 0, 255), AxdrTag::LongUnsigned, -2, &MeterReading::powerFactorL2},
    {Obis(1, 1, 73, 7, 0, 255), AxdrTag::LongUnsigned, -2, &MeterReading::powerFactorL3},
    {Obis(1, 1, 13, 7, 0, 255), AxdrTag::LongUnsigned, -2, &MeterReading::powerFactor},
    {Obis(1, 1, 22, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeExportL1W},
    {Obis(1, 1, 42, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeExportL2W},
    {Obis(1, 1, 62, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeExportL3W},
    {Obis(1, 1, 22, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeExportL1Wh},
    {Obis(1, 1, 42, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeExportL2Wh},
    {Obis(1, 1, 62, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeExportL3Wh},
    {Obis(1, 1, 21, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeImportL1Wh},
    {Obis(1, 1, 41, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeImportL2Wh},
    {Obis(1, 1, 61, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeImportL3Wh},
};

const Obis kMeterNumberObis(1, 1, 0, 0, 1, 255);
const Obis kClockObis(0, 1, 1, 0, 0, 255);

} // namespace

HdlcAddressing KamstrupDanishListEncoder::addressing()
{
    HdlcAddressing a;
    a.destination = QByteArray(1, '\x41');
    a.source = QByteArray(1, '\x03');
    a.control = 0x13;
    return a;
}

DataNotification KamstrupDanishListEncoder::encode(const MeterReading& reading)
{
    DataNotification n;
    n.longInvokeIdAndPriority = 0;
    n.dateTime = reading.meterTime;
    n.dateTimeEncoding = n.dateTime ? DataNotification::DateTimeEncoding::LengthPrefix
                                    : DataNotification::DateTimeEncoding::Absent;

    ListBodyBuilder list(n.body, AxdrTag::Structure);
    list.addText(AxdrTag::VisibleString, reading.listVersion);
    list.addPairs(reading, std::begin(kRegisters), std::end(kRegisters));
    // The meter number is an integer here, not the NO list's GS1 string.
    bool isNumber = false;
    const qulonglong number = reading.meterId.toULongLong(&isNumber);
    if (isNumber && number <= 0xFFFFFFFFULL)
        list.addPair(kMeterNumberObis, AxdrTag::DoubleLongUnsigned,
                     static_cast<std::int64_t>(number));
    list.addPairs(reading, std::begin(kPowers), std::end(kPowers));
    if (reading.meterClock)
        list.addClockPair(kClockObis, *reading.meterClock);
    list.addPairs(reading, std::begin(kPhases), std::end(kPhases));
    list.finish();
    return n;
}

} // namespace han
