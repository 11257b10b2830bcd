// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacity_headroom.h"
#include "capacity_ladder.h"
#include "capacity_month.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimeZone>
#include <QTimer>

#include <cstdint>
#include <functional>
#include <optional>

namespace han::ui {

class SessionController;
struct AppSettings;

// The capacity tariff of the month in progress, kept up to date for the Capacity view and the
// step warning. The month's finished hours (CapacityMonth) are read from the session's history
// when the hour, the month or the meter changes, when the ladder or the settings change, and
// (at most every kReloadIntervalMs) when new history arrives, e.g. the List 2 that closes the
// last hour. On every LiveModel::updated() (coalesced) the hour in progress is set against it:
// SessionController::hourSoFar() and the present import power give CapacityCalculator's
// headroom. When the projection crosses into the next step, stepWarning() is emitted at most
// once per hour. A month of hourly energy takes milliseconds to read, so it is read on the GUI
// thread (figures in tests/capacity_watch_test.cpp). GUI thread only.
class CapacityWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kReloadIntervalMs = 5000;
    using Clock = std::function<std::int64_t()>;

    explicit CapacityWatch(SessionController* session, QObject* parent = nullptr);

    // "Leave out estimated and suspect hours".
    void applySettings(const AppSettings& settings);
    bool excludeFlagged() const { return m_excludeFlagged; }
    // The session's ladder (kept in the history).
    const CapacityLadder& ladder() const;
    QTimeZone zone() const { return m_zone; }

    // The host clock in UTC ms, used while there is no live reading; tests pin it.
    void setClock(Clock clock);
    // Now: the live meter's latest reading when there is one, else the host clock.
    std::int64_t nowUtcMs() const;
    // The start of the hour in progress (UTC ms).
    std::int64_t hourStartUtcMs() const;

    QString meterId() const { return m_meterId; }
    // The month in progress (its finished hours).
    const CapacityMonth& month() const { return m_month; }
    // Any month of the same meter with the same ladder and settings; the month in progress
    // without its hour in progress.
    CapacityMonth monthOf(int year, int month) const;
    // The hour in progress against the month; empty without a live reading in this month.
    const std::optional<CapacityHeadroom>& headroom() const { return m_headroom; }
    double importPowerKw() const { return m_importPowerKw; }
    // The last warning given (empty: none this hour).
    QString lastWarning() const { return m_lastWarning; }
    // How long the last read of the month took, ms (a figure for the tests).
    double lastReloadMs() const { return m_lastReloadMs; }

public slots:
    // Reads the month again now.
    void reload();

signals:
    // month() was read again (another hour, month, meter, ladder or setting, or new history).
    void monthChanged();
    // headroom() changed (every coalesced live update).
    void headroomChanged();
    // The projection crosses into the next step: the message in plain words. At most once
    // per hour.
    void stepWarning(const QString& title, const QString& message);
    // The hour that was warned about has ended.
    void stepWarningEnded();

private:
    void update();
    void scheduleReload();
    void checkWarning();

    SessionController* m_session = nullptr;
    Clock m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    bool m_excludeFlagged = false;
    QString m_meterId;
    std::int64_t m_loadedHourStart = -1;
    CapacityMonth m_month;
    std::optional<CapacityHeadroom> m_headroom;
    double m_importPowerKw = 0;
    std::int64_t m_warnedHourStart = -1;
    QString m_lastWarning;
    double m_lastReloadMs = 0;
    QTimer m_reloadTimer;
    QElapsedTimer m_sinceReload;
};

} // namespace han::ui
