// SPDX-License-Identifier: GPL-3.0-or-later
#include "reading_formatter.h"

#include "reading_fields.h"
#include "reading_json.h"

#include <optional>

namespace han::cli {
namespace {

QString dateTimeText(const std::optional<CosemDateTime>& dt)
{
    return dt ? dt->toIsoString() : QString();
}

// RFC 4180 quoting, plus a guard so no spreadsheet runs meter text as a formula.
QByteArray csvText(const QString& text)
{
    QByteArray value = text.toUtf8();
    if (!value.isEmpty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' ||
                             value[0] == '@' || value[0] == '\t' || value[0] == '\r'))
        value.prepend('\'');
    if (value.contains(',') || value.contains('"') || value.contains('\n') ||
        value.contains('\r')) {
        value.replace("\"", "\"\"");
        value = '"' + value + '"';
    }
    return value;
}

QByteArray padLeft(const QByteArray& text, int width)
{
    return text.size() >= width ? text : QByteArray(width - text.size(), ' ') + text;
}

QByteArray padRight(const QByteArray& text, int width)
{
    return text.size() >= width ? text : text + QByteArray(width - text.size(), ' ');
}

QByteArray valueWithUnit(const std::optional<double>& value, const char* unit)
{
    if (!value)
        return QByteArray("-");
    if (*unit == '\0') // a ratio (power factor)
        return ReadingFormatter::formatNumber(*value);
    return ReadingFormatter::formatNumber(*value) + ' ' + unit;
}

} // namespace

QByteArray ReadingFormatter::formatNumber(double value)
{
    return ReadingJson::number(value);
}

QByteArray ReadingFormatter::jsonLine(const MeterReading& reading)
{
    return ReadingJson::object(reading) + '\n';
}

QByteArray ReadingFormatter::errorJsonLine(const FrameError& error)
{
    QByteArray out("{\"error\": \"");
    out.append(error.kindName());
    out.append("\", \"offset\": ");
    out.append(QByteArray::number(static_cast<qlonglong>(error.streamOffset)));
    if (!error.listName.isEmpty()) {
        out.append(", \"list\": ");
        ReadingJson::appendString(out, QString::fromLatin1(error.listName));
    }
    out.append("}\n");
    return out;
}

QByteArray ReadingFormatter::csvHeader()
{
    QByteArray out("list_version,meter_time,meter_id,meter_type");
    for (const ReadingField& f : kInstantReadingFields)
        out.append(',').append(f.key);
    out.append(",meter_clock");
    for (const ReadingField& f : kRegisterReadingFields)
        out.append(',').append(f.key);
    // The per-phase columns last, so that the columns before them stay where they were.
    for (const ReadingField& f : kPhaseReadingFields)
        out.append(',').append(f.key);
    out.append("\r\n");
    return out;
}

QByteArray ReadingFormatter::csvRow(const MeterReading& r)
{
    QByteArray out;
    out.reserve(256);
    const auto numbers = [&](const auto& fields) {
        for (const ReadingField& f : fields) {
            out.append(',');
            if (const auto& v = r.*(f.member))
                out.append(formatNumber(*v));
        }
    };
    out.append(csvText(r.listVersion)).append(',');
    out.append(csvText(dateTimeText(r.meterTime))).append(',');
    out.append(csvText(r.meterId)).append(',');
    out.append(csvText(r.meterType));
    numbers(kInstantReadingFields);
    out.append(',').append(csvText(dateTimeText(r.meterClock)));
    numbers(kRegisterReadingFields);
    numbers(kPhaseReadingFields);
    out.append("\r\n");
    return out;
}

QByteArray ReadingFormatter::textBlock(const MeterReading& r, quint64 number)
{
    constexpr int kLabel = 17;
    constexpr int kColumn = 14;
    QByteArray out;
    const QByteArray kind = r.hasRegisters() ? "hourly list" : "list";
    out.append('#').append(QByteArray::number(number)).append("  ");
    out.append(r.meterTime ? r.meterTime->toIsoString().toLatin1() : QByteArray("(no time)"));
    out.append("  ").append(kind);
    if (!r.listVersion.isEmpty())
        out.append("  ").append(r.listVersion.toLatin1());
    out.append('\n');

    auto line = [&](const char* label, const QByteArray& value) {
        out.append("  ").append(padRight(label, kLabel)).append(value).append('\n');
    };
    auto row = [&](const char* label, std::initializer_list<QByteArray> cells) {
        QByteArray value;
        for (const QByteArray& cell : cells)
            value.append(padLeft(cell, kColumn));
        line(label, value);
    };
    if (!r.meterId.isEmpty() || !r.meterType.isEmpty())
        line("meter", (r.meterId + QLatin1String("  ") + r.meterType).trimmed().toLatin1());
    row("", {"import", "export"});
    row("active power", {valueWithUnit(r.activeImportW, "W"), valueWithUnit(r.activeExportW, "W")});
    row("reactive power",
        {valueWithUnit(r.reactiveImportVar, "var"), valueWithUnit(r.reactiveExportVar, "var")});
    if (r.powerFactor)
        row("power factor", {formatNumber(*r.powerFactor)});
    // One row per quantity the list carries per phase, in one column per phase.
    const int phases = r.phaseCount();
    const auto phaseRow = [&](const char* label, const std::optional<double>& l1,
                              const std::optional<double>& l2, const std::optional<double>& l3,
                              const char* unit) {
        if (!l1 && !l2 && !l3)
            return;
        if (phases == 1)
            row(label, {valueWithUnit(l1, unit)});
        else
            row(label, {valueWithUnit(l1, unit), valueWithUnit(l2, unit), valueWithUnit(l3, unit)});
    };
    if (phases > 0) {
        if (phases == 1)
            row("", {"L1"});
        else
            row("", {"L1", "L2", "L3"});
        phaseRow("current", r.currentL1A, r.currentL2A, r.currentL3A, "A");
        phaseRow("voltage", r.voltageL1V, r.voltageL2V, r.voltageL3V, "V");
        phaseRow("active import", r.activeImportL1W, r.activeImportL2W, r.activeImportL3W, "W");
        phaseRow("active export", r.activeExportL1W, r.activeExportL2W, r.activeExportL3W, "W");
        phaseRow("power factor", r.powerFactorL1, r.powerFactorL2, r.powerFactorL3, "");
        phaseRow("import energy", r.activeImportL1Wh, r.activeImportL2Wh, r.activeImportL3Wh,
                 "Wh");
        phaseRow("export energy", r.activeExportL1Wh, r.activeExportL2Wh, r.activeExportL3Wh,
                 "Wh");
    }
    if (r.meterClock)
        line("meter clock", r.meterClock->toIsoString().toLatin1());
    if (r.hasRegisters()) {
        row("active energy",
            {valueWithUnit(r.activeImportWh, "Wh"), valueWithUnit(r.activeExportWh, "Wh")});
        row("reactive energy", {valueWithUnit(r.reactiveImportVarh, "varh"),
                                valueWithUnit(r.reactiveExportVarh, "varh")});
    }
    for (const UnknownItem& item : r.unknownItems) {
        const QByteArray value = item.bytes.isEmpty()
                                     ? QByteArray::number(static_cast<qlonglong>(item.integer))
                                     : item.bytes.toHex(' ');
        line(item.obis.toString().toLatin1().constData(), value);
    }
    out.append('\n');
    return out;
}

} // namespace han::cli
