// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray_icon.h"

#include "live_model.h"
#include "value_format.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace han::ui {

TrayIcon::TrayIcon(LiveModel* live, QObject* parent)
    : QObject(parent)
    , m_live(live)
    , m_icon(new QSystemTrayIcon(QApplication::windowIcon(), this))
    , m_menu(new QMenu)
{
    m_menu->addAction(tr("&Show HAN Monitor"), this, &TrayIcon::showRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit (stops recording)"), this, &TrayIcon::quitRequested);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit showRequested();
            });
    connect(m_live, &LiveModel::updated, this, &TrayIcon::update);
    update();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_icon->show();
}

QString TrayIcon::toolTip() const
{
    return m_icon->toolTip();
}

void TrayIcon::update()
{
    QString text = tr("HAN Monitor — recording");
    if (const auto& reading = m_live->latestReading()) {
        const double exportW = reading->activeExportW.value_or(0.0);
        const double importW = reading->activeImportW.value_or(0.0);
        text = exportW > importW
                   ? tr("HAN Monitor — exporting %1").arg(ValueFormat::kilowatts(exportW))
                   : tr("HAN Monitor — drawing %1").arg(ValueFormat::kilowatts(importW));
    }
    if (m_live->isSimulated())
        text += QLatin1Char('\n') + tr("Simulated meter");
    if (m_icon->toolTip() != text)
        m_icon->setToolTip(text);
}

} // namespace han::ui
