// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection_dialog.h"
#include "dialog_screenshots.h"
#include "fake_port_locator.h"
#include "port_list_model.h"
#include "session_controller.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using han::PortInfo;
using han::PortSettings;
using han::SourceSpec;
using han::test::FakePortLocator;
using han::ui::AppSettings;
using han::ui::ConnectionDialog;
using han::ui::PortListModel;

namespace {

const PortInfo kFtdi =
    FakePortLocator::usbPort(QStringLiteral("ttyUSB0"), 0x0403, 0x6001, QStringLiteral("A6008isP"),
                             QStringLiteral("FTDI"), QStringLiteral("FT232R USB UART"));
const PortInfo kCp210x = FakePortLocator::usbPort(
    QStringLiteral("ttyUSB1"), 0x10c4, 0xea60, QStringLiteral("0001"),
    QStringLiteral("Silicon Labs"), QStringLiteral("CP2102 USB to UART Bridge Controller"));

struct DialogFixture
{
    explicit DialogFixture(const AppSettings& settings = AppSettings(),
                           std::vector<PortInfo> ports = {kFtdi, kCp210x})
    {
        locator->setPorts(std::move(ports));
        dialog = std::make_unique<ConnectionDialog>(nullptr, settings, locator);
        tester = std::make_unique<QAbstractItemModelTester>(
            dialog->portModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    template <typename T> T* child(const char* name) const
    {
        T* w = dialog->findChild<T*>(QLatin1String(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    QTableView* portView() const { return child<QTableView>("portView"); }
    QString selectedPort() const
    {
        const QModelIndexList rows = portView()->selectionModel()->selectedRows();
        return rows.isEmpty() ? QString()
                              : rows.first().data(PortListModel::SystemLocationRole).toString();
    }
    void selectPort(const QString& location) const
    {
        const int row = dialog->portModel()->rowOf(location);
        ASSERT_GE(row, 0);
        portView()->selectionModel()->select(dialog->portModel()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    }
    // Clicks OK the way a user does; false when it is disabled.
    bool clickOk() const
    {
        QPushButton* button = okButton();
        if (!button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return dialog->result() == QDialog::Accepted;
    }
    QPushButton* okButton() const
    {
        return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    // Clicks a source's radio button on its label, as a user does.
    void choose(const char* name) const
    {
        auto* button = child<QRadioButton>(name);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(10, button->height() / 2));
    }
    QString hint() const
    {
        auto* label = child<QLabel>("connectionHint");
        return label->isVisibleTo(dialog.get()) ? label->text() : QString();
    }

    std::shared_ptr<FakePortLocator> locator = std::make_shared<FakePortLocator>();
    std::unique_ptr<ConnectionDialog> dialog;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

AppSettings serialSettings(const QString& portName, const QString& serial, quint16 vid, quint16 pid)
{
    AppSettings s;
    s.sourceKind = SourceSpec::Kind::Serial;
    s.portName = portName;
    s.portSerialNumber = serial;
    s.portVendorId = vid;
    s.portProductId = pid;
    return s;
}

} // namespace

TEST(ConnectionDialog, SerialPortChoiceIsWrittenWithTheAdapterIdentityAndParity)
{
    DialogFixture f; // default settings: the simulator
    f.dialog->show();
    EXPECT_TRUE(f.child<QRadioButton>("simulatorSource")->isChecked());
    EXPECT_TRUE(f.okButton()->isEnabled()) << "the simulator needs nothing more";

    f.choose("serialSource");
    ASSERT_EQ(f.dialog->chosenKind(), SourceSpec::Kind::Serial);
    EXPECT_EQ(f.dialog->portModel()->rowCount(), 2);
    EXPECT_FALSE(f.okButton()->isEnabled()) << "no port selected yet";
    EXPECT_FALSE(f.hint().isEmpty());
    EXPECT_FALSE(f.clickOk());

    f.selectPort(QStringLiteral("/dev/ttyUSB1"));
    EXPECT_TRUE(f.okButton()->isEnabled());
    auto* parity = f.child<QComboBox>("parity");
    parity->setCurrentIndex(parity->findData(static_cast<int>(PortSettings::Parity::Even)));
    ASSERT_TRUE(f.clickOk());

    const AppSettings s = f.dialog->settings();
    EXPECT_EQ(s.sourceKind, SourceSpec::Kind::Serial);
    EXPECT_EQ(s.portName, QStringLiteral("/dev/ttyUSB1"));
    EXPECT_EQ(s.portSerialNumber, QStringLiteral("0001"));
    EXPECT_EQ(s.portVendorId, 0x10c4);
    EXPECT_EQ(s.portProductId, 0xea60);
    EXPECT_EQ(s.parity, PortSettings::Parity::Even);
    // What MainWindow starts from it.
    const SourceSpec spec = s.sourceSpec();
    EXPECT_EQ(spec.kind, SourceSpec::Kind::Serial);
    EXPECT_EQ(spec.port.portName, QStringLiteral("/dev/ttyUSB1"));
    EXPECT_EQ(spec.port.parity, PortSettings::Parity::Even);
}

TEST(ConnectionDialog, ThePortInUseIsPreselectedEvenUnderANewName)
{
    // Saved as ttyUSB3, now back as ttyUSB0: found by its serial number.
    DialogFixture f(
        serialSettings(QStringLiteral("/dev/ttyUSB3"), QStringLiteral("A6008isP"), 0x0403, 0x6001));
    EXPECT_TRUE(f.child<QRadioButton>("serialSource")->isChecked());
    EXPECT_EQ(f.selectedPort(), QStringLiteral("/dev/ttyUSB0"));
    EXPECT_TRUE(f.okButton()->isEnabled());
    ASSERT_TRUE(f.clickOk());
    EXPECT_EQ(f.dialog->settings().portName, QStringLiteral("/dev/ttyUSB0"));
    EXPECT_EQ(f.dialog->settings().portSerialNumber, QStringLiteral("A6008isP"));
}

TEST(ConnectionDialog, AnAdapterPluggedInWhileOpenAppearsAndTheOneInUseIsSelected)
{
    DialogFixture f(
        serialSettings(QStringLiteral("/dev/ttyUSB0"), QStringLiteral("A6008isP"), 0x0403, 0x6001),
        {kCp210x});
    f.dialog->show();
    EXPECT_TRUE(f.selectedPort().isEmpty());
    EXPECT_FALSE(f.okButton()->isEnabled());
    EXPECT_TRUE(f.hint().contains(QStringLiteral("not plugged in"))) << f.hint().toStdString();
    EXPECT_TRUE(f.hint().contains(QStringLiteral("0403:6001"))) << f.hint().toStdString();

    // Plugged in: the dialog's own poll (every 1.5 s) finds it.
    f.locator->plug(kFtdi);
    ASSERT_TRUE(han::test::waitFor([&] { return f.dialog->portModel()->rowCount() == 2; },
                                   PortListModel::kPollIntervalMs * 3));
    EXPECT_EQ(f.selectedPort(), QStringLiteral("/dev/ttyUSB0"));
    EXPECT_TRUE(f.okButton()->isEnabled());

    // Pulled out again: OK goes off, and it comes back selected when re-plugged.
    f.locator->unplug(QStringLiteral("/dev/ttyUSB0"));
    f.dialog->portModel()->refresh();
    EXPECT_FALSE(f.okButton()->isEnabled());
    f.locator->plug(kFtdi);
    f.dialog->portModel()->refresh();
    EXPECT_EQ(f.selectedPort(), QStringLiteral("/dev/ttyUSB0"));
    EXPECT_TRUE(f.okButton()->isEnabled());
}

TEST(ConnectionDialog, WithoutPortsTheSerialChoiceCannotBeConfirmed)
{
    DialogFixture f(AppSettings(), {});
    f.dialog->show();
    f.choose("serialSource");
    EXPECT_FALSE(f.okButton()->isEnabled());
    EXPECT_TRUE(f.child<QLabel>("noPortsLabel")->isVisible());
    EXPECT_TRUE(f.hint().contains(QStringLiteral("plug in"))) << f.hint().toStdString();
    EXPECT_FALSE(f.clickOk());
}

TEST(ConnectionDialog, SimulatorChoiceKeepsTheSavedPort)
{
    DialogFixture f(
        serialSettings(QStringLiteral("/dev/ttyUSB0"), QStringLiteral("A6008isP"), 0x0403, 0x6001));
    f.dialog->show();
    f.choose("simulatorSource");
    auto* speed = f.child<QComboBox>("simulatorSpeed");
    ASSERT_TRUE(speed->isVisible());
    EXPECT_EQ(speed->count(), 4);
    speed->setCurrentIndex(speed->findData(100.0));
    ASSERT_TRUE(f.clickOk());
    const AppSettings s = f.dialog->settings();
    EXPECT_EQ(s.sourceKind, SourceSpec::Kind::Simulator);
    EXPECT_DOUBLE_EQ(s.simulatorSpeed, 100.0);
    // Switching to the simulator does not forget the adapter for next time.
    EXPECT_EQ(s.portSerialNumber, QStringLiteral("A6008isP"));
    EXPECT_EQ(han::ui::SessionController::sourceLabel(s.sourceSpec()),
              QStringLiteral("Simulated meter"));
}

TEST(ConnectionDialog, ThePreviousSimulatorSpeedIsPreselected)
{
    AppSettings settings;
    settings.simulatorSpeed = 1000.0;
    DialogFixture f(settings);
    EXPECT_DOUBLE_EQ(f.child<QComboBox>("simulatorSpeed")->currentData().toDouble(), 1000.0);
    ASSERT_TRUE(f.clickOk());
    EXPECT_DOUBLE_EQ(f.dialog->settings().simulatorSpeed, 1000.0);
}

TEST(ConnectionDialog, ReplayNeedsAFileThatExists)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString capture = dir.filePath(QStringLiteral("capture.hex"));
    {
        QFile file(capture);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("7e a0 e2 2b 21 13 23 9a e6 e7 00 0f 00 00 00 00 7e\n");
    }
    DialogFixture f;
    f.dialog->show();
    f.choose("replaySource");
    auto* path = f.child<QLineEdit>("replayPath");
    ASSERT_TRUE(path->isVisible());
    EXPECT_FALSE(f.okButton()->isEnabled()) << "no file chosen";

    path->setText(dir.filePath(QStringLiteral("missing.log")));
    EXPECT_FALSE(f.okButton()->isEnabled());
    EXPECT_TRUE(f.hint().contains(QStringLiteral("does not exist"))) << f.hint().toStdString();
    EXPECT_TRUE(f.hint().contains(QStringLiteral("missing.log")));

    path->setText(dir.path()); // a folder is not a capture
    EXPECT_FALSE(f.okButton()->isEnabled());

    path->setText(capture);
    EXPECT_TRUE(f.okButton()->isEnabled());
    EXPECT_TRUE(f.hint().isEmpty());
    auto* speed = f.child<QComboBox>("replaySpeed");
    speed->setCurrentIndex(speed->findText(QStringLiteral("As fast as possible")));
    ASSERT_TRUE(f.clickOk());
    const AppSettings s = f.dialog->settings();
    EXPECT_EQ(s.sourceKind, SourceSpec::Kind::Replay);
    EXPECT_EQ(s.replayPath, capture);
    EXPECT_DOUBLE_EQ(s.replaySpeed, 0.0);
}

TEST(ConnectionDialog, TheReplayInUseIsPreselectedAtItsSpeed)
{
    QTemporaryDir dir;
    const QString capture = dir.filePath(QStringLiteral("capture.log"));
    {
        QFile file(capture);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    AppSettings settings;
    settings.sourceKind = SourceSpec::Kind::Replay;
    settings.replayPath = capture;
    settings.replaySpeed = 1.0;
    DialogFixture f(settings);
    EXPECT_TRUE(f.child<QRadioButton>("replaySource")->isChecked());
    EXPECT_EQ(f.child<QLineEdit>("replayPath")->text(), capture);
    EXPECT_EQ(f.child<QComboBox>("replaySpeed")->currentText(), QStringLiteral("Real time"));
    ASSERT_TRUE(f.clickOk());
    EXPECT_DOUBLE_EQ(f.dialog->settings().replaySpeed, 1.0);

    // The file was deleted since: the dialog opens on it but will not confirm it.
    QFile::remove(capture);
    DialogFixture g(settings);
    EXPECT_TRUE(g.child<QRadioButton>("replaySource")->isChecked());
    EXPECT_FALSE(g.okButton()->isEnabled());
}

TEST(ConnectionDialog, CancelLeavesTheSettingsAlone)
{
    const AppSettings before =
        serialSettings(QStringLiteral("/dev/ttyUSB0"), QStringLiteral("A6008isP"), 0x0403, 0x6001);
    DialogFixture f(before);
    f.dialog->show();
    f.choose("simulatorSource");
    QTest::keyClick(f.dialog.get(), Qt::Key_Escape);
    EXPECT_EQ(f.dialog->result(), QDialog::Rejected);
    EXPECT_EQ(f.dialog->settings().sourceKind, SourceSpec::Kind::Serial);
    EXPECT_EQ(f.dialog->settings().portName, before.portName);
}

TEST(ConnectionDialog, ParityHasATooltipAndLinuxGetsTheDialoutNote)
{
    DialogFixture f;
    const QString tip = f.child<QComboBox>("parity")->toolTip();
    EXPECT_TRUE(tip.contains(QStringLiteral("Kamstrup"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Aidon")));
    QStringList items;
    auto* parity = f.child<QComboBox>("parity");
    for (int i = 0; i < parity->count(); ++i)
        items << parity->itemText(i);
    EXPECT_TRUE(items.join(QLatin1Char('|')).contains(QStringLiteral("None — Kamstrup")));
    EXPECT_TRUE(items.join(QLatin1Char('|')).contains(QStringLiteral("Even — Aidon, Kaifa")));
#ifdef Q_OS_LINUX
    const QString note = f.child<QLabel>("permissionNote")->text();
    EXPECT_TRUE(note.contains(QStringLiteral("sudo usermod -aG dialout $USER")))
        << note.toStdString();
    EXPECT_TRUE(note.contains(QStringLiteral("log out and in")));
#endif
}

TEST(ConnectionDialog, MnemonicsAndTabOrderReachEveryChoice)
{
    DialogFixture f;
    f.dialog->show();
    QApplication::setActiveWindow(f.dialog.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(f.dialog.get()));

    // A button's mnemonic clicks it with a short animation (Qt: 100 ms).
    auto alt = [&](Qt::Key key) {
        QTest::keyClick(QApplication::focusWidget(), key, Qt::AltModifier);
        QTest::qWait(200);
    };
    alt(Qt::Key_S);
    EXPECT_EQ(f.dialog->chosenKind(), SourceSpec::Kind::Serial);
    alt(Qt::Key_O); // P&orts
    EXPECT_EQ(QApplication::focusWidget(), f.portView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    EXPECT_EQ(f.selectedPort(), QStringLiteral("/dev/ttyUSB1"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    EXPECT_EQ(f.selectedPort(), QStringLiteral("/dev/ttyUSB0"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), f.child<QComboBox>("parity"));
    alt(Qt::Key_M);
    EXPECT_EQ(f.dialog->chosenKind(), SourceSpec::Kind::Simulator);
    alt(Qt::Key_D); // Spee&d
    EXPECT_EQ(QApplication::focusWidget(), f.child<QComboBox>("simulatorSpeed"));
    alt(Qt::Key_R);
    EXPECT_EQ(f.dialog->chosenKind(), SourceSpec::Kind::Replay);
    alt(Qt::Key_F);
    EXPECT_EQ(QApplication::focusWidget(), f.child<QLineEdit>("replayPath"));
    alt(Qt::Key_M);
    alt(Qt::Key_C); // &Connect
    EXPECT_EQ(f.dialog->result(), QDialog::Accepted);
    EXPECT_EQ(f.dialog->settings().sourceKind, SourceSpec::Kind::Simulator);
}

TEST(ConnectionDialog, NamesTheSourceInUse)
{
    QTemporaryDir dir;
    han::ui::SessionController session;
    session.openHistory(dir.filePath(QStringLiteral("history.sqlite")));
    ASSERT_TRUE(han::test::waitFor([&] { return session.isHistoryOpen(); }));
    session.start(AppSettings().sourceSpec());
    ConnectionDialog dialog(&session, AppSettings(), std::make_shared<FakePortLocator>());
    auto* current = dialog.findChild<QLabel*>(QStringLiteral("currentSource"));
    ASSERT_NE(current, nullptr);
    EXPECT_TRUE(current->text().contains(QStringLiteral("Simulated meter")))
        << current->text().toStdString();
    session.shutdown();
}

class ConnectionDialogScreenshot : public ::testing::TestWithParam<han::test::Theme>
{
};

TEST_P(ConnectionDialogScreenshot, EachPageReadsInLightAndDark)
{
    const han::test::ScopedTheme theme(GetParam());
    const QString suffix = han::test::ScopedTheme::suffix(GetParam());
    DialogFixture f(
        serialSettings(QStringLiteral("/dev/ttyUSB0"), QStringLiteral("A6008isP"), 0x0403, 0x6001),
        {kFtdi, kCp210x, FakePortLocator::uart(QStringLiteral("ttyS0"))});
    f.dialog->show();
    // The dialog fits a 1366x768 screen with room for the panel.
    EXPECT_LE(f.dialog->width(), 1366);
    EXPECT_LE(f.dialog->height(), 700);
    for (const char* page : {"serialSource", "simulatorSource", "replaySource"}) {
        f.choose(page);
        ASSERT_TRUE(f.child<QRadioButton>(page)->isChecked()) << page;
        const QString name =
            QStringLiteral("connection-dialog-%1-%2").arg(QLatin1String(page).chopped(6), suffix);
        const QImage image = han::test::saveScreenshot(f.dialog.get(), name);
        EXPECT_GT(han::test::distinctColours(image), 20) << name.toStdString();
        const QStringList clipped = han::test::clippedTexts(f.dialog.get());
        EXPECT_TRUE(clipped.isEmpty())
            << name.toStdString() << ": " << clipped.join(QStringLiteral(" | ")).toStdString();
    }
    // Every cell of the port table is wide enough for its text.
    QTableView* view = f.portView();
    const PortListModel* model = f.dialog->portModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < PortListModel::ColumnCount; ++column) {
            const QString text = model->index(row, column).data().toString();
            EXPECT_GE(view->columnWidth(column), view->fontMetrics().horizontalAdvance(text))
                << text.toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Themes, ConnectionDialogScreenshot,
                         ::testing::Values(han::test::Theme::Light, han::test::Theme::Dark),
                         han::test::themeTestName);
