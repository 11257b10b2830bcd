// SPDX-License-Identifier: GPL-3.0-or-later
#include "process_memory.h"

#include <QByteArray>
#include <QFile>

namespace han::bench {
namespace {

// "VmHWM:    12345 kB" -> 12345; 0 when absent.
long statusKb(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray wanted = QByteArray(key) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(wanted))
            return line.mid(wanted.size()).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

} // namespace

long residentKb()
{
    return statusKb("VmRSS");
}

long peakKb()
{
    return statusKb("VmHWM");
}

bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace han::bench
