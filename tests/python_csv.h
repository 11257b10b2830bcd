// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real CSV reader for the tests: Python's csv module, run as a process, parses a file and
// hands the rows back as JSON. Our writer is then checked against a reader we did not write.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace han::test {

struct ParsedCsv
{
    bool ok = false;
    QString error; // why the file could not be parsed (or python3 not run)
    // Cells as the reader returns them: strings, quotes removed, the BOM stripped for
    // utf-8-sig.
    std::vector<QStringList> rows;
};

class PythonCsv
{
public:
    // /usr/bin/python3 when present (a pyenv shim on PATH can be slow or broken), else the
    // first python3 on PATH; empty when there is none.
    static QString interpreter();

    // Parses `path` with csv.reader(strict=True) and `delimiter`. `encoding` "utf-8" makes a
    // stray BOM show up in the first cell; "utf-8-sig" strips one.
    static ParsedCsv parseFile(const QString& path, char delimiter, const char* encoding);
    // The same for bytes (written to a temporary file first).
    static ParsedCsv parseBytes(const QByteArray& bytes, char delimiter, const char* encoding);
};

// Every LF in `bytes` is preceded by CR, and the bytes end with CRLF.
bool allLinesEndInCrlf(const QByteArray& bytes);

} // namespace han::test
