// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_settings.h"
#include "dialog_screenshots.h"
#include "export_dialog.h"
#include "export_history.h"
#include "export_range.h"
#include "message_banner.h"
#include "meter_simulator.h"
#include "session_controller.h"
#include "settings_keys.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <iostream>
#include <memory>

using han::ui::AppSettings;
using han::ui::ExportDialog;
using han::ui::ExportRange;
using han::ui::SessionController;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

const QString kMeter = QStringLiteral("5706567000000042");
const QString kOtherMeter = QStringLiteral("5706567000000099");
// Monday 2 November 2026, 12:00 in Oslo (CET, after the October change).
const QDateTime kNow = utc("2026-11-02T11:00:00Z");
const QByteArray kHourlyHeader =
    "hour_start_local,hour_start_utc,import_kwh,export_kwh,reactive_import_kvarh,"
    "reactive_export_kvarh,quality,import_register_kwh,export_register_kwh";

QList<QByteArray> csvLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.pop_back();
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

class ExportDialogTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_db = s_dir->filePath(QStringLiteral("history.sqlite"));
        // 1 October 00:00 Oslo (CEST) until "now": 33 days of 10 s readings, October's
        // 25-hour day among them; and a second meter for three days.
        const auto main = han::test::fillHistory(
            s_db, han::test::exportSimulator(utc("2026-09-30T22:00:00Z"), kMeter), kNow);
        ASSERT_TRUE(main.ok) << main.error.toStdString();
        const auto other = han::test::fillHistory(
            s_db, han::test::exportSimulator(utc("2026-09-30T22:00:00Z"), kOtherMeter),
            utc("2026-10-03T12:00:00Z"));
        ASSERT_TRUE(other.ok) << other.error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(m_out.isValid());
        QSignalSpy opened(&m_session, &SessionController::historyOpened);
        m_session.openHistory(s_db);
        ASSERT_TRUE(han::test::waitFor([&] { return opened.count() == 1; }));
        ASSERT_TRUE(m_session.isHistoryOpen());
    }

    std::unique_ptr<ExportDialog> makeDialog()
    {
        auto dialog = std::make_unique<ExportDialog>(&m_session, AppSettings());
        dialog->setClock([] { return kNow; });
        return dialog;
    }

    template <typename T> static T* child(const ExportDialog& dialog, const char* name)
    {
        T* w = dialog.findChild<T*>(QLatin1String(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    static void choosePreset(ExportDialog& dialog, ExportRange::Preset preset)
    {
        auto* combo = child<QComboBox>(dialog, "preset");
        combo->setCurrentIndex(combo->findData(static_cast<int>(preset)));
    }
    static void chooseDays(ExportDialog& dialog, const QDate& first, const QDate& last)
    {
        child<QDateEdit>(dialog, "fromDate")->setDate(first);
        child<QDateEdit>(dialog, "toDate")->setDate(last);
    }
    static void chooseResolution(ExportDialog& dialog, han::CsvExporter::Resolution resolution)
    {
        auto* combo = child<QComboBox>(dialog, "resolution");
        combo->setCurrentIndex(combo->findData(static_cast<int>(resolution)));
    }
    static void chooseDialect(ExportDialog& dialog, han::CsvWriter::Dialect dialect)
    {
        auto* combo = child<QComboBox>(dialog, "dialect");
        combo->setCurrentIndex(combo->findData(static_cast<int>(dialect)));
    }
    static void setPath(ExportDialog& dialog, const QString& path)
    {
        child<QLineEdit>(dialog, "filePath")->setText(QDir::toNativeSeparators(path));
    }
    static QDate fromDate(const ExportDialog& d) { return child<QDateEdit>(d, "fromDate")->date(); }
    static QDate toDate(const ExportDialog& d) { return child<QDateEdit>(d, "toDate")->date(); }

    // Clicks Export; the spy then reports exportFinished(ok, cancelled).
    static void clickExport(ExportDialog& dialog)
    {
        auto* button = child<QPushButton>(dialog, "exportButton");
        ASSERT_TRUE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    static bool waitFinished(QSignalSpy& spy, int timeoutMs = 60000)
    {
        return han::test::waitFor([&] { return spy.count() > 0; }, timeoutMs);
    }

    static QTemporaryDir* s_dir;
    static QString s_db;
    QTemporaryDir m_out;
    SessionController m_session;
};

QTemporaryDir* ExportDialogTest::s_dir = nullptr;
QString ExportDialogTest::s_db;

} // namespace

TEST_F(ExportDialogTest, PresetsSetTheDatesOfTheLocalCalendar)
{
    auto dialog = makeDialog();
    using P = ExportRange::Preset;
    choosePreset(*dialog, P::Today);
    EXPECT_EQ(fromDate(*dialog), QDate(2026, 11, 2));
    EXPECT_EQ(toDate(*dialog), QDate(2026, 11, 2));
    choosePreset(*dialog, P::LastMonth);
    EXPECT_EQ(fromDate(*dialog), QDate(2026, 10, 1));
    EXPECT_EQ(toDate(*dialog), QDate(2026, 10, 31));
    choosePreset(*dialog, P::ThisYear);
    EXPECT_EQ(fromDate(*dialog), QDate(2026, 1, 1));
    EXPECT_EQ(toDate(*dialog), QDate(2026, 11, 2));
    // All: the meter's first and last readings, as local dates (22:00 UTC on 30 September is
    // already 1 October in Oslo).
    choosePreset(*dialog, P::All);
    EXPECT_EQ(fromDate(*dialog), QDate(2026, 10, 1));
    EXPECT_EQ(toDate(*dialog), QDate(2026, 11, 2));

    // 23:30 UTC on 31 October is 00:30 on 1 November in Oslo: "today" is the 1st there.
    dialog->setClock([] { return utc("2026-10-31T23:30:00Z"); });
    choosePreset(*dialog, P::Today);
    EXPECT_EQ(fromDate(*dialog), QDate(2026, 11, 1));
    choosePreset(*dialog, P::LastMonth);
    EXPECT_EQ(fromDate(*dialog), QDate(2026, 10, 1));
    EXPECT_EQ(toDate(*dialog), QDate(2026, 10, 31));
    choosePreset(*dialog, P::Yesterday);
    EXPECT_EQ(fromDate(*dialog), QDate(2026, 10, 31));

    // Dates picked by hand that match no preset show as Custom.
    chooseDays(*dialog, QDate(2026, 10, 3), QDate(2026, 10, 9));
    EXPECT_EQ(child<QComboBox>(*dialog, "preset")->currentData().toInt(),
              static_cast<int>(P::Custom));
}

TEST_F(ExportDialogTest, OffersEveryMeterWithTheCurrentOneFirstChosen)
{
    auto dialog = makeDialog();
    auto* meter = child<QComboBox>(*dialog, "meter");
    ASSERT_EQ(meter->count(), 2);
    EXPECT_EQ(meter->currentData().toString(), kMeter) << "the most recent meter";
    EXPECT_EQ(m_session.currentMeterId(), kMeter);
    // "All" follows the meter.
    choosePreset(*dialog, ExportRange::Preset::All);
    meter->setCurrentIndex(meter->findData(kOtherMeter));
    EXPECT_EQ(fromDate(*dialog), QDate(2026, 10, 1));
    EXPECT_EQ(toDate(*dialog), QDate(2026, 10, 3));
    EXPECT_FALSE(meter->itemData(meter->currentIndex(), Qt::ToolTipRole).toString().isEmpty());
}

TEST_F(ExportDialogTest, SuggestsANameFromResolutionAndRangeUntilTheUserNamesIt)
{
    auto dialog = makeDialog();
    choosePreset(*dialog, ExportRange::Preset::LastMonth);
    chooseResolution(*dialog, han::CsvExporter::Resolution::Hourly);
    auto* path = child<QLineEdit>(*dialog, "filePath");
    EXPECT_EQ(QFileInfo(path->text()).fileName(), QStringLiteral("han-hourly-2026-10.csv"));
    chooseResolution(*dialog, han::CsvExporter::Resolution::Daily);
    EXPECT_EQ(QFileInfo(path->text()).fileName(), QStringLiteral("han-daily-2026-10.csv"));
    choosePreset(*dialog, ExportRange::Preset::Today);
    EXPECT_EQ(QFileInfo(path->text()).fileName(), QStringLiteral("han-daily-2026-11-02.csv"));
    setPath(*dialog, m_out.filePath(QStringLiteral("mine.csv")));
    chooseResolution(*dialog, han::CsvExporter::Resolution::Raw);
    EXPECT_EQ(QFileInfo(path->text()).fileName(), QStringLiteral("mine.csv"));
}

TEST_F(ExportDialogTest, HourlyExportOfADayWrites24RowsAndSaysSo)
{
    auto dialog = makeDialog();
    dialog->show();
    chooseDays(*dialog, QDate(2026, 10, 14), QDate(2026, 10, 14));
    chooseResolution(*dialog, han::CsvExporter::Resolution::Hourly);
    chooseDialect(*dialog, han::CsvWriter::Dialect::Rfc4180);
    const QString path = m_out.filePath(QStringLiteral("day.csv"));
    setPath(*dialog, path);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    clickExport(*dialog);
    ASSERT_TRUE(waitFinished(finished));
    EXPECT_TRUE(finished.at(0).at(0).toBool());

    const QList<QByteArray> lines = csvLines(path);
    ASSERT_EQ(lines.size(), 25) << "header and 24 hours";
    EXPECT_EQ(lines.at(0), kHourlyHeader);
    double previousRegister = -1;
    for (int hour = 0; hour < 24; ++hour) {
        const QList<QByteArray> cells = lines.at(hour + 1).split(',');
        ASSERT_EQ(cells.size(), 9) << lines.at(hour + 1).constData();
        EXPECT_EQ(cells.at(0), QStringLiteral("2026-10-14T%1:00:00+02:00")
                                   .arg(hour, 2, 10, QLatin1Char('0'))
                                   .toLatin1());
        EXPECT_EQ(cells.at(6), "measured") << "hour " << hour;
        // Each hour's import is the difference of the meter's registers at its end.
        const double reg = cells.at(7).toDouble();
        if (previousRegister >= 0) {
            EXPECT_NEAR(cells.at(2).toDouble(), reg - previousRegister, 1e-6) << "hour " << hour;
        }
        previousRegister = reg;
    }
    const QString message = dialog->resultText();
    EXPECT_EQ(message,
              QStringLiteral("Exported 24 hours to %1").arg(QDir::toNativeSeparators(path)));
    EXPECT_TRUE(child<QPushButton>(*dialog, "openFolder")->isVisible());
    EXPECT_EQ(child<QProgressBar>(*dialog, "progress")->value(), 1000);
}

TEST_F(ExportDialogTest, TheOctoberChangeDayHas25HourlyRows)
{
    auto dialog = makeDialog();
    chooseDays(*dialog, QDate(2026, 10, 25), QDate(2026, 10, 25));
    chooseResolution(*dialog, han::CsvExporter::Resolution::Hourly);
    chooseDialect(*dialog, han::CsvWriter::Dialect::Nordic);
    const QString path = m_out.filePath(QStringLiteral("dst.csv"));
    setPath(*dialog, path);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    clickExport(*dialog);
    ASSERT_TRUE(waitFinished(finished));
    const QList<QByteArray> lines = csvLines(path);
    ASSERT_EQ(lines.size(), 26);
    EXPECT_TRUE(lines.at(0).startsWith("\xEF\xBB\xBFhour_start_local;")) << "Nordic: BOM and ;";
    const QByteArray hours[] = {"2026-10-25T02:00:00+02:00", "2026-10-25T02:00:00+01:00"};
    EXPECT_TRUE(lines.at(3).startsWith(hours[0]));
    EXPECT_TRUE(lines.at(4).startsWith(hours[1]));
    EXPECT_EQ(dialog->resultText(),
              QStringLiteral("Exported 25 hours to %1").arg(QDir::toNativeSeparators(path)));
}

TEST_F(ExportDialogTest, ReadOnlyFolderShowsAnErrorNamingTheFileAndLeavesNoFile)
{
    const QString folder = m_out.filePath(QStringLiteral("read-only"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    QFile probe(QDir(folder).filePath(QStringLiteral("probe")));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        GTEST_SKIP() << "permissions do not stop this user (root); "
                        "UnwritablePathShowsAnError covers root, run this one as a user";
    }
    auto dialog = makeDialog();
    chooseDays(*dialog, QDate(2026, 10, 14), QDate(2026, 10, 14));
    const QString path = QDir(folder).filePath(QStringLiteral("export.csv"));
    setPath(*dialog, path);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    clickExport(*dialog);
    ASSERT_TRUE(waitFinished(finished));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_FALSE(finished.at(0).at(1).toBool());
    EXPECT_TRUE(dialog->resultText().contains(QDir::toNativeSeparators(path)))
        << dialog->resultText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_TRUE(folderEntries(folder).isEmpty());
    EXPECT_FALSE(child<QPushButton>(*dialog, "openFolder")->isVisibleTo(dialog.get()));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_F(ExportDialogTest, UnwritablePathShowsAnErrorNamingTheFileAndLeavesNoFile)
{
    // A "folder" that is a plain file: no user, root included, can create a file in it.
    const QString plain = m_out.filePath(QStringLiteral("plain.txt"));
    {
        QFile f(plain);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a folder\n");
    }
    auto dialog = makeDialog();
    dialog->show();
    chooseDays(*dialog, QDate(2026, 10, 14), QDate(2026, 10, 14));
    const QString path = plain + QStringLiteral("/export.csv");
    setPath(*dialog, path);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    clickExport(*dialog);
    ASSERT_TRUE(waitFinished(finished));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    const QString message = dialog->resultText();
    EXPECT_TRUE(message.contains(QDir::toNativeSeparators(path))) << message.toStdString();
    EXPECT_NE(message, QStringLiteral("Cancelled — no file was written."));
    EXPECT_EQ(dialog->findChild<han::ui::MessageBanner*>()->kind(),
              han::ui::MessageBanner::Kind::Error);
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(folderEntries(m_out.path()), QStringList({QStringLiteral("plain.txt")}));
    // The form is usable again for a second try.
    EXPECT_TRUE(child<QPushButton>(*dialog, "exportButton")->isEnabled());
}

TEST_F(ExportDialogTest, ProgressAdvancesWhileTheWindowStaysResponsive)
{
    auto dialog = makeDialog();
    dialog->show();
    choosePreset(*dialog, ExportRange::Preset::LastMonth);
    chooseResolution(*dialog, han::CsvExporter::Resolution::Raw);
    const QString path = m_out.filePath(QStringLiteral("raw.csv"));
    setPath(*dialog, path);
    auto* progress = child<QProgressBar>(*dialog, "progress");
    QList<int> values;
    QObject::connect(progress, &QProgressBar::valueChanged, [&](int v) { values << v; });
    // An event-loop probe: the longest gap between ticks of a 5 ms timer.
    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout,
                     [&] { longestGapMs = std::max(longestGapMs, sinceTick.restart()); });
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    QElapsedTimer took;
    took.start();
    clickExport(*dialog);
    EXPECT_TRUE(dialog->isExporting());
    EXPECT_TRUE(progress->isVisible());
    EXPECT_TRUE(child<QPushButton>(*dialog, "cancelExport")->isVisible());
    EXPECT_FALSE(child<QComboBox>(*dialog, "resolution")->isEnabled());
    sinceTick.start();
    probe.start();
    ASSERT_TRUE(waitFinished(finished));
    probe.stop();
    ASSERT_TRUE(finished.at(0).at(0).toBool());

    int between = 0;
    for (int i = 0; i < values.size(); ++i) {
        if (values[i] > 0 && values[i] < 1000)
            ++between;
        if (i > 0) {
            EXPECT_GE(values[i], values[i - 1]) << "progress never goes back";
        }
    }
    EXPECT_GE(between, 5) << "the bar moved through the export, not only at its ends";
    EXPECT_EQ(progress->value(), 1000);
    // Every push the simulated meter made in October, Oslo time (the 25-hour day included),
    // counted from the simulator itself rather than the database.
    const QDateTime first = utc("2026-09-30T22:00:00Z");
    const QDateTime end = utc("2026-10-31T23:00:00Z");
    han::MeterSimulator simulator(han::test::exportSimulator(first, kMeter));
    qsizetype pushes = 0;
    while (simulator.nextPushUtc() < end) {
        ++pushes;
        simulator.next();
    }
    EXPECT_GT(pushes, 31 * 8640) << "a reading every 10 s and a List 2 every hour";
    const QList<QByteArray> lines = csvLines(path);
    EXPECT_EQ(lines.size() - 1, pushes);
    EXPECT_TRUE(dialog->resultText().startsWith(
        QStringLiteral("Exported %1 readings to").arg(QLocale().toString(lines.size() - 1))))
        << dialog->resultText().toStdString();
    EXPECT_LT(longestGapMs, 250) << "the GUI thread stalled";
    std::cout << "[ figures  ] raw export of October: " << lines.size() - 1 << " rows in "
              << took.elapsed() << " ms; longest GUI-thread gap " << longestGapMs << " ms; "
              << values.size() << " progress steps\n";
}

TEST_F(ExportDialogTest, CancelDuringALargeExportLeavesNoFileAndSaysSo)
{
    auto dialog = makeDialog();
    dialog->show();
    choosePreset(*dialog, ExportRange::Preset::All);
    chooseResolution(*dialog, han::CsvExporter::Resolution::Raw);
    const QString path = m_out.filePath(QStringLiteral("cancelled.csv"));
    setPath(*dialog, path);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    clickExport(*dialog);
    auto* progress = child<QProgressBar>(*dialog, "progress");
    ASSERT_TRUE(han::test::waitFor([&] { return progress->value() > 0 || finished.count(); }));
    ASSERT_EQ(finished.count(), 0) << "the export ended before it could be cancelled";
    QTest::mouseClick(child<QPushButton>(*dialog, "cancelExport"), Qt::LeftButton);
    ASSERT_TRUE(waitFinished(finished));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(finished.at(0).at(1).toBool());
    EXPECT_EQ(dialog->resultText(), QStringLiteral("Cancelled — no file was written."));
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_TRUE(folderEntries(m_out.path()).isEmpty()) << "no temporary file left behind";
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(child<QPushButton>(*dialog, "exportButton")->isEnabled());
}

TEST_F(ExportDialogTest, EscapeCancelsTheExportAndKeepsTheDialogOpen)
{
    auto dialog = makeDialog();
    dialog->show();
    choosePreset(*dialog, ExportRange::Preset::All);
    chooseResolution(*dialog, han::CsvExporter::Resolution::Raw);
    const QString path = m_out.filePath(QStringLiteral("escaped.csv"));
    setPath(*dialog, path);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    clickExport(*dialog);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    ASSERT_TRUE(waitFinished(finished));
    EXPECT_TRUE(finished.at(0).at(1).toBool());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->resultText(), QStringLiteral("Cancelled — no file was written."));
    EXPECT_FALSE(QFileInfo::exists(path));
    // A second Esc, with nothing running, closes the dialog.
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    EXPECT_FALSE(dialog->isVisible());
}

TEST_F(ExportDialogTest, ClosingWhileExportingCancelsAndClosesCleanly)
{
    auto dialog = makeDialog();
    dialog->show();
    choosePreset(*dialog, ExportRange::Preset::All);
    chooseResolution(*dialog, han::CsvExporter::Resolution::Raw);
    const QString path = m_out.filePath(QStringLiteral("closed.csv"));
    setPath(*dialog, path);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    clickExport(*dialog);
    EXPECT_FALSE(dialog->close()) << "the window waits for the export to stop";
    ASSERT_TRUE(waitFinished(finished));
    EXPECT_TRUE(finished.at(0).at(1).toBool());
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(dialog->result(), QDialog::Rejected);
    EXPECT_FALSE(QFileInfo::exists(path));

    // Destroyed in the middle of an export (its parent window went away): no crash, no file.
    auto second = makeDialog();
    choosePreset(*second, ExportRange::Preset::All);
    chooseResolution(*second, han::CsvExporter::Resolution::Raw);
    setPath(*second, path);
    clickExport(*second);
    ASSERT_TRUE(second->isExporting());
    second.reset();
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_TRUE(folderEntries(m_out.path()).isEmpty());
}

TEST_F(ExportDialogTest, RemembersTheFolderDialectAndResolution)
{
    const QString folder = m_out.filePath(QStringLiteral("exports"));
    ASSERT_TRUE(QDir().mkpath(folder));
    {
        auto dialog = makeDialog();
        choosePreset(*dialog, ExportRange::Preset::Yesterday);
        chooseResolution(*dialog, han::CsvExporter::Resolution::Daily);
        chooseDialect(*dialog, han::CsvWriter::Dialect::Nordic);
        setPath(*dialog, QDir(folder).filePath(QStringLiteral("days.csv")));
        QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
        clickExport(*dialog);
        ASSERT_TRUE(waitFinished(finished));
        EXPECT_EQ(
            dialog->resultText(),
            QStringLiteral("Exported 1 day to %1")
                .arg(QDir::toNativeSeparators(QDir(folder).filePath(QStringLiteral("days.csv")))));
    }
    auto again = makeDialog();
    EXPECT_EQ(QFileInfo(child<QLineEdit>(*again, "filePath")->text()).absolutePath(),
              QFileInfo(folder).absoluteFilePath());
    EXPECT_EQ(child<QComboBox>(*again, "resolution")->currentData().toInt(),
              static_cast<int>(han::CsvExporter::Resolution::Daily));
    EXPECT_EQ(child<QComboBox>(*again, "dialect")->currentData().toInt(),
              static_cast<int>(han::CsvWriter::Dialect::Nordic));
}

TEST_F(ExportDialogTest, TheDialectFollowsTheLocaleUntilChosen)
{
    QSettings().remove(QLatin1String(han::ui::keys::kExportDialect));
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    {
        auto dialog = makeDialog();
        EXPECT_EQ(child<QComboBox>(*dialog, "dialect")->currentData().toInt(),
                  static_cast<int>(han::CsvWriter::Dialect::Nordic));
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    {
        auto dialog = makeDialog();
        EXPECT_EQ(child<QComboBox>(*dialog, "dialect")->currentData().toInt(),
                  static_cast<int>(han::CsvWriter::Dialect::Rfc4180));
    }
    QLocale::setDefault(saved);
}

TEST_F(ExportDialogTest, EveryChoiceHasAMnemonic)
{
    auto dialog = makeDialog();
    dialog->show();
    QApplication::setActiveWindow(dialog.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
    const std::pair<Qt::Key, const char*> keys[] = {
        {Qt::Key_M, "meter"},   {Qt::Key_P, "preset"},     {Qt::Key_F, "fromDate"},
        {Qt::Key_T, "toDate"},  {Qt::Key_S, "resolution"}, {Qt::Key_A, "dialect"},
        {Qt::Key_I, "filePath"}};
    for (const auto& [key, name] : keys) {
        QTest::keyClick(QApplication::focusWidget(), key, Qt::AltModifier);
        QWidget* focus = QApplication::focusWidget();
        // A date edit gives the focus to its inner line edit.
        while (focus && focus->objectName().isEmpty())
            focus = focus->parentWidget();
        ASSERT_NE(focus, nullptr) << name;
        EXPECT_EQ(focus->objectName(), QLatin1String(name));
    }
}

TEST_F(ExportDialogTest, WithoutHistoryThereIsNothingToExport)
{
    SessionController empty; // its history never opened
    ExportDialog dialog(&empty, AppSettings());
    EXPECT_FALSE(child<QPushButton>(dialog, "exportButton")->isEnabled());
    EXPECT_FALSE(child<QLabel>(dialog, "exportHint")->text().isEmpty());
    // The range the other way round is refused too.
    auto ready = makeDialog();
    chooseDays(*ready, QDate(2026, 10, 20), QDate(2026, 10, 10));
    EXPECT_FALSE(child<QPushButton>(*ready, "exportButton")->isEnabled());
    EXPECT_TRUE(child<QLabel>(*ready, "exportHint")->text().contains(QStringLiteral("after")));
}

class ExportDialogScreenshot : public ExportDialogTest,
                               public ::testing::WithParamInterface<han::test::Theme>
{
};

TEST_P(ExportDialogScreenshot, BeforeAndAfterAnExportInLightAndDark)
{
    const han::test::ScopedTheme theme(GetParam());
    const QString suffix = han::test::ScopedTheme::suffix(GetParam());
    auto dialog = makeDialog();
    choosePreset(*dialog, ExportRange::Preset::LastMonth);
    chooseResolution(*dialog, han::CsvExporter::Resolution::Hourly);
    setPath(*dialog, m_out.filePath(QStringLiteral("han-hourly-2026-10.csv")));
    const QImage before =
        han::test::saveScreenshot(dialog.get(), QStringLiteral("export-dialog-%1").arg(suffix));
    EXPECT_GT(han::test::distinctColours(before), 20);
    EXPECT_LE(dialog->width(), 1366);
    EXPECT_LE(dialog->height(), 700);
    QStringList clipped = han::test::clippedTexts(dialog.get());
    EXPECT_TRUE(clipped.isEmpty()) << clipped.join(QStringLiteral(" | ")).toStdString();

    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    clickExport(*dialog);
    ASSERT_TRUE(waitFinished(finished));
    const QImage after = han::test::saveScreenshot(
        dialog.get(), QStringLiteral("export-dialog-done-%1").arg(suffix));
    EXPECT_GT(han::test::distinctColours(after), 20);
    clipped = han::test::clippedTexts(dialog.get());
    EXPECT_TRUE(clipped.isEmpty()) << clipped.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(han::test::visibleTexts(dialog.get())
                    .contains(QStringLiteral("Exported 745 hours to %1")
                                  .arg(QDir::toNativeSeparators(
                                      m_out.filePath(QStringLiteral("han-hourly-2026-10.csv"))))));
}

INSTANTIATE_TEST_SUITE_P(Themes, ExportDialogScreenshot,
                         ::testing::Values(han::test::Theme::Light, han::test::Theme::Dark),
                         han::test::themeTestName);
