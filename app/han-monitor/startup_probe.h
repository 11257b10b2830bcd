// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace han::ui {
class MainWindow;
class SessionController;
} // namespace han::ui

namespace han::app {

// For the hidden `--measure-startup` option (tests/bench/startup_bench): once the history is
// open, the next paint of the Energy view's chart, the view drawn with the history's data, ends
// the run. It prints "painted" on standard output, which the benchmark times from the
// process's start, and quits the way File > Quit does.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(ui::MainWindow& window, ui::SessionController& session);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_historyOpen = false;
    bool m_done = false;
};

} // namespace han::app
