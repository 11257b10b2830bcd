// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame_log_model.h"

#include "chart_colors.h"
#include "hex_dump.h"

#include <QColor>
#include <QDateTime>
#include <QFontDatabase>

#include <algorithm>

namespace han::ui {

namespace {

QString arrivalTime(std::int64_t utcMs)
{
    // Milliseconds: at a fast replay many frames share one second.
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::LocalTime)
        .toString(QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace

FrameLogModel::FrameLogModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_flushTimer.setObjectName(QStringLiteral("frame_log_model.flushTimer"));
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &FrameLogModel::flush);
}

void FrameLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    const int excess = rowCount() - m_capacity;
    if (excess > 0)
        dropOldest(excess);
}

void FrameLogModel::append(FrameLogEntry entry)
{
    ++m_totalAppended;
    m_pending.push_back(std::move(entry));
    // More staged than the ring holds: the oldest of them would be dropped at once anyway.
    if (m_pending.size() > static_cast<std::size_t>(m_capacity))
        m_pending.erase(m_pending.begin());
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void FrameLogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty())
        return;
    const int incoming = static_cast<int>(m_pending.size());
    const int excess = rowCount() + incoming - m_capacity;
    if (excess > 0)
        dropOldest(std::min(excess, rowCount()));
    const int first = rowCount();
    beginInsertRows(QModelIndex(), first, first + incoming - 1);
    for (FrameLogEntry& entry : m_pending)
        m_rows.push_back(std::move(entry));
    m_pending.clear();
    endInsertRows();
}

void FrameLogModel::dropOldest(int count)
{
    if (count <= 0)
        return;
    beginRemoveRows(QModelIndex(), 0, count - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    endRemoveRows();
}

void FrameLogModel::clear()
{
    m_pending.clear();
    m_flushTimer.stop();
    if (m_rows.empty())
        return;
    beginRemoveRows(QModelIndex(), 0, rowCount() - 1);
    m_rows.clear();
    endRemoveRows();
}

int FrameLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FrameLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FrameLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FrameLogEntry& e = entry(index.row());
    const auto column = static_cast<Column>(index.column());

    if (role == Qt::DisplayRole) {
        switch (column) {
        case TimeColumn:
            return arrivalTime(e.arrivedUtcMs);
        case LengthColumn:
            return static_cast<int>(e.bytes.size());
        case StatusColumn:
            return statusText(e);
        case ListColumn:
            return e.listNumber() > 0 ? QVariant(e.listNumber()) : QVariant(QStringLiteral("–"));
        case BytesColumn:
            return HexDump::abbreviated(e.bytes, kAbbreviatedBytes);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case TimeColumn: {
            QString tip = tr("When this computer received the frame (local time).");
            if (e.reading && e.reading->meterTime && !e.reading->meterTime->toIsoString().isEmpty())
                tip += QLatin1Char('\n') + tr("The meter's clock in the frame: %1.")
                                               .arg(e.reading->meterTime->toIsoString());
            return tip;
        }
        case LengthColumn:
            return tr("Length of the frame: %1 bytes, the opening and closing flags included.")
                .arg(e.bytes.size());
        case StatusColumn:
            return e.error ? explanation(*e.error)
                           : tr("Both checksums are right and the content decoded to a reading.");
        case ListColumn:
            return tr("List 1: power, currents and voltages, sent every 10 s.\nList 2: the same "
                      "plus the meter's clock and energy registers, sent once an hour.");
        case BytesColumn:
            return tr("The first bytes of the frame in hexadecimal; select the row to see all "
                      "of them.");
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && column == StatusColumn)
        return statusColor(e);
    if (role == Qt::TextAlignmentRole &&
        (column == LengthColumn || column == ListColumn || column == TimeColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && column == BytesColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return {};
}

QVariant FrameLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn:
            return tr("Received");
        case LengthColumn:
            return tr("Bytes");
        case StatusColumn:
            return tr("Status");
        case ListColumn:
            return tr("List");
        case BytesColumn:
            return tr("Frame (hex)");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn:
            return tr("When this computer received the frame, local time");
        case LengthColumn:
            return tr("Length of the frame in bytes");
        case StatusColumn:
            return tr("Whether the frame arrived intact and could be read");
        case ListColumn:
            return tr("Which of the meter's lists the frame carried: 1 every 10 s, 2 every hour");
        case BytesColumn:
            return tr("The start of the frame as sent, in hexadecimal");
        default:
            break;
        }
    }
    return {};
}

QString FrameLogModel::statusText(const FrameLogEntry& entry)
{
    if (!entry.error)
        return tr("OK");
    switch (entry.error->kind) {
    case FrameError::Kind::Hcs:
        return tr("HCS error");
    case FrameError::Kind::Fcs:
        return tr("FCS error");
    case FrameError::Kind::Flag:
        return tr("Flag error");
    case FrameError::Kind::Truncated:
        return tr("Truncated");
    case FrameError::Kind::Apdu:
        return tr("Not a reading");
    case FrameError::Kind::Encrypted:
        return tr("Encrypted");
    case FrameError::Kind::UnsupportedList:
        return tr("Unknown list");
    case FrameError::Kind::Axdr:
        return tr("Malformed");
    case FrameError::Kind::Authentication:
        return tr("Authentication failed");
    case FrameError::Kind::Replay:
        return tr("Replayed");
    }
    return {};
}

QString FrameLogModel::explanation(const FrameError& error)
{
    switch (error.kind) {
    case FrameError::Kind::Hcs:
        return tr("The header checksum (HCS) is wrong: bits of the frame's header changed on the "
                  "way from the meter, usually through electrical noise or a loose contact in "
                  "the cable or adapter. The frame is dropped; the meter sends the next one "
                  "within 10 seconds.");
    case FrameError::Kind::Fcs:
        return tr("The frame checksum (FCS) is wrong: bits changed on the way from the meter. "
                  "A few such frames a day are harmless; many point to a bad cable or adapter, "
                  "or the wrong parity. The frame is dropped; the next one comes within 10 "
                  "seconds.");
    case FrameError::Kind::Flag:
        return tr("The frame does not end where its length says it should: bytes were lost or "
                  "added on the way (a loose contact, or the wrong speed or parity).");
    case FrameError::Kind::Truncated:
        return tr("The frame was cut short: the next frame began, or the connection ended, "
                  "before this one was complete. This happens when the cable is unplugged or "
                  "bytes are lost.");
    case FrameError::Kind::Apdu:
        return tr("The frame arrived intact but does not carry meter readings (it is not a "
                  "data notification). HAN Monitor leaves it aside.");
    case FrameError::Kind::Encrypted:
        return tr("The frame arrived intact but is encrypted. To read it, enter the two keys "
                  "from your grid company (encryption key and authentication key) in Connect to "
                  "Meter.");
    case FrameError::Kind::UnsupportedList:
        if (!error.listName.isEmpty())
            return tr("The frame arrived intact but carries a list HAN Monitor cannot read "
                      "(\"%1\"). It reads the lists of Kamstrup, Aidon and Kaifa meters; this "
                      "one has a layout it does not know.")
                .arg(QString::fromLatin1(error.listName));
        return tr("The frame arrived intact but carries a list HAN Monitor cannot read. It "
                  "reads the lists of Kamstrup, Aidon and Kaifa meters; this one has a layout it "
                  "does not know.");
    case FrameError::Kind::Axdr:
        if (error.apduOffset >= 0)
            return tr("The frame arrived intact but its content is malformed at byte %1 of the "
                      "message: the meter sent something HAN Monitor does not expect. A bug "
                      "report with this frame helps.")
                .arg(error.apduOffset);
        return tr("The frame arrived intact but its content is malformed: the meter sent "
                  "something HAN Monitor does not expect. A bug report with this frame helps.");
    case FrameError::Kind::Authentication:
        return tr("The frame arrived intact but is encrypted, and authentication failed — check "
                  "the keys from your grid company. (Grid companies issue new keys when the "
                  "HAN port is reset.) Damaged bytes fail the same way, but then the next frame "
                  "reads again.");
    case FrameError::Kind::Replay:
        return tr("The frame is encrypted and authentic, but its frame counter is not newer "
                  "than one already read: an old frame sent again. It is ignored. If the meter "
                  "restarted its counter, readings resume after a few frames.");
    }
    return {};
}

QColor FrameLogModel::statusColor(const FrameLogEntry& entry)
{
    if (!entry.error)
        return ChartColors::exportColor();
    switch (entry.error->kind) {
    case FrameError::Kind::Hcs:
    case FrameError::Kind::Fcs:
    case FrameError::Kind::Flag:
    case FrameError::Kind::Truncated:
        return ChartColors::import();
    default:
        return ChartColors::warning();
    }
}

} // namespace han::ui
