// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frame_log_entry.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <deque>
#include <vector>

namespace han::ui {

// The last frames from the meter, newest at the bottom, as a ring: when full, the oldest rows
// leave at the top (exact beginRemoveRows) as new ones arrive at the bottom (exact
// beginInsertRows). Frames are staged and inserted together every kFlushIntervalMs, so a replay
// at x1000 (100 frames a second) costs the view ten inserts a second, not a hundred.
// GUI thread only.
class FrameLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        LengthColumn,
        StatusColumn,
        ListColumn,
        BytesColumn,
        ColumnCount
    };
    static constexpr int kDefaultCapacity = 200;
    static constexpr int kFlushIntervalMs = 100;
    // Bytes in the table's hex column, enough for a wide window (the view elides the rest);
    // the whole frame shows when the row is selected.
    static constexpr int kAbbreviatedBytes = 64;

    explicit FrameLogModel(QObject* parent = nullptr);

    int capacity() const { return m_capacity; }
    // Fewer rows than now drops the oldest at once.
    void setCapacity(int capacity);

    // Stages a frame; it appears with the next flush.
    void append(FrameLogEntry entry);
    // Inserts the staged frames now (the timer calls this; tests may too).
    void flush();
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    // Forgets every frame.
    void clear();

    const FrameLogEntry& entry(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    // Frames ever appended, including the ones the ring has dropped.
    std::uint64_t totalAppended() const { return m_totalAppended; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "OK", "HCS error", …: the status column's words for a frame.
    static QString statusText(const FrameLogEntry& entry);
    // Why a frame was rejected, in words for a homeowner, with what to do about it.
    static QString explanation(const FrameError& error);
    // Green for a good frame, red for a damaged one, amber for one that is fine but unreadable.
    static QColor statusColor(const FrameLogEntry& entry);

private:
    void dropOldest(int count);

    std::deque<FrameLogEntry> m_rows;
    std::vector<FrameLogEntry> m_pending;
    int m_capacity = kDefaultCapacity;
    std::uint64_t m_totalAppended = 0;
    QTimer m_flushTimer;
};

} // namespace han::ui
