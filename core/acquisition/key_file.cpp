// SPDX-License-Identifier: GPL-3.0-or-later
#include "key_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace han {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("han::KeyFile", text);
}

QByteArray serialise(const KeyFile::Entries& entries)
{
    QByteArray out =
        "# HAN Monitor: the keys of encrypted meters (from the grid company), one block per\n"
        "# connection. Only you can read this file; HAN Monitor rewrites it when keys change.\n";
    for (const auto& [connection, keys] : entries) {
        if (keys.isEmpty())
            continue;
        out += "\n[" + connection.toUtf8() + "]\n";
        if (!keys.encryption.isEmpty())
            out += "encryption = " + MeterKeys::keyToHex(keys.encryption).toLatin1() + '\n';
        if (!keys.authentication.isEmpty())
            out += "authentication = " + MeterKeys::keyToHex(keys.authentication).toLatin1() + '\n';
    }
    return out;
}

#ifdef Q_OS_UNIX
bool writeAll(int fd, const QByteArray& data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n =
            ::write(fd, data.constData() + done, static_cast<std::size_t>(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}
#endif

} // namespace

bool KeyFile::read(Entries& entries, QString* error) const
{
    entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot read the meter keys in %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    QString connection;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            connection = line.mid(1, line.size() - 2);
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (connection.isEmpty() || eq < 0)
            continue;
        const QString name = line.left(eq).trimmed();
        const std::optional<QByteArray> key = MeterKeys::keyFromHex(line.mid(eq + 1).trimmed());
        if (!key)
            continue;
        if (name == QLatin1String("encryption"))
            entries[connection].encryption = *key;
        else if (name == QLatin1String("authentication"))
            entries[connection].authentication = *key;
    }
    return true;
}

bool KeyFile::write(const Entries& entries, QString* error) const
{
    const QString native = QDir::toNativeSeparators(m_path);
    bool any = false;
    for (const auto& entry : entries)
        any = any || !entry.second.isEmpty();
    if (!any) {
        if (QFile::exists(m_path) && !QFile::remove(m_path)) {
            if (error)
                *error = tr("Cannot remove %1.").arg(native);
            return false;
        }
        return true;
    }

    const QString folder = QFileInfo(m_path).absolutePath();
#ifdef Q_OS_UNIX
    // The folder of the file (new: only the user may look in it), its parents as usual.
    const QString parent = QFileInfo(folder).absolutePath();
    if (!QDir(folder).exists() &&
        (!QDir().mkpath(parent) || ::mkdir(QFile::encodeName(folder).constData(), 0700) != 0)) {
        if (error)
            *error = tr("Cannot create the folder %1: %2")
                         .arg(QDir::toNativeSeparators(folder),
                              QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // mkstemp creates the file with mode 0600 whatever the umask: the keys are never readable
    // by anyone else, not even for a moment.
    QByteArray temp = QFile::encodeName(m_path) + ".XXXXXX";
    const int fd = ::mkstemp(temp.data());
    if (fd < 0) {
        if (error)
            *error = tr("Cannot write the meter keys to %1: %2")
                         .arg(native, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const bool written = writeAll(fd, serialise(entries)) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!written || ::rename(temp.constData(), QFile::encodeName(m_path).constData()) != 0) {
        const int why = written ? errno : savedErrno;
        ::unlink(temp.constData());
        if (error)
            *error = tr("Cannot write the meter keys to %1: %2")
                         .arg(native, QString::fromLocal8Bit(std::strerror(why)));
        return false;
    }
    return true;
#else
    // Elsewhere the file lives in the user's own profile, which others cannot read.
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serialise(entries)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write the meter keys to %1: %2").arg(native, file.errorString());
        return false;
    }
    return true;
#endif
}

} // namespace han
