// SPDX-License-Identifier: GPL-3.0-or-later
#include "kamstrup_list_encoder.h"

#include <cmath>

namespace han {
namespace {

struct Field
{
    Obis obis;
    AxdrTag tag;
    int exponent; // value = raw * 10^exponent
    const std::optional<double> MeterReading::*member;
};

// List 1 in the order of the data sheet; List 2 adds the clock and the registers.
const Field kList1Fields[] = {
    {Obis(1, 1, 1, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeImportW},
    {Obis(1, 1, 2, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::activeExportW},
    {Obis(1, 1, 3, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::reactiveImportVar},
    {Obis(1, 1, 4, 7, 0, 255), AxdrTag::DoubleLongUnsigned, 0, &MeterReading::reactiveExportVar},
    {Obis(1, 1, 31, 7, 0, 255), AxdrTag::DoubleLongUnsigned, -2, &MeterReading::currentL1A},
    {Obis(1, 1, 51, 7, 0, 255), AxdrTag::DoubleLongUnsigned, -2, &MeterReading::currentL2A},
    {Obis(1, 1, 71, 7, 0, 255), AxdrTag::DoubleLongUnsigned, -2, &MeterReading::currentL3A},
    {Obis(1, 1, 32, 7, 0, 255), AxdrTag::LongUnsigned, 0, &MeterReading::voltageL1V},
    {Obis(1, 1, 52, 7, 0, 255), AxdrTag::LongUnsigned, 0, &MeterReading::voltageL2V},
    {Obis(1, 1, 72, 7, 0, 255), AxdrTag::LongUnsigned, 0, &MeterReading::voltageL3V},
};

const Field kRegisterFields[] = {
    {Obis(1, 1, 1, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 1, &MeterReading::activeImportWh},
    {Obis(1, 1, 2, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 1, &MeterReading::activeExportWh},
    {Obis(1, 1, 3, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 1, &MeterReading::reactiveImportVarh},
    {Obis(1, 1, 4, 8, 0, 255), AxdrTag::DoubleLongUnsigned, 1, &MeterReading::reactiveExportVarh},
};

const Obis kMeterIdObis(1, 1, 0, 0, 5, 255);
const Obis kMeterTypeObis(1, 1, 96, 1, 1, 255);
const Obis kClockObis(0, 1, 1, 0, 0, 255);

std::uint64_t toRaw(double value, int exponent)
{
    const double raw = exponent < 0 ? value * std::pow(10.0, -exponent)
                                    : value / std::pow(10.0, exponent);
    return raw <= 0 ? 0 : static_cast<std::uint64_t>(std::llround(raw));
}

} // namespace

DataNotification KamstrupListEncoder::encode(const MeterReading& reading, const Options& options)
{
    DataNotification n;
    n.longInvokeIdAndPriority = 0;
    n.dateTimeEncoding = options.dateTimeEncoding;
    n.dateTime = reading.meterTime;
    if (!n.dateTime)
        n.dateTimeEncoding = DataNotification::DateTimeEncoding::Absent;

    CosemTree& body = n.body;
    const bool padded = options.missingItems == MissingItems::NullPadded;
    // The item count is only known at the end; it is set then.
    const std::size_t root = body.openContainer(AxdrTag::Structure, 0);
    std::uint32_t count = 0;

    auto addObis = [&](const Obis& obis) {
        body.addBytes(AxdrTag::OctetString, obis.bytes().data(), 6);
    };
    auto addText = [&](const Obis& obis, const QString& text) {
        if (text.isEmpty())
            return;
        addObis(obis);
        const QByteArray latin1 = text.toLatin1();
        body.addBytes(AxdrTag::VisibleString, latin1.constData(), static_cast<std::size_t>(latin1.size()));
        count += 2;
    };
    auto addFields = [&](const Field* begin, const Field* end) {
        for (const Field* f = begin; f != end; ++f) {
            const std::optional<double>& value = reading.*(f->member);
            if (value) {
                addObis(f->obis);
                body.addInteger(f->tag, toRaw(*value, f->exponent));
                count += 2;
            } else if (padded) {
                body.addNull();
                body.addNull();
                count += 2;
            }
        }
    };

    if (!reading.listVersion.isEmpty()) {
        const QByteArray latin1 = reading.listVersion.toLatin1();
        body.addBytes(AxdrTag::VisibleString, latin1.constData(), static_cast<std::size_t>(latin1.size()));
        ++count;
    }
    addText(kMeterIdObis, reading.meterId);
    addText(kMeterTypeObis, reading.meterType);
    addFields(std::begin(kList1Fields), std::end(kList1Fields));
    if (reading.meterClock || reading.hasRegisters()) {
        if (reading.meterClock) {
            addObis(kClockObis);
            const auto clock = reading.meterClock->toBytes();
            body.addBytes(AxdrTag::OctetString, clock.data(), clock.size());
            count += 2;
        } else if (padded) {
            body.addNull();
            body.addNull();
            count += 2;
        }
        addFields(std::begin(kRegisterFields), std::end(kRegisterFields));
    }
    body.setCount(root, count);
    body.closeContainer(root);
    return n;
}

} // namespace han
