// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity_history.h"

#include "cosem_date_time.h"
#include "history_writer.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace han::test {

namespace {

constexpr std::int64_t kHourMs = 3'600'000;

MeterReading baseReading(std::int64_t utcMs)
{
    MeterReading r;
    r.listVersion = QStringLiteral("Kamstrup_V0001");
    r.meterId = kCapacityMeterId;
    r.meterType = QStringLiteral("6841131BN243101040");
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    r.meterTime = CosemDateTime::fromLocal(utc.toTimeZone(QTimeZone("Europe/Oslo")));
    r.receivedAt = utc;
    return r;
}

} // namespace

bool CapacityHistory::write(const QString& path, std::int64_t fromUtcMs, std::int64_t toUtcMs,
                            QString* error) const
{
    HistoryWriter writer;
    if (!writer.open(path)) {
        *error = writer.errorString();
        return false;
    }
    double registerWh = 1'000'000;
    for (std::int64_t end = fromUtcMs; end <= toUtcMs; end += kHourMs) {
        if (end > fromUtcMs)
            registerWh += std::round(importKwh(end - kHourMs) * 1000.0);
        if (droppedHourEnds.count(end))
            continue;
        MeterReading list2 = baseReading(end + 10'000);
        list2.meterClock =
            CosemDateTime::fromLocal(QDateTime::fromMSecsSinceEpoch(end, Qt::UTC)
                                         .toTimeZone(QTimeZone("Europe/Oslo")));
        list2.activeImportWh = registerWh;
        list2.activeExportWh = 0.0;
        list2.reactiveImportVarh = 0.0;
        list2.reactiveExportVarh = 0.0;
        if (!writer.addReading(list2)) {
            *error = QStringLiteral("reading at %1 not placed in time").arg(end);
            return false;
        }
    }
    if (!writer.commit() || !writer.close()) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

MeterReading capacityList1(std::int64_t utcMs, double importW)
{
    MeterReading r = baseReading(utcMs);
    r.activeImportW = importW;
    r.activeExportW = 0.0;
    r.reactiveImportVar = 0.0;
    r.reactiveExportVar = 0.0;
    r.currentL1A = importW / 3 / 230;
    r.currentL2A = importW / 3 / 230;
    r.currentL3A = importW / 3 / 230;
    r.voltageL1V = 230.0;
    r.voltageL2V = 230.0;
    r.voltageL3V = 230.0;
    return r;
}

std::vector<MeterReading> capacityList1s(std::int64_t fromUtcMs, std::int64_t toUtcMs,
                                         double importW)
{
    std::vector<MeterReading> readings;
    for (std::int64_t t = fromUtcMs; t < toUtcMs; t += 10'000)
        readings.push_back(capacityList1(t, importW));
    return readings;
}

} // namespace han::test
