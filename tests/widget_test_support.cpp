// SPDX-License-Identifier: GPL-3.0-or-later
#include "widget_test_support.h"

#include "meter_simulator.h"
#include "simulator_settings.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QThread>
#include <QWidget>

namespace han::test {

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

std::vector<MeterReading> simulatedReadings(const QString& startUtc, int count)
{
    SimulatorSettings settings;
    settings.start = QDateTime::fromString(startUtc, Qt::ISODate);
    MeterSimulator simulator(settings);
    std::vector<MeterReading> readings;
    int list1 = 0;
    while (list1 < count) {
        const auto frame = simulator.next();
        MeterReading reading = frame.reading;
        reading.receivedAt = frame.sentAtUtc;
        if (!reading.hasRegisters())
            ++list1;
        readings.push_back(reading);
    }
    return readings;
}

QStringList visibleTexts(const QWidget* root)
{
    QStringList texts;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (label->isVisibleTo(root))
            texts << label->text();
    }
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(root))
            texts << button->text();
    }
    for (const QLineEdit* edit : root->findChildren<QLineEdit*>()) {
        if (edit->isVisibleTo(root))
            texts << edit->text();
    }
    return texts;
}

} // namespace han::test
