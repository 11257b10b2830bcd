// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of the durability test (not a test itself): writes simulated readings into a history
// as fast as it can and, after each COMMIT has returned, prints the batch on stdout:
//   "<batch id> <first utc ms> <last utc ms> <readings>\n"
// until it is killed. The test kills it with SIGKILL at a random moment and then checks that
// every batch printed is in the file.
//
// usage: history_crash_writer DB START_UTC_MS BATCH_READINGS
#include "history_writer.h"
#include "meter_simulator.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: history_crash_writer DB START_UTC_MS BATCH_READINGS\n", stderr);
        return 2;
    }
    han::HistoryWriter writer;
    if (!writer.open(args[1])) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
        return 1;
    }
    han::SimulatorSettings settings;
    settings.start = QDateTime::fromMSecsSinceEpoch(args[2].toLongLong(), Qt::UTC);
    han::MeterSimulator simulator(settings);
    const int batchReadings = std::max(args[3].toInt(), 1);
    for (;;) {
        qint64 first = -1;
        qint64 last = -1;
        for (int i = 0; i < batchReadings; ++i) {
            const han::SimulatedFrame frame = simulator.next();
            writer.addReading(frame.reading);
            last = frame.sentAtUtc.toMSecsSinceEpoch();
            if (first < 0)
                first = last;
        }
        if (!writer.commit()) {
            std::fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
            return 1;
        }
        // Only now, with COMMIT returned, is the batch promised to be in the file.
        std::printf("%lld %lld %lld %d\n", static_cast<long long>(writer.lastBatch().id),
                    static_cast<long long>(first), static_cast<long long>(last), batchReadings);
        std::fflush(stdout);
    }
}
