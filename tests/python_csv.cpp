// SPDX-License-Identifier: GPL-3.0-or-later
#include "python_csv.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace han::test {
namespace {

// strict=True turns malformed quoting into an error instead of a best guess.
const char* const kScript = R"PY(
import csv, json, sys
path, delimiter, encoding = sys.argv[1], sys.argv[2], sys.argv[3]
try:
    with open(path, newline='', encoding=encoding) as f:
        rows = list(csv.reader(f, delimiter=delimiter, strict=True))
except Exception as e:
    sys.stderr.write('%s: %s\n' % (type(e).__name__, e))
    sys.exit(3)
json.dump(rows, sys.stdout)
)PY";

} // namespace

QString PythonCsv::interpreter()
{
    const QString system = QStringLiteral("/usr/bin/python3");
    if (QFileInfo(system).isExecutable())
        return system;
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

ParsedCsv PythonCsv::parseFile(const QString& path, char delimiter, const char* encoding)
{
    ParsedCsv parsed;
    const QString python = interpreter();
    if (python.isEmpty()) {
        parsed.error = QStringLiteral("python3 not found (the CSV tests need its csv module)");
        return parsed;
    }
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QString::fromUtf8(kScript), path,
                           QString(QLatin1Char(delimiter)), QString::fromLatin1(encoding)});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        parsed.error = QStringLiteral("python3 csv failed (%1): %2")
                           .arg(process.exitCode())
                           .arg(QString::fromUtf8(process.readAllStandardError()));
        return parsed;
    }
    QJsonParseError jsonError{};
    const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isArray()) {
        parsed.error =
            QStringLiteral("python3 csv printed no JSON array: %1").arg(jsonError.errorString());
        return parsed;
    }
    const QJsonArray rows = doc.array();
    parsed.rows.reserve(static_cast<std::size_t>(rows.size()));
    for (const QJsonValue& row : rows) {
        QStringList cells;
        for (const QJsonValue& cell : row.toArray())
            cells << cell.toString();
        parsed.rows.push_back(cells);
    }
    parsed.ok = true;
    return parsed;
}

ParsedCsv PythonCsv::parseBytes(const QByteArray& bytes, char delimiter, const char* encoding)
{
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush()) {
        ParsedCsv parsed;
        parsed.error = QStringLiteral("could not write a temporary file");
        return parsed;
    }
    return parseFile(file.fileName(), delimiter, encoding);
}

bool allLinesEndInCrlf(const QByteArray& bytes)
{
    if (!bytes.endsWith("\r\n"))
        return false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r'))
            return false;
    }
    return true;
}

} // namespace han::test
