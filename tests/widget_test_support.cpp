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
#include <QRegularExpression>
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

QStringList cutOffTexts(const QWidget* root)
{
    QStringList cut;
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() ||
            label->textFormat() == Qt::RichText || !label->pixmap().isNull())
            continue;
        QString shown = label->text();
        if (label->buddy()) // "Peri&od:" shows as "Period:"
            shown.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
        const int needed = label->fontMetrics().horizontalAdvance(shown) + 2 * label->margin() +
                           2 * label->frameWidth();
        if (needed > label->contentsRect().width() + 2 * label->frameWidth() + 1)
            cut << QStringLiteral("%1 \"%2\" (%3 px for %4 px)")
                       .arg(label->objectName(), label->text())
                       .arg(needed)
                       .arg(label->width());
    }
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->width() + 1 < button->sizeHint().width() &&
            button->width() < button->minimumSizeHint().width())
            cut << QStringLiteral("button \"%1\"").arg(button->text());
    }
    return cut;
}

} // namespace han::test
