// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup_probe.h"

#include "energy_view.h"
#include "main_window.h"
#include "session_controller.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsView>

#include <cstdio>

namespace han::app {

StartupProbe::StartupProbe(ui::MainWindow& window, ui::SessionController& session)
    : QObject(&window)
{
    // Connected after the Energy view's own handler, so the view has read the history first.
    connect(&session, &ui::SessionController::historyOpened, this,
            [this] { m_historyOpen = true; });
    // The chart (a Qt Charts view, a QGraphicsView: han-monitor does not link Qt Charts itself)
    // paints in its viewport.
    if (auto* chart = window.energyView()->findChild<QGraphicsView*>())
        chart->viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && m_historyOpen && !m_done) {
        m_done = true;
        std::printf("painted\n");
        std::fflush(stdout);
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                  Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace han::app
