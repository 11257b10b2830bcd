// SPDX-License-Identifier: GPL-3.0-or-later
// Autostart: the XDG autostart entry under a temporary $XDG_CONFIG_HOME.
#include "autostart.h"
#include "temporary_config_home.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using han::ui::Autostart;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The value of `key` in the entry's text, as a reader of the file sees it.
QString valueOf(const QByteArray& entry, const QByteArray& key)
{
    for (const QByteArray& line : entry.split('\n')) {
        if (line.startsWith(key + '='))
            return QString::fromUtf8(line.mid(key.size() + 1));
    }
    return {};
}

} // namespace

TEST(Autostart, WritesAndRemovesTheEntryInXdgConfigHome)
{
    han::test::TemporaryConfigHome home;
    ASSERT_TRUE(home.isValid());
    const QString expected = home.path() + QStringLiteral("/autostart/han-monitor.desktop");
    EXPECT_EQ(Autostart::filePath(), expected);
    EXPECT_FALSE(Autostart::isEnabled());

    QString error;
    ASSERT_TRUE(Autostart::setEnabled(true, &error)) << error.toStdString();
    ASSERT_TRUE(QFile::exists(expected));
    EXPECT_TRUE(Autostart::isEnabled());
    const QByteArray entry = readFile(expected);
    EXPECT_TRUE(entry.startsWith("[Desktop Entry]\n"));
    EXPECT_EQ(valueOf(entry, "Type"), QStringLiteral("Application"));
    EXPECT_EQ(valueOf(entry, "Name"), QStringLiteral("HAN Monitor"));
    // The test binary's path has no characters that need quoting.
    const QString binary = QCoreApplication::applicationFilePath();
    ASSERT_FALSE(binary.contains(QLatin1Char(' ')));
    EXPECT_EQ(valueOf(entry, "Exec"), binary + QStringLiteral(" --minimized"));

    // Switching it on again rewrites the entry (the binary may have moved); no error.
    ASSERT_TRUE(Autostart::setEnabled(true, &error));
    EXPECT_TRUE(Autostart::isEnabled());

    ASSERT_TRUE(Autostart::setEnabled(false, &error)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(expected));
    EXPECT_FALSE(Autostart::isEnabled());
    EXPECT_TRUE(Autostart::setEnabled(false, &error)) << "nothing to remove is fine";
}

TEST(Autostart, AnEntrySwitchedOffByTheDesktopCountsAsOff)
{
    han::test::TemporaryConfigHome home;
    ASSERT_TRUE(home.isValid());
    const QString path = Autostart::filePath();
    // What GNOME's "Startup Applications" and the XDG spec's Hidden key leave behind.
    ASSERT_TRUE(writeFile(path, "[Desktop Entry]\nType=Application\nExec=han-monitor\n"
                                "X-GNOME-Autostart-enabled=false\n"));
    EXPECT_FALSE(Autostart::isEnabled());
    ASSERT_TRUE(writeFile(path, "[Desktop Entry]\nType=Application\nExec=han-monitor\n"
                                "Hidden=true\n"));
    EXPECT_FALSE(Autostart::isEnabled());
    // A key of another group does not count.
    ASSERT_TRUE(writeFile(path, "[Desktop Entry]\nType=Application\nExec=han-monitor\n"
                                "[Desktop Action Quit]\nHidden=true\n"));
    EXPECT_TRUE(Autostart::isEnabled());
}

TEST(Autostart, AFolderThatCannotBeWrittenIsReportedWithItsPath)
{
    han::test::TemporaryConfigHome home;
    ASSERT_TRUE(home.isValid());
    // A file where the autostart folder should be.
    ASSERT_TRUE(writeFile(home.path() + QStringLiteral("/autostart"), "not a folder"));
    QString error;
    EXPECT_FALSE(Autostart::setEnabled(true, &error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(Autostart::filePath())))
        << error.toStdString();
    EXPECT_FALSE(Autostart::isEnabled());
}

TEST(Autostart, ExecQuotingFollowsTheDesktopEntrySpecification)
{
    // Hand-written from the Desktop Entry Specification 1.5, "The Exec key".
    EXPECT_EQ(Autostart::quoteExecArgument(QStringLiteral("/usr/bin/han-monitor")),
              QStringLiteral("/usr/bin/han-monitor"));
    EXPECT_EQ(Autostart::quoteExecArgument(QStringLiteral("/opt/HAN Monitor/han-monitor")),
              QStringLiteral("\"/opt/HAN Monitor/han-monitor\""));
    // A dollar sign needs a backslash inside the quotes; the string rule doubles the backslash.
    EXPECT_EQ(Autostart::quoteExecArgument(QStringLiteral("/home/a$b/han")),
              QStringLiteral(R"("/home/a\\$b/han")"));
    // "to unambiguously represent a literal backslash ... requires four".
    EXPECT_EQ(Autostart::quoteExecArgument(QStringLiteral(R"(/x\y)")),
              QStringLiteral(R"("/x\\\\y")"));
    EXPECT_EQ(Autostart::quoteExecArgument(QStringLiteral(R"(/say "hi")")),
              QStringLiteral(R"("/say \\"hi\\"")"));
    // Field codes start with %: a literal one is doubled in the Exec line.
    const QByteArray entry = Autostart::desktopEntry(QStringLiteral("/opt/100%/han-monitor"));
    EXPECT_EQ(valueOf(entry, "Exec"), QStringLiteral("/opt/100%%/han-monitor --minimized"));
}

TEST(Autostart, AnAppImageIsStartedFromItsFileNotItsMount)
{
    const bool had = qEnvironmentVariableIsSet("APPIMAGE");
    const QByteArray previous = qgetenv("APPIMAGE");
    qputenv("APPIMAGE", "/home/user/Apps/HAN_Monitor-x86_64.AppImage");
    EXPECT_EQ(Autostart::executablePath(),
              QStringLiteral("/home/user/Apps/HAN_Monitor-x86_64.AppImage"));
    qunsetenv("APPIMAGE");
    EXPECT_EQ(Autostart::executablePath(), QCoreApplication::applicationFilePath());
    if (had)
        qputenv("APPIMAGE", previous);
}
