// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_data.h"

#include "capture_reader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

#include <cmath>
#include <optional>

namespace han::test {
namespace {

enum class FieldKind { Text, DateTime, Exact, Scaled };

struct Field
{
    const char* name;
    FieldKind kind;
    QString MeterReading::*text = nullptr;
    std::optional<CosemDateTime> MeterReading::*dateTime = nullptr;
    std::optional<double> MeterReading::*number = nullptr;
};

// The JSON field names of han-cli's jsonl output, in its order. Values a list scales down
// (currents in 0.01 A or mA, Aidon's and Kaifa's voltages in 0.1 V, power factors in 0.01) are
// compared with a tolerance, whole quantities exactly.
const Field kFields[] = {
    {"meter_time", FieldKind::DateTime, nullptr, &MeterReading::meterTime},
    {"list_version", FieldKind::Text, &MeterReading::listVersion},
    {"meter_id", FieldKind::Text, &MeterReading::meterId},
    {"meter_type", FieldKind::Text, &MeterReading::meterType},
    {"active_import_w", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeImportW},
    {"active_export_w", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeExportW},
    {"reactive_import_var", FieldKind::Exact, nullptr, nullptr, &MeterReading::reactiveImportVar},
    {"reactive_export_var", FieldKind::Exact, nullptr, nullptr, &MeterReading::reactiveExportVar},
    {"current_l1_a", FieldKind::Scaled, nullptr, nullptr, &MeterReading::currentL1A},
    {"current_l2_a", FieldKind::Scaled, nullptr, nullptr, &MeterReading::currentL2A},
    {"current_l3_a", FieldKind::Scaled, nullptr, nullptr, &MeterReading::currentL3A},
    {"voltage_l1_v", FieldKind::Scaled, nullptr, nullptr, &MeterReading::voltageL1V},
    {"voltage_l2_v", FieldKind::Scaled, nullptr, nullptr, &MeterReading::voltageL2V},
    {"voltage_l3_v", FieldKind::Scaled, nullptr, nullptr, &MeterReading::voltageL3V},
    {"meter_clock", FieldKind::DateTime, nullptr, &MeterReading::meterClock},
    {"active_import_wh", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeImportWh},
    {"active_export_wh", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeExportWh},
    {"reactive_import_varh", FieldKind::Exact, nullptr, nullptr, &MeterReading::reactiveImportVarh},
    {"reactive_export_varh", FieldKind::Exact, nullptr, nullptr, &MeterReading::reactiveExportVarh},
    {"active_import_l1_w", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeImportL1W},
    {"active_import_l2_w", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeImportL2W},
    {"active_import_l3_w", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeImportL3W},
    {"active_export_l1_w", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeExportL1W},
    {"active_export_l2_w", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeExportL2W},
    {"active_export_l3_w", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeExportL3W},
    {"power_factor_l1", FieldKind::Scaled, nullptr, nullptr, &MeterReading::powerFactorL1},
    {"power_factor_l2", FieldKind::Scaled, nullptr, nullptr, &MeterReading::powerFactorL2},
    {"power_factor_l3", FieldKind::Scaled, nullptr, nullptr, &MeterReading::powerFactorL3},
    {"power_factor", FieldKind::Scaled, nullptr, nullptr, &MeterReading::powerFactor},
    {"active_import_l1_wh", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeImportL1Wh},
    {"active_import_l2_wh", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeImportL2Wh},
    {"active_import_l3_wh", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeImportL3Wh},
    {"active_export_l1_wh", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeExportL1Wh},
    {"active_export_l2_wh", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeExportL2Wh},
    {"active_export_l3_wh", FieldKind::Exact, nullptr, nullptr, &MeterReading::activeExportL3Wh},
};

constexpr double kScaledTolerance = 1e-9;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray readFile(const QString& relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot open " << file.fileName().toStdString();
        return {};
    }
    return file.readAll();
}

} // namespace

QString dataPath(const QString& relative)
{
    return QStringLiteral(HAN_TEST_DATA_DIR "/") + relative;
}

QByteArray fromHex(const QByteArray& hex)
{
    QByteArray out;
    out.reserve(hex.size() / 2);
    int high = -1;
    for (const char c : hex) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        const int value = hexDigit(c);
        if (value < 0) {
            ADD_FAILURE() << "not a hex digit: '" << c << "'";
            return {};
        }
        if (high < 0) {
            high = value;
        } else {
            out.append(static_cast<char>((high << 4) | value));
            high = -1;
        }
    }
    if (high >= 0)
        ADD_FAILURE() << "odd number of hex digits";
    return out;
}

QByteArray fromHex(const char* hex) { return fromHex(QByteArray(hex)); }

std::vector<TestFrame> loadFrames(const QString& relative)
{
    std::vector<TestFrame> frames;
    const QByteArray text = readFile(relative);
    for (const QByteArray& rawLine : text.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.indexOf(' ');
        if (space <= 0) {
            ADD_FAILURE() << "bad line in " << relative.toStdString() << ": " << line.toStdString();
            continue;
        }
        frames.push_back({QString::fromLatin1(line.left(space)), fromHex(line.mid(space + 1))});
    }
    return frames;
}

const TestFrame* findFrame(const std::vector<TestFrame>& frames, const QString& id)
{
    for (const TestFrame& frame : frames)
        if (frame.id == id)
            return &frame;
    ADD_FAILURE() << "no frame " << id.toStdString();
    return nullptr;
}

std::vector<QJsonObject> loadJsonl(const QString& relative)
{
    std::vector<QJsonObject> objects;
    const QByteArray text = readFile(relative);
    int lineNumber = 0;
    for (const QByteArray& rawLine : text.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            ADD_FAILURE() << relative.toStdString() << ":" << lineNumber << ": "
                          << error.errorString().toStdString();
            continue;
        }
        objects.push_back(doc.object());
    }
    return objects;
}

QByteArray loadStream(std::vector<QByteArray>* chunks)
{
    QFile file(dataPath(QStringLiteral("kamstrup/stream-2017-10-20.log")));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot open " << file.fileName().toStdString();
        return {};
    }
    CaptureReader reader(&file, CaptureReader::Format::Log);
    QByteArray stream;
    CaptureReader::Chunk chunk;
    while (reader.readChunk(chunk)) {
        stream.append(chunk.bytes);
        if (chunks)
            chunks->push_back(chunk.bytes);
    }
    if (reader.hasReadError())
        ADD_FAILURE() << "read error in the stream log";
    return stream;
}

QJsonObject readingToJson(const MeterReading& reading)
{
    QJsonObject json;
    for (const Field& f : kFields) {
        switch (f.kind) {
        case FieldKind::Text:
            if (!(reading.*f.text).isEmpty())
                json.insert(QLatin1String(f.name), reading.*f.text);
            break;
        case FieldKind::DateTime:
            if (reading.*f.dateTime)
                json.insert(QLatin1String(f.name), (reading.*f.dateTime)->toIsoString());
            break;
        case FieldKind::Exact:
        case FieldKind::Scaled:
            if (reading.*f.number)
                json.insert(QLatin1String(f.name), *(reading.*f.number));
            break;
        }
    }
    return json;
}

::testing::AssertionResult readingMatches(const QJsonObject& expected, const MeterReading& actual)
{
    QStringList problems;
    const QJsonObject json = readingToJson(actual);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (!json.contains(it.key()))
            problems << QStringLiteral("%1 missing").arg(it.key());
    }
    for (const Field& f : kFields) {
        const QString name = QLatin1String(f.name);
        if (!json.contains(name))
            continue;
        if (!expected.contains(name)) {
            problems << QStringLiteral("%1 = %2 not expected")
                            .arg(name, json.value(name).toVariant().toString());
            continue;
        }
        const QJsonValue want = expected.value(name);
        const QJsonValue got = json.value(name);
        bool ok = false;
        switch (f.kind) {
        case FieldKind::Text:
        case FieldKind::DateTime:
            ok = want.isString() && want.toString() == got.toString();
            break;
        case FieldKind::Exact:
            ok = want.isDouble() && std::floor(want.toDouble()) == want.toDouble() &&
                 want.toDouble() == got.toDouble();
            break;
        case FieldKind::Scaled:
            ok = want.isDouble() && std::abs(want.toDouble() - got.toDouble()) <= kScaledTolerance;
            break;
        }
        if (!ok)
            problems << QStringLiteral("%1: expected %2, got %3")
                            .arg(name, want.toVariant().toString(),
                                 got.isString() ? got.toString()
                                                : QString::number(got.toDouble(), 'g', 17));
    }
    if (!actual.unknownItems.empty())
        problems << QStringLiteral("%1 unknown items").arg(actual.unknownItems.size());
    if (problems.isEmpty())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << problems.join(QStringLiteral("; ")).toStdString();
}

HdlcAddressing addressingOf(const HdlcFrame& frame)
{
    HdlcAddressing a;
    a.destination = QByteArray(reinterpret_cast<const char*>(frame.destAddress), frame.destAddressSize);
    a.source = QByteArray(reinterpret_cast<const char*>(frame.srcAddress), frame.srcAddressSize);
    a.control = frame.control;
    return a;
}

void RecordingSink::readingDecoded(const MeterReading& reading, const HdlcFrame& frame)
{
    DecodedFrame d;
    d.reading = reading;
    d.frame = QByteArray(reinterpret_cast<const char*>(frame.data), static_cast<qsizetype>(frame.size));
    d.streamOffset = frame.streamOffset;
    d.addressing = addressingOf(frame);
    if (m_decoder)
        d.notification = m_decoder->lastNotification();
    decoded.push_back(std::move(d));
}

void decodeWhole(const QByteArray& bytes, RecordingSink& sink, StreamDecoder& decoder)
{
    decoder.feed(u8(bytes), usize(bytes), sink);
    decoder.finish(sink);
}

} // namespace han::test
