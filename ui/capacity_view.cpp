// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity_view.h"

#include "app_settings.h"
#include "capacity_chart.h"
#include "capacity_hour_bar.h"
#include "capacity_peak_model.h"
#include "capacity_text.h"
#include "capacity_watch.h"
#include "session_controller.h"
#include "value_format.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace han::ui {

namespace {

QLabel* valueLabel(const QString& name, const QString& toolTip, QWidget* parent)
{
    auto* label = new QLabel(ValueFormat::dash(), parent);
    label->setObjectName(name);
    label->setToolTip(toolTip);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* wrapped(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

QDate firstOfMonth(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

CapacityView::CapacityView(SessionController* session, CapacityWatch* watch, QWidget* parent)
    : QWidget(parent), m_session(session), m_watch(watch), m_peaks(new CapacityPeakModel(this))
{
    buildLayout();
    connect(m_watch, &CapacityWatch::monthChanged, this, &CapacityView::refreshMonth);
    connect(m_watch, &CapacityWatch::headroomChanged, this, &CapacityView::updateHour);
    refreshMonth();
}

void CapacityView::buildLayout()
{
    m_previous = new QPushButton(tr("◀ Previous month"), this);
    m_previous->setObjectName(QStringLiteral("previousMonth"));
    m_previous->setToolTip(tr("Show the month before this one (Alt+Left)"));
    m_next = new QPushButton(tr("Next month ▶"), this);
    m_next->setObjectName(QStringLiteral("nextMonth"));
    m_next->setToolTip(tr("Show the month after this one (Alt+Right)"));
    m_thisMonth = new QPushButton(tr("&This month"), this);
    m_thisMonth->setObjectName(QStringLiteral("thisMonth"));
    m_thisMonth->setToolTip(tr("Back to the month in progress, with the current hour (Alt+Home)"));
    m_monthLabel = new QLabel(this);
    m_monthLabel->setObjectName(QStringLiteral("monthLabel"));
    m_monthLabel->setToolTip(tr("The month shown, in local time"));
    QFont big = m_monthLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_monthLabel->setFont(big);
    m_monthLabel->setAlignment(Qt::AlignCenter);
    m_monthLabel->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("September 2026  ")));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_monthLabel);
    bar->addWidget(m_next);
    bar->addWidget(m_thisMonth);
    bar->addStretch(1);

    // The hour in progress.
    m_hourGroup = new QGroupBox(this);
    m_hourGroup->setObjectName(QStringLiteral("hourGroup"));
    m_hourBar = new CapacityHourBar(m_hourGroup);
    m_hourBar->setObjectName(QStringLiteral("hourBar"));
    m_hourBar->setToolTip(tr("This hour's import so far (solid), where it is heading at the present "
                             "power (light) and the limit (line) above which the month's "
                             "capacity step goes up"));
    m_soFar = valueLabel(QStringLiteral("hourSoFarValue"),
                         tr("Energy imported since the hour began, integrated from the meter's "
                            "power readings (List 1, every 10 s)"),
                         m_hourGroup);
    m_projected = valueLabel(QStringLiteral("hourProjectedValue"),
                             tr("The hour so far plus the present import power held until the "
                                "hour ends"),
                             m_hourGroup);
    m_limit = valueLabel(QStringLiteral("hourLimitValue"),
                         tr("The most this hour can import before the average of the month's "
                            "three peak days reaches the next step"),
                         m_hourGroup);
    m_headroom = valueLabel(QStringLiteral("headroomValue"),
                            tr("The limit minus the hour so far: what the house can still import "
                               "this hour without raising the month's step"),
                            m_hourGroup);
    m_headroomSentence = wrapped(QStringLiteral("headroomSentence"), m_hourGroup);
    m_headroomSentence->setToolTip(m_headroom->toolTip());
    auto* hourValues = new QGridLayout;
    hourValues->addWidget(new QLabel(tr("So far:"), m_hourGroup), 0, 0);
    hourValues->addWidget(m_soFar, 0, 1);
    hourValues->addWidget(new QLabel(tr("Projected:"), m_hourGroup), 0, 2);
    hourValues->addWidget(m_projected, 0, 3);
    hourValues->addWidget(new QLabel(tr("Limit:"), m_hourGroup), 1, 0);
    hourValues->addWidget(m_limit, 1, 1);
    hourValues->addWidget(new QLabel(tr("Headroom:"), m_hourGroup), 1, 2);
    hourValues->addWidget(m_headroom, 1, 3);
    hourValues->setColumnStretch(1, 1);
    hourValues->setColumnStretch(3, 1);
    auto* hourLayout = new QVBoxLayout(m_hourGroup);
    hourLayout->addWidget(m_hourBar);
    hourLayout->addLayout(hourValues);
    hourLayout->addWidget(m_headroomSentence);

    // The month's peaks and its step.
    auto* peakGroup = new QGroupBox(tr("Peak days"), this);
    m_peakTable = new QTableView(peakGroup);
    m_peakTable->setObjectName(QStringLiteral("peakTable"));
    m_peakTable->setModel(m_peaks);
    m_peakTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peakTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_peakTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_peakTable->setWordWrap(false);
    m_peakTable->verticalHeader()->hide();
    m_peakTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_peakTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_peakTable->setToolTip(tr("The three days with the highest hourly import, one hour per day; "
                               "Enter or a click opens the day in the Energy view"));
    QHeaderView* header = m_peakTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CapacityPeakModel::Day, QHeaderView::Stretch);
    m_average = valueLabel(QStringLiteral("averageValue"),
                           tr("The average of the three peak days' hours (kWh in an hour is its "
                              "average kW); with fewer than three days of data, of the days "
                              "there are. The capacity step is chosen by it."),
                           peakGroup);
    m_step = valueLabel(QStringLiteral("stepValue"),
                        tr("The step of the capacity ladder the average falls in (a step runs "
                           "from its lower bound up to, not including, its upper bound); the "
                           "ladder is set in Settings > Capacity"),
                        peakGroup);
    m_price = valueLabel(QStringLiteral("stepPriceValue"),
                         tr("The step's monthly capacity fee as entered in Settings > Capacity; "
                            "compare it with your grid company's price list"),
                         peakGroup);
    m_nextStep = wrapped(QStringLiteral("nextStepNote"), peakGroup);
    m_nextStep->setToolTip(tr("The step above this month's, from the ladder in Settings > "
                              "Capacity"));
    m_qualityNote = wrapped(QStringLiteral("capacityQualityNote"), peakGroup);
    m_qualityNote->setToolTip(tr("Estimated hours were filled in from the power readings where "
                                 "an hourly register reading was lost; suspect hours have "
                                 "registers that make no sense"));
    auto* stepForm = new QGridLayout;
    stepForm->addWidget(new QLabel(tr("Average of the peaks:"), peakGroup), 0, 0);
    stepForm->addWidget(m_average, 0, 1);
    stepForm->addWidget(new QLabel(tr("Capacity step:"), peakGroup), 1, 0);
    stepForm->addWidget(m_step, 1, 1);
    stepForm->addWidget(new QLabel(tr("Monthly fee:"), peakGroup), 2, 0);
    stepForm->addWidget(m_price, 2, 1);
    stepForm->setColumnStretch(1, 1);
    auto* peakLayout = new QVBoxLayout(peakGroup);
    peakLayout->addWidget(m_peakTable);
    peakLayout->addLayout(stepForm);
    peakLayout->addWidget(m_nextStep);
    peakLayout->addWidget(m_qualityNote);

    auto* left = new QVBoxLayout;
    left->addWidget(m_hourGroup);
    left->addWidget(peakGroup);
    left->addStretch(1);
    auto* leftPane = new QWidget(this);
    leftPane->setLayout(left);
    left->setContentsMargins(0, 0, 0, 0);
    leftPane->setMinimumWidth(420);
    leftPane->setMaximumWidth(560);

    auto* chartGroup = new QGroupBox(tr("Each day's highest hour"), this);
    m_chart = new CapacityChart(chartGroup);
    m_chart->setObjectName(QStringLiteral("capacityChart"));
    m_chart->setToolTip(tr("Each day's highest hourly import this month, from the meter's "
                           "hourly registers; the three peak days stand out, the dashed lines "
                           "are the ladder's step boundaries. Click a bar to open the day."));
    auto* chartLayout = new QVBoxLayout(chartGroup);
    chartLayout->addWidget(m_chart);

    auto* columns = new QHBoxLayout;
    columns->addWidget(leftPane, 2);
    columns->addWidget(chartGroup, 3);

    m_honesty = wrapped(QStringLiteral("capacityHonesty"), this);
    m_honesty->setText(
        tr("These figures are estimates from the meter's HAN port. Your grid company bills the "
           "capacity fee from its own settlement data, which can differ."));
    m_honesty->setToolTip(tr("The grid company reads the meter through its own system and may "
                             "correct or fill in hours; its invoice is what counts"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(columns, 1);
    layout->addWidget(m_honesty);

    connect(m_previous, &QPushButton::clicked, this, &CapacityView::showPrevious);
    connect(m_next, &QPushButton::clicked, this, &CapacityView::showNext);
    connect(m_thisMonth, &QPushButton::clicked, this, &CapacityView::showThisMonth);
    connect(m_peakTable, &QTableView::activated, this, &CapacityView::activatePeak);
    connect(m_peakTable, &QTableView::clicked, this, &CapacityView::activatePeak);
    connect(m_chart, &CapacityChart::dayClicked, this, [this](const QDate& day) {
        for (const CapacityPeak& max : m_month.dailyMaxima) {
            if (max.date == day)
                emit dayActivated(day, max.hourStartUtcMs);
        }
    });
    const auto shortcut = [this](const QKeySequence& keys, void (CapacityView::*slot)()) {
        auto* s = new QShortcut(keys, this, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), &CapacityView::showPrevious);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), &CapacityView::showNext);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Home), &CapacityView::showThisMonth);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_thisMonth);
    setTabOrder(m_thisMonth, m_peakTable);
}

void CapacityView::applySettings(const AppSettings& settings)
{
    // The watch applies the settings and says so with monthChanged().
    Q_UNUSED(settings);
}

void CapacityView::showMonth(const QDate& anyDay)
{
    m_following = false;
    m_shown = firstOfMonth(anyDay);
    refreshMonth();
}

void CapacityView::showPrevious()
{
    showMonth(m_shown.addMonths(-1));
}

void CapacityView::showNext()
{
    showMonth(m_shown.addMonths(1));
}

void CapacityView::showThisMonth()
{
    m_following = true;
    refreshMonth();
}

bool CapacityView::showsWatchedMonth() const
{
    const CapacityMonth& watched = m_watch->month();
    return m_shown == QDate(watched.year, watched.month, 1);
}

void CapacityView::refreshMonth()
{
    const QDate before = QDate(m_month.year, m_month.month, 1);
    if (m_following)
        m_shown = QDate(m_watch->month().year, m_watch->month().month, 1);
    m_month = showsWatchedMonth() ? m_watch->month()
                                  : m_watch->monthOf(m_shown.year(), m_shown.month());
    m_peaks->setPeaks(m_month.peaks, before != m_shown);
    fitPeakTable();
    m_chart->setMonth(m_month, m_watch->ladder());
    m_monthLabel->setText(QLocale().toString(m_shown, QStringLiteral("MMMM yyyy")));
    updateSummary();
    updateHour();
}

void CapacityView::updateSummary()
{
    const auto& steps = m_watch->ladder().steps();
    const bool hasPeaks = !m_month.peaks.empty();
    const auto index = static_cast<std::size_t>(m_month.stepIndex);
    const CapacityStep* step = index < steps.size() ? &steps[index] : nullptr;
    m_average->setText(hasPeaks ? CapacityText::kw(m_month.averageKw, 2) : ValueFormat::dash());
    m_step->setText(step ? CapacityText::stepRange(*step) : ValueFormat::dash());
    m_price->setText(step ? CapacityText::monthlyPrice(step->monthlyPrice) : ValueFormat::dash());

    QString next;
    if (step && step->toKw && index + 1 < steps.size()) {
        const CapacityStep& above = steps[index + 1];
        next = tr("The next step, %1 at %2, begins %3 above this month's average.")
                   .arg(CapacityText::stepRange(above), CapacityText::monthlyPrice(above.monthlyPrice),
                        CapacityText::kw(*step->toKw - m_month.averageKw, 2));
    } else if (step) {
        next = tr("This is the top step of the ladder.");
    }
    if (!hasPeaks)
        next = tr("No hour with data in %1 yet.")
                   .arg(QLocale().toString(m_shown, QStringLiteral("MMMM yyyy")));
    else if (m_month.peaks.size() < 3)
        next += QLatin1Char(' ') + (m_month.peaks.size() == 1
                                        ? tr("Only one day with data: the average is that day.")
                                        : tr("Only two days with data: the average is of those."));
    m_nextStep->setText(next);

    int flagged = 0;
    for (const CapacityPeak& peak : m_month.peaks)
        flagged += peak.quality == EnergyQuality::Measured ? 0 : 1;
    QStringList notes;
    if (flagged > 0)
        notes << (flagged == 1
                      ? tr("One of the peaks is estimated or suspect (see the Quality column).")
                      : tr("%1 of the peaks are estimated or suspect (see the Quality column).")
                            .arg(flagged));
    if (m_month.excludedHours > 0)
        notes << (m_month.excludedHours == 1
                      ? tr("One estimated or suspect hour left out, as set in Settings > "
                           "Capacity.")
                      : tr("%1 estimated or suspect hours left out, as set in Settings > "
                           "Capacity.")
                            .arg(m_month.excludedHours));
    m_qualityNote->setText(notes.join(QLatin1Char(' ')));
    m_qualityNote->setVisible(!notes.isEmpty());
}

void CapacityView::updateHour()
{
    const auto& headroom = m_watch->headroom();
    const bool current = showsWatchedMonth();
    m_hourGroup->setVisible(current);
    m_thisMonth->setEnabled(!m_following);
    if (!current)
        return;
    if (!headroom) {
        m_hourGroup->setTitle(tr("This hour"));
        m_hourBar->clear();
        for (QLabel* label : {m_soFar, m_projected, m_limit, m_headroom})
            label->setText(ValueFormat::dash());
        m_headroomSentence->setText(
            tr("The hour in progress shows here while the meter sends its readings."));
        return;
    }
    m_hourGroup->setTitle(tr("This hour, %1").arg(ValueFormat::localHour(headroom->hourStartUtcMs)));
    m_hourBar->setValues(headroom->soFarKwh, headroom->projectedKwh, headroom->limitKwh);
    m_soFar->setText(ValueFormat::kilowattHours(headroom->soFarKwh, 2));
    m_projected->setText(ValueFormat::kilowattHours(headroom->projectedKwh, 2));
    const bool finite = std::isfinite(headroom->limitKwh);
    m_limit->setText(finite ? ValueFormat::kilowattHours(headroom->limitKwh, 2) : tr("none"));
    m_headroom->setText(finite ? ValueFormat::kilowattHours(headroom->headroomKwh, 2) : tr("no limit"));
    m_headroomSentence->setText(
        CapacityText::headroomSentence(*headroom, m_watch->ladder(), m_watch->nowUtcMs()));
}

void CapacityView::activatePeak(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    emit dayActivated(index.data(CapacityPeakModel::DateValue).toDate(),
                      index.data(CapacityPeakModel::HourStartUtcMs).toLongLong());
}

void CapacityView::fitPeakTable()
{
    // Three rows, always: the table is as tall as that, never a scroll area.
    const int rows = 3;
    const int height = m_peakTable->horizontalHeader()->sizeHint().height() +
                       rows * m_peakTable->verticalHeader()->defaultSectionSize() +
                       2 * m_peakTable->frameWidth();
    m_peakTable->setFixedHeight(height);
}

} // namespace han::ui
