// SPDX-License-Identifier: GPL-3.0-or-later
#include "energy_view.h"

#include "app_settings.h"
#include "session_controller.h"

namespace han::ui {

EnergyView::EnergyView(SessionController* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
}

void EnergyView::applySettings(const AppSettings& settings)
{
    Q_UNUSED(settings);
}

} // namespace han::ui
