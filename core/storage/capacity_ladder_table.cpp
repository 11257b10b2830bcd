// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity_ladder_table.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace han {

bool CapacityLadderTable::read(QSqlDatabase& db, std::optional<CapacityLadder>* ladder,
                               QSqlError* error)
{
    ladder->reset();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                   "name = 'capacity_steps'")) ||
        !query.next()) {
        *error = query.lastError();
        return false;
    }
    if (query.value(0).toInt() == 0)
        return true; // a version-1 file, read as it is
    if (!query.exec(QStringLiteral(
            "SELECT from_kw, to_kw, monthly_price FROM capacity_steps ORDER BY from_kw"))) {
        *error = query.lastError();
        return false;
    }
    std::vector<CapacityStep> steps;
    while (query.next()) {
        CapacityStep step;
        step.fromKw = query.value(0).toDouble();
        if (!query.value(1).isNull())
            step.toKw = query.value(1).toDouble();
        step.monthlyPrice = query.value(2).toDouble();
        steps.push_back(step);
    }
    if (!steps.empty())
        *ladder = CapacityLadder::fromSteps(std::move(steps));
    return true;
}

bool CapacityLadderTable::write(QSqlDatabase& db, const CapacityLadder& ladder, QSqlError* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("DELETE FROM capacity_steps"))) {
        *error = query.lastError();
        return false;
    }
    if (!query.prepare(QStringLiteral(
            "INSERT INTO capacity_steps (from_kw, to_kw, monthly_price) VALUES (?, ?, ?)"))) {
        *error = query.lastError();
        return false;
    }
    for (const CapacityStep& step : ladder.steps()) {
        query.addBindValue(step.fromKw);
        query.addBindValue(step.toKw ? QVariant(*step.toKw)
                                     : QVariant(QMetaType::fromType<double>()));
        query.addBindValue(step.monthlyPrice);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}

} // namespace han
