// SPDX-License-Identifier: GPL-3.0-or-later
#include "list_mapper.h"

#include <array>
#include <charconv>
#include <cstring>
#include <iterator>

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

void ListMapper::setText(QString& field, TextField which, const QString& value)
{
    // The field usually holds this very string from the previous frame already.
    if (!field.isSharedWith(value))
        field = value;
    m_textSet |= which;
}

void ListMapper::collect(const CosemTree& body, Scan& scan)
{
    m_items.clear();
    // The list-version item and the Danish markers are noted here, in the one pass over the
    // body, rather than in further passes over the items.
    // The item is written in place: an Item built on the stack and then copied was read back
    // with one 16-byte load after narrower stores, a store-forwarding stall that cost more
    // than the rest of this loop (perf annotate).
    const auto add = [this, &body, &scan](std::size_t obisNode, std::size_t value) -> Item& {
        Item& item = m_items.emplace_back();
        item.obis = Obis::fromBytes(body.contentData(obisNode));
        item.value = value;
        const std::uint32_t code = item.obis.cde();
        // The first list-version item with text names the list (an empty one does not).
        if (code == cde(0, 2, 129) && scan.versionItem == 0 && body.isText(value) &&
            body.node(value).count != 0)
            scan.versionItem = value;
        scan.danish = scan.danish || isDanishMarker(code);
        return item;
    };
    const std::size_t end = body.size();
    std::size_t pendingObis = 0;
    bool havePending = false;
    for (std::size_t i = CosemTree::firstChild(0); i < end; i = body.nextSibling(i)) {
        const CosemNode& n = body.node(i);
        if (havePending) {
            // The value of a pair; a null here means the meter sent the code without a value.
            if (n.tag != AxdrTag::NullData)
                add(pendingObis, i);
            havePending = false;
            continue;
        }
        if (n.tag == AxdrTag::NullData)
            continue;
        if (n.tag == AxdrTag::Structure && n.count >= 2 && isObisNode(body, i + 1)) {
            // Aidon style: structure {OBIS, value[, {scaler, unit}]}.
            scan.structured = true;
            const std::size_t value = body.nextSibling(i + 1);
            Item& item = add(i + 1, value);
            if (n.count >= 3) {
                const std::size_t scaler = body.nextSibling(value);
                if (body.node(scaler).tag == AxdrTag::Structure && body.node(scaler).count == 2)
                    item.scaler = scaler;
            }
            continue;
        }
        if (isObisNode(body, i)) {
            pendingObis = i;
            havePending = true;
            continue;
        }
        if (body.isText(i) && scan.version.isEmpty() && m_items.empty() &&
            isPrintable(body.content(i))) {
            scan.version = body.content(i);
            continue;
        }
        // Anything else is a positional value of a list without OBIS codes (Kaifa NO).
    }
}

bool ListMapper::map(const DataNotification& notification, MeterReading& out, FrameError& error)
{
    const CosemTree& body = notification.body;
    // A fresh reading, so that no value of the previous frame survives, but with the previous
    // frame's strings moved back in: the next list nearly always carries the same ones, and
    // setText() then finds them shared already (no reference counting, no allocation).
    // clearTextNotSet() empties those this frame did not set.
    QString listVersion = std::move(out.listVersion);
    QString meterId = std::move(out.meterId);
    QString meterType = std::move(out.meterType);
    out = MeterReading{};
    out.listVersion = std::move(listVersion);
    out.meterId = std::move(meterId);
    out.meterType = std::move(meterType);
    out.scale = m_scale;
    m_textSet = 0;
    const auto clearTextNotSet = [this, &out] {
        if (!(m_textSet & kListVersion))
            out.listVersion.clear();
        if (!(m_textSet & kMeterId))
            out.meterId.clear();
        if (!(m_textSet & kMeterType))
            out.meterType.clear();
    };
    error.listName.clear();

    if (body.isEmpty() ||
        (body.node(0).tag != AxdrTag::Structure && body.node(0).tag != AxdrTag::Array)) {
        error.kind = FrameError::Kind::UnsupportedList;
        clearTextNotSet();
        return false;
    }

    Scan scan;
    collect(body, scan);
    // A list may also name itself through the OBIS list-version item 0.2.129 (Aidon).
    QByteArrayView version = scan.version;
    if (version.isEmpty() && scan.versionItem != 0)
        version = body.content(scan.versionItem);

    const bool kamstrup = version.isEmpty() ? (!scan.structured && !m_items.empty())
                                            : startsWithCaseInsensitive(version, "Kamstrup");
    if (!kamstrup) {
        error.kind = FrameError::Kind::UnsupportedList;
        error.listName = version.toByteArray();
        clearTextNotSet();
        return false;
    }

    const Layout layout = scan.danish ? Layout::KamstrupDanish : Layout::Kamstrup;

    if (!version.isEmpty())
        setText(out.listVersion, kListVersion, m_strings.intern(version));
    out.meterTime = notification.dateTime;
    for (const Item& item : m_items)
        apply(body, item, layout, out);
    clearTextNotSet();
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
    auto setIdentifier = [&](QString& field, TextField which) {
        if (body.isText(v)) {
            setText(field, which, m_strings.intern(body.content(v)));
            return true;
        }
        if (isInt) {
            // The digits on the stack: an integer id (Danish lists) allocates nothing either.
            char digits[24];
            const auto end = std::to_chars(std::begin(digits), std::end(digits), body.toUInt64(v)).ptr;
            setText(field, which, m_strings.intern(QByteArrayView(digits, end - digits)));
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
        known = setIdentifier(out.meterId, kMeterId);
        break;
    case cde(0, 0, 1): // the Danish "meter number", an integer
        // Only when no other item of this list set the id (a text id wins over the number).
        known = ((m_textSet & kMeterId) && !out.meterId.isEmpty())
                    ? true
                    : setIdentifier(out.meterId, kMeterId);
        break;
    case cde(96, 1, 1):
        known = setIdentifier(out.meterType, kMeterType);
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
