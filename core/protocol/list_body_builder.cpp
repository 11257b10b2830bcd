// SPDX-License-Identifier: GPL-3.0-or-later
#include "list_body_builder.h"

#include <QByteArray>

#include <cmath>

namespace han {

ListBodyBuilder::ListBodyBuilder(CosemTree& body, AxdrTag rootTag) : m_body(body)
{
    m_body.clear();
    m_root = m_body.openContainer(rootTag, 0);
}

std::int64_t ListBodyBuilder::toRaw(double value, int exponent)
{
    // Dividing by a power of ten rather than multiplying by its inverse: 2.3 / 0.1 is not 23
    // in binary, 2.3 * 10 rounds to it.
    const double raw = exponent < 0 ? value * std::pow(10.0, -exponent)
                                    : value / std::pow(10.0, exponent);
    return std::llround(raw);
}

void ListBodyBuilder::addObis(const Obis& obis)
{
    m_body.addBytes(AxdrTag::OctetString, obis.bytes().data(), 6);
}

void ListBodyBuilder::addLatin1(AxdrTag tag, QStringView text)
{
    const QByteArray latin1 = text.toLatin1();
    m_body.addBytes(tag, latin1.constData(), static_cast<std::size_t>(latin1.size()));
}

void ListBodyBuilder::addText(AxdrTag tag, QStringView text)
{
    if (text.isEmpty())
        return;
    addLatin1(tag, text);
    ++m_count;
}

void ListBodyBuilder::addInteger(AxdrTag tag, std::int64_t raw)
{
    m_body.addInteger(tag, static_cast<std::uint64_t>(raw));
    ++m_count;
}

void ListBodyBuilder::addClock(const CosemDateTime& clock)
{
    const auto bytes = clock.toBytes();
    m_body.addBytes(AxdrTag::OctetString, bytes.data(), bytes.size());
    ++m_count;
}

void ListBodyBuilder::addPair(const Obis& obis, AxdrTag tag, std::int64_t raw)
{
    addObis(obis);
    m_body.addInteger(tag, static_cast<std::uint64_t>(raw));
    m_count += 2;
}

void ListBodyBuilder::addTextPair(const Obis& obis, QStringView text)
{
    if (text.isEmpty())
        return;
    addObis(obis);
    addLatin1(AxdrTag::VisibleString, text);
    m_count += 2;
}

void ListBodyBuilder::addClockPair(const Obis& obis, const CosemDateTime& clock)
{
    addObis(obis);
    const auto bytes = clock.toBytes();
    m_body.addBytes(AxdrTag::OctetString, bytes.data(), bytes.size());
    m_count += 2;
}

void ListBodyBuilder::addPairs(const MeterReading& reading, const Field* begin, const Field* end)
{
    for (const Field* f = begin; f != end; ++f) {
        if (const std::optional<double>& value = reading.*(f->member))
            addPair(f->obis, f->tag, toRaw(*value, f->exponent));
    }
}

void ListBodyBuilder::addTextStructure(const Obis& obis, AxdrTag tag, QStringView text)
{
    if (text.isEmpty())
        return;
    const std::size_t s = m_body.openContainer(AxdrTag::Structure, 2);
    addObis(obis);
    addLatin1(tag, text);
    m_body.closeContainer(s);
    ++m_count;
}

void ListBodyBuilder::addClockStructure(const Obis& obis, const CosemDateTime& clock)
{
    const std::size_t s = m_body.openContainer(AxdrTag::Structure, 2);
    addObis(obis);
    const auto bytes = clock.toBytes();
    m_body.addBytes(AxdrTag::OctetString, bytes.data(), bytes.size());
    m_body.closeContainer(s);
    ++m_count;
}

void ListBodyBuilder::addStructures(const MeterReading& reading, const Field* begin,
                                    const Field* end)
{
    for (const Field* f = begin; f != end; ++f) {
        const std::optional<double>& value = reading.*(f->member);
        if (!value)
            continue;
        const std::size_t s = m_body.openContainer(AxdrTag::Structure, 3);
        addObis(f->obis);
        m_body.addInteger(f->tag, static_cast<std::uint64_t>(toRaw(*value, f->exponent)));
        const std::size_t scalerUnit = m_body.openContainer(AxdrTag::Structure, 2);
        m_body.addInteger(AxdrTag::Integer, static_cast<std::uint64_t>(std::int64_t{f->exponent}));
        m_body.addInteger(AxdrTag::Enum, f->unit);
        m_body.closeContainer(scalerUnit);
        m_body.closeContainer(s);
        ++m_count;
    }
}

void ListBodyBuilder::addValues(const MeterReading& reading, const Field* begin, const Field* end)
{
    for (const Field* f = begin; f != end; ++f) {
        if (const std::optional<double>& value = reading.*(f->member))
            addInteger(f->tag, toRaw(*value, f->exponent));
    }
}

void ListBodyBuilder::finish()
{
    m_body.setCount(m_root, m_count);
    m_body.closeContainer(m_root);
}

} // namespace han
