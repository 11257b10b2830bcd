// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace han::ui {

class SessionController;
struct AppSettings;

// Link state, counters and the last frames with their decoded items.
class DiagnosticsView : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsView(SessionController* session, QWidget* parent = nullptr);

    // The settings changed (fuse, appearance, ...); called by MainWindow.
    void applySettings(const AppSettings& settings);

private:
    SessionController* m_session = nullptr;
};

} // namespace han::ui
