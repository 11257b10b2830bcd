// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>
#include <QTimer>

class QLabel;

namespace han::ui {

class LiveModel;

// Which meter the live numbers come from and how fresh they are: the source ("Simulated
// meter"), the meter's id, type and list version, the meter's clock in the last reading and
// the age of that reading ("12 s ago"), which ticks on its own one-second timer and turns the
// warning colour once the meter has been quiet for kStaleAfterSeconds. Part of the Live view.
class MeterInfoWidget : public QGroupBox
{
    Q_OBJECT

public:
    // A meter sends every 10 s: three missed lists.
    static constexpr int kStaleAfterSeconds = 30;

    explicit MeterInfoWidget(const LiveModel* live, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void refreshSource();
    void refreshAge();

    const LiveModel* m_live = nullptr;
    QTimer m_ageTimer;
    QLabel* m_source = nullptr;
    QLabel* m_meterId = nullptr;
    QLabel* m_meterType = nullptr;
    QLabel* m_listVersion = nullptr;
    QLabel* m_age = nullptr;
    QLabel* m_readingTime = nullptr;
};

} // namespace han::ui
