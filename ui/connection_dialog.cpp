// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection_dialog.h"

#include "session_controller.h"

namespace han::ui {

ConnectionDialog::ConnectionDialog(SessionController* session, const AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_settings(settings)
{
}

} // namespace han::ui
