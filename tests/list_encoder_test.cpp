// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated Danish Kamstrup, Aidon and Kaifa lists against the real frames of the same lists:
// the same HDLC addresses, APDU header, item count, OBIS codes, types, scalers and units. The
// expected item sequences are written by hand from the frames' bytes (tests/data/other-meters),
// and each is checked against its real frame first, so the expectations themselves are tested.
#include "dlms_decoder.h"
#include "hdlc_framer.h"
#include "meter_simulator.h"
#include "test_data.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace han {
namespace {

using Make = SimulatorSettings::Make;
using test::fromHex;
using test::u8;
using test::usize;

// One checked frame, copied out of the framer's callback.
struct Framed
{
    QByteArray destination;
    QByteArray source;
    std::uint8_t control = 0;
    QByteArray info;
};

struct FrameCollector : HdlcFramer::Sink
{
    std::vector<Framed> frames;
    std::vector<FrameError> errors;
    void frameReceived(const HdlcFrame& f) override
    {
        Framed out;
        out.destination = QByteArray(reinterpret_cast<const char*>(f.destAddress), f.destAddressSize);
        out.source = QByteArray(reinterpret_cast<const char*>(f.srcAddress), f.srcAddressSize);
        out.control = f.control;
        out.info = QByteArray(reinterpret_cast<const char*>(f.info), static_cast<qsizetype>(f.infoSize));
        frames.push_back(out);
    }
    void frameRejected(const FrameError& e) override { errors.push_back(e); }
};

Framed frameOf(const QByteArray& bytes)
{
    HdlcFramer framer;
    FrameCollector sink;
    framer.feed(u8(bytes), usize(bytes), sink);
    framer.finish(sink);
    EXPECT_TRUE(sink.errors.empty());
    EXPECT_EQ(sink.frames.size(), 1U);
    return sink.frames.empty() ? Framed{} : sink.frames.front();
}

DataNotification notificationOf(const QByteArray& info)
{
    DataNotification n;
    FrameError error;
    EXPECT_TRUE(DlmsDecoder::decodeInfo(u8(info), usize(info), n, error))
        << FrameError::kindName(error.kind) << " at " << error.apduOffset;
    return n;
}

std::string hexTag(AxdrTag tag)
{
    static const char* digits = "0123456789ABCDEF";
    const auto t = static_cast<unsigned>(tag);
    return std::string{digits[t >> 4], digits[t & 15]};
}

std::string obisText(const CosemTree& t, std::size_t node)
{
    const std::uint8_t* b = t.contentData(node);
    std::string out;
    for (int i = 0; i < 6; ++i)
        out += (i ? "." : "") + std::to_string(b[i]);
    return out;
}

bool isObis(const CosemTree& t, std::size_t node)
{
    return t.node(node).tag == AxdrTag::OctetString && t.node(node).count == 6;
}

// A value as the expectations write it: "dt" for a 12-byte date-time, else its tag in hex.
std::string valueText(const CosemTree& t, std::size_t node)
{
    if (t.node(node).tag == AxdrTag::OctetString && t.node(node).count == 12)
        return "dt";
    return hexTag(t.node(node).tag);
}

std::string unitName(std::int64_t unit)
{
    switch (unit) {
    case 27: return "W";
    case 29: return "var";
    case 30: return "Wh";
    case 32: return "varh";
    case 33: return "A";
    case 35: return "V";
    default: return "unit" + std::to_string(unit);
    }
}

// The body as a list of items: "root 01 13" (array of 13) first, then per item
//   Kamstrup pair:            "1.1.1.7.0.255 06"
//   Aidon structure:          "1.0.31.7.0.255 10 -1 A" (scaler, unit) or "0.0.1.0.0.255 dt"
//   bare value (Kaifa):       "06", "09", "dt"
std::vector<std::string> itemsOf(const CosemTree& t)
{
    std::vector<std::string> out;
    const CosemNode& root = t.node(0);
    out.push_back("root " + hexTag(root.tag) + " " + std::to_string(root.count));
    for (std::size_t i = CosemTree::firstChild(0); i < t.size(); i = t.nextSibling(i)) {
        const CosemNode& n = t.node(i);
        if (n.tag == AxdrTag::Structure && n.count >= 2 && isObis(t, i + 1)) {
            const std::size_t value = t.nextSibling(i + 1);
            std::string item = obisText(t, i + 1) + " " + valueText(t, value);
            if (n.count == 3) {
                const std::size_t su = t.nextSibling(value);
                item += " " + std::to_string(t.toInt64(su + 1)) + " " + unitName(t.toInt64(su + 2));
            }
            out.push_back(item);
        } else if (isObis(t, i)) {
            const std::size_t value = t.nextSibling(i);
            out.push_back(obisText(t, i) + " " + valueText(t, value));
            i = value; // the pair is one entry
        } else {
            out.push_back(valueText(t, i));
        }
    }
    return out;
}

// The item whose description starts with `obisText`, as a node index of its value.
std::size_t valueNode(const CosemTree& t, const std::string& obis)
{
    for (std::size_t i = CosemTree::firstChild(0); i < t.size(); i = t.nextSibling(i)) {
        if (t.node(i).tag == AxdrTag::Structure && isObis(t, i + 1) && obisText(t, i + 1) == obis)
            return t.nextSibling(i + 1);
        if (isObis(t, i) && obisText(t, i) == obis)
            return t.nextSibling(i);
    }
    ADD_FAILURE() << "no item " << obis;
    return 0;
}

// --- the expectations, by hand from the real frames -------------------------------------------

const std::vector<std::string> kAidonList1{"root 01 1", "1.0.1.7.0.255 06 0 W"};

std::vector<std::string> aidonList2(bool threePhase)
{
    std::vector<std::string> items{
        "root 01 13",
        "1.1.0.2.129.255 0A",
        "0.0.96.1.0.255 0A",
        "0.0.96.1.7.255 0A",
        "1.0.1.7.0.255 06 0 W",
        "1.0.2.7.0.255 06 0 W",
        "1.0.3.7.0.255 06 0 var",
        "1.0.4.7.0.255 06 0 var",
        "1.0.31.7.0.255 10 -1 A",
        "1.0.51.7.0.255 10 -1 A",
        "1.0.71.7.0.255 10 -1 A",
        "1.0.32.7.0.255 12 -1 V",
        "1.0.52.7.0.255 12 -1 V",
        "1.0.72.7.0.255 12 -1 V",
    };
    if (!threePhase) {
        items = {items[0], items[1], items[2], items[3], items[4], items[5], items[6],
                 items[7], items[8], items[11]};
        items[0] = "root 01 9";
    }
    return items;
}

std::vector<std::string> aidonList3()
{
    std::vector<std::string> items = aidonList2(true);
    items[0] = "root 01 18";
    items.insert(items.end(), {"0.0.1.0.0.255 dt", "1.0.1.8.0.255 06 1 Wh", "1.0.2.8.0.255 06 1 Wh",
                               "1.0.3.8.0.255 06 1 varh", "1.0.4.8.0.255 06 1 varh"});
    return items;
}

const std::vector<std::string> kKaifaList1{"root 02 1", "06"};
const std::vector<std::string> kKaifaList2{"root 02 13", "09", "09", "09", "06", "06", "06", "06",
                                           "06",         "06", "06", "06", "06", "06"};
const std::vector<std::string> kKaifaList3{"root 02 18", "09", "09", "09", "06", "06", "06",
                                           "06",         "06", "06", "06", "06", "06", "06",
                                           "dt",         "06", "06", "06", "06"};
// Single phase: the three strings, four powers, I1, U1, clock, four energies (F12).
const std::vector<std::string> kKaifaList3SinglePhase{"root 02 14", "09", "09", "09", "06",
                                                      "06",         "06", "06", "06", "06",
                                                      "dt",         "06", "06", "06", "06"};

std::vector<std::string> danishList(bool threePhase)
{
    std::vector<std::string> items{
        "root 02 65",        "0A",                "1.1.1.8.0.255 06",  "1.1.2.8.0.255 06",
        "1.1.3.8.0.255 06",  "1.1.4.8.0.255 06",  "1.1.0.0.1.255 06",  "1.1.1.7.0.255 06",
        "1.1.2.7.0.255 06",  "1.1.3.7.0.255 06",  "1.1.4.7.0.255 06",  "0.1.1.0.0.255 dt",
        "1.1.32.7.0.255 12", "1.1.52.7.0.255 12", "1.1.72.7.0.255 12", "1.1.31.7.0.255 06",
        "1.1.51.7.0.255 06", "1.1.71.7.0.255 06", "1.1.21.7.0.255 06", "1.1.41.7.0.255 06",
        "1.1.61.7.0.255 06", "1.1.33.7.0.255 12", "1.1.53.7.0.255 12", "1.1.73.7.0.255 12",
        "1.1.13.7.0.255 12", "1.1.22.7.0.255 06", "1.1.42.7.0.255 06", "1.1.62.7.0.255 06",
        "1.1.22.8.0.255 06", "1.1.42.8.0.255 06", "1.1.62.8.0.255 06", "1.1.21.8.0.255 06",
        "1.1.41.8.0.255 06", "1.1.61.8.0.255 06",
    };
    if (threePhase)
        return items;
    // Danish single-phase meters leave out every L2 and L3 item: 37 items (PROTOCOL.md §9.4).
    return {
        "root 02 37",        "0A",                "1.1.1.8.0.255 06",  "1.1.2.8.0.255 06",
        "1.1.3.8.0.255 06",  "1.1.4.8.0.255 06",  "1.1.0.0.1.255 06",  "1.1.1.7.0.255 06",
        "1.1.2.7.0.255 06",  "1.1.3.7.0.255 06",  "1.1.4.7.0.255 06",  "0.1.1.0.0.255 dt",
        "1.1.32.7.0.255 12", "1.1.31.7.0.255 06", "1.1.21.7.0.255 06", "1.1.33.7.0.255 12",
        "1.1.13.7.0.255 12", "1.1.22.7.0.255 06", "1.1.22.8.0.255 06", "1.1.21.8.0.255 06",
    };
}

// --- the expectations hold for the real frames --------------------------------------------------

const std::vector<test::TestFrame>& otherFrames()
{
    static const std::vector<test::TestFrame> frames = test::loadFrames("other-meters/frames.txt");
    return frames;
}

std::vector<std::string> realItems(const char* id)
{
    const test::TestFrame* f = test::findFrame(otherFrames(), QString::fromLatin1(id));
    if (!f) {
        ADD_FAILURE() << "no frame " << id;
        return {};
    }
    return itemsOf(notificationOf(frameOf(f->bytes).info).body);
}

TEST(ListEncoderExpectations, MatchTheRealFrames)
{
    EXPECT_EQ(realItems("A10"), kAidonList1);
    EXPECT_EQ(realItems("A09"), aidonList2(true));
    EXPECT_EQ(realItems("A08"), aidonList3());
    EXPECT_EQ(realItems("A13"), aidonList2(false));
    EXPECT_EQ(realItems("F01"), kKaifaList1);
    EXPECT_EQ(realItems("F10"), kKaifaList2);
    EXPECT_EQ(realItems("F11"), kKaifaList3);
    EXPECT_EQ(realItems("F12"), kKaifaList3SinglePhase);
    const std::vector<test::TestFrame> plain = test::loadFrames("other-meters/e01-plaintext.txt");
    ASSERT_EQ(plain.size(), 1U);
    EXPECT_EQ(itemsOf(notificationOf(plain[0].bytes).body), danishList(true));
    // E08 (not in this project's data) has 37 items: the version and 18 pairs.
    EXPECT_EQ(danishList(false).size(), 1U + 1U + 18U);
}

// --- the simulated frames have the real frames' structure ------------------------------------

struct Simulated
{
    SimulatedFrame frame;
    Framed framed;
    DataNotification notification;
};

std::vector<Simulated> simulate(Make make, int phases, const QDateTime& start, int pushes)
{
    SimulatorSettings s;
    s.make = make;
    s.phases = phases;
    s.start = start;
    s.seed = 5;
    MeterSimulator simulator(s);
    std::vector<Simulated> out;
    for (int i = 0; i < pushes; ++i) {
        Simulated sim;
        sim.frame = simulator.next();
        sim.framed = frameOf(sim.frame.wire);
        sim.notification = notificationOf(sim.framed.info);
        out.push_back(std::move(sim));
    }
    return out;
}

// The first simulated push of each list number.
const Simulated* firstOfList(const std::vector<Simulated>& frames, int list)
{
    for (const Simulated& s : frames)
        if (s.frame.listNumber() == list)
            return &s;
    ADD_FAILURE() << "no list " << list;
    return nullptr;
}

void expectHeaderLike(const Simulated& sim, const char* realId)
{
    const test::TestFrame* f = test::findFrame(otherFrames(), QString::fromLatin1(realId));
    ASSERT_NE(f, nullptr);
    const Framed real = frameOf(f->bytes);
    const DataNotification realNotification = notificationOf(real.info);
    EXPECT_EQ(sim.framed.destination, real.destination) << realId;
    EXPECT_EQ(sim.framed.source, real.source) << realId;
    EXPECT_EQ(sim.framed.control, real.control) << realId;
    EXPECT_EQ(sim.notification.longInvokeIdAndPriority, realNotification.longInvokeIdAndPriority)
        << realId;
    EXPECT_EQ(sim.notification.dateTimeEncoding, realNotification.dateTimeEncoding) << realId;
    // Same types and item count, so the same length as the real frame.
    EXPECT_EQ(sim.frame.wire.size(), f->bytes.size()) << realId;
}

const QDateTime kWinterEvening(QDate(2026, 1, 18), QTime(16, 59, 30), Qt::UTC); // a Sunday

TEST(AidonListEncoder, ListsHaveTheRealListsItemsAndHeader)
{
    // From 16:59:30 UTC: List 2 at :30, List 1 every 2.5 s, List 3 at 17:00:00.
    const std::vector<Simulated> frames = simulate(Make::Aidon, 3, kWinterEvening, 14);
    const Simulated* l1 = firstOfList(frames, 1);
    const Simulated* l2 = firstOfList(frames, 2);
    const Simulated* l3 = firstOfList(frames, 3);
    ASSERT_TRUE(l1 && l2 && l3);
    EXPECT_EQ(itemsOf(l1->notification.body), kAidonList1);
    EXPECT_EQ(itemsOf(l2->notification.body), aidonList2(true));
    EXPECT_EQ(itemsOf(l3->notification.body), aidonList3());
    expectHeaderLike(*l1, "A10");
    expectHeaderLike(*l2, "A09");
    expectHeaderLike(*l3, "A08");

    // The values, scaled as the real lists scale them.
    const CosemTree& t3 = l3->notification.body;
    const MeterReading& r3 = l3->frame.reading;
    EXPECT_EQ(t3.content(valueNode(t3, "1.1.0.2.129.255")), QByteArrayView("AIDON_V0001"));
    EXPECT_EQ(t3.content(valueNode(t3, "0.0.96.1.0.255")), QByteArrayView("7359992890000042"));
    EXPECT_EQ(t3.content(valueNode(t3, "0.0.96.1.7.255")), QByteArrayView("6534"));
    EXPECT_EQ(t3.toInt64(valueNode(t3, "1.0.1.7.0.255")), std::llround(*r3.activeImportW));
    EXPECT_EQ(t3.toInt64(valueNode(t3, "1.0.31.7.0.255")), std::llround(*r3.currentL1A * 10));
    EXPECT_EQ(t3.toInt64(valueNode(t3, "1.0.72.7.0.255")), std::llround(*r3.voltageL3V * 10));
    EXPECT_EQ(t3.toInt64(valueNode(t3, "1.0.1.8.0.255")) * 10, std::llround(*r3.activeImportWh));
    EXPECT_EQ(t3.toInt64(valueNode(t3, "1.0.4.8.0.255")) * 10,
              std::llround(*r3.reactiveExportVarh));
    // 18:00 in Oslo on a Sunday: local time, day of week 0, deviation 0, status 0 (like A08).
    const QByteArrayView clock = t3.content(valueNode(t3, "0.0.1.0.0.255"));
    EXPECT_EQ(clock.toByteArray().toHex(' '), QByteArray("07 ea 01 12 00 12 00 00 ff 00 00 00"));
    EXPECT_FALSE(l3->frame.reading.meterTime); // no date-time in the APDU
    EXPECT_EQ(l1->frame.reading.activeImportW, l1->notification.body.toInt64(3));
}

TEST(AidonListEncoder, SinglePhaseListsLeaveOutL2AndL3)
{
    const std::vector<Simulated> frames = simulate(Make::Aidon, 1, kWinterEvening, 4);
    const Simulated* l2 = firstOfList(frames, 2);
    ASSERT_NE(l2, nullptr);
    EXPECT_EQ(itemsOf(l2->notification.body), aidonList2(false));
    EXPECT_EQ(l2->frame.reading.meterType, QStringLiteral("6515"));
}

TEST(KaifaListEncoder, ListsHaveTheRealListsItemsAndHeader)
{
    // From 16:59:30 UTC: List 2 at :30, :40, :50, 17:00:00, List 1 every 2 s, List 3 at 17:00:10.
    const std::vector<Simulated> frames = simulate(Make::Kaifa, 3, kWinterEvening, 22);
    const Simulated* l1 = firstOfList(frames, 1);
    const Simulated* l2 = firstOfList(frames, 2);
    const Simulated* l3 = firstOfList(frames, 3);
    ASSERT_TRUE(l1 && l2 && l3);
    EXPECT_EQ(itemsOf(l1->notification.body), kKaifaList1);
    EXPECT_EQ(itemsOf(l2->notification.body), kKaifaList2);
    EXPECT_EQ(itemsOf(l3->notification.body), kKaifaList3);
    expectHeaderLike(*l1, "F01");
    expectHeaderLike(*l2, "F10");
    // F11 is a three-wire meter whose type has 8 characters ("MA304H3E"), one more than ours.
    const test::TestFrame* f11 = test::findFrame(otherFrames(), QStringLiteral("F11"));
    ASSERT_NE(f11, nullptr);
    EXPECT_EQ(l3->frame.wire.size() + 1, f11->bytes.size());

    const CosemTree& t = l3->notification.body;
    const MeterReading& r = l3->frame.reading;
    // Positions as in F11: strings 1-3, P+ 4 ... I1 8, U3 13, clock 14, A+ 15, R- 18.
    auto at = [&](int item) {
        std::size_t node = CosemTree::firstChild(0);
        for (int i = 1; i < item; ++i)
            node = t.nextSibling(node);
        return node;
    };
    EXPECT_EQ(t.content(at(1)), QByteArrayView("KFM_001"));
    EXPECT_EQ(t.content(at(2)), QByteArrayView("6970631400000042"));
    EXPECT_EQ(t.content(at(3)), QByteArrayView("MA304H4"));
    EXPECT_EQ(t.toInt64(at(4)), std::llround(*r.activeImportW));
    EXPECT_EQ(t.toInt64(at(8)), std::llround(*r.currentL1A * 1000)); // mA
    EXPECT_EQ(t.toInt64(at(13)), std::llround(*r.voltageL3V * 10));  // 0.1 V
    EXPECT_EQ(t.toInt64(at(15)), std::llround(*r.activeImportWh));   // Wh
    EXPECT_EQ(t.toInt64(at(18)), std::llround(*r.reactiveExportVarh));
    // 18:00:10 in Oslo, in the APDU and in the body, deviation unspecified, status 0.
    const QByteArray expectedClock("07 ea 01 12 07 12 00 0a ff 80 00 00");
    EXPECT_EQ(t.content(at(14)).toByteArray().toHex(' '), expectedClock);
    ASSERT_TRUE(l3->notification.dateTime);
    const auto apduTime = l3->notification.dateTime->toBytes();
    EXPECT_EQ(QByteArray(reinterpret_cast<const char*>(apduTime.data()), 12).toHex(' '),
              expectedClock);
}

TEST(KaifaListEncoder, SinglePhaseListsAreF12s)
{
    const std::vector<Simulated> frames = simulate(Make::Kaifa, 1, kWinterEvening, 22);
    const Simulated* l3 = firstOfList(frames, 3);
    ASSERT_NE(l3, nullptr);
    EXPECT_EQ(itemsOf(l3->notification.body), kKaifaList3SinglePhase);
    EXPECT_EQ(l3->frame.reading.meterType, QStringLiteral("MA105H2E"));
    expectHeaderLike(*l3, "F12");
}

TEST(KamstrupDanishListEncoder, ListIsE01s)
{
    const std::vector<Simulated> frames = simulate(Make::KamstrupDenmark, 3, kWinterEvening, 2);
    const Simulated& sim = frames[1];
    EXPECT_EQ(itemsOf(sim.notification.body), danishList(true));
    EXPECT_EQ(sim.framed.destination, QByteArray("\x41", 1));
    EXPECT_EQ(sim.framed.source, QByteArray("\x03", 1));
    EXPECT_EQ(sim.notification.dateTimeEncoding, DataNotification::DateTimeEncoding::LengthPrefix);
    // E01's plaintext is 447 bytes; the clear frame around it: 7E, format, 41 03 13, HCS, LLC,
    // APDU, FCS, 7E.
    EXPECT_EQ(sim.framed.info.size(), 3 + 447);

    const CosemTree& t = sim.notification.body;
    const MeterReading& r = sim.frame.reading;
    EXPECT_EQ(t.content(1), QByteArrayView("Kamstrup_V0001"));
    EXPECT_EQ(t.toInt64(valueNode(t, "1.1.0.0.1.255")), 27500042);
    EXPECT_EQ(t.toInt64(valueNode(t, "1.1.1.8.0.255")), std::llround(*r.activeImportWh)); // Wh
    EXPECT_EQ(t.toInt64(valueNode(t, "1.1.21.8.0.255")), std::llround(*r.activeImportL1Wh));
    EXPECT_EQ(t.toInt64(valueNode(t, "1.1.62.8.0.255")), std::llround(*r.activeExportL3Wh));
    EXPECT_EQ(t.toInt64(valueNode(t, "1.1.41.7.0.255")), std::llround(*r.activeImportL2W));
    EXPECT_EQ(t.toInt64(valueNode(t, "1.1.33.7.0.255")), std::llround(*r.powerFactorL1 * 100));
    EXPECT_EQ(t.toInt64(valueNode(t, "1.1.13.7.0.255")), std::llround(*r.powerFactor * 100));
    EXPECT_EQ(t.toInt64(valueNode(t, "1.1.51.7.0.255")), std::llround(*r.currentL2A * 100));
    EXPECT_EQ(t.toInt64(valueNode(t, "1.1.32.7.0.255")), std::llround(*r.voltageL1V));
    EXPECT_TRUE(r.meterType.isEmpty());
}

TEST(KamstrupDanishListEncoder, SinglePhaseListLeavesOutL2AndL3)
{
    const std::vector<Simulated> frames = simulate(Make::KamstrupDenmark, 1, kWinterEvening, 1);
    EXPECT_EQ(itemsOf(frames[0].notification.body), danishList(false));
}

} // namespace
} // namespace han
