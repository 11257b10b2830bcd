// SPDX-License-Identifier: GPL-3.0-or-later
// The connection dialog's choice of simulated meter: the make and encryption reach the settings
// and the source spec, the page shows the keys to enter and the parity note when they apply, and
// it reads in light and dark without text cut off.
#include "connection_dialog.h"
#include "dialog_screenshots.h"
#include "fake_port_locator.h"
#include "simulator_make_box.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using han::SimulatorSettings;
using han::SourceSpec;
using han::test::FakePortLocator;
using han::ui::AppSettings;
using han::ui::ConnectionDialog;
using Make = han::SimulatorSettings::Make;

namespace {

struct SimulatorDialog
{
    explicit SimulatorDialog(const AppSettings& settings = AppSettings())
    {
        dialog = std::make_unique<ConnectionDialog>(nullptr, settings,
                                                    std::make_shared<FakePortLocator>());
        auto* source = child<QRadioButton>("simulatorSource");
        QTest::mouseClick(source, Qt::LeftButton, {}, QPoint(10, source->height() / 2));
    }
    template <typename T> T* child(const char* name) const
    {
        T* w = dialog->findChild<T*>(QLatin1String(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    void chooseMake(Make make) const
    {
        QComboBox* box = child<QComboBox>("simulatorMake");
        box->setCurrentIndex(box->findData(static_cast<int>(make)));
    }
    bool shown(const char* name) const { return child<QWidget>(name)->isVisibleTo(dialog.get()); }
    AppSettings accept() const
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        EXPECT_EQ(dialog->result(), QDialog::Accepted);
        return dialog->settings();
    }

    std::unique_ptr<ConnectionDialog> dialog;
};

TEST(SimulatorMakeBox, KamstrupNorwayInClearIsTheDefault)
{
    SimulatorDialog d;
    EXPECT_EQ(d.child<QComboBox>("simulatorMake")->currentData().toInt(),
              static_cast<int>(Make::KamstrupNorway));
    EXPECT_FALSE(d.child<QCheckBox>("simulatorEncrypted")->isChecked());
    EXPECT_FALSE(d.shown("simulatorKeys"));
    EXPECT_FALSE(d.shown("simulatorParity"));
    const SourceSpec spec = d.accept().sourceSpec();
    EXPECT_EQ(spec.simulator.make, Make::KamstrupNorway);
    EXPECT_EQ(spec.simulator.meterId, QStringLiteral("5706567000000042"));
    EXPECT_FALSE(spec.simulator.encrypted);
}

TEST(SimulatorMakeBox, AidonReachesTheSpecWithItsParityNote)
{
    SimulatorDialog d;
    d.chooseMake(Make::Aidon);
    EXPECT_TRUE(d.shown("simulatorParity"));
    EXPECT_TRUE(d.child<QLabel>("simulatorParity")->text().contains(QLatin1String("8E1")));
    EXPECT_FALSE(d.shown("simulatorKeys"));
    const AppSettings settings = d.accept();
    EXPECT_EQ(settings.simulatorMake, Make::Aidon);
    const SourceSpec spec = settings.sourceSpec();
    EXPECT_EQ(spec.simulator.make, Make::Aidon);
    EXPECT_EQ(spec.simulator.meterId, QStringLiteral("7359992890000042"));
}

TEST(SimulatorMakeBox, DanishMeterSuggestsEncryptionAndShowsTheKeysToEnter)
{
    SimulatorDialog d;
    d.chooseMake(Make::KamstrupDenmark);
    EXPECT_TRUE(d.child<QCheckBox>("simulatorEncrypted")->isChecked());
    ASSERT_TRUE(d.shown("simulatorKeys"));
    const QString keys = d.child<QLabel>("simulatorKeys")->text();
    // E01's published keys, in groups of four.
    EXPECT_TRUE(keys.contains(QLatin1String("5AD8 4121 D9D2 0B36 4B7A 11F3 C1B5 827F")));
    EXPECT_TRUE(keys.contains(QLatin1String("AFB3 F93E 3E72 04ED B3C2 7F96 DBD5 1AE0")));
    const AppSettings settings = d.accept();
    EXPECT_TRUE(settings.simulatorEncrypted);
    const SourceSpec spec = settings.sourceSpec();
    EXPECT_EQ(spec.simulator.make, Make::KamstrupDenmark);
    EXPECT_EQ(spec.simulator.meterId, QStringLiteral("27500042"));
    EXPECT_TRUE(spec.simulator.encrypted);
    EXPECT_EQ(spec.simulator.keys, SimulatorSettings::demoKeys());
    EXPECT_EQ(spec.keys, SimulatorSettings::demoKeys()); // so its frames decrypt
}

TEST(SimulatorMakeBox, TheChoiceIsSavedAndPreselectedNextTime)
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings chosen;
    chosen.simulatorMake = Make::Kaifa;
    chosen.simulatorEncrypted = true;
    chosen.save(file);
    EXPECT_EQ(file.value(QStringLiteral("source/simulatorMake")).toString(),
              QStringLiteral("kaifa"));
    const AppSettings loaded = AppSettings::load(file);
    EXPECT_EQ(loaded.simulatorMake, Make::Kaifa);
    EXPECT_TRUE(loaded.simulatorEncrypted);

    SimulatorDialog d(loaded);
    EXPECT_EQ(d.child<QComboBox>("simulatorMake")->currentData().toInt(),
              static_cast<int>(Make::Kaifa));
    EXPECT_TRUE(d.child<QCheckBox>("simulatorEncrypted")->isChecked());
    EXPECT_TRUE(d.shown("simulatorKeys"));

    file.setValue(QStringLiteral("source/simulatorMake"), QStringLiteral("landis"));
    EXPECT_EQ(AppSettings::load(file).simulatorMake, Make::KamstrupNorway);
}

class SimulatorMakeBoxScreenshot : public ::testing::TestWithParam<han::test::Theme>
{
};

TEST_P(SimulatorMakeBoxScreenshot, ReadsInLightAndDark)
{
    const han::test::ScopedTheme theme(GetParam());
    SimulatorDialog d;
    d.dialog->show();
    for (const Make make : {Make::KamstrupDenmark, Make::Aidon}) {
        d.chooseMake(make);
        EXPECT_LE(d.dialog->width(), 1366);
        EXPECT_LE(d.dialog->height(), 700);
        const QString name = QStringLiteral("connection-dialog-simulator-%1-%2")
                                 .arg(make == Make::Aidon ? QStringLiteral("aidon")
                                                          : QStringLiteral("danish-encrypted"),
                                      han::test::ScopedTheme::suffix(GetParam()));
        const QImage image = han::test::saveScreenshot(d.dialog.get(), name);
        EXPECT_GT(han::test::distinctColours(image), 20);
        const QStringList clipped = han::test::clippedTexts(d.dialog.get());
        EXPECT_TRUE(clipped.isEmpty()) << clipped.join(QStringLiteral(" | ")).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Themes, SimulatorMakeBoxScreenshot,
                         ::testing::Values(han::test::Theme::Light, han::test::Theme::Dark),
                         han::test::themeTestName);

} // namespace
