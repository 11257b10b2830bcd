// SPDX-License-Identifier: GPL-3.0-or-later
// CapacityWatch on a real history with known hours and a live model fed List 1 readings: the
// limit against a figure worked out by hand, the step warning once an hour (in the window's
// banner too), and how long reading a month takes.

#include "app_settings.h"
#include "capacity_history.h"
#include "capacity_view.h"
#include "capacity_watch.h"
#include "live_model.h"
#include "main_window.h"
#include "message_banner.h"
#include "session_controller.h"
#include "value_format.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

using han::test::CapacityHistory;
using han::ui::AppSettings;
using han::ui::CapacityWatch;
using han::ui::MainWindow;
using han::ui::SessionController;

namespace {

std::int64_t ms(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

constexpr std::int64_t kMinute = 60'000;
const std::int64_t kOctober = ms("2026-09-30T22:00:00Z");
// The live hour: Saturday 31 October, 17:00 local (UTC+1).
const std::int64_t kHour = ms("2026-10-31T16:00:00Z");

// Peaks 7.0 (14th), 6.0 (25th), 5.5 (3rd): average 6.17 kW, the 5–10 kW step. Today's hours
// so far are 0.5 kWh, so this hour lifts the month to 10 kW when it replaces the 5.5:
// (7 + 6 + x) / 3 = 10 gives x = 17 kWh.
double kwh(std::int64_t hourStart)
{
    if (hourStart == ms("2026-10-03T15:00:00Z"))
        return 5.5;
    if (hourStart == ms("2026-10-14T17:00:00Z"))
        return 7.0;
    if (hourStart == ms("2026-10-25T01:00:00Z"))
        return 6.0;
    return 0.5;
}

class CapacityWatchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(qgetenv("TZ"), QByteArray("Europe/Oslo")) << "run with TZ=Europe/Oslo";
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("history.sqlite"));
        CapacityHistory history;
        history.importKwh = kwh;
        QString error;
        ASSERT_TRUE(history.write(path, kOctober, kHour, &error)) << error.toStdString();
        m_session.openHistory(path);
        ASSERT_TRUE(han::test::waitFor([this] { return m_session.isHistoryOpen(); }));
    }

    void TearDown() override { m_session.shutdown(); }

    // Feeds List 1 at importW over [from, to) and waits for the live model's update.
    bool feed(std::int64_t from, std::int64_t to, double importW)
    {
        QSignalSpy updated(m_session.live(), &han::ui::LiveModel::updated);
        for (const han::MeterReading& reading : han::test::capacityList1s(from, to, importW))
            m_session.live()->addReading(reading);
        return han::test::waitFor([&] { return updated.count() > 0; });
    }

    QTemporaryDir m_dir;
    SessionController m_session;
};

} // namespace

TEST_F(CapacityWatchTest, TheLimitIsWhereTheAverageReachesTheNextStep)
{
    CapacityWatch watch(&m_session);
    ASSERT_TRUE(feed(kHour, kHour + 5 * kMinute, 1000));
    EXPECT_EQ(watch.month().year, 2026);
    EXPECT_EQ(watch.month().month, 10);
    ASSERT_TRUE(watch.headroom().has_value());
    const han::CapacityHeadroom& h = *watch.headroom();
    EXPECT_EQ(h.hourStartUtcMs, kHour);
    EXPECT_EQ(h.stepIndex, 2);
    EXPECT_NEAR(h.limitKwh, 17.0, 1e-9);
    // 1 kW for the 5 minutes the readings span (the last one held until "now").
    EXPECT_NEAR(h.soFarKwh, 1.0 * (5 * 60 - 10) / 3600.0, 0.01);
    EXPECT_NEAR(h.headroomKwh, 17.0 - h.soFarKwh, 1e-9);
    EXPECT_FALSE(h.projectionCrossesStep());

    std::printf("[ figure   ] capacity month read (%d days of hours): %.2f ms\n", 31,
                watch.lastReloadMs());
}

TEST_F(CapacityWatchTest, WarnsOnceAnHourWhenTheProjectionCrossesAStep)
{
    AppSettings settings;
    settings.keepRecordingInTray = false;
    settings.notifyCapacity = true;
    MainWindow window(&m_session, settings);
    CapacityWatch* watch = window.capacityWatch();
    QSignalSpy warnings(watch, &CapacityWatch::stepWarning);
    QSignalSpy ended(watch, &CapacityWatch::stepWarningEnded);

    ASSERT_TRUE(feed(kHour, kHour + 5 * kMinute, 1000));
    EXPECT_EQ(warnings.count(), 0) << "1 kW: the hour ends near 1 kWh";

    // An EV starts charging: 20 kW from 17:05 heads for about 19.7 kWh, past 17.
    ASSERT_TRUE(feed(kHour + 5 * kMinute, kHour + 10 * kMinute, 20'000));
    ASSERT_EQ(warnings.count(), 1);
    const QString message = warnings.at(0).at(1).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("from 5–10 kW to 10–15 kW"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("At the present %1 ").arg(han::ui::ValueFormat::kilowatts(20'000.0, 1))))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Use less than"))) << message.toStdString();
    ASSERT_TRUE(watch->headroom().has_value());
    // What is left spread over the 50 minutes still to go.
    const han::CapacityHeadroom& h = *watch->headroom();
    EXPECT_NEAR(h.headroomAverageKw, (17.0 - h.soFarKwh) / (50.0 / 60.0), 0.1);
    EXPECT_FALSE(window.banner()->isHidden());
    EXPECT_EQ(window.banner()->text(), message);
    EXPECT_EQ(window.banner()->kind(), han::ui::MessageBanner::Kind::Warning);

    // Down and up again in the same hour: no second warning.
    ASSERT_TRUE(feed(kHour + 10 * kMinute, kHour + 20 * kMinute, 500));
    EXPECT_FALSE(watch->headroom()->projectionCrossesStep());
    ASSERT_TRUE(feed(kHour + 20 * kMinute, kHour + 25 * kMinute, 30'000));
    EXPECT_TRUE(watch->headroom()->projectionCrossesStep());
    EXPECT_EQ(warnings.count(), 1);

    // The next hour: the warning of the last one is taken down, and a new crossing warns.
    ASSERT_TRUE(feed(kHour + 60 * kMinute, kHour + 61 * kMinute, 500));
    EXPECT_EQ(ended.count(), 1);
    EXPECT_TRUE(window.banner()->isHidden());
    ASSERT_TRUE(feed(kHour + 61 * kMinute, kHour + 65 * kMinute, 20'000));
    EXPECT_EQ(warnings.count(), 2);
}
