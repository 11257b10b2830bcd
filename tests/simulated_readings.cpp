// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulated_readings.h"

#include "meter_simulator.h"

#include <QFile>

namespace han::test {

SimulatorSettings simulatorSettings(const QDateTime& startUtc, const QString& meterId)
{
    SimulatorSettings settings;
    settings.start = startUtc;
    settings.meterId = meterId;
    return settings;
}

std::vector<SimulatedFrame> simulate(const SimulatorSettings& settings, const QDateTime& endUtc)
{
    MeterSimulator simulator(settings);
    std::vector<SimulatedFrame> frames;
    while (simulator.nextPushUtc() < endUtc)
        frames.push_back(simulator.next());
    return frames;
}

MeterReading unusualReading(const QString& meterId, const QDateTime& wallClock)
{
    MeterReading r;
    r.listVersion = QStringLiteral("Kamstrup_V0001");
    r.meterId = meterId;
    r.meterType = QStringLiteral("6861111BN242101040");
    r.meterTime = CosemDateTime::fromLocal(wallClock);
    r.activeImportW = 1234.5; // not a whole watt: kept as a REAL
    r.activeExportW = 0;
    r.currentL1A = 5.123;  // mA
    r.voltageL1V = 230.45; // 0.01 V
    return r;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::int64_t msOf(const QDateTime& utc)
{
    return utc.toMSecsSinceEpoch();
}

} // namespace han::test
