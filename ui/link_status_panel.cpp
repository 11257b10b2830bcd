// SPDX-License-Identifier: GPL-3.0-or-later
#include "link_status_panel.h"

#include "chart_colors.h"
#include "live_model.h"
#include "value_format.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>

namespace han::ui {

namespace {

QPixmap dot(const QColor& color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    return pixmap;
}

QString count(std::uint64_t value)
{
    return QLocale().toString(static_cast<qulonglong>(value));
}

} // namespace

LinkStatusPanel::LinkStatusPanel(LiveModel* live, QWidget* parent) : QWidget(parent), m_live(live)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildLinkBox(), 2);
    layout->addWidget(buildCounters(), 3);
    connect(live, &LiveModel::updated, this, &LinkStatusPanel::refreshCounters);
    connect(live, &LiveModel::cleared, this, &LinkStatusPanel::refreshCounters);
    connect(live, &LiveModel::linkStateChanged, this, &LinkStatusPanel::refreshLink);
    refreshLink();
    refreshCounters();
}

QString LinkStatusPanel::stateText(LinkState state)
{
    switch (state) {
    case LinkState::Disconnected:
        return tr("Not connected");
    case LinkState::Connecting:
        return tr("Connecting…");
    case LinkState::Connected:
        return tr("Receiving");
    case LinkState::NoData:
        return tr("No data");
    case LinkState::Reconnecting:
        return tr("Reconnecting…");
    }
    return {};
}

QWidget* LinkStatusPanel::buildLinkBox()
{
    auto* linkBox = new QGroupBox(tr("Link to the meter"), this);
    m_linkIcon = new QLabel(linkBox);
    m_linkState = new QLabel(linkBox);
    m_linkState->setObjectName(QStringLiteral("linkStateValue"));
    QFont stateFont = m_linkState->font();
    stateFont.setBold(true);
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.25);
    m_linkState->setFont(stateFont);
    m_linkDetail = new QLabel(linkBox);
    m_linkDetail->setObjectName(QStringLiteral("linkDetailValue"));
    m_linkDetail->setWordWrap(true);
    m_linkDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_linkDetail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* linkLayout = new QGridLayout(linkBox);
    linkLayout->addWidget(m_linkIcon, 0, 0);
    linkLayout->addWidget(m_linkState, 0, 1);
    linkLayout->addWidget(m_linkDetail, 1, 0, 1, 2);
    linkLayout->setColumnStretch(1, 1);
    linkLayout->setRowStretch(1, 1);

    return linkBox;
}

QWidget* LinkStatusPanel::buildCounters()
{
    auto* box = new QGroupBox(tr("Counters since the connection started"), this);
    auto* grid = new QGridLayout(box);
    grid->setHorizontalSpacing(12);
    int index = 0;
    auto add = [&](QLabel*& value, const char* objectName, const QString& name,
                   const QString& tip) {
        auto* label = new QLabel(name, box);
        value = new QLabel(box);
        value->setObjectName(QString::fromLatin1(objectName));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setToolTip(tip);
        value->setToolTip(tip);
        const int row = index % 4;
        const int column = (index / 4) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(value, row, column + 1);
        ++index;
    };
    add(m_framesOk, "framesOkValue", tr("Frames OK:"),
        tr("Messages from the meter that arrived intact and were read. The meter sends one "
           "every 10 seconds, and one more every hour with the energy registers."));
    add(m_bytesReceived, "bytesReceivedValue", tr("Bytes received:"),
        tr("Bytes that arrived from the meter's HAN port since the connection started, about "
           "230 every 10 seconds."));
    add(m_lastReading, "lastReadingValue", tr("Last reading:"),
        tr("When the last intact message arrived, in local time (for the simulator and replays, "
           "the time the message carries)."));
    add(m_reconnects, "reconnectsValue", tr("Reconnects:"),
        tr("How often the connection was lost and came back by itself."));
    add(m_hcsErrors, "hcsErrorsValue", tr("HCS errors:"),
        tr("Messages whose header was damaged on the way (header checksum wrong). A few are "
           "harmless; many point to a bad cable, a loose contact or electrical noise."));
    add(m_fcsErrors, "fcsErrorsValue", tr("FCS errors:"),
        tr("Messages damaged on the way (frame checksum wrong). A few are harmless; many point "
           "to a bad cable, a loose contact or the wrong parity."));
    add(m_flagErrors, "flagErrorsValue", tr("Flag errors:"),
        tr("Messages that did not end where their length said: bytes were lost or added on the "
           "way."));
    add(m_truncated, "truncatedValue", tr("Truncated:"),
        tr("Messages cut short, for example when the cable was unplugged while one arrived."));
    add(m_unknownContent, "unknownContentValue", tr("Unknown content:"),
        tr("Intact messages HAN Monitor cannot read: encrypted, from another make of meter, or "
           "a list it does not know."));
    add(m_skippedBytes, "skippedBytesValue", tr("Bytes skipped:"),
        tr("Bytes that belonged to no message, skipped while looking for the start of the next "
           "one. Many of them and no intact messages mean the wrong parity or speed."));
    for (int column = 1; column < grid->columnCount(); column += 2)
        grid->setColumnStretch(column, 1);
    return box;
}

void LinkStatusPanel::refreshLink()
{
    const LiveModel* live = m_live;
    const LinkState state = live->linkState();
    QColor color;
    switch (state) {
    case LinkState::Connected:
        color = ChartColors::exportColor();
        break;
    case LinkState::Connecting:
    case LinkState::Reconnecting:
        color = ChartColors::warning();
        break;
    case LinkState::NoData:
        color = ChartColors::import();
        break;
    case LinkState::Disconnected:
        color = palette().color(QPalette::Disabled, QPalette::WindowText);
        break;
    }
    const int size = m_linkState->fontMetrics().height() * 3 / 4;
    m_linkIcon->setPixmap(dot(color, size));
    m_linkState->setText(stateText(state));
    const QString detail = live->linkDetail().isEmpty() ? tr("The connection has not been started.")
                                                        : live->linkDetail();
    m_linkDetail->setText(detail);
    const QString tip = tr("The state of the connection to the meter, and why");
    m_linkState->setToolTip(tip);
    m_linkIcon->setToolTip(tip);
    m_linkDetail->setToolTip(tip);
    m_shownState = state;
    m_shownDetail = live->linkDetail();
}

void LinkStatusPanel::refreshCounters()
{
    const LinkStatistics& s = m_live->statistics();
    m_bytesReceived->setText(count(s.bytesReceived));
    m_framesOk->setText(count(s.framesOk));
    m_hcsErrors->setText(count(s.hcsErrors));
    m_fcsErrors->setText(count(s.fcsErrors));
    m_flagErrors->setText(count(s.flagErrors));
    m_truncated->setText(count(s.truncatedFrames));
    m_unknownContent->setText(count(s.unknownContent));
    m_skippedBytes->setText(count(s.skippedBytes));
    m_reconnects->setText(count(s.reconnects));
    if (s.lastReadingUtc.isValid()) {
        // With seconds: readings come every 10 s, and minutes alone would hide whether they do.
        const std::int64_t ms = s.lastReadingUtc.toMSecsSinceEpoch();
        m_lastReading->setText(QStringLiteral("%1 %2").arg(
            QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime).date().toString(Qt::ISODate),
            ValueFormat::localTime(ms)));
    } else {
        m_lastReading->setText(ValueFormat::dash());
    }
    // clear() resets the state without a signal of its own.
    if (m_live->linkState() != m_shownState || m_live->linkDetail() != m_shownDetail)
        refreshLink();
}

} // namespace han::ui
