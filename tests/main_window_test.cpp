// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_settings.h"
#include "live_model.h"
#include "main_window.h"
#include "message_banner.h"
#include "session_controller.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>

using han::SourceSpec;
using han::ui::AppSettings;
using han::ui::MainWindow;
using han::ui::SessionController;

namespace {

SourceSpec fastSimulator()
{
    SourceSpec spec;
    spec.kind = SourceSpec::Kind::Simulator;
    spec.simulatorSpeed = 1000;
    spec.simulator.start = QDateTime::fromString(QStringLiteral("2026-06-21T08:00:00Z"), Qt::ISODate);
    return spec;
}

QString labelText(const QWidget& root, const char* name)
{
    const auto* label = root.findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QString();
}

} // namespace

TEST(MainWindow, NamesTheSimulatedMeterInTheStatusBarAndTitle)
{
    QTemporaryDir dir;
    SessionController session;
    session.openHistory(dir.filePath(QStringLiteral("h.sqlite")));
    MainWindow window(&session, AppSettings());
    window.show();
    session.start(fastSimulator());
    ASSERT_TRUE(han::test::waitFor([&] { return session.live()->hasReading(); }));
    ASSERT_TRUE(han::test::waitFor(
        [&] { return labelText(window, "statusSource") == QStringLiteral("Simulated meter"); }));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("Simulated meter")));
    ASSERT_TRUE(han::test::waitFor(
        [&] { return labelText(window, "statusLink") == QStringLiteral("Receiving"); }));
}

TEST(MainWindow, ClosingAndReopeningRestoresTheViewAndGeometry)
{
    QSettings().clear();
    QTemporaryDir dir;
    SessionController session;
    session.openHistory(dir.filePath(QStringLiteral("h.sqlite")));
    AppSettings settings;
    settings.keepRecordingInTray = false;
    {
        MainWindow window(&session, settings);
        window.setGeometry(40, 50, 1100, 700);
        window.show();
        window.setCurrentView(MainWindow::Energy);
        window.close();
    }
    QSettings stored;
    const AppSettings reloaded = AppSettings::load(stored);
    EXPECT_EQ(reloaded.currentView, MainWindow::Energy);
    MainWindow again(&session, reloaded);
    again.show();
    EXPECT_EQ(again.currentView(), MainWindow::Energy);
    EXPECT_EQ(again.size(), QSize(1100, 700));
}

TEST(MainWindow, SwitchingSourcesStartsAfreshAndSaysWhichSourceItIs)
{
    QTemporaryDir dir;
    SessionController session;
    session.openHistory(dir.filePath(QStringLiteral("h.sqlite")));
    MainWindow window(&session, AppSettings());
    window.show();
    session.start(fastSimulator());
    ASSERT_TRUE(han::test::waitFor([&] { return session.live()->hasReading(); }));

    SourceSpec replay;
    replay.kind = SourceSpec::Kind::Replay;
    replay.replayPath = QStringLiteral(HAN_TEST_DATA_DIR "/kamstrup/stream-2017-10-20.log");
    replay.replaySpeed = 0; // as fast as possible
    session.start(replay);
    EXPECT_FALSE(session.live()->isSimulated());
    ASSERT_TRUE(han::test::waitFor([&] {
        return labelText(window, "statusSource") ==
               QStringLiteral("Replay of stream-2017-10-20.log");
    }));
    ASSERT_TRUE(han::test::waitFor([&] {
        return session.live()->meterId() == QStringLiteral("5706567274389702");
    })) << session.live()->meterId().toStdString();
}

TEST(MainWindow, AHistoryThatCannotBeOpenedIsExplainedInTheWindow)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-database.sqlite"));
    QFile junk(path);
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    SessionController session;
    MainWindow window(&session, AppSettings());
    window.show();
    session.openHistory(path);
    ASSERT_TRUE(han::test::waitFor([&] { return window.banner()->isVisible(); }));
    EXPECT_TRUE(window.banner()->text().contains(QStringLiteral("not-a-database.sqlite")))
        << window.banner()->text().toStdString();
    EXPECT_EQ(labelText(window, "statusHistory"), QStringLiteral("History: not saving"));
}

TEST(MainWindow, TellsWhenTheHouseStartsExportingIfAsked)
{
    // No session bus: the message goes to the window's banner instead of the desktop.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    SessionController session;
    AppSettings settings;
    settings.notifyExport = true;
    MainWindow window(&session, settings);
    window.show();
    han::MeterReading reading =
        han::test::simulatedReadings(QStringLiteral("2026-06-20T10:00:00Z"), 1).front();
    reading.activeImportW = 0.0;
    reading.activeExportW = 3200.0;
    session.live()->addReading(reading);
    ASSERT_TRUE(han::test::waitFor([&] { return window.banner()->isVisible(); }));
    EXPECT_TRUE(window.banner()->text().contains(QStringLiteral("exporting")))
        << window.banner()->text().toStdString();
    EXPECT_TRUE(window.banner()->text().contains(QStringLiteral("3.20")))
        << window.banner()->text().toStdString();
    if (!bus.isEmpty())
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
}
