// SPDX-License-Identifier: GPL-3.0-or-later
#include "history_session.h"

#include "export_history.h"
#include "live_model.h"
#include "meter_simulator.h"
#include "widget_test_support.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QPixmap>
#include <QSignalSpy>
#include <QWidget>

namespace han::test {

SimulatorSettings householdSettings(const QDateTime& startUtc, int phases)
{
    SimulatorSettings settings = exportSimulator(startUtc);
    settings.phases = phases;
    return settings;
}

std::vector<SimulatedFrame> simulatedFrames(const SimulatorSettings& settings,
                                            const QDateTime& endUtc)
{
    MeterSimulator simulator(settings);
    std::vector<SimulatedFrame> frames;
    while (simulator.nextPushUtc() < endUtc) {
        frames.push_back(simulator.next());
        frames.back().reading.receivedAt = frames.back().sentAtUtc;
    }
    return frames;
}

std::vector<MeterReading> readingsOf(const std::vector<SimulatedFrame>& frames)
{
    std::vector<MeterReading> readings;
    readings.reserve(frames.size());
    for (const SimulatedFrame& frame : frames)
        readings.push_back(frame.reading);
    return readings;
}

namespace {

// Filled files, kept for the whole run: filling a week takes seconds, copying it does not.
QString templateFile(const SimulatorSettings& settings, const QDateTime& endUtc, QString* error)
{
    static QTemporaryDir cache;
    static QMap<QString, QString> files;
    const QString key = QStringLiteral("%1-%2-%3")
                            .arg(settings.start.toString(Qt::ISODate),
                                 endUtc.toString(Qt::ISODate))
                            .arg(settings.phases);
    if (files.contains(key))
        return files.value(key);
    const QString path = cache.filePath(QStringLiteral("history-%1.sqlite").arg(files.size()));
    const FilledHistory filled = fillHistory(path, settings, endUtc);
    if (!filled.ok) {
        *error = filled.error;
        return {};
    }
    files.insert(key, path);
    return path;
}

} // namespace

HistorySession::HistorySession(const SimulatorSettings& settings, const QDateTime& historyEndUtc)
    : m_session(std::make_unique<ui::SessionController>())
{
    const QString source = templateFile(settings, historyEndUtc, &m_error);
    if (source.isEmpty())
        return;
    const QString path = m_dir.filePath(QStringLiteral("history.sqlite"));
    if (!QFile::copy(source, path)) {
        m_error = QStringLiteral("cannot copy %1").arg(source);
        return;
    }
    m_session->openHistory(path);
    if (!waitFor([this] { return m_session->isHistoryOpen() || !m_session->historyError().isEmpty(); })) {
        m_error = QStringLiteral("the history did not open");
        return;
    }
    m_error = m_session->historyError();
    m_ok = m_session->isHistoryOpen();
}

HistorySession::~HistorySession()
{
    m_session->shutdown();
}

bool HistorySession::feedLive(const std::vector<MeterReading>& readings)
{
    QSignalSpy updated(m_session->live(), &ui::LiveModel::updated);
    for (const MeterReading& reading : readings)
        m_session->live()->addReading(reading);
    return waitFor([&] { return updated.count() > 0; });
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6a, 0xa6, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

QString saveViewScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = QStringLiteral(HAN_SCREENSHOT_DIR);
    if (!QDir().mkpath(dir))
        return {};
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    return widget->grab().save(path) ? path : QString();
}

} // namespace han::test
