// SPDX-License-Identifier: GPL-3.0-or-later
// English counts: "1 hour", "24 hours", never "24 hour(s)". The texts with a Qt plural form
// ("%Ln hour(s)") get their English forms from the plural-only English catalog
// (translations/han-monitor_en.ts), which the loader installs for English and for every language
// HAN Monitor does not speak.
#include "energy_summary.h"
#include "export_form.h"
#include "export_preferences.h"
#include "translation_loader.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>

#include <string>
#include <vector>

using han::app::TranslationLoader;

namespace {

class EnglishPluralsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_locale = QLocale();
        ASSERT_EQ(m_loader.install(QStringLiteral("en"), true), QStringLiteral("en"));
        // Counts in a known locale, whatever the machine's: 1,000 with a comma.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void TearDown() override { QLocale::setDefault(m_locale); }

    // std::string, so a failure prints the text.
    static std::string translate(const char* context, const char* text, int n)
    {
        return QCoreApplication::translate(context, text, nullptr, n).toStdString();
    }

    TranslationLoader m_loader;

private:
    QLocale m_locale;
};

TEST_F(EnglishPluralsTest, TheEnglishCatalogIsInstalled)
{
    EXPECT_TRUE(m_loader.hasAppCatalog()) << ":/i18n/han-monitor_en.qm";
}

TEST_F(EnglishPluralsTest, HoursAndReadingsAreSingularOrPlural)
{
    EXPECT_EQ(translate("EnergySummary", "%Ln hour(s): %1.", 1), "1 hour: %1.");
    EXPECT_EQ(translate("EnergySummary", "%Ln hour(s): %1.", 24), "24 hours: %1.");
    EXPECT_EQ(translate("EnergySummary", "%Ln hour(s): %1.", 0), "0 hours: %1.");
    EXPECT_EQ(translate("han::ui::EnergyTotalsModel",
                        "%Ln hour(s): %1 measured, %2 estimated, %3 suspect, %4 missing.", 1),
              "1 hour: %1 measured, %2 estimated, %3 suspect, %4 missing.");
    EXPECT_EQ(translate("han::ui::EnergyTotalsModel",
                        "%Ln hour(s): %1 measured, %2 estimated, %3 suspect, %4 missing.", 744),
              "744 hours: %1 measured, %2 estimated, %3 suspect, %4 missing.");
    // %Ln keeps the locale's thousands separator in the English forms.
    EXPECT_EQ(translate("han::ui::ExportForm", "%Ln reading(s) stored, from %1 to %2", 1000),
              "1,000 readings stored, from %1 to %2");
}

TEST_F(EnglishPluralsTest, EnergySummarySaysOneHourAndAllHours)
{
    han::ui::EnergySummary one;
    one.hours = one.measured = 1;
    EXPECT_EQ(one.qualityNote().toStdString(), "1 hour measured.");
    han::ui::EnergySummary day;
    day.hours = day.measured = 24;
    EXPECT_EQ(day.qualityNote().toStdString(), "All 24 hours measured.");
    han::ui::EnergySummary mixed;
    mixed.hours = 2;
    mixed.measured = mixed.missing = 1;
    EXPECT_EQ(mixed.qualityNote().toStdString(), "2 hours: 1 measured, 1 missing.");
}

// A real widget, offscreen: the export form's meter list says how many readings each meter has.
TEST_F(EnglishPluralsTest, ExportFormCountsEachMetersReadings)
{
    std::vector<han::MeterInfo> meters(2);
    meters[0].meterId = QStringLiteral("5706567000000001");
    meters[0].readingCount = 1;
    meters[1].meterId = QStringLiteral("5706567000000002");
    meters[1].readingCount = 1234;
    for (han::MeterInfo& meter : meters) {
        meter.firstUtcMs = 1'790'000'000'000; // 2026-09-21
        meter.lastUtcMs = meter.firstUtcMs + 3'600'000;
    }
    han::ui::ExportForm form(meters, meters[0].meterId, han::ui::ExportPreferences());
    const auto* meter = form.findChild<QComboBox*>("meter");
    ASSERT_NE(meter, nullptr);
    ASSERT_EQ(meter->count(), 2);
    const QString one = meter->itemData(0, Qt::ToolTipRole).toString();
    const QString many = meter->itemData(1, Qt::ToolTipRole).toString();
    EXPECT_TRUE(one.startsWith(QStringLiteral("1 reading stored, from "))) << one.toStdString();
    EXPECT_TRUE(many.startsWith(QStringLiteral("1,234 readings stored, from ")))
        << many.toStdString();
    EXPECT_FALSE(one.contains(QStringLiteral("(s)"))) << one.toStdString();
}

} // namespace
