// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"
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
    // The app's own dark palette, so the pictures show what users see.
    return han::ui::Appearance::darkPalette();
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
