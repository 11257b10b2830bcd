// SPDX-License-Identifier: GPL-3.0-or-later
#include "history_codec.h"

#include <QByteArray>

#include <array>
#include <cmath>

namespace han {
namespace {

constexpr int kHundredthsUnspecified = 100;

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms):
// pure integer arithmetic, so packing a year of stamps costs no QDate or time-zone lookups.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
}

// COSEM counts Monday as 1 and Sunday as 7; 1970-01-01 was a Thursday.
unsigned dayOfWeek(std::int64_t days)
{
    return static_cast<unsigned>(((days % 7) + 7 + 3) % 7) + 1;
}

} // namespace

QVariant HistoryCodec::toColumn(const std::optional<double>& value, double scale)
{
    if (!value)
        return {};
    const double scaled = *value * scale;
    // Exact when the integer reads back as the very same double; the decoder's raw / 10^k
    // values all do in the units chosen above.
    if (std::isfinite(scaled) && std::fabs(scaled) < 9.0e15) {
        const auto integer = static_cast<qint64>(std::llround(scaled));
        if (static_cast<double>(integer) / scale == *value)
            return QVariant(integer);
    }
    return QVariant(scaled);
}

std::optional<double> HistoryCodec::fromColumn(const QVariant& column, double scale)
{
    if (!column.isValid() || column.isNull())
        return std::nullopt;
    if (column.typeId() == QMetaType::Double)
        return column.toDouble() / scale;
    return static_cast<double>(column.toLongLong()) / scale;
}

std::optional<std::int64_t> HistoryCodec::packClockInteger(const CosemDateTime& c)
{
    if (!c.isValidDateTime() || c.hasDeviation() || c.second() == CosemDateTime::kUnspecified)
        return std::nullopt;
    int hundredths = kHundredthsUnspecified;
    if (c.hundredths() != CosemDateTime::kUnspecified) {
        if (c.hundredths() > 99)
            return std::nullopt;
        hundredths = c.hundredths();
    }
    const std::int64_t days = daysFromCivil(c.year(), c.month(), c.day());
    std::int64_t dayOfWeekSent = 0;
    if (c.dayOfWeek() != CosemDateTime::kUnspecified) {
        if (c.dayOfWeek() != dayOfWeek(days))
            return std::nullopt; // a wrong weekday is what the meter said: keep the bytes
        dayOfWeekSent = 1;
    }
    const std::int64_t seconds = days * 86400 + c.hour() * 3600 + c.minute() * 60 + c.second();
    if (seconds < 0)
        return std::nullopt;
    return (((seconds << 7 | hundredths) << 1 | dayOfWeekSent) << 8) | c.clockStatus();
}

CosemDateTime HistoryCodec::unpackClockInteger(std::int64_t packed)
{
    const auto status = static_cast<std::uint8_t>(packed & 0xFF);
    const bool dayOfWeekSent = (packed >> 8) & 1;
    const auto hundredths = static_cast<int>((packed >> 9) & 0x7F);
    const std::int64_t seconds = packed >> 16;
    const std::int64_t days = seconds / 86400;
    const auto secondOfDay = static_cast<int>(seconds % 86400);
    std::int64_t year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civilFromDays(days, year, month, day);

    const auto u8 = [](auto v) {
        return static_cast<std::uint8_t>(v);
    };
    const std::array<std::uint8_t, 12> bytes = {
        u8(year >> 8),
        u8(year & 0xFF),
        u8(month),
        u8(day),
        dayOfWeekSent ? u8(dayOfWeek(days)) : CosemDateTime::kUnspecified,
        u8(secondOfDay / 3600),
        u8(secondOfDay / 60 % 60),
        u8(secondOfDay % 60),
        hundredths == kHundredthsUnspecified ? CosemDateTime::kUnspecified : u8(hundredths),
        0x80, // deviation 'not specified', the only one the integer form holds
        0x00,
        status};
    return CosemDateTime::fromBytes(bytes.data());
}

QVariant HistoryCodec::packClock(const std::optional<CosemDateTime>& clock)
{
    if (!clock)
        return {};
    if (const auto packed = packClockInteger(*clock))
        return QVariant(static_cast<qint64>(*packed));
    const auto bytes = clock->toBytes();
    return QVariant(QByteArray(reinterpret_cast<const char*>(bytes.data()),
                               static_cast<qsizetype>(bytes.size())));
}

std::optional<CosemDateTime> HistoryCodec::unpackClock(const QVariant& column)
{
    if (!column.isValid() || column.isNull())
        return std::nullopt;
    if (column.typeId() == QMetaType::QByteArray) {
        const QByteArray bytes = column.toByteArray();
        if (bytes.size() != 12)
            return std::nullopt;
        return CosemDateTime::fromBytes(reinterpret_cast<const std::uint8_t*>(bytes.constData()));
    }
    return unpackClockInteger(column.toLongLong());
}

int HistoryCodec::clockModeToColumn(MeterClockResolver::Mode mode)
{
    switch (mode) {
    case MeterClockResolver::Mode::FollowsDst:
        return 0;
    case MeterClockResolver::Mode::StandardTime:
        return 1;
    case MeterClockResolver::Mode::Learned:
        return 2;
    }
    return 0;
}

MeterClockResolver::Mode HistoryCodec::clockModeFromColumn(int column)
{
    switch (column) {
    case 1:
        return MeterClockResolver::Mode::StandardTime;
    case 2:
        return MeterClockResolver::Mode::Learned;
    default:
        return MeterClockResolver::Mode::FollowsDst;
    }
}

} // namespace han
