// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_window_bar.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace han::ui {

TimeWindowBar::TimeWindowBar(QWidget* parent)
    : QWidget(parent)
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Show:"), this));
    m_buttons = new QButtonGroup(this);
    for (int i = 0; i < TimeWindow::kCount; ++i) {
        const auto kind = static_cast<TimeWindow::Kind>(i);
        auto* button = new QPushButton(TimeWindow::buttonText(kind), this);
        button->setCheckable(true);
        button->setToolTip(TimeWindow::toolTip(kind));
        button->setObjectName(QStringLiteral("window%1").arg(i));
        m_buttons->addButton(button, i);
        // Some palettes hardly show a checked button: the chosen window is also bold.
        connect(button, &QPushButton::toggled, button, [button](bool checked) {
            QFont font = button->font();
            font.setBold(checked);
            button->setFont(font);
        });
        row->addWidget(button);
    }
    // idClicked, not toggled: choosing the current window again goes back to it.
    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int id) {
        const auto kind = static_cast<TimeWindow::Kind>(id);
        if (kind != TimeWindow::Kind::Custom) {
            emit windowChosen(kind);
            return;
        }
        m_customControls->setVisible(true);
        m_fromEdit->setFocus();
        emit customChosen();
    });
    row->addWidget(createCustomControls());
    row->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("phasesStatus"));
    row->addWidget(m_status);

    m_follow = new QCheckBox(tr("Follo&w live"), this);
    m_follow->setObjectName(QStringLiteral("followLive"));
    m_follow->setToolTip(tr("Keep the newest reading at the right edge; moving or zooming the "
                            "charts turns this off"));
    connect(m_follow, &QCheckBox::toggled, this, &TimeWindowBar::followLiveToggled);
    row->addWidget(m_follow);
    setWindow(TimeWindow::Kind::FiveMinutes);
}

QWidget* TimeWindowBar::createCustomControls()
{
    m_customControls = new QWidget(this);
    auto* custom = new QHBoxLayout(m_customControls);
    custom->setContentsMargins(12, 0, 0, 0);
    const QDateTime now = QDateTime::currentDateTime();
    m_fromEdit = new QDateTimeEdit(now.addDays(-1), m_customControls);
    m_toEdit = new QDateTimeEdit(now, m_customControls);
    for (QDateTimeEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setTimeSpec(Qt::LocalTime);
    }
    m_fromEdit->setObjectName(QStringLiteral("customFrom"));
    m_toEdit->setObjectName(QStringLiteral("customTo"));
    m_fromEdit->setToolTip(tr("Start of the range, local time"));
    m_toEdit->setToolTip(tr("End of the range, local time"));
    auto* fromLabel = new QLabel(tr("Fro&m"), m_customControls);
    fromLabel->setBuddy(m_fromEdit);
    auto* toLabel = new QLabel(tr("T&o"), m_customControls);
    toLabel->setBuddy(m_toEdit);
    auto* apply = new QPushButton(tr("Appl&y"), m_customControls);
    apply->setToolTip(tr("Show this range from the history"));
    connect(apply, &QPushButton::clicked, this,
            [this] { emit customRangeChosen(customFromUtcMs(), customToUtcMs()); });
    // Enter in a field applies too; leaving a field unchanged does not reload.
    for (QDateTimeEdit* edit : {m_fromEdit, m_toEdit}) {
        connect(edit, &QDateTimeEdit::editingFinished, this, [this] {
            if (customFromUtcMs() != m_appliedFromMs || customToUtcMs() != m_appliedToMs)
                emit customRangeChosen(customFromUtcMs(), customToUtcMs());
        });
    }
    custom->addWidget(fromLabel);
    custom->addWidget(m_fromEdit);
    custom->addWidget(toLabel);
    custom->addWidget(m_toEdit);
    custom->addWidget(apply);
    m_customControls->setVisible(false);
    return m_customControls;
}

void TimeWindowBar::setWindow(TimeWindow::Kind kind)
{
    m_buttons->button(static_cast<int>(kind))->setChecked(true);
    m_customControls->setVisible(kind == TimeWindow::Kind::Custom);
}

void TimeWindowBar::setCustomRange(std::int64_t fromUtcMs, std::int64_t toUtcMs)
{
    // What the fields show after this is what is shown: minutes, as the fields have them.
    m_appliedFromMs = fromUtcMs - fromUtcMs % 60'000;
    m_appliedToMs = toUtcMs - toUtcMs % 60'000;
    m_fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(fromUtcMs, Qt::LocalTime));
    m_toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(toUtcMs, Qt::LocalTime));
}

void TimeWindowBar::setFollowLive(bool follow)
{
    const QSignalBlocker blocker(m_follow);
    m_follow->setChecked(follow);
}

void TimeWindowBar::setStatus(const QString& text, const QString& toolTip)
{
    m_status->setText(text);
    m_status->setToolTip(toolTip);
}

std::int64_t TimeWindowBar::customFromUtcMs() const
{
    return m_fromEdit->dateTime().toMSecsSinceEpoch();
}

std::int64_t TimeWindowBar::customToUtcMs() const
{
    return m_toEdit->dateTime().toMSecsSinceEpoch();
}

} // namespace han::ui
