// SPDX-License-Identifier: GPL-3.0-or-later
#include "phases_view.h"

#include "app_settings.h"
#include "session_controller.h"

namespace han::ui {

PhasesView::PhasesView(SessionController* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
}

void PhasesView::applySettings(const AppSettings& settings)
{
    Q_UNUSED(settings);
}

} // namespace han::ui
