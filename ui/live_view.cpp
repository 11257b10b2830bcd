// SPDX-License-Identifier: GPL-3.0-or-later
#include "live_view.h"

#include "app_settings.h"
#include "session_controller.h"

namespace han::ui {

LiveView::LiveView(SessionController* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
}

void LiveView::applySettings(const AppSettings& settings)
{
    Q_UNUSED(settings);
}

} // namespace han::ui
