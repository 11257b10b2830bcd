// SPDX-License-Identifier: GPL-3.0-or-later
// han-monitor: the desktop application. Composition root: the session (and with it every
// thread) and the window are made here.
#include "app_settings.h"
#include "han_version.h"
#include "main_window.h"
#include "session_controller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // han-cli uses the same names, so both find the same settings and history.
    QApplication::setOrganizationName(QStringLiteral(HAN_ORGANIZATION_NAME));
    QApplication::setApplicationName(QStringLiteral(HAN_APPLICATION_NAME));
    QApplication::setApplicationDisplayName(QStringLiteral("HAN Monitor"));
    QApplication::setApplicationVersion(QStringLiteral(HAN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("han-monitor"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("han-monitor", "Shows what a Kamstrup HAN meter reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("han-monitor", "Use the history database PATH."),
        QStringLiteral("PATH"));
    const QCommandLineOption simulatorOption(
        QStringLiteral("simulator"),
        QApplication::translate("han-monitor", "Start on the simulated meter."));
    parser.addOption(dbOption);
    parser.addOption(simulatorOption);
    parser.process(app);

    QSettings stored;
    han::ui::AppSettings settings = han::ui::AppSettings::load(stored);
    if (parser.isSet(dbOption))
        settings.databasePath = parser.value(dbOption);
    if (parser.isSet(simulatorOption))
        settings.sourceKind = han::SourceSpec::Kind::Simulator;

    han::ui::SessionController session;
    session.openHistory(settings.databasePath);
    han::ui::MainWindow window(&session, settings);
    QObject::connect(&window, &han::ui::MainWindow::quitRequested, &app, &QApplication::quit);
    session.start(settings.sourceSpec());
    window.show();
    const int status = app.exec();
    window.saveState();
    session.shutdown();
    return status;
}
