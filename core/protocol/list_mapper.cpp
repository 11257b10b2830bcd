// SPDX-License-Identifier: GPL-3.0-or-later
#include "list_mapper.h"

#include <array>
#include <cstring>

namespace han {
namespace {

constexpr std::uint32_t cde(std::uint8_t c, std::uint8_t d, std::uint8_t e)
{
    return Obis::cde(c, d, e);
}

// Items that only the Danish "DLMS push" lists carry (PROTOCOL.md §9.4): their energies are in Wh.
bool isDanishMarker(std::uint32_t code)
{
    switch (code) {
    case cde(0, 0, 1):
    case cde(13, 7, 0):
    case cde(21, 7, 0):
    case cde(41, 7, 0):
    case cde(61, 7, 0):
    case cde(21, 8, 0):
        return true;
    default:
        return false;
    }
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

bool startsWithCaseInsensitive(QByteArrayView text, const char* prefix)
{
    const std::size_t n = std::strlen(prefix);
    if (static_cast<std::size_t>(text.size()) < n)
        return false;
    for (std::size_t i = 0; i < n; ++i) {
        char a = text[static_cast<qsizetype>(i)];
        if (a >= 'A' && a <= 'Z')
            a = static_cast<char>(a - 'A' + 'a');
        char b = prefix[i];
        if (b >= 'A' && b <= 'Z')
            b = static_cast<char>(b - 'A' + 'a');
        if (a != b)
            return false;
    }
    return true;
}

bool isObisNode(const CosemTree& body, std::size_t index)
{
    const CosemNode& n = body.node(index);
    return n.tag == AxdrTag::OctetString && n.count == 6;
}

bool isPrintable(QByteArrayView text)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E)
            return false;
    return !text.isEmpty();
}

} // namespace

const QString& ListMapper::intern(QByteArrayView bytes, QByteArray& cacheBytes, QString& cacheString)
{
    // Meters repeat the same identifiers in every list: reuse the string instead of allocating.
    if (cacheBytes != bytes || cacheString.isNull()) {
        cacheBytes = bytes.toByteArray();
        cacheString = QString::fromLatin1(cacheBytes).trimmed();
    }
    return cacheString;
}

void ListMapper::collect(const CosemTree& body, QByteArrayView& version, bool& structured)
{
    m_items.clear();
    const std::size_t end = body.size();
    std::size_t pendingObis = 0;
    bool havePending = false;
    for (std::size_t i = CosemTree::firstChild(0); i < end; i = body.nextSibling(i)) {
        const CosemNode& n = body.node(i);
        if (havePending) {
            // The value of a pair; a null here means the meter sent the code without a value.
            if (n.tag != AxdrTag::NullData)
                m_items.push_back({Obis::fromBytes(reinterpret_cast<const std::uint8_t*>(
                                       body.content(pendingObis).data())),
                                   i, 0});
            havePending = false;
            continue;
        }
        if (n.tag == AxdrTag::NullData)
            continue;
        if (n.tag == AxdrTag::Structure && n.count >= 2 && isObisNode(body, i + 1)) {
            // Aidon style: structure {OBIS, value[, {scaler, unit}]}.
            structured = true;
            const std::size_t value = body.nextSibling(i + 1);
            Item item{Obis::fromBytes(reinterpret_cast<const std::uint8_t*>(body.content(i + 1).data())),
                      value, 0};
            if (n.count >= 3) {
                const std::size_t scaler = body.nextSibling(value);
                if (body.node(scaler).tag == AxdrTag::Structure && body.node(scaler).count == 2)
                    item.scaler = scaler;
            }
            m_items.push_back(item);
            continue;
        }
        if (isObisNode(body, i)) {
            pendingObis = i;
            havePending = true;
            continue;
        }
        if (body.isText(i) && version.isEmpty() && m_items.empty() && isPrintable(body.content(i))) {
            version = body.content(i);
            continue;
        }
        // Anything else is a positional value of a list without OBIS codes (Kaifa NO).
    }
}

bool ListMapper::map(const DataNotification& notification, MeterReading& out, FrameError& error)
{
    const CosemTree& body = notification.body;
    out = MeterReading{};
    out.scale = m_scale;
    error.listName.clear();

    if (body.isEmpty() ||
        (body.node(0).tag != AxdrTag::Structure && body.node(0).tag != AxdrTag::Array)) {
        error.kind = FrameError::Kind::UnsupportedList;
        return false;
    }

    QByteArrayView version;
    bool structured = false;
    collect(body, version, structured);

    // A list may also name itself through the OBIS list-version item 0.2.129 (Aidon).
    for (const Item& item : m_items) {
        if (item.obis.cde() == cde(0, 2, 129) && body.isText(item.value)) {
            if (version.isEmpty())
                version = body.content(item.value);
        }
    }

    const bool kamstrup = version.isEmpty() ? (!structured && !m_items.empty())
                                            : startsWithCaseInsensitive(version, "Kamstrup");
    if (!kamstrup) {
        error.kind = FrameError::Kind::UnsupportedList;
        error.listName = version.toByteArray();
        return false;
    }

    Layout layout = Layout::Kamstrup;
    for (const Item& item : m_items) {
        if (isDanishMarker(item.obis.cde())) {
            layout = Layout::KamstrupDanish;
            break;
        }
    }

    if (!version.isEmpty())
        out.listVersion = intern(version, m_versionBytes, m_version);
    out.meterTime = notification.dateTime;
    for (const Item& item : m_items)
        apply(body, item, layout, out);
    return true;
}

void ListMapper::apply(const CosemTree& body, const Item& item, Layout layout, MeterReading& out)
{
    const std::size_t v = item.value;
    const std::uint32_t code = item.obis.cde();
    const bool isInt = body.isInteger(v);
    const std::int64_t raw = isInt ? body.toInt64(v) : 0;

    auto setScaled = [&](std::optional<double>& field, int exponent, int shift) {
        if (!isInt)
            return false;
        int e = exponent + shift;
        if (item.scaler != 0 && body.isInteger(item.scaler + 1))
            e = static_cast<int>(body.toInt64(item.scaler + 1)) + shift;
        field = scaled(raw, e);
        return true;
    };
    auto setText = [&](QString& field, QByteArray& cacheBytes, QString& cacheString) {
        if (body.isText(v)) {
            field = intern(body.content(v), cacheBytes, cacheString);
            return true;
        }
        if (isInt) {
            const QByteArray digits = QByteArray::number(static_cast<qulonglong>(body.toUInt64(v)));
            field = intern(digits, cacheBytes, cacheString);
            return true;
        }
        return false;
    };

    const int energyExponent = layout == Layout::KamstrupDanish ? 0 : 1;
    // 0.01 V appears on recent Danish meters (PROTOCOL.md §10.7, "5digitVoltage"): no grid voltage
    // reaches 1000 V, so a raw value that large can only be hundredths of a volt.
    const int voltageExponent = (isInt && raw >= 1000) ? -2 : 0;

    bool known = true;
    switch (code) {
    case cde(0, 0, 5):
    case cde(96, 1, 0):
        known = setText(out.meterId, m_idBytes, m_id);
        break;
    case cde(0, 0, 1): // the Danish "meter number", an integer
        known = out.meterId.isEmpty() ? setText(out.meterId, m_idBytes, m_id) : true;
        break;
    case cde(96, 1, 1):
        known = setText(out.meterType, m_typeBytes, m_type);
        break;
    case cde(0, 2, 129):
        known = body.isText(v);
        break;
    case cde(1, 7, 0): known = setScaled(out.activeImportW, 0, m_scale.powerShift); break;
    case cde(2, 7, 0): known = setScaled(out.activeExportW, 0, m_scale.powerShift); break;
    case cde(3, 7, 0): known = setScaled(out.reactiveImportVar, 0, m_scale.powerShift); break;
    case cde(4, 7, 0): known = setScaled(out.reactiveExportVar, 0, m_scale.powerShift); break;
    case cde(31, 7, 0): known = setScaled(out.currentL1A, -2, m_scale.currentShift); break;
    case cde(51, 7, 0): known = setScaled(out.currentL2A, -2, m_scale.currentShift); break;
    case cde(71, 7, 0): known = setScaled(out.currentL3A, -2, m_scale.currentShift); break;
    case cde(32, 7, 0): known = setScaled(out.voltageL1V, voltageExponent, m_scale.voltageShift); break;
    case cde(52, 7, 0): known = setScaled(out.voltageL2V, voltageExponent, m_scale.voltageShift); break;
    case cde(72, 7, 0): known = setScaled(out.voltageL3V, voltageExponent, m_scale.voltageShift); break;
    case cde(1, 8, 0): known = setScaled(out.activeImportWh, energyExponent, m_scale.energyShift); break;
    case cde(2, 8, 0): known = setScaled(out.activeExportWh, energyExponent, m_scale.energyShift); break;
    case cde(3, 8, 0): known = setScaled(out.reactiveImportVarh, energyExponent, m_scale.energyShift); break;
    case cde(4, 8, 0): known = setScaled(out.reactiveExportVarh, energyExponent, m_scale.energyShift); break;
    case cde(1, 0, 0): {
        const QByteArrayView bytes = body.content(v);
        known = bytes.size() == 12 && (body.node(v).tag == AxdrTag::OctetString ||
                                       body.node(v).tag == AxdrTag::DateTime);
        if (known)
            out.meterClock = CosemDateTime::fromBytes(reinterpret_cast<const std::uint8_t*>(bytes.data()));
        break;
    }
    default:
        known = false;
        break;
    }
    if (!known) {
        UnknownItem unknown;
        unknown.obis = item.obis;
        unknown.tag = static_cast<std::uint8_t>(body.node(v).tag);
        unknown.integer = raw;
        if (!isInt)
            unknown.bytes = body.content(v).toByteArray();
        out.unknownItems.push_back(std::move(unknown));
    }
}

} // namespace han
