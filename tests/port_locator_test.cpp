// SPDX-License-Identifier: GPL-3.0-or-later
// The re-plug logic of PortLocator::locate, table-driven: no hardware needed.
#include "port_locator.h"

#include <gtest/gtest.h>

namespace han {
namespace {

PortInfo usb(const char* name, const char* serial, std::uint16_t vid, std::uint16_t pid)
{
    PortInfo p;
    p.portName = QString::fromLatin1(name);
    p.systemLocation = QStringLiteral("/dev/") + p.portName;
    p.serialNumber = QString::fromLatin1(serial);
    p.hasVendorId = p.hasProductId = true;
    p.vendorId = vid;
    p.productId = pid;
    return p;
}

PortSettings wanted(const char* name, const char* serial, std::uint16_t vid, std::uint16_t pid)
{
    PortSettings s;
    s.portName = QString::fromLatin1(name);
    s.serialNumber = QString::fromLatin1(serial);
    s.vendorId = vid;
    s.productId = pid;
    return s;
}

struct Case
{
    const char* what;
    std::vector<PortInfo> ports;
    PortSettings settings;
    bool pathExists;
    std::optional<QString> expected;
};

TEST(PortLocator, FindsTheAdapterAgain)
{
    const std::vector<Case> cases = {
        {"same name, still there", {usb("ttyUSB0", "A1", 0x0403, 0x6001)},
         wanted("ttyUSB0", "A1", 0x0403, 0x6001), false, QStringLiteral("/dev/ttyUSB0")},
        {"re-plugged under a new name, found by serial number",
         {usb("ttyUSB1", "A1", 0x0403, 0x6001)}, wanted("ttyUSB0", "A1", 0x0403, 0x6001), false,
         QStringLiteral("/dev/ttyUSB1")},
        {"serial number wins over the old name",
         {usb("ttyUSB0", "B2", 0x0403, 0x6001), usb("ttyUSB1", "A1", 0x0403, 0x6001)},
         wanted("ttyUSB0", "A1", 0x0403, 0x6001), false, QStringLiteral("/dev/ttyUSB1")},
        {"no serial number: one VID:PID match is ours", {usb("ttyUSB3", "", 0x10c4, 0xea60)},
         wanted("ttyUSB0", "", 0x10c4, 0xea60), false, QStringLiteral("/dev/ttyUSB3")},
        {"two of the same model and neither has the old name: cannot tell",
         {usb("ttyUSB2", "", 0x10c4, 0xea60), usb("ttyUSB3", "", 0x10c4, 0xea60)},
         wanted("ttyUSB0", "", 0x10c4, 0xea60), false, std::nullopt},
        {"two of the same model, one under the old name",
         {usb("ttyUSB0", "", 0x10c4, 0xea60), usb("ttyUSB3", "", 0x10c4, 0xea60)},
         wanted("ttyUSB0", "", 0x10c4, 0xea60), false, QStringLiteral("/dev/ttyUSB0")},
        {"another adapter of the same model with its own serial number is not ours",
         {usb("ttyUSB1", "ZZ", 0x0403, 0x6001)}, wanted("ttyUSB0", "A1", 0x0403, 0x6001), false,
         std::nullopt},
        {"unplugged", {}, wanted("ttyUSB0", "A1", 0x0403, 0x6001), false, std::nullopt},
        {"a device given by path", {usb("ttyUSB0", "A1", 0x0403, 0x6001)},
         wanted("/dev/ttyUSB0", "", 0, 0), true, QStringLiteral("/dev/ttyUSB0")},
        {"a pseudo-terminal the system does not list", {}, wanted("/tmp/x/adapter", "", 0, 0), true,
         QStringLiteral("/tmp/x/adapter")},
        {"a pseudo-terminal that is gone", {}, wanted("/tmp/x/adapter", "", 0, 0), false,
         std::nullopt},
    };
    for (const Case& c : cases)
        EXPECT_EQ(PortLocator::locate(c.ports, c.settings, c.pathExists), c.expected) << c.what;
}

} // namespace
} // namespace han
