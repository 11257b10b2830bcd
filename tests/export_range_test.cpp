// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_range.h"

#include <gtest/gtest.h>

using han::ui::ExportRange;

TEST(ExportRange, PresetsOnAFixedDay)
{
    using P = ExportRange::Preset;
    const QDate today(2026, 11, 2);
    const ExportRange span{QDate(2026, 10, 1), QDate(2026, 11, 2)};
    EXPECT_EQ(*ExportRange::forPreset(P::Today, today), (ExportRange{today, today}));
    EXPECT_EQ(*ExportRange::forPreset(P::Yesterday, today),
              (ExportRange{QDate(2026, 11, 1), QDate(2026, 11, 1)}));
    EXPECT_EQ(*ExportRange::forPreset(P::ThisMonth, today),
              (ExportRange{QDate(2026, 11, 1), today}));
    EXPECT_EQ(*ExportRange::forPreset(P::LastMonth, today),
              (ExportRange{QDate(2026, 10, 1), QDate(2026, 10, 31)}));
    EXPECT_EQ(*ExportRange::forPreset(P::ThisYear, today), (ExportRange{QDate(2026, 1, 1), today}));
    EXPECT_EQ(*ExportRange::forPreset(P::All, today, span), span);
    EXPECT_FALSE(ExportRange::forPreset(P::All, today).has_value());
    EXPECT_FALSE(ExportRange::forPreset(P::Custom, today).has_value());
    // Across a year's end, and a leap February.
    EXPECT_EQ(*ExportRange::forPreset(P::LastMonth, QDate(2027, 1, 5)),
              (ExportRange{QDate(2026, 12, 1), QDate(2026, 12, 31)}));
    EXPECT_EQ(*ExportRange::forPreset(P::LastMonth, QDate(2028, 3, 31)),
              (ExportRange{QDate(2028, 2, 1), QDate(2028, 2, 29)}));
    EXPECT_EQ(*ExportRange::forPreset(P::Yesterday, QDate(2027, 1, 1)),
              (ExportRange{QDate(2026, 12, 31), QDate(2026, 12, 31)}));

    EXPECT_EQ(ExportRange::presetOf({QDate(2026, 10, 1), QDate(2026, 10, 31)}, today),
              P::LastMonth);
    EXPECT_EQ(ExportRange::presetOf({QDate(2026, 10, 2), QDate(2026, 10, 31)}, today), P::Custom);

    EXPECT_EQ((ExportRange{QDate(2026, 10, 1), QDate(2026, 10, 31)}).fileStem(),
              QStringLiteral("2026-10"));
    EXPECT_EQ((ExportRange{QDate(2026, 10, 14), QDate(2026, 10, 14)}).fileStem(),
              QStringLiteral("2026-10-14"));
    EXPECT_EQ((ExportRange{QDate(2026, 1, 1), QDate(2026, 12, 31)}).fileStem(),
              QStringLiteral("2026"));
    EXPECT_EQ((ExportRange{QDate(2026, 10, 1), QDate(2026, 11, 2)}).fileStem(),
              QStringLiteral("2026-10-01_2026-11-02"));
}
