// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity_ladder.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>
#include <utility>

namespace han {
namespace {

bool setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// C locale, shortest form that reads back to the same double ("2.5", not "2.500000").
QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

std::optional<double> parseNumber(const QString& text)
{
    // QString::toDouble reads the C locale and takes no group separators, so "2,5" is an
    // error rather than 25.
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool valid(const std::vector<CapacityStep>& steps, QString* error)
{
    if (steps.empty())
        return setError(error, QCoreApplication::translate(
                                   "CapacityLadder", "A capacity ladder needs at least one step."));
    if (steps.front().fromKw != 0.0)
        return setError(error, QCoreApplication::translate("CapacityLadder",
                                                           "The first step must start at 0 kW."));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const CapacityStep& step = steps[i];
        const bool last = i + 1 == steps.size();
        if (!std::isfinite(step.monthlyPrice) || step.monthlyPrice < 0)
            return setError(
                error, QCoreApplication::translate(
                           "CapacityLadder", "The price of step %1 must be a number of at least 0.")
                           .arg(i + 1));
        if (last) {
            if (step.toKw)
                return setError(
                    error, QCoreApplication::translate("CapacityLadder",
                                                       "The last step must have no upper limit."));
            continue;
        }
        if (!step.toKw)
            return setError(
                error, QCoreApplication::translate("CapacityLadder",
                                                   "Only the last step may have no upper limit."));
        if (!std::isfinite(*step.toKw) || *step.toKw <= step.fromKw)
            return setError(error,
                            QCoreApplication::translate(
                                "CapacityLadder", "Step %1 must end above where it starts (%2 kW).")
                                .arg(i + 1)
                                .arg(number(step.fromKw)));
        if (steps[i + 1].fromKw != *step.toKw)
            return setError(
                error, QCoreApplication::translate("CapacityLadder",
                                                   "Step %1 must start where step %2 ends (%3 kW).")
                           .arg(i + 2)
                           .arg(i + 1)
                           .arg(number(*step.toKw)));
    }
    return true;
}

} // namespace

CapacityLadder::CapacityLadder(std::vector<CapacityStep> steps) : m_steps(std::move(steps)) {}

CapacityLadder CapacityLadder::defaultLadder()
{
    // Boundaries of the common Norwegian ladder; the prices are only an example in the range
    // grid companies charged in 2024–2026 (kr per month, VAT included).
    return CapacityLadder({{0, 2, 415},
                           {2, 5, 655},
                           {5, 10, 1040},
                           {10, 15, 1530},
                           {15, 20, 2020},
                           {20, 25, 2510},
                           {25, 50, 3150},
                           {50, 75, 3780},
                           {75, 100, 4410},
                           {100, std::nullopt, 4900}});
}

std::optional<CapacityLadder> CapacityLadder::fromSteps(std::vector<CapacityStep> steps,
                                                        QString* error)
{
    if (!valid(steps, error))
        return std::nullopt;
    return CapacityLadder(std::move(steps));
}

int CapacityLadder::stepIndexFor(double averageKw) const
{
    // The steps are contiguous from 0, so the step is the last one starting at or below the
    // average. A NaN or negative average falls in the first.
    int index = 0;
    for (std::size_t i = 1; i < m_steps.size(); ++i) {
        if (m_steps[i].fromKw <= averageKw)
            index = static_cast<int>(i);
        else
            break;
    }
    return index;
}

QString CapacityLadder::toString() const
{
    QStringList parts;
    for (const CapacityStep& step : m_steps)
        parts << number(step.fromKw) + QLatin1Char('-') +
                     (step.toKw ? number(*step.toKw) : QString()) + QLatin1Char(':') +
                     number(step.monthlyPrice);
    return parts.join(QLatin1Char(';'));
}

std::optional<CapacityLadder> CapacityLadder::fromString(const QString& text, QString* error)
{
    std::vector<CapacityStep> steps;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue; // "0-2:415; ;2-:900" and a trailing ';' are fine
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const qsizetype dash = part.indexOf(QLatin1Char('-'));
        const QString expected =
            QCoreApplication::translate(
                "CapacityLadder",
                "\"%1\" is not a step: write FROM-TO:PRICE, e.g. 2-5:655, or FROM-:PRICE for "
                "the top step.")
                .arg(part);
        if (colon < 0 || dash < 0 || dash > colon) {
            setError(error, expected);
            return std::nullopt;
        }
        const auto from = parseNumber(part.left(dash));
        const QString toText = part.mid(dash + 1, colon - dash - 1).trimmed();
        const auto to = toText.isEmpty() ? std::optional<double>() : parseNumber(toText);
        const auto price = parseNumber(part.mid(colon + 1));
        if (!from || !price || (!toText.isEmpty() && !to)) {
            setError(error, expected);
            return std::nullopt;
        }
        steps.push_back({*from, to, *price});
    }
    return fromSteps(std::move(steps), error);
}

} // namespace han
