// SPDX-License-Identifier: GPL-3.0-or-later
#include "decode_command.h"

#include "capture_reader.h"
#include "cli_output.h"
#include "command_line.h"
#include "reading_formatter.h"
#include "source_spec.h"
#include "stored_keys.h"
#include "stream_decoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace han::cli {
namespace {

enum class OutputFormat
{
    Jsonl,
    Csv,
    Text
};

class OutputSink : public StreamDecoder::Sink
{
public:
    OutputSink(OutputFormat format, bool withErrors) : m_format(format), m_withErrors(withErrors)
    {
        if (m_format == OutputFormat::Csv)
            CliOutput::writeData(ReadingFormatter::csvHeader());
    }

    void readingDecoded(const MeterReading& reading, const HdlcFrame&) override
    {
        ++m_count;
        switch (m_format) {
        case OutputFormat::Jsonl:
            CliOutput::writeData(ReadingFormatter::jsonLine(reading));
            break;
        case OutputFormat::Csv:
            CliOutput::writeData(ReadingFormatter::csvRow(reading));
            break;
        case OutputFormat::Text:
            CliOutput::writeData(ReadingFormatter::textBlock(reading, m_count));
            break;
        }
    }

    void frameRejected(const FrameError& error) override
    {
        if (!m_withErrors)
            return;
        if (m_format == OutputFormat::Jsonl) {
            CliOutput::writeData(ReadingFormatter::errorJsonLine(error));
        } else {
            // CSV and text are for people: rejected frames go to stderr, not into the table.
            CliOutput::message(DecodeCommand::tr("rejected frame at byte %1: %2")
                                   .arg(error.streamOffset)
                                   .arg(QString::fromLatin1(error.kindName())));
        }
    }

private:
    OutputFormat m_format;
    bool m_withErrors;
    quint64 m_count = 0;
};

// English, Norwegian, Danish and Swedish all have one singular and one plural form, so two
// source strings serve every language the app ships in.
QString counted(std::uint64_t n, const QString& one, const QString& many)
{
    return (n == 1 ? one : many).arg(n);
}

QString summary(const StreamDecoder::Statistics& stats, quint64 ignoredCharacters)
{
    QString text = counted(stats.readings, DecodeCommand::tr("%L1 list decoded"),
                           DecodeCommand::tr("%L1 lists decoded"));
    const std::uint64_t rejected = stats.rejected();
    text += QLatin1String(", ") + counted(rejected, DecodeCommand::tr("%L1 frame rejected"),
                                          DecodeCommand::tr("%L1 frames rejected"));
    if (rejected > 0) {
        QStringList kinds;
        for (int k = 0; k < FrameError::kKindCount; ++k) {
            const std::uint64_t n = stats.rejectedByKind[static_cast<std::size_t>(k)];
            if (n > 0)
                kinds << QStringLiteral("%1 %2")
                             .arg(QString::fromLatin1(
                                 FrameError::kindName(static_cast<FrameError::Kind>(k))))
                             .arg(n);
        }
        text += QLatin1String(" (") + kinds.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    text += QLatin1String(", ") + counted(stats.framing.skippedBytes,
                                          DecodeCommand::tr("%L1 byte skipped"),
                                          DecodeCommand::tr("%L1 bytes skipped"));
    if (ignoredCharacters > 0)
        text += QLatin1String(", ") +
                counted(ignoredCharacters, DecodeCommand::tr("%L1 character of text input ignored"),
                        DecodeCommand::tr("%L1 characters of text input ignored"));
    return text;
}

} // namespace

int DecodeCommand::run(const QStringList& arguments)
{
    CommandLine command(
        QStringLiteral("han-cli decode [--input raw|hex|log|auto] [--format jsonl|csv|text] "
                       "[--errors] [--port DEV] FILE|-"),
        tr("Decodes a Kamstrup HAN byte stream (raw bytes, hex text or a serial-monitor log) "
           "into meter readings."));
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption inputOption(QStringLiteral("input"),
                                         tr("Input format: raw, hex, log or auto (default)."),
                                         QStringLiteral("format"), QStringLiteral("auto"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: jsonl (default), csv or text."),
                                          QStringLiteral("format"), QStringLiteral("jsonl"));
    const QCommandLineOption errorsOption(QStringLiteral("errors"),
                                          tr("Also report every rejected frame."));
    parser.addOption(inputOption);
    parser.addOption(formatOption);
    parser.addOption(errorsOption);
    // Meter keys from the store: which connection's.
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        tr("Decrypt with the meter keys stored for the adapter on serial device DEV (as entered "
           "in the app). Default: the keys stored for FILE, else the only ones stored."),
        QStringLiteral("DEV"));
    parser.addOption(portOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The capture to decode, or - for standard input."));

    if (const std::optional<int> exitCode = command.parse(arguments))
        return *exitCode;

    const std::optional<CaptureReader::Format> input =
        CaptureReader::formatFromName(parser.value(inputOption));
    if (!input) {
        CliOutput::message(tr("unknown input format '%1' (use raw, hex, log or auto)")
                               .arg(parser.value(inputOption)));
        return 2;
    }
    OutputFormat format = OutputFormat::Jsonl;
    const QString formatName = parser.value(formatOption).toLower();
    if (formatName == QLatin1String("csv"))
        format = OutputFormat::Csv;
    else if (formatName == QLatin1String("text"))
        format = OutputFormat::Text;
    else if (formatName != QLatin1String("jsonl")) {
        CliOutput::message(tr("unknown output format '%1' (use jsonl, csv or text)")
                               .arg(parser.value(formatOption)));
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return command.usageError(files.isEmpty()
                                      ? tr("no input file given")
                                      : tr("only one input file can be decoded at a time"));

    const QString path = files.first();
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        if (QFileInfo(path).isDir()) {
            CliOutput::message(tr("cannot read '%1': it is a folder, not a file").arg(path));
            return 1;
        }
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        CliOutput::message(tr("cannot read '%1': %2").arg(path, file.errorString()));
        return 1;
    }

    CaptureReader reader(&file, *input);
    StreamDecoder decoder;
    // Meter keys: none on the command line, so those of the store.
    SourceSpec keysOf;
    if (parser.isSet(portOption)) {
        keysOf.kind = SourceSpec::Kind::Serial;
        keysOf.port.portName = parser.value(portOption);
        StoredKeys::identifyAdapter(keysOf.port);
    } else {
        keysOf.kind = SourceSpec::Kind::Replay;
        keysOf.replayPath = path == QLatin1String("-") ? QString() : path;
    }
    decoder.setKeys(StoredKeys::lookUp(keysOf, !parser.isSet(portOption)));
    OutputSink sink(format, parser.isSet(errorsOption));
    CaptureReader::Chunk chunk;
    while (reader.readChunk(chunk)) {
        decoder.feed(reinterpret_cast<const std::uint8_t*>(chunk.bytes.constData()),
                     static_cast<std::size_t>(chunk.bytes.size()), sink);
    }
    decoder.finish(sink);
    CliOutput::flushData();

    if (reader.hasReadError()) {
        CliOutput::message(tr("cannot read '%1': %2").arg(path, file.errorString()));
        return 1;
    }
    CliOutput::message(summary(decoder.statistics(), reader.ignoredCharacters()));
    return 0;
}

} // namespace han::cli
