// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app_settings.h"

#include <QDialog>

namespace han::ui {

class SessionController;

// Chooses the source: a serial port (with its adapter details, refreshed on hot-plug) and parity, the simulator, or the replay of a capture file.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(SessionController* session, const AppSettings& settings, QWidget* parent = nullptr);

    // The settings with the user's choices applied (valid after accept()).
    AppSettings settings() const { return m_settings; }

private:
    SessionController* m_session = nullptr;
    AppSettings m_settings;
};

} // namespace han::ui
