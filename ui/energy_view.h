// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace han::ui {

class SessionController;
struct AppSettings;

// Hourly energy table and bar chart by day, month or year.
class EnergyView : public QWidget
{
    Q_OBJECT

public:
    explicit EnergyView(SessionController* session, QWidget* parent = nullptr);

    // The settings changed (fuse, appearance, ...); called by MainWindow.
    void applySettings(const AppSettings& settings);

private:
    SessionController* m_session = nullptr;
};

} // namespace han::ui
