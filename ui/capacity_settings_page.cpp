// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity_settings_page.h"


#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace han::ui {

namespace {

// Without group separators: "1040", not "1,040", in a cell the user edits.
QString numberText(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', value == std::round(value) ? 0 : 2);
}

// The user's locale first ("2,5"), then the C locale ("2.5").
std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

CapacitySettingsPage::CapacitySettingsPage(QWidget* parent) : QWidget(parent)
{
    auto* ladderGroup = new QGroupBox(tr("Capacity ladder"), this);
    auto* explanation = new QLabel(
        tr("Norwegian grid companies charge a monthly capacity fee by the average of the month's "
           "three highest hourly imports, each on a different day. Enter your grid company's "
           "steps and prices (kr per month); leave the last step's upper bound empty."),
        ladderGroup);
    explanation->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, ladderGroup);
    m_table->setObjectName(QStringLiteral("capacityLadder"));
    m_table->setHorizontalHeaderLabels({tr("From (kW)"), tr("To (kW)"), tr("Monthly price (kr)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setToolTip(tr("A month whose average is at least From and below To pays the monthly "
                           "price; double-click or F2 to edit a number"));
    auto* tableLabel = new QLabel(tr("Ladd&er:"), ladderGroup);
    tableLabel->setBuddy(m_table);
    m_error = new QLabel(ladderGroup);
    m_error->setObjectName(QStringLiteral("capacityLadderError"));
    m_error->setWordWrap(true);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_add = new QPushButton(tr("A&dd Step"), ladderGroup);
    m_add->setObjectName(QStringLiteral("addCapacityStep"));
    m_remove = new QPushButton(tr("Remo&ve Step"), ladderGroup);
    m_remove->setObjectName(QStringLiteral("removeCapacityStep"));
    auto* reset = new QPushButton(tr("&Reset to Default"), ladderGroup);
    reset->setObjectName(QStringLiteral("resetCapacityLadder"));
    reset->setToolTip(tr("The common ladder 0–2, 2–5, 5–10, 10–15, 15–20, 20–25, 25–50, 50–75, "
                         "75–100 and over 100 kW with example prices"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(reset);
    auto* ladderLayout = new QVBoxLayout(ladderGroup);
    ladderLayout->addWidget(explanation);
    ladderLayout->addWidget(tableLabel);
    ladderLayout->addWidget(m_table, 1);
    ladderLayout->addWidget(m_error);
    ladderLayout->addLayout(buttons);

    auto* hoursGroup = new QGroupBox(tr("Peaks and warning"), this);
    m_excludeFlagged = new QCheckBox(tr("&Leave out estimated and suspect hours"), hoursGroup);
    m_excludeFlagged->setObjectName(QStringLiteral("capacityExcludeFlagged"));
    m_excludeFlagged->setToolTip(
        tr("Estimated hours were filled in from the power readings where an hourly register "
           "reading was lost; suspect hours have registers that make no sense. Left out, they "
           "cannot be peaks."));
    m_notify = new QCheckBox(tr("&Notify me when this hour will raise the step"), hoursGroup);
    m_notify->setObjectName(QStringLiteral("notifyCapacity"));
    m_notify->setToolTip(tr("A desktop notification, at most once an hour, when the present "
                            "power would lift this month's capacity step; the window shows a "
                            "warning in any case"));
    auto* hoursLayout = new QVBoxLayout(hoursGroup);
    hoursLayout->addWidget(m_excludeFlagged);
    hoursLayout->addWidget(m_notify);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(ladderGroup, 1);
    layout->addWidget(hoursGroup);

    connect(m_table, &QTableWidget::cellChanged, this, &CapacitySettingsPage::followBoundary);
    connect(reset, &QPushButton::clicked, this, &CapacitySettingsPage::resetToDefault);
    connect(m_add, &QPushButton::clicked, this, &CapacitySettingsPage::addStep);
    connect(m_remove, &QPushButton::clicked, this, &CapacitySettingsPage::removeStep);
    resetToDefault();
}

void CapacitySettingsPage::setLadder(const CapacityLadder& ladder)
{
    m_filling = true;
    const auto& steps = ladder.steps();
    m_table->setRowCount(static_cast<int>(steps.size()));
    for (int row = 0; row < static_cast<int>(steps.size()); ++row) {
        const CapacityStep& step = steps[static_cast<std::size_t>(row)];
        m_table->setItem(row, From, new QTableWidgetItem(numberText(step.fromKw)));
        m_table->setItem(row, To,
                         new QTableWidgetItem(step.toKw ? numberText(*step.toKw) : QString()));
        m_table->setItem(row, Price, new QTableWidgetItem(numberText(step.monthlyPrice)));
        for (int column = 0; column < ColumnCount; ++column)
            m_table->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_filling = false;
    validate();
}

std::optional<std::vector<CapacityStep>> CapacitySettingsPage::steps(QString* error) const
{
    const auto text = [this](int row, int column) {
        const QTableWidgetItem* item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    const QString headers[ColumnCount] = {tr("From"), tr("To"), tr("Monthly price")};
    std::vector<CapacityStep> steps;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        std::optional<double> values[ColumnCount];
        for (int column = 0; column < ColumnCount; ++column) {
            const QString value = text(row, column);
            if (column == To && value.isEmpty())
                continue;
            values[column] = parseNumber(value);
            if (values[column])
                continue;
            *error = value.isEmpty()
                         ? tr("Step %1: %2 is empty.").arg(row + 1).arg(headers[column])
                         : tr("Step %1: “%2” in %3 is not a number.")
                               .arg(row + 1)
                               .arg(value, headers[column]);
            return std::nullopt;
        }
        steps.push_back({*values[From], values[To], *values[Price]});
    }
    return steps;
}

std::optional<CapacityLadder> CapacitySettingsPage::ladder() const
{
    QString error;
    auto steps = this->steps(&error);
    return steps ? CapacityLadder::fromSteps(std::move(*steps)) : std::nullopt;
}

QString CapacitySettingsPage::error() const
{
    QString error;
    auto steps = this->steps(&error);
    if (steps && !CapacityLadder::fromSteps(std::move(*steps), &error) && error.isEmpty())
        error = tr("These steps are not a valid ladder.");
    return error;
}

void CapacitySettingsPage::validate()
{
    const QString error = this->error();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_remove->setEnabled(m_table->rowCount() > 1);
}

void CapacitySettingsPage::followBoundary(int row, int column)
{
    if (m_filling)
        return;
    // A new upper bound is where the next step starts.
    if (column == To && row + 1 < m_table->rowCount()) {
        const QString to = m_table->item(row, To) ? m_table->item(row, To)->text() : QString();
        if (!to.trimmed().isEmpty() && m_table->item(row + 1, From)) {
            m_filling = true;
            m_table->item(row + 1, From)->setText(to.trimmed());
            m_filling = false;
        }
    }
    validate();
}

void CapacitySettingsPage::resetToDefault()
{
    setLadder(CapacityLadder::defaultLadder());
}

void CapacitySettingsPage::addStep()
{
    // A new top step above the last: the old top step gets an upper bound.
    const int rows = m_table->rowCount();
    m_filling = true;
    QString from = QStringLiteral("0");
    if (rows > 0) {
        const auto lastFrom = parseNumber(m_table->item(rows - 1, From)->text()).value_or(0);
        QTableWidgetItem* lastTo = m_table->item(rows - 1, To);
        if (lastTo->text().trimmed().isEmpty())
            lastTo->setText(numberText(lastFrom + 50));
        from = lastTo->text();
    }
    m_table->insertRow(rows);
    m_table->setItem(rows, From, new QTableWidgetItem(from));
    m_table->setItem(rows, To, new QTableWidgetItem(QString()));
    m_table->setItem(rows, Price, new QTableWidgetItem(QStringLiteral("0")));
    for (int column = 0; column < ColumnCount; ++column)
        m_table->item(rows, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_filling = false;
    m_table->setCurrentCell(rows, Price);
    validate();
}

void CapacitySettingsPage::removeStep()
{
    const int rows = m_table->rowCount();
    if (rows <= 1)
        return;
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : rows - 1;
    m_filling = true;
    // The neighbours close the gap: the step below takes over the removed one's range.
    if (row + 1 < rows && row > 0)
        m_table->item(row - 1, To)->setText(m_table->item(row, To)->text());
    else if (row + 1 < rows)
        m_table->item(row + 1, From)->setText(QStringLiteral("0"));
    else
        m_table->item(row - 1, To)->setText(QString());
    m_table->removeRow(row);
    m_filling = false;
    validate();
}

void CapacitySettingsPage::setExcludeFlagged(bool exclude)
{
    m_excludeFlagged->setChecked(exclude);
}

bool CapacitySettingsPage::excludeFlagged() const
{
    return m_excludeFlagged->isChecked();
}

void CapacitySettingsPage::setNotify(bool notify)
{
    m_notify->setChecked(notify);
}

bool CapacitySettingsPage::notify() const
{
    return m_notify->isChecked();
}

} // namespace han::ui
