// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_command.h"

#include "capture_reader.h"
#include "cli_output.h"
#include "command_line.h"
#include "history_writer.h"
#include "stream_decoder.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace han::cli {
namespace {

// Rows per transaction: large enough that the import runs at full speed, small enough that a
// GUI recording into the same file waits well under its busy timeout for each.
constexpr int kBatchRows = 5000;

class ImportSink : public StreamDecoder::Sink
{
public:
    explicit ImportSink(HistoryWriter& writer) : m_writer(writer) {}

    void readingDecoded(const MeterReading& reading, const HdlcFrame&) override
    {
        if (m_failed)
            return;
        m_writer.addReading(reading);
        if (m_writer.pendingRows() >= kBatchRows && !m_writer.commit())
            m_failed = true;
    }
    void frameRejected(const FrameError&) override {}

    bool failed() const { return m_failed; }

private:
    HistoryWriter& m_writer;
    bool m_failed = false;
};

// "importing capture.log: 42%" on one line, rewritten in place on a terminal; in a log file
// (not a terminal) every tenth percent gets a line of its own.
class Progress
{
public:
    Progress(const QString& name, qint64 size)
        : m_name(name), m_size(size), m_terminal(::isatty(STDERR_FILENO) != 0)
    {
    }

    void update(qint64 position)
    {
        if (m_size <= 0)
            return;
        const auto percent = static_cast<int>(std::min<qint64>(position * 100 / m_size, 100));
        if (percent == m_percent || (!m_terminal && percent / 10 == m_percent / 10))
            return;
        m_percent = percent;
        const QByteArray line =
            ImportCommand::tr("importing %1: %2%").arg(m_name).arg(percent).toLocal8Bit();
        std::fprintf(stderr, m_terminal ? "\rhan-cli: %s" : "han-cli: %s\n", line.constData());
        std::fflush(stderr);
    }

    void done()
    {
        if (m_terminal && m_percent >= 0)
            std::fputs("\n", stderr);
    }

private:
    QString m_name;
    qint64 m_size = 0;
    bool m_terminal = false;
    int m_percent = -1;
};

// One singular and one plural form serve English and the Nordic languages (see DecodeCommand).
QString counted(std::int64_t n, const QString& one, const QString& many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace

int ImportCommand::run(const QStringList& arguments)
{
    CommandLine command(QStringLiteral("han-cli import CAPTURE [--db PATH] "
                                       "[--input raw|hex|log|auto] [--clock dst|standard]"),
                        tr("Decodes a captured HAN byte stream into the history database."));
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), tr("The history database (default: the one HAN Monitor uses)."),
        QStringLiteral("PATH"));
    const QCommandLineOption inputOption(QStringLiteral("input"),
                                         tr("Input format: raw, hex, log or auto (default)."),
                                         QStringLiteral("format"), QStringLiteral("auto"));
    const QCommandLineOption clockOption(
        QStringLiteral("clock"),
        tr("How the meter's clock runs: dst (Norwegian time with daylight saving) or standard "
           "(UTC+1 all year). Remembered for the meter; default: what the history knows about "
           "the meter, else dst."),
        QStringLiteral("mode"));
    for (const auto* option : {&dbOption, &inputOption, &clockOption})
        parser.addOption(*option);
    parser.addPositionalArgument(QStringLiteral("CAPTURE"), tr("The capture to import."));
    if (const std::optional<int> exitCode = command.parse(arguments))
        return *exitCode;

    const std::optional<CaptureReader::Format> input =
        CaptureReader::formatFromName(parser.value(inputOption));
    if (!input) {
        CliOutput::message(tr("unknown input format '%1' (use raw, hex, log or auto)")
                               .arg(parser.value(inputOption)));
        return 2;
    }
    std::optional<MeterClockResolver::Mode> clock;
    if (parser.isSet(clockOption)) {
        const QString name = parser.value(clockOption).toLower();
        if (name == QLatin1String("dst"))
            clock = MeterClockResolver::Mode::FollowsDst;
        else if (name == QLatin1String("standard"))
            clock = MeterClockResolver::Mode::StandardTime;
        else {
            // Learned needs the host's clock while live; a capture cannot teach it.
            CliOutput::message(
                tr("unknown clock mode '%1' (use dst or standard)").arg(parser.value(clockOption)));
            return 2;
        }
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return command.usageError(files.isEmpty()
                                      ? tr("no capture file given")
                                      : tr("only one capture can be imported at a time"));
    if (parser.isSet(dbOption) && parser.value(dbOption).isEmpty())
        return command.usageError(tr("--db needs a path"));

    const QString path = files.first();
    if (QFileInfo(path).isDir()) {
        CliOutput::message(tr("cannot read '%1': it is a folder, not a file").arg(path));
        return 1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CliOutput::message(tr("cannot read '%1': %2").arg(path, file.errorString()));
        return 1;
    }

    HistoryWriter writer;
    writer.setClockModeOverride(clock);
    const QString database =
        parser.isSet(dbOption) ? parser.value(dbOption) : HistoryWriter::defaultPath();
    if (!writer.open(database)) {
        CliOutput::message(writer.errorString());
        return 1;
    }

    CaptureReader reader(&file, *input);
    StreamDecoder decoder;
    ImportSink sink(writer);
    Progress progress(QFileInfo(path).fileName(), file.size());
    CaptureReader::Chunk chunk;
    while (!sink.failed() && reader.readChunk(chunk)) {
        decoder.feed(reinterpret_cast<const std::uint8_t*>(chunk.bytes.constData()),
                     static_cast<std::size_t>(chunk.bytes.size()), sink);
        progress.update(file.pos());
    }
    if (!sink.failed())
        decoder.finish(sink);
    progress.done();

    if (sink.failed() || !writer.commit()) {
        // Batches committed before the failure stay in the history.
        CliOutput::message(writer.errorString());
        return 1;
    }
    if (reader.hasReadError()) {
        CliOutput::message(tr("cannot read '%1': %2").arg(path, file.errorString()));
        return 1;
    }

    const HistoryWriter::Statistics s = writer.statistics();
    const StreamDecoder::Statistics decoded = decoder.statistics();
    QString text = counted(static_cast<std::int64_t>(decoded.readings), tr("%L1 list decoded"),
                           tr("%L1 lists decoded"));
    text += QLatin1String(": ") +
            counted(s.readingsStored, tr("%L1 reading stored"), tr("%L1 readings stored"));
    text += QLatin1String(", ") +
            counted(s.snapshotsStored, tr("%L1 register snapshot"), tr("%L1 register snapshots"));
    if (s.duplicates > 0)
        text += QLatin1String(", ") + counted(s.duplicates, tr("%L1 already in the history"),
                                              tr("%L1 already in the history"));
    if (s.withoutTime > 0)
        text += QLatin1String(", ") + counted(s.withoutTime,
                                              tr("%L1 without a usable time (not stored)"),
                                              tr("%L1 without a usable time (not stored)"));
    const std::int64_t rejected = static_cast<std::int64_t>(decoded.rejected());
    text +=
        QLatin1String(", ") + counted(rejected, tr("%L1 frame rejected"), tr("%L1 frames rejected"));
    CliOutput::message(text);
    CliOutput::message(tr("history: %1").arg(writer.path()));
    if (!writer.close()) {
        CliOutput::message(writer.errorString());
        return 1;
    }
    return 0;
}

} // namespace han::cli
