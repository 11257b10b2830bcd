// SPDX-License-Identifier: GPL-3.0-or-later
#include "pty_pair.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <fcntl.h>
#include <unistd.h>

namespace han::test {

PtyPair::PtyPair() = default;

PtyPair::~PtyPair()
{
    stop();
}

bool PtyPair::socatAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty();
}

bool PtyPair::start()
{
    stop();
    m_socat.setProgram(QStandardPaths::findExecutable(QStringLiteral("socat")));
    m_socat.setArguments({QStringLiteral("pty,raw,echo=0,link=%1").arg(meterEnd()),
                          QStringLiteral("pty,raw,echo=0,link=%1").arg(adapterEnd())});
    m_socat.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_socat.start();
    if (!m_socat.waitForStarted(5000))
        return false;
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        if (QFileInfo::exists(meterEnd()) && QFileInfo::exists(adapterEnd()))
            return true;
        QThread::msleep(10);
    }
    return false;
}

void PtyPair::stop()
{
    if (m_socat.state() == QProcess::NotRunning)
        return;
    m_socat.terminate();
    if (!m_socat.waitForFinished(5000)) {
        m_socat.kill();
        m_socat.waitForFinished(5000);
    }
    // socat removes its links on a clean exit; make sure, so a restart can make them again.
    QFile::remove(meterEnd());
    QFile::remove(adapterEnd());
}

bool PtyPair::isRunning() const
{
    return m_socat.state() == QProcess::Running;
}

bool PtyPair::write(const QByteArray& bytes)
{
    const QByteArray path = QFile::encodeName(meterEnd());
    const int fd = ::open(path.constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return false;
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n <= 0)
            break;
        done += n;
    }
    ::close(fd);
    return done == bytes.size();
}

} // namespace han::test
