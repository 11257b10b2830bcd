// SPDX-License-Identifier: GPL-3.0-or-later
// The Energy view against a real SessionController whose history is a SQLite file written by
// HistoryWriter from the meter simulator (TZ=Europe/Oslo): rows, labels, totals, chart,
// navigation, live updates without resets, and screenshots in light and dark.

#include "appearance.h"
#include "energy_chart.h"
#include "energy_totals_model.h"
#include "energy_view.h"
#include "history_reader.h"
#include "hourly_energy_model.h"
#include "session_controller.h"
#include "simulated_history_file.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <ostream>

inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

using han::HourlyEnergy;
using han::test::SimulatedHistoryFile;
using han::ui::EnergyPeriod;
using han::ui::EnergyView;
using han::ui::SessionController;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

std::int64_t ms(const char* iso)
{
    return utc(iso).toMSecsSinceEpoch();
}

// A number as the view writes it ("1,234.56 kWh" in English) back to a double.
double kwhOf(const QLabel* label)
{
    QString text = label->text();
    text.truncate(text.indexOf(QChar(0x00A0)));
    bool ok = false;
    const double value = QLocale().toDouble(text, &ok);
    EXPECT_TRUE(ok) << label->objectName().toStdString() << ": " << label->text().toStdString();
    return value;
}

QPalette darkPalette()
{
    // The app's own dark palette, so the pictures show what users see.
    return han::ui::Appearance::darkPalette();
}

class EnergyViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(qgetenv("TZ"), QByteArray("Europe/Oslo")) << "run with TZ=Europe/Oslo";
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("history.sqlite"));
        m_locale = QLocale();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void TearDown() override { QLocale::setDefault(m_locale); }

    // Opens the history in a session and builds the view on it, its clock pinned so only the
    // stored readings say which hours have ended.
    void openView()
    {
        m_session = std::make_unique<SessionController>();
        m_session->openHistory(m_path);
        ASSERT_TRUE(han::test::waitFor([this] { return m_session->isHistoryOpen(); }))
            << m_session->historyError().toStdString();
        m_view = std::make_unique<EnergyView>(m_session.get());
        m_view->setClock([] { return std::int64_t{0}; });
        m_view->resize(1366, 768);
        m_view->show();
        // Shortcuts (Alt+Left) only reach an active window.
        QApplication::setActiveWindow(m_view.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
        ASSERT_TRUE(m_reader.open(m_path));
    }

    template <typename T> T* child(const char* name) const
    {
        T* widget = m_view->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    std::vector<HourlyEnergy> hours(std::int64_t from, std::int64_t to) const
    {
        return m_reader.hourlyEnergy(SimulatedHistoryFile::kMeterId, from, to);
    }

    // The sums the totals labels must show, added up here.
    void expectTotals(const std::vector<HourlyEnergy>& rows)
    {
        double in = 0;
        double out = 0;
        for (const HourlyEnergy& h : rows) {
            in += h.importKwh;
            out += h.exportKwh;
        }
        EXPECT_NEAR(kwhOf(child<QLabel>("totalImportValue")), in, 0.005);
        EXPECT_NEAR(kwhOf(child<QLabel>("totalExportValue")), out, 0.005);
        EXPECT_NEAR(kwhOf(child<QLabel>("totalNetValue")), in - out, 0.005);
        EXPECT_GT(in, 1.0) << "a day of a household is more than nothing";
    }

    void save(const QString& name)
    {
        QApplication::processEvents();
        const QPixmap shot = m_view->grab();
        ASSERT_FALSE(shot.isNull());
        const QImage image = shot.toImage();
        // Not blank: many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        EXPECT_GT(colours.size(), 20) << name.toStdString();
        QDir().mkpath(QStringLiteral(HAN_SCREENSHOT_DIR));
        ASSERT_TRUE(
            shot.save(QStringLiteral(HAN_SCREENSHOT_DIR "/") + name + QStringLiteral(".png")));
        // No label cut short.
        for (const QLabel* label : m_view->findChildren<QLabel*>()) {
            if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
                continue;
            EXPECT_LE(label->sizeHint().width(), label->width())
                << name.toStdString() << ": " << label->text().toStdString();
        }
        for (const QPushButton* button : m_view->findChildren<QPushButton*>()) {
            EXPECT_LE(button->sizeHint().width(), button->width())
                << name.toStdString() << ": " << button->text().toStdString();
        }
    }

    QTemporaryDir m_dir;
    QString m_path;
    QLocale m_locale;
    han::HistoryReader m_reader;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<EnergyView> m_view;
};

} // namespace

TEST_F(EnergyViewTest, FollowsTheLatestDayAndAltLeftIsYesterdayWith25Hours)
{
    {
        SimulatedHistoryFile file(m_path, utc("2026-10-24T22:00:00Z"));
        ASSERT_TRUE(file.writeUntil(utc("2026-10-26T23:02:00Z"))); // 00:02 on the 27th
    }
    openView();
    // The latest hour that has ended is 23:00-00:00 on Monday 26 October.
    EXPECT_EQ(m_view->period().kind, EnergyPeriod::Kind::Day);
    EXPECT_EQ(m_view->period().date, QDate(2026, 10, 26));
    EXPECT_EQ(child<QLabel>("periodLabel")->text(), QStringLiteral("Monday 26 October 2026"));
    auto* table = child<QTableView>("hourlyTable");
    ASSERT_TRUE(table->isVisible());
    EXPECT_EQ(table->model()->rowCount(), 24);

    QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(m_view->period().date, QDate(2026, 10, 25));
    EXPECT_EQ(child<QLabel>("periodLabel")->text(), QStringLiteral("Sunday 25 October 2026"));
    ASSERT_EQ(table->model()->rowCount(), 25);
    EXPECT_EQ(table->model()->index(2, 0).data().toString(), QStringLiteral("02:00–03:00 (UTC+2)"));
    EXPECT_EQ(table->model()->index(3, 0).data().toString(), QStringLiteral("02:00–03:00 (UTC+1)"));
    EXPECT_TRUE(child<QLabel>("periodNote")->text().contains(QStringLiteral("25 hours")));

    const QStringList categories = m_view->chart()->categories();
    ASSERT_EQ(categories.size(), 25) << "one bar pair per row";
    EXPECT_EQ(categories.at(2), QStringLiteral("02 +2"));
    EXPECT_EQ(categories.at(3), QStringLiteral("02 +1"));
    expectTotals(hours(ms("2026-10-24T22:00:00Z"), ms("2026-10-25T23:00:00Z")));

    // The chart's bars are the table's numbers.
    const std::vector<HourlyEnergy> day =
        hours(ms("2026-10-24T22:00:00Z"), ms("2026-10-25T23:00:00Z"));
    ASSERT_EQ(m_view->chart()->importValues().size(), 25);
    for (int i = 0; i < 25; ++i) {
        EXPECT_DOUBLE_EQ(m_view->chart()->importValues().at(i),
                         day[static_cast<std::size_t>(i)].importKwh);
        EXPECT_DOUBLE_EQ(m_view->chart()->exportValues().at(i),
                         day[static_cast<std::size_t>(i)].exportKwh);
    }

    save(QStringLiteral("energy_day_25_hours_1366x768"));

    QTest::keyClick(table, Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(m_view->period().date, QDate(2026, 10, 26));
    QTest::mouseClick(child<QPushButton>("todayButton"), Qt::LeftButton);
    EXPECT_EQ(m_view->period().date, QDate::currentDate());
    QTest::mouseClick(child<QPushButton>("previousPeriod"), Qt::LeftButton);
    EXPECT_EQ(m_view->period().date, QDate::currentDate().addDays(-1));
    QTest::mouseClick(child<QPushButton>("nextPeriod"), Qt::LeftButton);
    EXPECT_EQ(m_view->period().date, QDate::currentDate());
}

TEST_F(EnergyViewTest, TheMarchDayHas23RowsAndBars)
{
    {
        SimulatedHistoryFile file(m_path, utc("2026-03-28T23:00:00Z"));
        ASSERT_TRUE(file.writeUntil(utc("2026-03-29T22:02:00Z")));
    }
    openView();
    m_view->setPeriod({EnergyPeriod::Kind::Day, QDate(2026, 3, 29)});
    EXPECT_EQ(child<QLabel>("periodLabel")->text(), QStringLiteral("Sunday 29 March 2026"));
    auto* table = child<QTableView>("hourlyTable");
    ASSERT_EQ(table->model()->rowCount(), 23);
    EXPECT_EQ(table->model()->index(1, 0).data().toString(), QStringLiteral("01:00–02:00"));
    EXPECT_EQ(m_view->chart()->categories().size(), 23);
    EXPECT_TRUE(child<QLabel>("periodNote")->text().contains(QStringLiteral("23 hours")));
    expectTotals(hours(ms("2026-03-28T23:00:00Z"), ms("2026-03-29T22:00:00Z")));
}

TEST_F(EnergyViewTest, MonthAndYearShowOneRowPerDayAndPerMonth)
{
    {
        SimulatedHistoryFile file(m_path, utc("2026-10-24T22:00:00Z"));
        ASSERT_TRUE(file.writeUntil(utc("2026-10-26T23:02:00Z")));
    }
    openView();
    auto* kind = child<QComboBox>("periodKind");
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // Day -> Month
    ASSERT_EQ(m_view->period().kind, EnergyPeriod::Kind::Month);
    EXPECT_EQ(child<QLabel>("periodLabel")->text(), QStringLiteral("October 2026"));
    auto* totals = child<QTableView>("totalsTable");
    ASSERT_TRUE(totals->isVisible());
    EXPECT_FALSE(child<QTableView>("hourlyTable")->isVisible());
    // 1 to 26 October: no hour of the 27th has ended.
    EXPECT_EQ(totals->model()->rowCount(), 26);
    EXPECT_EQ(m_view->chart()->categories().size(), 26);
    EXPECT_EQ(totals->model()->index(24, 0).data().toString(), QStringLiteral("Sun 25"));
    EXPECT_EQ(totals->model()->index(24, han::ui::EnergyTotalsModel::Hours).data().toString(),
              QStringLiteral("25"));
    expectTotals(hours(ms("2026-09-30T22:00:00Z"), ms("2026-10-26T23:00:00Z")));

    QTest::keyClick(kind, Qt::Key_Down); // Month -> Year
    ASSERT_EQ(m_view->period().kind, EnergyPeriod::Kind::Year);
    EXPECT_EQ(child<QLabel>("periodLabel")->text(), QStringLiteral("2026"));
    EXPECT_EQ(totals->model()->rowCount(), 10);
    EXPECT_EQ(m_view->chart()->categories().size(), 10);
    EXPECT_EQ(m_view->chart()->categories().back(), QStringLiteral("Oct"));
    expectTotals(hours(ms("2025-12-31T23:00:00Z"), ms("2026-10-26T23:00:00Z")));

    QTest::keyClick(totals, Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(child<QLabel>("periodLabel")->text(), QStringLiteral("2025"));
    EXPECT_EQ(totals->model()->rowCount(), 12);
    EXPECT_EQ(child<QLabel>("totalImportValue")->text(), QStringLiteral("–"));
}

TEST_F(EnergyViewTest, NewHoursArriveAsRowsWithoutAReset)
{
    SimulatedHistoryFile file(m_path, utc("2026-10-24T22:00:00Z"));
    file.dropList2At(utc("2026-10-25T07:00:00Z"));
    ASSERT_TRUE(file.writeUntil(utc("2026-10-25T05:30:00Z")));
    openView();
    m_view->setPeriod({EnergyPeriod::Kind::Day, QDate(2026, 10, 25)});
    QAbstractItemModelTester tester(m_view->hourlyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* table = child<QTableView>("hourlyTable");
    ASSERT_EQ(table->model()->rowCount(), 7);
    QSignalSpy reset(table->model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(table->model(), &QAbstractItemModel::rowsInserted);

    for (const char* until :
         {"2026-10-25T08:30:00Z", "2026-10-25T09:01:30Z", "2026-10-25T13:30:00Z"}) {
        ASSERT_TRUE(file.writeUntil(utc(until)));
        const int before = table->model()->rowCount();
        emit m_session->historyChanged();
        ASSERT_TRUE(han::test::waitFor([&] { return table->model()->rowCount() > before; },
                                       EnergyView::kRefreshIntervalMs + 2000))
            << until;
        EXPECT_EQ(m_view->chart()->categories().size(), table->model()->rowCount());
    }
    EXPECT_EQ(table->model()->rowCount(), 15);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(inserted.count(), 3);
    // 06:00Z-07:00Z and 07:00Z-08:00Z miss the 07:00Z List 2.
    EXPECT_EQ(table->model()->index(8, han::ui::HourlyEnergyModel::Quality).data().toString(),
              QStringLiteral("estimated"));
    EXPECT_EQ(table->model()->index(9, han::ui::HourlyEnergyModel::Quality).data().toString(),
              QStringLiteral("estimated"));
    EXPECT_TRUE(child<QLabel>("totalQualityNote")->text().contains(QStringLiteral("2 estimated")));
    expectTotals(hours(ms("2026-10-24T22:00:00Z"), ms("2026-10-25T13:00:00Z")));
}

TEST_F(EnergyViewTest, Screenshots)
{
    // Midsummer, so the house exports at midday; one List 2 lost.
    {
        SimulatedHistoryFile file(m_path, utc("2026-06-17T22:00:00Z"));
        file.dropList2At(utc("2026-06-20T15:00:00Z"));
        ASSERT_TRUE(file.writeUntil(utc("2026-06-21T22:02:00Z")));
    }
    openView();
    const QString style = QApplication::style()->name();
    const QPalette light = QApplication::palette();
    QApplication::setStyle(QStringLiteral("Fusion"));
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            m_view->resize(size);
            const QString suffix =
                QStringLiteral("_%1x%2_%3")
                    .arg(size.width())
                    .arg(size.height())
                    .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
            m_view->setPeriod({EnergyPeriod::Kind::Day, QDate(2026, 6, 20)});
            save(QStringLiteral("energy_day") + suffix);
            m_view->setPeriod({EnergyPeriod::Kind::Month, QDate(2026, 6, 20)});
            save(QStringLiteral("energy_month") + suffix);
        }
    }
    QApplication::setPalette(light);
    QApplication::setStyle(style);
}
