// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link_state.h"

#include <QWidget>

class QLabel;

namespace han::ui {

class LiveModel;

// The top of the Diagnostics view: the link's state in words with a coloured dot, the worker's
// explanation of it, and the counters of the run, each with a tooltip in homeowner words.
// Reads the LiveModel and refreshes with its coalesced updated(). GUI thread only.
class LinkStatusPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LinkStatusPanel(LiveModel* live, QWidget* parent = nullptr);

    static QString stateText(LinkState state);

private:
    QWidget* buildLinkBox();
    QWidget* buildCounters();
    void refreshLink();
    void refreshCounters();

    LiveModel* m_live = nullptr;
    QLabel* m_linkIcon = nullptr;
    QLabel* m_linkState = nullptr;
    QLabel* m_linkDetail = nullptr;
    QLabel* m_bytesReceived = nullptr;
    QLabel* m_framesOk = nullptr;
    QLabel* m_hcsErrors = nullptr;
    QLabel* m_fcsErrors = nullptr;
    QLabel* m_flagErrors = nullptr;
    QLabel* m_truncated = nullptr;
    QLabel* m_unknownContent = nullptr;
    QLabel* m_skippedBytes = nullptr;
    QLabel* m_reconnects = nullptr;
    QLabel* m_lastReading = nullptr;
    LinkState m_shownState = LinkState::Disconnected;
    QString m_shownDetail;
};

} // namespace han::ui
