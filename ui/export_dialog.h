// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app_settings.h"

#include <QDialog>

namespace han::ui {

class SessionController;

// Exports the history as CSV: range presets, resolution, dialect, file, progress and cancel.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(SessionController* session, const AppSettings& settings, QWidget* parent = nullptr);

    // The settings with the user's choices applied (valid after accept()).
    AppSettings settings() const { return m_settings; }

private:
    SessionController* m_session = nullptr;
    AppSettings m_settings;
};

} // namespace han::ui
