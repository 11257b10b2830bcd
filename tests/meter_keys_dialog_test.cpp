// SPDX-License-Identifier: GPL-3.0-or-later
// Meter keys in the connection dialog: real widgets offscreen, keys typed as a user types
// them, saved to a real key file in a temporary config home; the session hands them to the
// worker; an encrypted meter without keys brings the banner that leads to the dialog.
#include "connection_dialog.h"
#include "dialog_screenshots.h"
#include "fake_port_locator.h"
#include "key_store.h"
#include "live_model.h"
#include "main_window.h"
#include "message_banner.h"
#include "meter_keys_panel.h"
#include "session_controller.h"
#include "temporary_config_home.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <memory>

using han::KeyStore;
using han::MeterKeys;
using han::PortInfo;
using han::SourceSpec;
using han::test::FakePortLocator;
using han::ui::AppSettings;
using han::ui::ConnectionDialog;
using han::ui::MeterKeysPanel;
using han::ui::SessionController;

namespace {

// E01's published keys (PROTOCOL.md §9.2), as a grid company's letter prints them.
const QString kEk = QStringLiteral("5AD8 4121 D9D2 0B36 4B7A 11F3 C1B5 827F");
const QString kAk = QStringLiteral("AFB3 F93E 3E72 04ED B3C2 7F96 DBD5 1AE0");

MeterKeys e01Keys()
{
    MeterKeys k;
    k.encryption =
        QByteArray("\x5A\xD8\x41\x21\xD9\xD2\x0B\x36\x4B\x7A\x11\xF3\xC1\xB5\x82\x7F", 16);
    k.authentication =
        QByteArray("\xAF\xB3\xF9\x3E\x3E\x72\x04\xED\xB3\xC2\x7F\x96\xDB\xD5\x1A\xE0", 16);
    return k;
}

const PortInfo kFtdi =
    FakePortLocator::usbPort(QStringLiteral("ttyUSB0"), 0x0403, 0x6001, QStringLiteral("A6008isP"),
                             QStringLiteral("FTDI"), QStringLiteral("FT232R USB UART"));

AppSettings ftdiSettings()
{
    AppSettings s;
    s.sourceKind = SourceSpec::Kind::Serial;
    s.portName = QStringLiteral("/dev/ttyUSB0");
    s.portSerialNumber = QStringLiteral("A6008isP");
    s.portVendorId = 0x0403;
    s.portProductId = 0x6001;
    return s;
}

struct KeysDialog
{
    explicit KeysDialog(const AppSettings& settings = ftdiSettings())
    {
        locator->setPorts({kFtdi});
        dialog = std::make_unique<ConnectionDialog>(nullptr, settings, locator);
        dialog->show();
    }
    template <typename T> T* child(const char* name) const
    {
        T* w = dialog->findChild<T*>(QLatin1String(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    QLineEdit* ek() const { return child<QLineEdit>("encryptionKey"); }
    QLineEdit* ak() const { return child<QLineEdit>("authenticationKey"); }
    QString ekStatus() const { return child<QLabel>("encryptionKeyStatus")->text(); }
    QString akStatus() const { return child<QLabel>("authenticationKeyStatus")->text(); }
    QPushButton* ok() const
    {
        return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    QString hint() const
    {
        auto* label = child<QLabel>("connectionHint");
        return label->isVisibleTo(dialog.get()) ? label->text() : QString();
    }

    std::shared_ptr<FakePortLocator> locator = std::make_shared<FakePortLocator>();
    std::unique_ptr<ConnectionDialog> dialog;
};

mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(MeterKeysDialog, KeysTypedAreCheckedAsTypedAndOkSavesThemToAPrivateFile)
{
    const han::test::TemporaryConfigHome home;
    ASSERT_TRUE(home.isValid());
    const QString keyFile = KeyStore::defaultFilePath();
    ASSERT_TRUE(keyFile.startsWith(home.path())) << keyFile.toStdString();

    KeysDialog f;
    ASSERT_TRUE(f.child<MeterKeysPanel>("meterKeys")->isVisible());
    EXPECT_EQ(f.ek()->echoMode(), QLineEdit::Password);
    EXPECT_EQ(f.ek()->text(), QString());
    EXPECT_EQ(f.ekStatus(), QStringLiteral("not set"));
    EXPECT_TRUE(f.ok()->isEnabled()) << "no keys is fine: most meters need none";
    EXPECT_TRUE(f.child<QLabel>("keyLocation")->text().contains(keyFile));

    QTest::keyClicks(f.ek(), QStringLiteral("5AD8 4121 D9D2"));
    EXPECT_EQ(f.ekStatus(), QStringLiteral("12 of 32 digits"));
    EXPECT_FALSE(f.ok()->isEnabled());
    EXPECT_EQ(f.hint(), QStringLiteral("The encryption key is not complete: 12 of 32 digits."));
    // A letter that is no hex digit is named.
    QTest::keyClicks(f.ek(), QStringLiteral("O"));
    EXPECT_EQ(f.ekStatus(), QStringLiteral("“O” is not a hex digit (0–9, A–F)"));
    EXPECT_FALSE(f.ok()->isEnabled());
    QTest::keyClick(f.ek(), Qt::Key_Backspace);
    QTest::keyClicks(f.ek(), kEk.mid(14));
    EXPECT_EQ(f.ekStatus(), QStringLiteral("✓ complete"));
    EXPECT_TRUE(f.ok()->isEnabled()) << "an encryption-only meter needs no authentication key";
    // The field never shows the digits while masked.
    EXPECT_NE(f.ek()->displayText(), f.ek()->text());

    QTest::keyClicks(f.ak(), kAk.left(20));
    EXPECT_EQ(f.akStatus(), QStringLiteral("16 of 32 digits"));
    EXPECT_FALSE(f.ok()->isEnabled());
    QTest::keyClicks(f.ak(), kAk.mid(20) + QStringLiteral("0"));
    EXPECT_EQ(f.akStatus(), QStringLiteral("33 digits: a key has 32"));
    EXPECT_FALSE(f.ok()->isEnabled());
    QTest::keyClick(f.ak(), Qt::Key_Backspace);
    EXPECT_EQ(f.akStatus(), QStringLiteral("✓ complete"));
    ASSERT_TRUE(f.ok()->isEnabled());
    QTest::mouseClick(f.ok(), Qt::LeftButton);
    ASSERT_EQ(f.dialog->result(), QDialog::Accepted);

    // A private file, under the adapter's serial number, with the keys.
    EXPECT_EQ(modeOf(keyFile), 0600u);
    const QByteArray text = contents(keyFile);
    EXPECT_TRUE(text.contains("[adapter:A6008isP]"));
    EXPECT_TRUE(text.contains("encryption = 5AD84121D9D20B364B7A11F3C1B5827F"));
    EXPECT_TRUE(text.contains("authentication = AFB3F93E3E7204EDB3C27F96DBD51AE0"));
    // The app's settings hold no key: AppSettings has no place for them.
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(ini, QSettings::IniFormat);
        f.dialog->settings().save(settings);
    }
    const QByteArray saved = contents(ini);
    ASSERT_FALSE(saved.isEmpty());
    EXPECT_FALSE(saved.contains("5AD84121")) << saved.constData();
    EXPECT_FALSE(saved.toUpper().contains("AFB3F93E"));

    // Opened again: the keys are there, masked, as saved.
    KeysDialog again(f.dialog->settings());
    EXPECT_EQ(again.ek()->echoMode(), QLineEdit::Password);
    EXPECT_EQ(again.ek()->text(), kEk);
    EXPECT_EQ(again.ak()->text(), kAk);
    EXPECT_NE(again.ek()->displayText(), kEk);
    EXPECT_EQ(again.ekStatus(), QStringLiteral("✓ complete"));
    QTest::mouseClick(again.child<QCheckBox>("showKeys"), Qt::LeftButton, {}, QPoint(8, 8));
    EXPECT_EQ(again.ek()->displayText(), kEk);
    EXPECT_EQ(again.ak()->displayText(), kAk);
    EXPECT_EQ(KeyStore::open().load(again.dialog->settings().sourceSpec()), e01Keys());
}

TEST(MeterKeysDialog, ClearingTheFieldsForgetsTheKeysAndTheSimulatorHasNone)
{
    const han::test::TemporaryConfigHome home;
    const SourceSpec spec = ftdiSettings().sourceSpec();
    ASSERT_TRUE(KeyStore::open().save(spec, e01Keys()));
    KeysDialog f;
    EXPECT_EQ(f.ek()->text(), kEk);
    f.ek()->clear();
    f.ak()->clear();
    QTest::mouseClick(f.ok(), Qt::LeftButton);
    ASSERT_EQ(f.dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(KeyStore::open().load(spec).isEmpty());
    EXPECT_FALSE(QFile::exists(KeyStore::defaultFilePath()));

    KeysDialog simulator{AppSettings()};
    EXPECT_FALSE(simulator.child<MeterKeysPanel>("meterKeys")->isVisibleTo(simulator.dialog.get()));
}

TEST(MeterKeysDialog, AnAuthenticationKeyAloneIsNotAccepted)
{
    const han::test::TemporaryConfigHome home;
    KeysDialog f;
    QTest::keyClicks(f.ak(), kAk);
    EXPECT_FALSE(f.ok()->isEnabled());
    EXPECT_TRUE(f.hint().contains(QStringLiteral("encryption key too")));
}

TEST(MeterKeysDialog, ReachedByKeyboardAlone)
{
    const han::test::TemporaryConfigHome home;
    KeysDialog f;
    QApplication::setActiveWindow(f.dialog.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(f.dialog.get()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), f.ek());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), f.ak());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_U, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), f.ak());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::AltModifier);
    QTest::qWait(200); // a check box's mnemonic clicks it with a short animation
    EXPECT_TRUE(f.child<QCheckBox>("showKeys")->isChecked());
    EXPECT_EQ(f.ek()->echoMode(), QLineEdit::Normal);
    // The banner's way in puts the cursor in the first field.
    KeysDialog second;
    second.dialog->focusKeys();
    QApplication::setActiveWindow(second.dialog.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(second.dialog.get()));
    EXPECT_EQ(QApplication::focusWidget(), second.ek());
}

// The keys of the chosen connection reach the worker's SourceSpec, and an encrypted meter
// without keys is announced once, with a button to the dialog in the window's banner.
TEST(MeterKeysDialog, StoredKeysReachTheSourceAndAnEncryptedMeterWithoutThemIsAnnounced)
{
    const han::test::TemporaryConfigHome home;
    QTemporaryDir dir;
    // E01 (an encrypted Danish Kamstrup frame) three times, as a hex capture.
    QFile frames(QStringLiteral(HAN_TEST_DATA_DIR "/other-meters/frames.txt"));
    ASSERT_TRUE(frames.open(QIODevice::ReadOnly | QIODevice::Text));
    QByteArray e01;
    while (!frames.atEnd()) {
        const QByteArray line = frames.readLine();
        if (line.startsWith("E01 "))
            e01 = line.mid(4).trimmed();
    }
    ASSERT_FALSE(e01.isEmpty());
    const QString capture = dir.filePath(QStringLiteral("e01.hex"));
    {
        QFile out(capture);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(e01 + '\n' + e01 + '\n' + e01 + '\n');
    }
    SourceSpec replay;
    replay.kind = SourceSpec::Kind::Replay;
    replay.replayPath = capture;
    replay.replaySpeed = 0;

    SessionController session;
    session.openHistory(dir.filePath(QStringLiteral("h.sqlite")));
    han::ui::MainWindow window(&session, AppSettings());
    window.show();
    QSignalSpy announced(&session, &SessionController::encryptedWithoutKeys);
    QSignalSpy finished(&session, &SessionController::sourceFinished);
    // What the window's banner shows when it is said (the replay's end replaces it later).
    han::ui::MessageBanner* banner = window.banner();
    QString bannerText;
    QString buttonText;
    QObject::connect(&session, &SessionController::encryptedWithoutKeys, &window, [&] {
        bannerText = banner->text();
        buttonText = banner->actionButton()->isVisibleTo(banner) ? banner->actionButton()->text()
                                                                 : QString();
    });
    session.start(replay);
    ASSERT_TRUE(han::test::waitFor([&] { return finished.count() > 0; }, 20000));
    EXPECT_TRUE(session.source().keys.isEmpty());
    EXPECT_EQ(announced.count(), 1) << "said once, not per frame";
    EXPECT_EQ(bannerText, QStringLiteral("This meter encrypts its data: enter the two keys from "
                                         "your grid company (File > Connect to Meter, Ctrl+K)."));
    EXPECT_EQ(buttonText, QStringLiteral("Enter &Keys…"));
    EXPECT_FALSE(banner->actionButton()->isVisibleTo(banner)) << "the next message took it away";

    // The link then says in its own words that keys are missing (a serial port: no data): the
    // banner shows those words, and the way to the keys stays with them until it connects.
    emit session.live()->linkStateChanged(
        han::LinkState::NoData, QStringLiteral("The meter sends encrypted frames: enter the keys."));
    EXPECT_EQ(banner->text(), QStringLiteral("The meter sends encrypted frames: enter the keys."));
    EXPECT_TRUE(banner->actionButton()->isVisibleTo(banner));
    EXPECT_EQ(banner->actionButton()->text(), QStringLiteral("Enter &Keys…"));
    emit session.live()->linkStateChanged(han::LinkState::Connected, QString());
    emit session.live()->linkStateChanged(han::LinkState::NoData,
                                          QStringLiteral("No data from the meter for 30 s."));
    EXPECT_FALSE(banner->actionButton()->isVisibleTo(banner)) << "keys are no longer the issue";

    // With keys stored for this file, the next start carries them.
    ASSERT_TRUE(KeyStore::open().save(replay, e01Keys()));
    session.start(replay);
    EXPECT_EQ(session.source().keys, e01Keys());
    session.shutdown();
}

class MeterKeysScreenshot : public ::testing::TestWithParam<han::test::Theme>
{
};

TEST_P(MeterKeysScreenshot, KeysMaskedAndWhileTypedReadInLightAndDark)
{
    const han::test::TemporaryConfigHome home;
    const han::test::ScopedTheme theme(GetParam());
    const QString suffix = han::test::ScopedTheme::suffix(GetParam());
    ASSERT_TRUE(KeyStore::open().save(ftdiSettings().sourceSpec(), e01Keys()));
    {
        KeysDialog f;
        EXPECT_LE(f.dialog->width(), 1366);
        EXPECT_LE(f.dialog->height(), 740) << "fits a 1366x768 screen";
        const QString name = QStringLiteral("connection-dialog-keys-%1").arg(suffix);
        const QImage image = han::test::saveScreenshot(f.dialog.get(), name);
        EXPECT_GT(han::test::distinctColours(image), 20);
        const QStringList clipped = han::test::clippedTexts(f.dialog.get());
        EXPECT_TRUE(clipped.isEmpty()) << clipped.join(QStringLiteral(" | ")).toStdString();
    }
    KeysDialog typing;
    typing.ek()->clear();
    typing.ak()->clear();
    QTest::mouseClick(typing.child<QCheckBox>("showKeys"), Qt::LeftButton, {}, QPoint(8, 8));
    QTest::keyClicks(typing.ek(), QStringLiteral("5AD8 4121 D9D2"));
    QTest::keyClicks(typing.ak(), QStringLiteral("AFB3 F93E 3E72 04EZ"));
    const QString name = QStringLiteral("connection-dialog-keys-typing-%1").arg(suffix);
    han::test::saveScreenshot(typing.dialog.get(), name);
    const QStringList clipped = han::test::clippedTexts(typing.dialog.get());
    EXPECT_TRUE(clipped.isEmpty()) << clipped.join(QStringLiteral(" | ")).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Themes, MeterKeysScreenshot,
                         ::testing::Values(han::test::Theme::Light, han::test::Theme::Dark),
                         han::test::themeTestName);
