// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz harness over files without libFuzzer, so the ordinary (GCC) build replays the
// seed corpus and every input that once crashed as a regression test. Arguments are files or
// directories; a directory means every file in it, and a directory that does not exist is
// skipped (a harness without regressions yet). Exit 0 when all ran, 1 when none was found.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

bool runFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                           static_cast<std::size_t>(bytes.size()));
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    int ran = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (!info.exists()) {
            std::printf("%s: none yet\n", qPrintable(path));
            continue;
        }
        if (info.isDir()) {
            const QDir dir(path);
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
                if (name.startsWith(QLatin1Char('.')) || name == QLatin1String("README.md"))
                    continue;
                if (!runFile(dir.filePath(name)))
                    return 1;
                ++ran;
            }
        } else if (runFile(path)) {
            ++ran;
        } else {
            return 1;
        }
    }
    std::printf("replayed %d inputs\n", ran);
    return ran > 0 ? 0 : 1;
}
