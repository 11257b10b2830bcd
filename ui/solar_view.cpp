// SPDX-License-Identifier: GPL-3.0-or-later
#include "solar_view.h"

#include "app_settings.h"
#include "session_controller.h"

namespace han::ui {

SolarView::SolarView(SessionController* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
}

void SolarView::applySettings(const AppSettings& settings)
{
    Q_UNUSED(settings);
}

} // namespace han::ui
