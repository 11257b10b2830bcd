// SPDX-License-Identifier: GPL-3.0-or-later
#include "bug_report_builder.h"

#include "han_version.h"
#include "hex_dump.h"
#include "raw_byte_history.h"

#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSysInfo>

namespace han::ui {

namespace {

QString utc(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString utc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("never");
}

QString num(double value)
{
    return QString::number(value, 'g', 10);
}

const char* parityName(PortSettings::Parity parity)
{
    switch (parity) {
    case PortSettings::Parity::None:
        return "none (8N1)";
    case PortSettings::Parity::Even:
        return "even (8E1)";
    case PortSettings::Parity::Auto:
        return "auto";
    }
    return "?";
}

const char* formatName(CaptureReader::Format format)
{
    switch (format) {
    case CaptureReader::Format::Auto:
        return "auto";
    case CaptureReader::Format::Raw:
        return "raw";
    case CaptureReader::Format::Hex:
        return "hex";
    case CaptureReader::Format::Log:
        return "log";
    }
    return "?";
}

QString hex4(std::uint16_t value)
{
    return QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0'));
}

// "#   7E A0 …" lines: the bytes of an error, kept out of the replayable stream.
QString commentedHex(const QByteArray& bytes)
{
    QString out;
    const QStringList lines = HexDump::plain(bytes, 32).split(QLatin1Char('\n'));
    for (const QString& line : lines)
        out += QStringLiteral("#   ") + line + QLatin1Char('\n');
    return out;
}

// Text from outside (the worker's detail, a list name) kept on one comment line.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString status(const std::optional<FrameError>& error)
{
    return error ? QString::fromLatin1(error->kindName()) : QStringLiteral("ok");
}

} // namespace

BugReportBuilder::Environment BugReportBuilder::currentEnvironment()
{
    Environment env;
    env.appVersion = QStringLiteral(HAN_VERSION);
    env.qtRuntime = QString::fromLatin1(qVersion());
    env.qtBuild = QStringLiteral(QT_VERSION_STR);
    env.os = QSysInfo::prettyProductName();
    env.kernel = QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion();
    env.cpu = QSysInfo::currentCpuArchitecture();
    env.platform = QGuiApplication::platformName();
    return env;
}

void BugReportBuilder::setSource(const SourceSpec& spec, const QString& label, bool running)
{
    m_source = spec;
    m_sourceLabel = label;
    m_running = running;
}

void BugReportBuilder::setLink(LinkState state, const QString& detail,
                               const LinkStatistics& statistics)
{
    m_state = state;
    m_detail = detail;
    m_statistics = statistics;
}

BugReportBuilder::Summary BugReportBuilder::summary() const
{
    Summary s;
    if (!m_history)
        return s;
    s.frames = static_cast<int>(m_history->frames().size());
    s.bytes = m_history->totalBytes();
    for (const RawByteHistory::Frame& frame : m_history->frames())
        s.errors += frame.error ? 1 : 0;
    if (!m_history->frames().empty())
        s.spanMs =
            m_history->frames().back().arrivedUtcMs - m_history->frames().front().arrivedUtcMs;
    return s;
}

void BugReportBuilder::appendSource(QString& out) const
{
    out += QStringLiteral("# source: %1 (%2)\n")
               .arg(oneLine(m_sourceLabel),
                    m_running ? QStringLiteral("running") : QStringLiteral("stopped"));
    switch (m_source.kind) {
    case SourceSpec::Kind::Simulator: {
        const SimulatorSettings& sim = m_source.simulator;
        const FaultSettings& f = sim.faults;
        out += QStringLiteral("# simulator: speed x%1, seed %2, start %3, clock %4, phases %5, "
                              "list 2 at hh:00:%6\n")
                   .arg(num(m_source.simulatorSpeed))
                   .arg(sim.seed)
                   .arg(utc(sim.start))
                   .arg(sim.clock == SimulatorSettings::ClockMode::FollowsDst
                            ? QStringLiteral("follows-dst")
                            : QStringLiteral("standard-time"))
                   .arg(sim.phases)
                   .arg(sim.list2OffsetSeconds, 2, 10, QLatin1Char('0'));
        out += QStringLiteral("# simulator faults: bitflip=%1 drop=%2 noise=%3 truncate=%4 "
                              "unplug-every=%5h unplug-for=%6s\n")
                   .arg(num(f.bitFlip), num(f.drop), num(f.noise), num(f.truncate),
                        num(f.unplugEveryHours))
                   .arg(f.unplugSeconds);
        break;
    }
    case SourceSpec::Kind::Serial: {
        const PortSettings& port = m_source.port;
        out += QStringLiteral("# serial: port %1, adapter serial \"%2\", usb %3:%4, %5 baud, "
                              "parity %6\n")
                   .arg(oneLine(port.portName), oneLine(port.serialNumber), hex4(port.vendorId),
                        hex4(port.productId))
                   .arg(port.baudRate)
                   .arg(QString::fromLatin1(parityName(port.parity)));
        break;
    }
    case SourceSpec::Kind::Replay:
        // The file name only: the folder may carry the user's name.
        out += QStringLiteral("# replay: file %1, format %2, speed %3\n")
                   .arg(oneLine(QFileInfo(m_source.replayPath).fileName()),
                        QString::fromLatin1(formatName(m_source.replayFormat)),
                        m_source.replaySpeed > 0 ? QStringLiteral("x") + num(m_source.replaySpeed)
                                                 : QStringLiteral("as fast as possible"));
        break;
    }
    // Meter keys: whether they are set, never the keys themselves.
    const auto setOrNot = [](const QByteArray& key) {
        return key.isEmpty() ? QStringLiteral("not set") : QStringLiteral("set");
    };
    out += QStringLiteral("# keys: encryption %1, authentication %2\n")
               .arg(setOrNot(m_source.keys.encryption), setOrNot(m_source.keys.authentication));
    if (m_settings) {
        out += QStringLiteral("# settings: fuse %1 A, grid %2, appearance %3, language \"%4\"\n")
                   .arg(m_settings->fuseAmps)
                   .arg(m_settings->grid == AppSettings::Grid::Tn400 ? QStringLiteral("TN 400 V")
                                                                     : QStringLiteral("IT 230 V"))
                   .arg(m_settings->appearance == AppSettings::Appearance::System
                            ? QStringLiteral("system")
                        : m_settings->appearance == AppSettings::Appearance::Light
                            ? QStringLiteral("light")
                            : QStringLiteral("dark"))
                   .arg(m_settings->language);
    }
}

QString BugReportBuilder::build(std::int64_t nowUtcMs) const
{
    QString out;
    out += QStringLiteral("# HAN Monitor bug report, %1\n").arg(utc(nowUtcMs));
    // The frames come before the errors: a replay recognises hex text by its first 4 KiB.
    out += QStringLiteral("# Lines without '#' are the raw frames in hex: saved as a file, this "
                          "report replays in HAN Monitor (File > Connect to Meter > Replay). The "
                          "last errors follow the frames.\n");
    out += QStringLiteral("#\n# == Versions ==\n");
    out += QStringLiteral("# han-monitor %1\n").arg(m_environment.appVersion);
    out += QStringLiteral("# qt %1 (built with %2), platform %3\n")
               .arg(m_environment.qtRuntime, m_environment.qtBuild, m_environment.platform);
    out += QStringLiteral("# os %1, %2, %3\n")
               .arg(m_environment.os, m_environment.kernel, m_environment.cpu);

    out += QStringLiteral("#\n# == Source ==\n");
    appendSource(out);

    out += QStringLiteral("#\n# == Link ==\n");
    out += QStringLiteral("# state: %1\n").arg(QString::fromLatin1(linkStateName(m_state)));
    out += QStringLiteral("# detail: %1\n").arg(oneLine(m_detail));
    const LinkStatistics& s = m_statistics;
    out += QStringLiteral("# bytes_received: %1\n").arg(s.bytesReceived);
    out += QStringLiteral("# frames_ok: %1\n").arg(s.framesOk);
    out += QStringLiteral("# hcs_errors: %1\n").arg(s.hcsErrors);
    out += QStringLiteral("# fcs_errors: %1\n").arg(s.fcsErrors);
    out += QStringLiteral("# flag_errors: %1\n").arg(s.flagErrors);
    out += QStringLiteral("# truncated_frames: %1\n").arg(s.truncatedFrames);
    out += QStringLiteral("# unknown_content: %1\n").arg(s.unknownContent);
    out += QStringLiteral("# skipped_bytes: %1\n").arg(s.skippedBytes);
    out += QStringLiteral("# reconnects: %1\n").arg(s.reconnects);
    out += QStringLiteral("# last_reading_utc: %1\n").arg(utc(s.lastReadingUtc));

    if (!m_history) {
        out += QStringLiteral("#\n# (no frames recorded)\n");
        return out;
    }

    const Summary sum = summary();
    out += QStringLiteral("#\n# == Raw frames: %1 frames, %2 bytes, %3 s (at most the last %4 "
                          "min or %5 KiB) ==\n")
               .arg(sum.frames)
               .arg(sum.bytes)
               .arg(num(static_cast<double>(sum.spanMs) / 1000.0))
               .arg(m_history->maxAgeMs() / 60000)
               .arg(m_history->maxBytes() / 1024);
    for (const RawByteHistory::Frame& frame : m_history->frames()) {
        out += QStringLiteral("# %1 %2 %3 bytes\n")
                   .arg(utc(frame.arrivedUtcMs), status(frame.error))
                   .arg(frame.bytes.size());
        out += HexDump::plain(frame.bytes, 32);
        out += QLatin1Char('\n');
    }
    out += QStringLiteral("#\n# == Last errors (%1) ==\n").arg(m_history->errors().size());
    for (const RawByteHistory::Frame& frame : m_history->errors()) {
        const FrameError& e = *frame.error;
        out += QStringLiteral("# %1 %2, %3 bytes, stream offset %4")
                   .arg(utc(frame.arrivedUtcMs), status(frame.error))
                   .arg(frame.bytes.size())
                   .arg(e.streamOffset);
        if (e.apduOffset >= 0)
            out += QStringLiteral(", apdu offset %1").arg(e.apduOffset);
        if (!e.listName.isEmpty())
            out += QStringLiteral(", list \"%1\"").arg(oneLine(QString::fromLatin1(e.listName)));
        out += QLatin1Char('\n');
        out += commentedHex(frame.bytes);
    }

    out += QStringLiteral("# end of report\n");
    return out;
}

} // namespace han::ui
