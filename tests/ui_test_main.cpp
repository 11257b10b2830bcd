// SPDX-License-Identifier: GPL-3.0-or-later
// main() of the UI tests: a QApplication with real widgets. Without a display it uses the
// offscreen platform; this has to be decided before the application object exists (test
// discovery runs the binary without the tests' environment).

#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>

#include <cstdlib>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and the default history go to throw-away locations, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    // Meter keys go to a file under the test locations, never into the user's keyring.
    qputenv("HAN_KEY_STORE", "file");
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HanMonitorTests"));
    QApplication::setApplicationName(QStringLiteral("hanui_tests"));
    return RUN_ALL_TESTS();
}
