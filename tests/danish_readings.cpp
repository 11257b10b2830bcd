// SPDX-License-Identifier: GPL-3.0-or-later
#include "danish_readings.h"

#include "cosem_date_time.h"

#include <cmath>

namespace han::test {

namespace {

void fillIdentity(MeterReading& r, const QDateTime& wallClock)
{
    r.listVersion = QStringLiteral("Kamstrup_V0001");
    r.meterId = kDanishMeterId;
    r.meterType = QStringLiteral("6841131BN243101040");
    r.meterTime = CosemDateTime::fromLocal(wallClock);
    r.meterClock = r.meterTime; // the RTC item says the same as the header
}

void fillRegisters(MeterReading& r, double importWh, double exportWh)
{
    r.activeImportWh = importWh;
    r.activeExportWh = exportWh;
    r.reactiveImportVarh = 40'000;
    r.reactiveExportVarh = 30'000;
    // A fixed split (half, a third, the rest), whole watt-hours.
    const double importL1 = std::floor(importWh / 2);
    const double importL2 = std::floor(importWh / 3);
    r.activeImportL1Wh = importL1;
    r.activeImportL2Wh = importL2;
    r.activeImportL3Wh = importWh - importL1 - importL2;
    r.activeExportL1Wh = 0;
    r.activeExportL2Wh = 0;
    r.activeExportL3Wh = exportWh;
}

} // namespace

MeterReading danishPush(const QDateTime& wallClock, double importWh, double exportWh)
{
    MeterReading r;
    fillIdentity(r, wallClock);
    r.activeImportW = 1801;
    r.activeExportW = 0;
    r.reactiveImportVar = 120;
    r.reactiveExportVar = 0;
    r.currentL1A = 5.37;
    r.currentL2A = 2.47;
    r.currentL3A = 3.87;
    r.voltageL1V = 229.8;
    r.voltageL2V = 231.2;
    r.voltageL3V = 230.4;
    r.activeImportL1W = 1234;
    r.activeImportL2W = 567;
    r.activeImportL3W = 0;
    r.activeExportL1W = 0;
    r.activeExportL2W = 0;
    r.activeExportL3W = 890;
    r.powerFactorL1 = 0.97;
    r.powerFactorL2 = 0.85;
    r.powerFactorL3 = 1;
    r.powerFactor = 0.93;
    fillRegisters(r, importWh, exportWh);
    return r;
}

std::vector<MeterReading> danishDay(const QDateTime& firstWallClock, const QDateTime& lastWallClock)
{
    std::vector<MeterReading> pushes;
    const QDateTime midnight(firstWallClock.date(), QTime(0, 0));
    // Registers at midnight, then each 10 s interval adds its hour's energy.
    double importWh = 5'000'000;
    double exportWh = 100'000;
    for (QDateTime t = midnight; t <= lastWallClock; t = t.addSecs(10)) {
        const int hour = t.time().hour();
        const bool sunny = hour >= 10 && hour < 15;
        if (t >= firstWallClock) {
            MeterReading r;
            fillIdentity(r, t);
            const double importW = 360.0 * (hour + 1);
            r.activeImportW = importW;
            r.activeExportW = sunny ? 720 : 0;
            r.activeImportL1W = importW / 2;
            r.activeImportL2W = importW / 4;
            r.activeImportL3W = importW / 4;
            r.activeExportL1W = 0;
            r.activeExportL2W = 0;
            r.activeExportL3W = sunny ? 720 : 0;
            r.powerFactorL1 = 0.99;
            r.powerFactorL2 = 0.95;
            r.powerFactorL3 = sunny ? 0.9 : 0.95;
            r.powerFactor = 0.96;
            // In 0.01 A, as the meter sends them.
            r.currentL1A = std::round(importW / 2 / 2.3) / 100;
            r.currentL2A = std::round(importW / 4 / 2.3) / 100;
            r.currentL3A = r.currentL2A;
            r.voltageL1V = 230;
            r.voltageL2V = 231;
            r.voltageL3V = 229;
            fillRegisters(r, importWh, exportWh);
            pushes.push_back(r);
        }
        importWh += hour + 1;
        exportWh += sunny ? 2 : 0;
    }
    return pushes;
}

} // namespace han::test
