// SPDX-License-Identifier: GPL-3.0-or-later
#include "history_store.h"

#include <array>

namespace han {
namespace {

constexpr std::array<int, 5> kRetryDelaysMs = {1000, 2000, 5000, 10000, 30000};

} // namespace

HistoryStore::HistoryStore(QObject* parent) : QObject(parent), m_commitTimer(this)
{
    m_commitTimer.setSingleShot(true);
    connect(&m_commitTimer, &QTimer::timeout, this, &HistoryStore::commitPending);
}

HistoryStore::~HistoryStore()
{
    // Normally closed by HistoryController on this thread already; this is the fallback.
    if (m_writer && m_writer->isOpen())
        m_writer->close();
}

void HistoryStore::setSettings(const Settings& settings)
{
    m_settings = settings;
}

HistoryWriter::Statistics HistoryStore::statistics() const
{
    return m_writer ? m_writer->statistics() : HistoryWriter::Statistics{};
}

void HistoryStore::open(const QString& path)
{
    close();
    m_writer = std::make_unique<HistoryWriter>();
    m_writer->setMaxPendingRows(m_settings.maxPendingRows);
    m_writer->setSizeLimit(m_settings.sizeLimitBytes);
    if (!m_writer->open(path.isEmpty() ? HistoryWriter::defaultPath() : path)) {
        const QString error = m_writer->errorString();
        m_writer.reset();
        emit failed(error);
        return;
    }
    m_failing = false;
    m_retryAttempt = 0;
    m_droppedReported = 0;
    emit opened(m_writer->path());
}

void HistoryStore::storeReading(const MeterReading& reading)
{
    if (!m_writer)
        return; // open() failed and said so
    m_writer->addReading(reading);
    scheduleCommit();
}

void HistoryStore::storeEvent(const HistoryEvent& event)
{
    if (!m_writer)
        return;
    m_writer->addEvent(event);
    scheduleCommit();
}

void HistoryStore::setMeterSettings(const QString& meterId, const MeterSettings& settings)
{
    if (!m_writer)
        return;
    m_writer->setMeterSettings(meterId, settings);
    flush();
}

void HistoryStore::setCapacityLadder(const CapacityLadder& ladder)
{
    if (!m_writer)
        return;
    m_writer->setCapacityLadder(ladder);
    flush();
}

void HistoryStore::scheduleCommit()
{
    reportDropped();
    if (m_failing)
        return; // the retry timer is running
    if (m_writer->pendingRows() >= m_settings.batchRows) {
        m_commitTimer.stop();
        commitPending();
    } else if (!m_commitTimer.isActive() && m_writer->pendingRows() > 0) {
        m_commitTimer.start(m_settings.commitIntervalMs);
    }
}

SimulatedHistory::Result HistoryStore::fillSimulatedHistory(const SimulatorSettings& settings,
                                                           std::int64_t toUtcMs)
{
    if (!m_writer) {
        SimulatedHistory::Result result;
        result.errorString = tr("The history is not open.");
        return result;
    }
    flush();
    const std::int64_t before = m_writer->lastBatch().id;
    SimulatedHistory::Result result = SimulatedHistory::fill(*m_writer, settings, toUtcMs);
    const HistoryWriter::Batch batch = m_writer->lastBatch();
    if (batch.id != before)
        emit batchCommitted(batch.id, batch.rows);
    return result;
}

void HistoryStore::flush()
{
    if (!m_writer)
        return;
    m_commitTimer.stop();
    commitPending();
}

void HistoryStore::commitPending()
{
    if (!m_writer)
        return;
    const std::int64_t before = m_writer->lastBatch().id;
    if (!m_writer->commit()) {
        if (!m_failing)
            emit failed(m_writer->errorString());
        m_failing = true;
        const auto step = std::min<std::size_t>(static_cast<std::size_t>(m_retryAttempt),
                                                kRetryDelaysMs.size() - 1);
        ++m_retryAttempt;
        m_commitTimer.start(kRetryDelaysMs[step]);
        reportDropped();
        return;
    }
    if (m_failing) {
        m_failing = false;
        m_retryAttempt = 0;
        emit recovered();
    }
    const HistoryWriter::Batch batch = m_writer->lastBatch();
    if (batch.id != before)
        emit batchCommitted(batch.id, batch.rows);
}

void HistoryStore::reportDropped()
{
    const std::int64_t dropped = m_writer ? m_writer->statistics().dropped : 0;
    if (dropped <= m_droppedReported)
        return;
    m_droppedReported = dropped;
    // One singular and one plural form serve English and the Nordic languages.
    emit failed(dropped == 1
                    ? tr("The history could not be written for a long time: 1 reading could not "
                         "be kept.")
                    : tr("The history could not be written for a long time: %1 readings could "
                         "not be kept.")
                          .arg(dropped));
}

void HistoryStore::backup(const QString& path)
{
    if (!m_writer) {
        emit backupFinished(false, tr("The history is not open, so there is nothing to back up."));
        return;
    }
    m_commitTimer.stop();
    commitPending();
    if (m_writer->backup(path))
        emit backupFinished(true, tr("The history was backed up to %1.").arg(path));
    else
        emit backupFinished(false, m_writer->errorString());
}

void HistoryStore::close()
{
    if (!m_writer)
        return;
    m_commitTimer.stop();
    const std::int64_t before = m_writer->lastBatch().id;
    const bool ok = m_writer->close();
    if (m_writer->lastBatch().id != before)
        emit batchCommitted(m_writer->lastBatch().id, m_writer->lastBatch().rows);
    if (!ok)
        emit failed(m_writer->errorString());
    m_writer.reset();
    emit closed();
}

} // namespace han
