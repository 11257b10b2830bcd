// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacity_ladder.h"
#include "history_reader.h"
#include "link_event_recorder.h"
#include "meter_settings.h"
#include "source_spec.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace han {
class AcquisitionController;
class AcquisitionWorker;
class HistoryController;
class HistoryStore;
} // namespace han

namespace han::ui {

class LiveModel;

// The running session the window shows: it owns the acquisition thread (AcquisitionController),
// the history thread (HistoryController), the GUI thread's read-only HistoryReader and the
// LiveModel, and wires them: readings go from the worker to the store and to the live model,
// link changes and rejected frames become history events. Every cross-thread connection of
// the GUI is made here, in one place (DESIGN.md, Threads). GUI thread only.
class SessionController : public QObject
{
    Q_OBJECT

public:
    explicit SessionController(QObject* parent = nullptr);
    ~SessionController() override;

    LiveModel* live() const { return m_live; }
    AcquisitionWorker* worker() const;
    AcquisitionController* acquisition() const { return m_acquisition.get(); }
    HistoryStore* store() const;

    // The read-only connection for the UI's models and the export; not open until
    // historyOpened() (the store creates the file on its own thread first).
    const HistoryReader& reader() const { return m_reader; }
    bool isHistoryOpen() const { return m_reader.isOpen(); }
    QString historyPath() const { return m_historyPath; }
    QString historyError() const { return m_historyError; }

    // Empty path: the default database shared with han-cli.
    void openHistory(const QString& path);
    // Stops the current source (if any) and starts this one; the live model starts afresh.
    // A simulator without a start time runs from now, after its past has been written into the
    // history (SimulatedHistory): the last kDays days on a first start, else from where its
    // stored history ends, so the app is never empty and the registers never step.
    void start(const SourceSpec& spec);
    void stop();
    SourceSpec source() const { return m_source; }
    bool isRunning() const { return m_running; }
    // "Simulated meter", "Serial port /dev/ttyUSB0", "Replay of capture.log".
    static QString sourceLabel(const SourceSpec& spec);

    // The meter the views show: the live one, else the most recently stored one.
    QString currentMeterId() const;

    // Energy of the current hour so far: the live samples' integral, plus, when they began
    // inside the hour (a start or a source switch), the stored readings before them.
    struct HourSoFar
    {
        double importKwh = 0;
        double exportKwh = 0;
    };
    HourSoFar hourSoFar();
    // The stored List 1 power of a meter integrated over [from, to) (PowerIntegrator).
    static HourSoFar integrateStored(const HistoryReader& reader, const QString& meterId,
                                     std::int64_t fromUtcMs, std::int64_t toUtcMs);

    // Changes a meter's clock mode and scale corrections in the history (HistoryStore, on its
    // thread); reader().meters() shows them once the store has committed, a moment later.
    void setMeterSettings(const QString& meterId, const MeterSettings& settings);
    // The capacity tariff's ladder, kept in the history: the stored one once the history is
    // open, else the default. setCapacityLadder() replaces it in the history (HistoryStore, on
    // its thread; reader().capacityLadder() shows it once the store has committed, a moment
    // later), and capacityLadder() at once.
    const CapacityLadder& capacityLadder() const { return m_capacityLadder; }
    void setCapacityLadder(const CapacityLadder& ladder);

    void startRecording(const QString& path);
    void stopRecording();
    // A consistent copy of the history while recording goes on; backupFinished() reports.
    void backup(const QString& path);

    // Stops the source, commits what is pending, closes the file and ends both threads.
    void shutdown();

signals:
    void historyOpened(const QString& path);
    // The store could not open or write the file; in words for people.
    void historyFailed(const QString& error);
    void historyRecovered();
    // A batch of readings reached the file: the history views may have more to show.
    void historyChanged();
    void backupFinished(bool ok, const QString& detail);
    void sourceStarted(const han::SourceSpec& spec);
    void recordingStateChanged(bool recording, const QString& detail);
    // The simulated meter's past is being written (busy) or has been (not busy).
    void simulatedHistoryProgress(bool busy, const QString& message);
    // A replayed capture has been played to its end.
    void sourceFinished();
    // capacityLadder() is another (loaded from the history or set).
    void capacityLadderChanged();
    // Meter keys: intact frames arrive encrypted and this connection has no keys (said once per
    // start, so the window can point the user to File > Connect to Meter).
    void encryptedWithoutKeys();

private:
    void storeEvents(const std::vector<HistoryEvent>& events);
    void startAcquisition();
    void fillSimulatedHistory();

    std::unique_ptr<AcquisitionController> m_acquisition;
    std::unique_ptr<HistoryController> m_history;
    LiveModel* m_live = nullptr;
    HistoryReader m_reader;
    LinkEventRecorder m_linkEvents;
    QTimer m_eventFlushTimer;
    SourceSpec m_source;
    bool m_running = false;
    bool m_shutDown = false;
    bool m_encryptedAnnounced = false; // meter keys: encryptedWithoutKeys() said for this start
    // Set while a simulator waits for the history to open before its past can be filled in.
    bool m_waitingForHistory = false;
    // Counts start() calls: a fill that finishes after another start() is not acted upon.
    std::uint64_t m_startGeneration = 0;
    QString m_historyPath;
    // hourSoFar()'s stored part, for (meter, hour start, first live sample).
    struct StoredPart
    {
        QString meterId;
        std::int64_t fromUtcMs = -1;
        std::int64_t toUtcMs = -1;
        HourSoFar energy;
    } m_storedPart;
    QString m_historyError;
    CapacityLadder m_capacityLadder = CapacityLadder::defaultLadder();
};

} // namespace han::ui
