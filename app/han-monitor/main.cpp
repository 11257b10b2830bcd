// SPDX-License-Identifier: GPL-3.0-or-later
// han-monitor: the desktop application. Composition root: the one-instance check, the session
// (and with it every thread), the window and the tray icon are made and connected here.
#include "app_settings.h"
#include "appearance.h"
#include "han_version.h"
#include "main_window.h"
#include "session_controller.h"
#include "signal_watcher.h"
#include "single_instance.h"
#include "startup_probe.h"
#include "translation_loader.h"
#include "tray_icon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // han-cli uses the same names, so both find the same settings and history.
    QApplication::setOrganizationName(QStringLiteral(HAN_ORGANIZATION_NAME));
    QApplication::setApplicationName(QStringLiteral(HAN_APPLICATION_NAME));
    QApplication::setApplicationDisplayName(QStringLiteral("HAN Monitor"));
    QApplication::setApplicationVersion(QStringLiteral(HAN_VERSION));
    // The installed desktop file and metainfo carry this id (Wayland matches windows by it).
    QApplication::setDesktopFileName(QStringLiteral(HAN_DESKTOP_FILE_NAME));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/han-monitor.svg")));
    // Recording goes on in the tray when the window closes; only Quit ends the program.
    QApplication::setQuitOnLastWindowClosed(false);

    // The language before any text is made, the options' descriptions included. Settings ▸
    // Language ("" = the system's) also sets the locale numbers and dates are written in.
    QSettings stored;
    han::ui::AppSettings settings = han::ui::AppSettings::load(stored);
    han::app::TranslationLoader translations;
    translations.install(settings.language, true);

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
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QApplication::translate("han-monitor",
                                "Record from the serial device DEV for this run (not saved)."),
        QStringLiteral("DEV"));
    const QCommandLineOption minimizedOption(
        QStringLiteral("minimized"),
        QApplication::translate("han-monitor",
                                "Start recording in the system tray, without the window "
                                "(used when started at login)."));
    // For the startup benchmark (tests/bench/ui_bench), not for people.
    QCommandLineOption measureStartupOption(QStringLiteral("measure-startup"));
    measureStartupOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(dbOption);
    parser.addOption(simulatorOption);
    parser.addOption(portOption);
    parser.addOption(minimizedOption);
    parser.addOption(measureStartupOption);
    parser.process(app);

    han::ui::SingleInstance instance;
    if (!instance.acquire()) {
        if (instance.activateRunning())
            return 0;
        const QString message =
            QApplication::translate("han-monitor",
                                    "another HAN Monitor is running but does not answer (lock %1).")
                .arg(instance.lockPath());
        std::fprintf(stderr, "han-monitor: %s\n", qPrintable(message));
        return 1;
    }

    // The desktop's own look first, so "system" can go back to it after light or dark.
    han::ui::Appearance::rememberSystemLook();
    han::ui::Appearance::apply(settings.appearance);
    // The options apply to this run only: the window saves `settings`, which keeps the user's
    // own choices of database and source.
    const QString databasePath =
        parser.isSet(dbOption) ? parser.value(dbOption) : settings.databasePath;
    han::ui::AppSettings sourceChoice = settings;
    if (parser.isSet(simulatorOption))
        sourceChoice.sourceKind = han::SourceSpec::Kind::Simulator;
    if (parser.isSet(portOption) && !parser.value(portOption).isEmpty()) {
        // The device by its name only: the saved adapter's serial number and VID:PID would
        // lead the reconnect to the saved adapter instead.
        sourceChoice.sourceKind = han::SourceSpec::Kind::Serial;
        sourceChoice.portName = parser.value(portOption);
        sourceChoice.portSerialNumber.clear();
        sourceChoice.portVendorId = 0;
        sourceChoice.portProductId = 0;
    }

    han::ui::SessionController session;
    session.openHistory(databasePath);
    han::ui::MainWindow window(&session, settings);
    QObject::connect(&window, &han::ui::MainWindow::quitRequested, &app, &QApplication::quit);
    if (parser.isSet(measureStartupOption))
        new han::app::StartupProbe(window, session); // owned by the window
    // Logging out sends SIGTERM: end like Quit, so the last readings and the settings are saved.
    han::app::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &han::app::SignalWatcher::terminationRequested, &app,
                     &QApplication::quit);
    QObject::connect(&instance, &han::ui::SingleInstance::activationRequested, &window,
                     &han::ui::MainWindow::bringToFront);

    std::unique_ptr<han::ui::TrayIcon> tray;
    if (han::ui::TrayIcon::isAvailable()) {
        tray = std::make_unique<han::ui::TrayIcon>(session.live());
        QObject::connect(tray.get(), &han::ui::TrayIcon::showRequested, &window,
                         &han::ui::MainWindow::bringToFront);
        QObject::connect(tray.get(), &han::ui::TrayIcon::quitRequested, &app,
                         &QApplication::quit);
        tray->show();
    }

    session.start(sourceChoice.sourceSpec());
    if (!(parser.isSet(minimizedOption) && tray))
        window.show();
    const int status = app.exec();
    window.saveState();
    session.shutdown();
    return status;
}
