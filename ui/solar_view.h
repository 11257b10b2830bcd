// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace han::ui {

class SessionController;
struct AppSettings;

// Signed net power today and what the house exported.
class SolarView : public QWidget
{
    Q_OBJECT

public:
    explicit SolarView(SessionController* session, QWidget* parent = nullptr);

    // The settings changed (fuse, appearance, ...); called by MainWindow.
    void applySettings(const AppSettings& settings);

private:
    SessionController* m_session = nullptr;
};

} // namespace han::ui
