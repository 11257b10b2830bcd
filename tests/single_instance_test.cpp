// SPDX-License-Identifier: GPL-3.0-or-later
#include "single_instance.h"
#include "widget_test_support.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QHostInfo>
#include <QSignalSpy>
#include <QUuid>

using han::ui::SingleInstance;

namespace {

QString uniqueKey()
{
    return QStringLiteral("han-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
}

} // namespace

TEST(SingleInstance, ASecondStartFindsTheFirstAndAsksItToComeForward)
{
    const QString key = uniqueKey();
    SingleInstance first(key);
    ASSERT_TRUE(first.acquire());
    QSignalSpy activations(&first, &SingleInstance::activationRequested);

    SingleInstance second(key);
    EXPECT_FALSE(second.acquire()) << "the lock is held by the first instance";
    EXPECT_TRUE(second.activateRunning(300));
    ASSERT_TRUE(han::test::waitFor([&] { return activations.count() == 1; }, 5000));
}

TEST(SingleInstance, TakesOverTheLockOfACrashedInstance)
{
    const QString key = uniqueKey();
    QString lockPath;
    {
        SingleInstance probe(key);
        lockPath = probe.lockPath();
    }
    // What QLockFile leaves behind when its process dies: the pid of a process that is gone.
    QFile stale(lockPath);
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write(QByteArray("2147483646\nhan-monitor\n") + QHostInfo::localHostName().toUtf8() +
                "\n");
    stale.close();

    SingleInstance instance(key);
    EXPECT_TRUE(instance.acquire());
}

TEST(SingleInstance, ActivatingWithNobodyRunningSaysSo)
{
    SingleInstance lonely(uniqueKey());
    EXPECT_FALSE(lonely.activateRunning(200));
}
