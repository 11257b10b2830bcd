// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator_options.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <cmath>

namespace han {
namespace {

// A hundred years is more than any run; the bound keeps the arithmetic far from overflow.
constexpr std::int64_t kMaxDurationSeconds = std::int64_t{100} * 366 * 86400;

std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok); // QString::toDouble is locale-independent
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

std::optional<std::int64_t> SimulatorOptions::parseDuration(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return std::nullopt;
    bool bare = false;
    const qlonglong seconds = t.toLongLong(&bare);
    if (bare)
        return seconds > 0 && seconds <= kMaxDurationSeconds ? std::optional<std::int64_t>(seconds)
                                                             : std::nullopt;

    static const QRegularExpression part(QStringLiteral("(\\d{1,9})([smhd])"));
    std::int64_t total = 0;
    qsizetype pos = 0;
    while (pos < t.size()) {
        const QRegularExpressionMatch m = part.match(t, pos, QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return std::nullopt;
        const std::int64_t n = m.captured(1).toLongLong();
        switch (m.captured(2).at(0).toLatin1()) {
        case 's':
            total += n;
            break;
        case 'm':
            total += n * 60;
            break;
        case 'h':
            total += n * 3600;
            break;
        default:
            total += n * 86400;
            break;
        }
        if (total > kMaxDurationSeconds)
            return std::nullopt;
        pos = m.capturedEnd();
    }
    return total > 0 ? std::optional<std::int64_t>(total) : std::nullopt;
}

std::optional<FaultSettings> SimulatorOptions::parseFaults(const QString& text, QString* badItem)
{
    FaultSettings faults;
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return faults;
    for (const QString& rawItem : t.split(QLatin1Char(','))) {
        const QString item = rawItem.trimmed();
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString key = item.left(eq).trimmed().toLower();
        const QString value = item.mid(eq + 1).trimmed();
        auto fail = [&]() -> std::optional<FaultSettings> {
            if (badItem)
                *badItem = item;
            return std::nullopt;
        };
        if (eq <= 0 || value.isEmpty())
            return fail();

        double* rate = nullptr;
        if (key == QLatin1String("bitflip"))
            rate = &faults.bitFlip;
        else if (key == QLatin1String("drop"))
            rate = &faults.drop;
        else if (key == QLatin1String("noise"))
            rate = &faults.noise;
        else if (key == QLatin1String("truncate"))
            rate = &faults.truncate;
        if (rate) {
            const std::optional<double> r = parseNumber(value);
            if (!r || *r < 0.0 || *r > 1.0)
                return fail();
            *rate = *r;
        } else if (key == QLatin1String("unplug")) {
            // A bare number is hours, as the option says; "90m" also reads.
            if (const std::optional<double> hours = parseNumber(value)) {
                if (*hours < 0.0 || *hours > 24.0 * 366 * 100)
                    return fail();
                faults.unplugEveryHours = *hours;
            } else if (const std::optional<std::int64_t> s = parseDuration(value)) {
                faults.unplugEveryHours = static_cast<double>(*s) / 3600.0;
            } else {
                return fail();
            }
        } else if (key == QLatin1String("unplug-for")) {
            const std::optional<std::int64_t> s = parseDuration(value);
            if (!s || *s > 24 * 3600)
                return fail();
            faults.unplugSeconds = static_cast<int>(*s);
        } else {
            return fail();
        }
    }
    return faults;
}

std::optional<QDateTime> SimulatorOptions::parseStart(const QString& text,
                                                      SimulatorSettings::ClockMode clock)
{
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?"
                       "(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    const QString zone = m.captured(7);
    QDateTime result;
    if (zone == QLatin1String("Z")) {
        result = QDateTime(date, time, Qt::UTC);
    } else if (!zone.isEmpty()) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int minutes = digits.left(2).toInt() * 60 + digits.mid(2).toInt();
        result = QDateTime(date, time, Qt::OffsetFromUTC,
                           (zone.at(0) == QLatin1Char('-') ? -60 : 60) * minutes);
    } else if (clock == SimulatorSettings::ClockMode::StandardTime) {
        result = QDateTime(date, time, Qt::OffsetFromUTC, 3600);
    } else {
        const QTimeZone oslo(QByteArrayLiteral("Europe/Oslo"));
        if (!oslo.isValid())
            return std::nullopt;
        result = QDateTime(date, time, oslo);
        // A time in the spring-forward gap does not exist on the meter's clock; Qt versions
        // differ in what they make of it, so it is refused here.
        if (result.isValid() && result.toTimeZone(oslo).time() != time)
            return std::nullopt;
    }
    if (!result.isValid())
        return std::nullopt;
    return result.toUTC();
}

QString SimulatorOptions::makeName(SimulatorSettings::Make make)
{
    switch (make) {
    case SimulatorSettings::Make::KamstrupNorway:
        break;
    case SimulatorSettings::Make::KamstrupDenmark:
        return QStringLiteral("kamstrup-dk");
    case SimulatorSettings::Make::Aidon:
        return QStringLiteral("aidon");
    case SimulatorSettings::Make::Kaifa:
        return QStringLiteral("kaifa");
    }
    return QStringLiteral("kamstrup");
}

std::optional<SimulatorSettings::Make> SimulatorOptions::parseMake(const QString& text)
{
    using Make = SimulatorSettings::Make;
    const QString t = text.trimmed().toLower();
    for (const Make make : {Make::KamstrupNorway, Make::KamstrupDenmark, Make::Aidon, Make::Kaifa})
        if (t == makeName(make))
            return make;
    return std::nullopt;
}

} // namespace han
