// SPDX-License-Identifier: GPL-3.0-or-later
// ReadingScaler: a reading mapped with one ScaleSettings, converted to another, exactly.
#include "reading_scaler.h"

#include <gtest/gtest.h>

namespace han {
namespace {

TEST(ReadingScaler, ShiftsAreExactForTheMappersDecimals)
{
    // The doubles the mapper makes for raw / 10^k, written as literals (the nearest double).
    EXPECT_EQ(ReadingScaler::shifted(5.64, -1), 0.564);
    EXPECT_EQ(ReadingScaler::shifted(0.564, 1), 5.64);
    EXPECT_EQ(ReadingScaler::shifted(221.99, 2), 22199.0);
    EXPECT_EQ(ReadingScaler::shifted(22199.0, -2), 221.99);
    EXPECT_EQ(ReadingScaler::shifted(123456780.0, -1), 12345678.0);
    EXPECT_EQ(ReadingScaler::shifted(12345678.0, -1), 1234567.8);
    EXPECT_EQ(ReadingScaler::shifted(0.07, -3), 0.00007);
    EXPECT_EQ(ReadingScaler::shifted(-1.5, 1), -15.0);
    EXPECT_EQ(ReadingScaler::shifted(0.0, -3), 0.0);
    EXPECT_EQ(ReadingScaler::shifted(230.1, 0), 230.1);
    // 0.1 + 0.2 is no short decimal: as near as a multiplication gets.
    EXPECT_DOUBLE_EQ(ReadingScaler::shifted(0.1 + 0.2, 1), 3.0);
}

MeterReading sample()
{
    MeterReading r;
    r.activeImportW = 1468.0;
    r.reactiveExportVar = 462.0;
    r.currentL1A = 5.64;
    r.currentL3A = 2.02;
    r.voltageL1V = 230.0;
    r.voltageL2V = 221.99;
    r.activeImportWh = 4272440.0;
    r.reactiveExportVarh = 618130.0;
    return r;
}

TEST(ReadingScaler, ConvertsEachQuantityBySettingsDifference)
{
    MeterReading r = sample();
    ScaleSettings target;
    target.powerShift = -1;
    target.currentShift = -1;
    target.voltageShift = 1;
    target.energyShift = -1;
    ReadingScaler::rescale(r, target);
    EXPECT_EQ(r.scale, target);
    EXPECT_EQ(r.activeImportW, 146.8);
    EXPECT_EQ(r.reactiveExportVar, 46.2);
    EXPECT_FALSE(r.activeExportW);
    EXPECT_EQ(r.currentL1A, 0.564);
    EXPECT_EQ(r.currentL3A, 0.202);
    EXPECT_FALSE(r.currentL2A);
    EXPECT_EQ(r.voltageL1V, 2300.0);
    EXPECT_EQ(r.voltageL2V, 2219.9);
    EXPECT_EQ(r.activeImportWh, 427244.0);
    EXPECT_EQ(r.reactiveExportVarh, 61813.0);

    // Already in those units: nothing changes; and back again gives the original.
    const MeterReading converted = r;
    ReadingScaler::rescale(r, target);
    EXPECT_EQ(r, converted);
    ReadingScaler::rescale(r, ScaleSettings{});
    EXPECT_EQ(r, sample());
}

} // namespace
} // namespace han
