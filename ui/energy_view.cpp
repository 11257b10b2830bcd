// SPDX-License-Identifier: GPL-3.0-or-later
#include "energy_view.h"

#include "app_settings.h"
#include "energy_chart.h"
#include "energy_summary.h"
#include "energy_totals_model.h"
#include "history_reader.h"
#include "hourly_energy_model.h"
#include "live_model.h"
#include "session_controller.h"
#include "value_format.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace han::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, int qualityColumn, const QString& name,
                      QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The label and quality columns as wide as their text, the numbers share the rest.
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(qualityColumn, QHeaderView::ResizeToContents);
    return table;
}

QLabel* valueLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(ValueFormat::dash(), parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

EnergyView::EnergyView(SessionController* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_hourly(new HourlyEnergyModel(this)),
      m_totals(new EnergyTotalsModel(this))
{
    m_hourly->setReader(&session->reader());
    m_totals->setReader(&session->reader());
    buildLayout();

    m_refreshTimer.setObjectName(QStringLiteral("energy_view.refreshTimer"));
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &EnergyView::refreshNow);
    // Hours also end without new data (a meter unplugged): look again every minute.
    m_hourTimer.setObjectName(QStringLiteral("energy_view.hourTimer"));
    m_hourTimer.setInterval(60'000);
    connect(&m_hourTimer, &QTimer::timeout, this, &EnergyView::scheduleRefresh);
    m_hourTimer.start();

    connect(session, &SessionController::historyOpened, this, [this] {
        m_hourly->setReader(&m_session->reader());
        m_totals->setReader(&m_session->reader());
        refreshNow();
    });
    connect(session, &SessionController::historyChanged, this, &EnergyView::scheduleRefresh);
    connect(session->live(), &LiveModel::sourceChanged, this, &EnergyView::scheduleRefresh);
    connect(session->live(), &LiveModel::updated, this, &EnergyView::updateSoFar);

    showPeriod(m_period);
    refreshNow();
}

void EnergyView::buildLayout()
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->addItem(tr("Day"), static_cast<int>(EnergyPeriod::Kind::Day));
    m_kind->addItem(tr("Month"), static_cast<int>(EnergyPeriod::Kind::Month));
    m_kind->addItem(tr("Year"), static_cast<int>(EnergyPeriod::Kind::Year));
    m_kind->setToolTip(tr("Show energy per hour of a day, per day of a month or per month of a "
                          "year"));
    auto* kindLabel = new QLabel(tr("Peri&od:"), this);
    kindLabel->setBuddy(m_kind);

    m_previous = new QPushButton(this);
    m_previous->setObjectName(QStringLiteral("previousPeriod"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("nextPeriod"));
    m_today = new QPushButton(this);
    m_today->setObjectName(QStringLiteral("todayButton"));
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    QFont big = m_periodLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_periodLabel->setFont(big);
    m_periodLabel->setMinimumWidth(
        QFontMetrics(big).horizontalAdvance(QStringLiteral("Wednesday 30 September 2026 ")));
    m_periodLabel->setAlignment(Qt::AlignCenter);
    m_periodNote = new QLabel(this);
    m_periodNote->setObjectName(QStringLiteral("periodNote"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addSpacing(12);
    bar->addWidget(m_previous);
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_next);
    bar->addWidget(m_today);
    bar->addSpacing(12);
    bar->addWidget(m_periodNote, 1);

    m_hourlyTable =
        makeTable(m_hourly, HourlyEnergyModel::Quality, QStringLiteral("hourlyTable"), this);
    m_totalsTable =
        makeTable(m_totals, EnergyTotalsModel::Quality, QStringLiteral("totalsTable"), this);
    m_tables = new QStackedWidget(this);
    m_tables->addWidget(m_hourlyTable);
    m_tables->addWidget(m_totalsTable);

    m_importTotal = valueLabel(QStringLiteral("totalImportValue"), this);
    m_exportTotal = valueLabel(QStringLiteral("totalExportValue"), this);
    m_netTotal = valueLabel(QStringLiteral("totalNetValue"), this);
    m_qualityNote = new QLabel(this);
    m_qualityNote->setObjectName(QStringLiteral("totalQualityNote"));
    m_qualityNote->setWordWrap(true);
    m_soFar = new QLabel(this);
    m_soFar->setObjectName(QStringLiteral("soFarThisHour"));
    m_soFar->setWordWrap(true);
    m_soFar->hide();

    auto* totals = new QHBoxLayout;
    totals->addWidget(new QLabel(tr("Total import:"), this));
    totals->addWidget(m_importTotal);
    totals->addSpacing(16);
    totals->addWidget(new QLabel(tr("Total export:"), this));
    totals->addWidget(m_exportTotal);
    totals->addSpacing(16);
    totals->addWidget(new QLabel(tr("Net:"), this));
    totals->addWidget(m_netTotal);
    totals->addSpacing(16);
    totals->addWidget(m_qualityNote, 1);

    m_tablePane = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(m_tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_tables, 1);
    tableLayout->addLayout(totals);
    tableLayout->addWidget(m_soFar);

    m_chart = new EnergyChart(this);
    m_chart->setObjectName(QStringLiteral("energyChart"));
    m_chart->setToolTip(tr("Energy imported (red) and exported (green) in each period of the "
                           "table, from the meter's hourly registers"));

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tablePane);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_userSplit = true; });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_kind, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        EnergyPeriod period = m_period;
        period.kind = static_cast<EnergyPeriod::Kind>(m_kind->itemData(index).toInt());
        setPeriod(period);
    });
    connect(m_previous, &QPushButton::clicked, this, &EnergyView::showPrevious);
    connect(m_next, &QPushButton::clicked, this, &EnergyView::showNext);
    connect(m_today, &QPushButton::clicked, this, &EnergyView::showToday);
    const auto shortcut = [this](const QKeySequence& keys, void (EnergyView::*slot)()) {
        auto* s = new QShortcut(keys, this, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), &EnergyView::showPrevious);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), &EnergyView::showNext);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Home), &EnergyView::showToday);

    setTabOrder(m_kind, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_today);
    setTabOrder(m_today, m_hourlyTable);
    setTabOrder(m_hourlyTable, m_totalsTable);
}

void EnergyView::applySettings(const AppSettings& settings)
{
    // Nothing here depends on the settings yet; appearance reaches the chart as a palette
    // change.
    Q_UNUSED(settings);
}

void EnergyView::setClock(HourlySource::Clock clock)
{
    m_hourly->setClock(clock);
    m_totals->setClock(clock);
    refreshNow();
}

void EnergyView::setPeriod(const EnergyPeriod& period)
{
    m_following = false;
    showPeriod(period);
}

void EnergyView::showPrevious()
{
    setPeriod(m_period.previous());
}

void EnergyView::showNext()
{
    setPeriod(m_period.next());
}

void EnergyView::showToday()
{
    EnergyPeriod period = m_period;
    period.date = QDate::currentDate();
    setPeriod(period);
}

void EnergyView::showHour(std::int64_t hourStartUtcMs)
{
    EnergyPeriod day;
    day.kind = EnergyPeriod::Kind::Day;
    day.date = QDateTime::fromMSecsSinceEpoch(hourStartUtcMs, Qt::LocalTime).date();
    setPeriod(day);
    for (int row = 0; row < m_hourly->rowCount(); ++row) {
        const QModelIndex index = m_hourly->index(row, HourlyEnergyModel::Hour);
        if (index.data(HourlyEnergyModel::HourStartUtcMs).toLongLong() == hourStartUtcMs) {
            m_hourlyTable->selectRow(row);
            m_hourlyTable->scrollTo(index);
            m_hourlyTable->setFocus();
            return;
        }
    }
}

void EnergyView::showPeriod(const EnergyPeriod& period)
{
    m_period = period;
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(period.kind)));
    if (period.kind == EnergyPeriod::Kind::Day) {
        m_hourly->setDay(period.date);
        m_tables->setCurrentWidget(m_hourlyTable);
    } else {
        if (period.kind == EnergyPeriod::Kind::Month)
            m_totals->setMonth(period.date);
        else
            m_totals->setYear(period.date.year());
        m_tables->setCurrentWidget(m_totalsTable);
    }
    updateLabels();
    updateTotals();
    updateChart();
    updateSoFar();
    fitSplitter();
}

void EnergyView::scheduleRefresh()
{
    // At most one read per interval, the first without waiting.
    if (m_refreshTimer.isActive())
        return;
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : kRefreshIntervalMs;
    m_refreshTimer.start(static_cast<int>(std::max<qint64>(0, kRefreshIntervalMs - since)));
}

void EnergyView::refreshNow()
{
    m_refreshTimer.stop();
    m_sinceRefresh.start();
    const QString meter = m_session->currentMeterId();
    m_hourly->setMeterId(meter);
    m_totals->setMeterId(meter);
    if (m_following)
        followLatestDay();
    if (m_period.kind == EnergyPeriod::Kind::Day)
        m_hourly->refresh();
    else
        m_totals->refresh();
    updateLabels();
    updateTotals();
    updateChart();
    updateSoFar();
    fitSplitter();
}

void EnergyView::followLatestDay()
{
    const QString meter = m_session->currentMeterId();
    if (meter.isEmpty() || !m_session->reader().isOpen())
        return;
    for (const MeterInfo& info : m_session->reader().meters()) {
        if (info.meterId != meter || info.readingCount == 0)
            continue;
        // The day of the latest hour that has ended: just after midnight that is yesterday,
        // whole, rather than a day without rows.
        const std::int64_t ended =
            HourlySource::floorToHour(info.lastUtcMs - HourlySource::kList2GraceMs);
        EnergyPeriod period = m_period;
        period.date = QDateTime::fromMSecsSinceEpoch(ended - 1, Qt::LocalTime).date();
        if (period != m_period)
            showPeriod(period);
        return;
    }
}

void EnergyView::updateLabels()
{
    m_periodLabel->setText(m_period.label());
    switch (m_period.kind) {
    case EnergyPeriod::Kind::Day:
        m_previous->setText(tr("◀ Previous day"));
        m_next->setText(tr("Next day ▶"));
        m_today->setText(tr("&Today"));
        break;
    case EnergyPeriod::Kind::Month:
        m_previous->setText(tr("◀ Previous month"));
        m_next->setText(tr("Next month ▶"));
        m_today->setText(tr("&This month"));
        break;
    case EnergyPeriod::Kind::Year:
        m_previous->setText(tr("◀ Previous year"));
        m_next->setText(tr("Next year ▶"));
        m_today->setText(tr("&This year"));
        break;
    }
    m_previous->setToolTip(tr("Show the period before this one (Alt+Left)"));
    m_next->setToolTip(tr("Show the period after this one (Alt+Right)"));
    m_today->setToolTip(tr("Back to the period that contains today (Alt+Home)"));

    QString note;
    if (m_period.kind == EnergyPeriod::Kind::Day) {
        const std::int64_t hours = (EnergyTotalsModel::startUtcMs(m_period.end()) -
                                    EnergyTotalsModel::startUtcMs(m_period.first())) /
                                   HourlySource::kHourMs;
        if (hours > 24)
            note = tr("%1 hours: the clocks went back an hour this night.").arg(hours);
        else if (hours < 24)
            note = tr("%1 hours: the clocks went forward an hour this night.").arg(hours);
    }
    m_periodNote->setText(note);
    m_periodLabel->setToolTip(note.isEmpty() ? tr("The period shown, in local time") : note);
}

void EnergyView::updateTotals()
{
    const EnergySummary sum = m_period.kind == EnergyPeriod::Kind::Day
                                  ? EnergySummary::of(m_hourly->hours())
                                  : EnergySummary::of(m_totals->rows());
    const auto show = [&sum](QLabel* label, double kwh) {
        label->setText(sum.hasData() ? ValueFormat::kilowattHours(kwh) : ValueFormat::dash());
    };
    show(m_importTotal, sum.importKwh);
    show(m_exportTotal, sum.exportKwh);
    show(m_netTotal, sum.importKwh - sum.exportKwh);
    const QString period = m_period.label();
    m_importTotal->setToolTip(tr("Energy imported (bought) in %1: the sum of the %2 hours that "
                                 "have ended, from the meter's hourly registers")
                                  .arg(period)
                                  .arg(sum.hours));
    m_exportTotal->setToolTip(tr("Energy exported (sold) in %1: the sum of the %2 hours that "
                                 "have ended, from the meter's hourly registers")
                                  .arg(period)
                                  .arg(sum.hours));
    m_netTotal->setToolTip(tr("Import minus export in %1: positive when the house took more "
                              "from the grid than it gave back")
                               .arg(period));
    m_qualityNote->setText(m_session->currentMeterId().isEmpty()
                               ? tr("No meter has been recorded yet.")
                               : sum.qualityNote());
    m_qualityNote->setToolTip(tr("How the hours of the totals were found; hover the Quality "
                                 "column for what each word means"));
}

void EnergyView::updateChart()
{
    QStringList categories;
    QStringList names;
    QList<qreal> in;
    QList<qreal> out;
    if (m_period.kind == EnergyPeriod::Kind::Day) {
        for (const HourlyEnergy& hour : m_hourly->hours()) {
            categories << HourlyEnergyModel::shortHourLabel(hour.hourStartUtcMs);
            names << HourlyEnergyModel::hourLabel(hour.hourStartUtcMs);
            in << hour.importKwh;
            out << hour.exportKwh;
        }
    } else {
        for (const EnergyTotalsModel::Row& row : m_totals->rows()) {
            categories << m_totals->shortPeriodLabel(row.total.start);
            names << m_totals->periodLabel(row.total.start);
            in << row.total.importKwh;
            out << row.total.exportKwh;
        }
    }
    m_chart->setBars(categories, names, in, out);
}

void EnergyView::updateSoFar()
{
    // The hour in progress is no row; while it belongs to the day shown, say what it has so
    // far (List 1 power since the hour began: live, and stored from before the app started).
    const LiveModel* live = m_session->live();
    const std::int64_t start = live->hasReading() ? live->currentHourStartUtcMs() : 0;
    const bool show =
        m_period.kind == EnergyPeriod::Kind::Day && live->hasReading() &&
        start >= m_hourly->fromUtcMs() && start < m_hourly->toUtcMs() &&
        (m_hourly->hours().empty() || m_hourly->hours().back().hourStartUtcMs < start);
    m_soFar->setVisible(show);
    if (!show)
        return;
    const SessionController::HourSoFar soFar = m_session->hourSoFar();
    m_soFar->setText(tr("This hour so far (since %1): import %2, export %3. It becomes a row when "
                        "the hour ends.")
                         .arg(ValueFormat::localTime(start).left(5),
                              ValueFormat::kilowattHours(soFar.importKwh, 3),
                              ValueFormat::kilowattHours(soFar.exportKwh, 3)));
    m_soFar->setToolTip(tr("Integrated from the meter's power readings (List 1, every 10 s) "
                           "since the hour began; the hour's row uses the hourly registers"));
}

void EnergyView::fitSplitter()
{
    // The table as tall as its rows (up to what leaves the chart a fair share), the chart the
    // rest, so a big window is not an empty table over a squeezed chart.
    if (m_userSplit || !isVisible())
        return;
    const auto* table = static_cast<const QTableView*>(m_tables->currentWidget());
    const int rows = std::max(table->model()->rowCount(), 12);
    const int rowHeight = table->model()->rowCount() > 0
                              ? table->rowHeight(0)
                              : table->verticalHeader()->defaultSectionSize();
    const int below = m_tablePane->height() - m_tables->height();
    const int wanted = table->horizontalHeader()->height() + rows * rowHeight +
                       2 * table->frameWidth() + below + 4;
    const int total = m_splitter->height() - m_splitter->handleWidth();
    const int chart = std::max(240, total * 35 / 100);
    const int pane = std::max(total / 3, std::min(wanted, total - chart));
    m_splitter->setSizes({pane, total - pane});
}

void EnergyView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitSplitter();
}

void EnergyView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitSplitter();
}

} // namespace han::ui
