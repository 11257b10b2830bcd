// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace han::ui {

// A range of local calendar days for the export, both ends included, and the presets that
// name one ("Last month"). Pure: the caller gives today's date and the meter's stored span,
// so tests fix both.
struct ExportRange
{
    Q_DECLARE_TR_FUNCTIONS(ExportRange)

public:
    enum class Preset
    {
        Today,
        Yesterday,
        ThisMonth,
        LastMonth,
        ThisYear,
        All,
        Custom
    };

    QDate first;
    QDate last;

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    bool operator==(const ExportRange& other) const
    {
        return first == other.first && last == other.last;
    }

    // The range of a preset on `today`. "This month" and "This year" end today; "All" is the
    // meter's stored span (`all`) and has no range without one; Custom has none.
    static std::optional<ExportRange> forPreset(Preset preset, const QDate& today,
                                                const std::optional<ExportRange>& all = {});
    // The preset whose range this is on `today` (Custom when none).
    static Preset presetOf(const ExportRange& range, const QDate& today,
                           const std::optional<ExportRange>& all = {});
    static QString presetName(Preset preset);

    // The range in a file name: "2026-10-14", "2026-10", "2026" or "2026-10-01_2026-10-14".
    QString fileStem() const;
};

} // namespace han::ui
