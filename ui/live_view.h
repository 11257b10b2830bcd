// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace han::ui {

class SessionController;
struct AppSettings;

// What the house draws and exports now: gauges, phase loads against the main fuse, voltages.
class LiveView : public QWidget
{
    Q_OBJECT

public:
    explicit LiveView(SessionController* session, QWidget* parent = nullptr);

    // The settings changed (fuse, appearance, ...); called by MainWindow.
    void applySettings(const AppSettings& settings);

private:
    SessionController* m_session = nullptr;
};

} // namespace han::ui
