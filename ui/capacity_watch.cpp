// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity_watch.h"

#include "app_settings.h"
#include "capacity_calculator.h"
#include "capacity_text.h"
#include "history_reader.h"
#include "hourly_source.h"
#include "live_model.h"
#include "session_controller.h"

#include <QDateTime>

#include <algorithm>

namespace han::ui {

CapacityWatch::CapacityWatch(SessionController* session, QObject* parent)
    : QObject(parent), m_session(session)
{
    m_reloadTimer.setObjectName(QStringLiteral("capacity_watch.reloadTimer"));
    m_reloadTimer.setSingleShot(true);
    connect(&m_reloadTimer, &QTimer::timeout, this, &CapacityWatch::reload);

    LiveModel* live = session->live();
    connect(live, &LiveModel::updated, this, &CapacityWatch::update);
    connect(live, &LiveModel::cleared, this, &CapacityWatch::update);
    connect(session, &SessionController::historyOpened, this, &CapacityWatch::reload);
    connect(session, &SessionController::historyChanged, this, &CapacityWatch::scheduleReload);
    connect(session, &SessionController::capacityLadderChanged, this, &CapacityWatch::reload);
    // Without a meter the hour still ends by the host clock.
    auto* hourTimer = new QTimer(this);
    hourTimer->setObjectName(QStringLiteral("capacity_watch.hourTimer"));
    hourTimer->setInterval(60'000);
    connect(hourTimer, &QTimer::timeout, this, &CapacityWatch::update);
    hourTimer->start();
    reload();
}

void CapacityWatch::applySettings(const AppSettings& settings)
{
    if (settings.capacityExcludeFlagged == m_excludeFlagged)
        return;
    m_excludeFlagged = settings.capacityExcludeFlagged;
    reload();
}

const CapacityLadder& CapacityWatch::ladder() const
{
    return m_session->capacityLadder();
}

void CapacityWatch::setClock(Clock clock)
{
    m_clock = std::move(clock);
    reload();
}

std::int64_t CapacityWatch::nowUtcMs() const
{
    const LiveModel* live = m_session->live();
    if (live->hasReading())
        return live->latestUtcMs();
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

std::int64_t CapacityWatch::hourStartUtcMs() const
{
    const LiveModel* live = m_session->live();
    if (live->hasReading())
        return live->currentHourStartUtcMs();
    return HourlySource::floorToHour(nowUtcMs());
}

CapacityMonth CapacityWatch::monthOf(int year, int month) const
{
    const QDate first(year, month, 1);
    const std::int64_t from = first.startOfDay(m_zone).toMSecsSinceEpoch();
    std::int64_t to = first.addMonths(1).startOfDay(m_zone).toMSecsSinceEpoch();
    // The hour in progress is the headroom's, never a finished hour of the month.
    to = std::min(to, hourStartUtcMs());
    std::vector<HourlyEnergy> hours;
    const HistoryReader& reader = m_session->reader();
    const QString meter = m_session->currentMeterId();
    if (reader.isOpen() && !meter.isEmpty() && to > from)
        hours = reader.hourlyEnergy(meter, from, to);
    return CapacityCalculator::month(hours, year, month, m_zone, ladder(), m_excludeFlagged);
}

void CapacityWatch::reload()
{
    m_reloadTimer.stop();
    m_sinceReload.start();
    m_meterId = m_session->currentMeterId();
    const std::int64_t hourStart = hourStartUtcMs();
    if (m_warnedHourStart >= 0 && m_warnedHourStart != hourStart) {
        m_warnedHourStart = -1;
        emit stepWarningEnded(); // lastWarning() still says which
        m_lastWarning.clear();
    }
    m_loadedHourStart = hourStart;
    const QDate day = QDateTime::fromMSecsSinceEpoch(hourStart, m_zone).date();
    QElapsedTimer timer;
    timer.start();
    m_month = monthOf(day.year(), day.month());
    m_lastReloadMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    emit monthChanged();
    update();
}

void CapacityWatch::scheduleReload()
{
    // At most one read per interval, the first without waiting.
    if (m_reloadTimer.isActive())
        return;
    const qint64 since = m_sinceReload.isValid() ? m_sinceReload.elapsed() : kReloadIntervalMs;
    m_reloadTimer.start(static_cast<int>(std::max<qint64>(0, kReloadIntervalMs - since)));
}

void CapacityWatch::update()
{
    if (m_session->currentMeterId() != m_meterId || hourStartUtcMs() != m_loadedHourStart) {
        reload(); // calls update() again, with the month in step
        return;
    }
    LiveModel* live = m_session->live();
    if (!live->hasReading() || live->meterId() != m_meterId) {
        const bool had = m_headroom.has_value();
        m_headroom.reset();
        m_importPowerKw = 0;
        if (had)
            emit headroomChanged();
        return;
    }
    const auto& reading = live->latestReading();
    m_importPowerKw = reading ? reading->activeImportW.value_or(0.0) / 1000.0 : 0.0;
    const double soFarKwh = m_session->hourSoFar().importKwh;
    m_headroom = CapacityCalculator::headroom(m_month, m_zone, ladder(), m_loadedHourStart,
                                              nowUtcMs(), soFarKwh, m_importPowerKw);
    emit headroomChanged();
    checkWarning();
}

void CapacityWatch::checkWarning()
{
    if (!m_headroom || !m_headroom->projectionCrossesStep() ||
        m_warnedHourStart == m_headroom->hourStartUtcMs)
        return;
    m_warnedHourStart = m_headroom->hourStartUtcMs;
    m_lastWarning = CapacityText::warning(*m_headroom, ladder(), m_importPowerKw);
    emit stepWarning(CapacityText::warningTitle(), m_lastWarning);
}

} // namespace han::ui
