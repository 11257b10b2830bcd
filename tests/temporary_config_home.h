// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

namespace han::test {

// $XDG_CONFIG_HOME in a temporary folder for the lifetime of the object, so code that writes
// the user's configuration (the autostart entry) can run in tests. QStandardPaths' test mode
// ignores XDG_CONFIG_HOME, so it is switched off meanwhile and restored afterwards.
class TemporaryConfigHome
{
public:
    TemporaryConfigHome()
        : m_testMode(QStandardPaths::isTestModeEnabled()),
          m_hadVariable(qEnvironmentVariableIsSet("XDG_CONFIG_HOME")),
          m_previous(qgetenv("XDG_CONFIG_HOME"))
    {
        QStandardPaths::setTestModeEnabled(false);
        qputenv("XDG_CONFIG_HOME", m_dir.path().toLocal8Bit());
    }
    ~TemporaryConfigHome()
    {
        if (m_hadVariable)
            qputenv("XDG_CONFIG_HOME", m_previous);
        else
            qunsetenv("XDG_CONFIG_HOME");
        QStandardPaths::setTestModeEnabled(m_testMode);
    }
    TemporaryConfigHome(const TemporaryConfigHome&) = delete;
    TemporaryConfigHome& operator=(const TemporaryConfigHome&) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    bool m_testMode = false;
    bool m_hadVariable = false;
    QByteArray m_previous;
};

} // namespace han::test
