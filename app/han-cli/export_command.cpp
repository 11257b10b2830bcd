// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_command.h"

#include "cli_output.h"
#include "command_line.h"
#include "csv_exporter.h"
#include "history_reader.h"
#include "history_writer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace han::cli {
namespace {

// Set by SIGINT/SIGTERM. The export runs on this thread without an event loop, so the
// handler only stores to a lock-free atomic (async-signal-safe) and the progress callback,
// called every few thousand rows, turns it into a cancel. The file is then never committed.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void onTerminationSignal(int)
{
    g_interrupted.store(true, std::memory_order_relaxed);
}

// Installs the handler for the lifetime of the export and restores the previous one after.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        g_interrupted.store(false);
        struct sigaction action
        {
        };
        action.sa_handler = onTerminationSignal;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_oldInt);
        sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~InterruptGuard()
    {
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
    }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    struct sigaction m_oldInt
    {
    };
    struct sigaction m_oldTerm
    {
    };
};

// "exporting to FILE: 42%" rewritten in place on a terminal; in a log (not a terminal) a line
// per tenth, like `han-cli import`.
class ExportProgress
{
public:
    explicit ExportProgress(const QString& name)
        : m_name(name), m_terminal(::isatty(STDERR_FILENO) != 0)
    {
    }

    void update(double fraction)
    {
        const int percent = std::clamp(static_cast<int>(fraction * 100.0), 0, 100);
        if (percent == m_percent || (!m_terminal && percent / 10 == m_percent / 10))
            return;
        m_percent = percent;
        const QByteArray line =
            ExportCommand::tr("exporting to %1: %2%").arg(m_name).arg(percent).toLocal8Bit();
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
    bool m_terminal = false;
    int m_percent = -1;
};

// Strictly YYYY-MM-DD: the local calendar day the homeowner means, nothing Qt might also
// accept.
std::optional<QDate> parseDay(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

QString meterList(const std::vector<MeterInfo>& meters)
{
    QStringList ids;
    for (const MeterInfo& m : meters)
        ids << m.meterId;
    return ids.join(QLatin1String(", "));
}

QString counted(std::int64_t n, const QString& one, const QString& many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace

int ExportCommand::run(const QStringList& arguments)
{
    CommandLine command(
        QStringLiteral(
            "han-cli export [--db PATH] [--meter ID] --from YYYY-MM-DD --to YYYY-MM-DD "
            "--resolution raw|hourly|daily [--dialect rfc4180|nordic] [--zone ZONE] [--out FILE]"),
        tr("Exports one meter's history as CSV: every reading (raw), the energy of each hour "
           "(hourly) or of each day (daily), for local calendar days."));
    QCommandLineParser& parser = command.parser();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), tr("The history database (default: the one HAN Monitor uses)."),
        QStringLiteral("PATH"));
    const QCommandLineOption meterOption(
        QStringLiteral("meter"),
        tr("The meter to export; needed when the database holds more than one."),
        QStringLiteral("ID"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("The first local day to export (included)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("The last local day to export (included)."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption resolutionOption(QStringLiteral("resolution"),
                                              tr("raw (every reading), hourly or daily."),
                                              QStringLiteral("resolution"));
    const QCommandLineOption dialectOption(
        QStringLiteral("dialect"),
        tr("rfc4180 (default: ',' and '.') or nordic (';', decimal comma, for Excel set to "
           "Norwegian, Danish or Swedish)."),
        QStringLiteral("dialect"), QStringLiteral("rfc4180"));
    const QCommandLineOption zoneOption(
        QStringLiteral("zone"),
        tr("The time zone of the local times and days, e.g. Europe/Oslo (default: the "
           "system's)."),
        QStringLiteral("ZONE"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("The file to write, or - for standard output (the default)."),
        QStringLiteral("FILE"));
    for (const auto* option : {&dbOption, &meterOption, &fromOption, &toOption, &resolutionOption,
                               &dialectOption, &zoneOption, &outOption})
        parser.addOption(*option);
    if (const std::optional<int> exitCode = command.parse(arguments))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty())
        return command.usageError(
            tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    CsvExporter::Options options;
    for (const auto* required : {&fromOption, &toOption, &resolutionOption}) {
        if (!parser.isSet(*required))
            return command.usageError(tr("--%1 is required").arg(required->names().constFirst()));
    }
    const std::optional<QDate> first = parseDay(parser.value(fromOption));
    const std::optional<QDate> last = parseDay(parser.value(toOption));
    if (!first)
        return command.usageError(
            tr("--from '%1' is not a date like 2026-10-25").arg(parser.value(fromOption)));
    if (!last)
        return command.usageError(
            tr("--to '%1' is not a date like 2026-10-25").arg(parser.value(toOption)));
    if (*last < *first)
        return command.usageError(tr("--to %1 is before --from %2")
                                      .arg(parser.value(toOption), parser.value(fromOption)));
    options.firstDay = *first;
    options.lastDay = *last;

    const std::optional<CsvExporter::Resolution> resolution =
        CsvExporter::resolutionFromName(parser.value(resolutionOption));
    if (!resolution)
        return command.usageError(tr("unknown resolution '%1' (use raw, hourly or daily)")
                                      .arg(parser.value(resolutionOption)));
    options.resolution = *resolution;
    const std::optional<CsvWriter::Dialect> dialect =
        CsvWriter::dialectFromName(parser.value(dialectOption));
    if (!dialect)
        return command.usageError(
            tr("unknown dialect '%1' (use rfc4180 or nordic)").arg(parser.value(dialectOption)));
    options.dialect = *dialect;

    if (parser.isSet(zoneOption)) {
        const QTimeZone zone(parser.value(zoneOption).toUtf8());
        if (!zone.isValid())
            return command.usageError(tr("unknown time zone '%1' (use a name like Europe/Oslo)")
                                          .arg(parser.value(zoneOption)));
        options.zone = zone;
    } else {
        options.zone = QTimeZone::systemTimeZone();
        if (!options.zone.isValid())
            options.zone = QTimeZone::utc(); // a system without zone data
    }

    const QString dbPath =
        parser.isSet(dbOption) ? parser.value(dbOption) : HistoryWriter::defaultPath();
    // "-" is standard output, as everywhere else in han-cli.
    const QString outPath =
        parser.value(outOption) == QLatin1String("-") ? QString() : parser.value(outOption);
    if (!outPath.isEmpty() && QFileInfo(outPath).exists() &&
        QFileInfo(outPath).canonicalFilePath() == QFileInfo(dbPath).canonicalFilePath())
        return command.usageError(tr("--out %1 is the database itself").arg(outPath));

    // HistoryReader::open names the file in its errors (missing, not ours, corrupt, too new).
    HistoryReader reader;
    if (!reader.open(dbPath)) {
        CliOutput::message(reader.errorString());
        return 1;
    }
    const std::vector<MeterInfo> meters = reader.meters();
    if (parser.isSet(meterOption)) {
        options.meterId = parser.value(meterOption);
        const bool known = std::any_of(meters.begin(), meters.end(), [&](const MeterInfo& m) {
            return m.meterId == options.meterId;
        });
        if (!known) {
            if (meters.empty())
                CliOutput::message(tr("%1 holds no meters").arg(QDir::toNativeSeparators(dbPath)));
            else
                CliOutput::message(
                    tr("%1 holds no meter '%2'; its meters: %3")
                        .arg(QDir::toNativeSeparators(dbPath), options.meterId, meterList(meters)));
            return 2;
        }
    } else if (meters.size() == 1) {
        options.meterId = meters.front().meterId;
    } else if (meters.empty()) {
        CliOutput::message(tr("%1 holds no meters").arg(QDir::toNativeSeparators(dbPath)));
        return 1;
    } else {
        return command.usageError(tr("%1 holds several meters; choose one with --meter: %2")
                                      .arg(QDir::toNativeSeparators(dbPath), meterList(meters)));
    }

    CsvExporter exporter(reader);
    InterruptGuard interrupts;
    CsvExporter::Result result;
    if (outPath.isEmpty()) {
        exporter.setProgressCallback(
            [](double) { return !g_interrupted.load(std::memory_order_relaxed); });
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            CliOutput::message(tr("could not write to standard output: %1").arg(out.errorString()));
            return 1;
        }
        result = exporter.exportToDevice(options, out, tr("standard output"));
        out.flush();
    } else {
        ExportProgress progress(QDir::toNativeSeparators(outPath));
        exporter.setProgressCallback([&progress](double fraction) {
            progress.update(fraction);
            return !g_interrupted.load(std::memory_order_relaxed);
        });
        result = exporter.exportToFile(options, outPath);
        progress.done();
    }
    if (!result.ok) {
        CliOutput::message(result.errorString);
        return 1;
    }
    if (!outPath.isEmpty())
        CliOutput::message(
            counted(result.rows, tr("%L1 row written to %2"), tr("%L1 rows written to %2"))
                .arg(QDir::toNativeSeparators(outPath)));
    return 0;
}

} // namespace han::cli
