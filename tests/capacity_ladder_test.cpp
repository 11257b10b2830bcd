// SPDX-License-Identifier: GPL-3.0-or-later
// CapacityLadder: the default Norwegian ladder, which step an average falls in (a boundary
// belongs to the step that starts there), the text form han-cli and the history use, and the
// ladders it refuses.
#include "capacity_ladder.h"

#include <gtest/gtest.h>

#include <QLocale>

#include <limits>
#include <string>

namespace han {
namespace {

TEST(CapacityLadder, DefaultIsTheCommonNorwegianLadder)
{
    const CapacityLadder ladder = CapacityLadder::defaultLadder();
    const auto& steps = ladder.steps();
    ASSERT_EQ(steps.size(), 10u);
    const double bounds[] = {0, 2, 5, 10, 15, 20, 25, 50, 75, 100};
    for (std::size_t i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(steps[i].fromKw, bounds[i]) << i;
        if (i + 1 < steps.size()) {
            ASSERT_TRUE(steps[i].toKw.has_value()) << i;
            EXPECT_EQ(*steps[i].toKw, bounds[i + 1]) << i;
        }
        EXPECT_GT(steps[i].monthlyPrice, 0) << i;
        if (i > 0) {
            EXPECT_GT(steps[i].monthlyPrice, steps[i - 1].monthlyPrice) << i;
        }
    }
    EXPECT_FALSE(steps.back().toKw.has_value());
    // And it is a valid ladder by its own rules.
    EXPECT_TRUE(CapacityLadder::fromString(ladder.toString()).has_value());
}

TEST(CapacityLadder, BoundaryBelongsToTheStepThatStartsThere)
{
    const CapacityLadder ladder = CapacityLadder::defaultLadder();
    EXPECT_EQ(ladder.stepIndexFor(0.0), 0);
    EXPECT_EQ(ladder.stepIndexFor(1.999), 0);
    EXPECT_EQ(ladder.stepIndexFor(2.0), 1);
    EXPECT_EQ(ladder.stepIndexFor(4.999), 1);
    EXPECT_EQ(ladder.stepIndexFor(5.0), 2);
    EXPECT_EQ(ladder.stepIndexFor(99.99), 8);
    EXPECT_EQ(ladder.stepIndexFor(100.0), 9);
    EXPECT_EQ(ladder.stepIndexFor(1e6), 9);
    EXPECT_EQ(ladder.stepIndexFor(-1.0), 0);
    EXPECT_EQ(ladder.stepIndexFor(std::numeric_limits<double>::quiet_NaN()), 0);
}

TEST(CapacityLadder, TextFormRoundTrips)
{
    const auto ladder = CapacityLadder::fromString(QStringLiteral("0-2.5:100.5;2.5-7:250;7-:990"));
    ASSERT_TRUE(ladder.has_value());
    ASSERT_EQ(ladder->steps().size(), 3u);
    EXPECT_EQ(ladder->steps()[0].fromKw, 0.0);
    EXPECT_EQ(*ladder->steps()[0].toKw, 2.5);
    EXPECT_EQ(ladder->steps()[0].monthlyPrice, 100.5);
    EXPECT_EQ(ladder->steps()[1].fromKw, 2.5);
    EXPECT_EQ(*ladder->steps()[1].toKw, 7.0);
    EXPECT_EQ(ladder->steps()[2].fromKw, 7.0);
    EXPECT_FALSE(ladder->steps()[2].toKw.has_value());
    EXPECT_EQ(ladder->steps()[2].monthlyPrice, 990.0);
    EXPECT_EQ(ladder->toString().toStdString(), "0-2.5:100.5;2.5-7:250;7-:990");
    EXPECT_EQ(ladder->stepIndexFor(2.5), 1);
}

TEST(CapacityLadder, TextFormAcceptsSpacesAndATrailingSeparator)
{
    const auto ladder = CapacityLadder::fromString(QStringLiteral(" 0 - 2 : 415 ; 2-:655; "));
    ASSERT_TRUE(ladder.has_value());
    EXPECT_EQ(ladder->toString().toStdString(), "0-2:415;2-:655");
}

TEST(CapacityLadder, TextFormIsTheCLocaleWhateverTheDefaultLocale)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    const auto ladder = CapacityLadder::fromString(QStringLiteral("0-2.5:1000.25;2.5-:2000"));
    const auto comma = CapacityLadder::fromString(QStringLiteral("0-2,5:1000;2,5-:2000"));
    const QString text = ladder ? ladder->toString() : QString();
    QLocale::setDefault(before);
    ASSERT_TRUE(ladder.has_value());
    EXPECT_EQ(text.toStdString(), "0-2.5:1000.25;2.5-:2000");
    EXPECT_FALSE(comma.has_value());
}

TEST(CapacityLadder, RefusesWhatIsNotALadder)
{
    const char* const bad[] = {
        "",                   // no step
        "1-2:100;2-:200",     // does not start at 0
        "0-2:100;3-:200",     // a gap
        "0-2:100;1-:200",     // an overlap
        "0-2:100;2-5:200",    // the top step has an upper limit
        "0-:100;2-:200",      // open-ended before the last
        "0-0:100;0-:200",     // a step of no width
        "0-2:abc;2-:200",     // not a price
        "0-2:-5;2-:200",      // a negative price
        "0-2;2-:200",         // no price
        "0:2:100;2-:200",     // no range
        "0-2,5:100;2,5-:200", // a decimal comma
        "0-2:100;2-inf:200",  // not a number
    };
    for (const char* text : bad) {
        QString error;
        EXPECT_FALSE(CapacityLadder::fromString(QString::fromLatin1(text), &error).has_value())
            << text;
        EXPECT_FALSE(error.isEmpty()) << text;
    }
}

TEST(CapacityLadder, FromStepsChecksTheSameRules)
{
    QString error;
    EXPECT_FALSE(CapacityLadder::fromSteps({}, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(CapacityLadder::fromSteps({{0, 2, 1}, {2, 4, 2}}).has_value());
    const auto one = CapacityLadder::fromSteps({{0, std::nullopt, 300}});
    ASSERT_TRUE(one.has_value());
    EXPECT_EQ(one->stepIndexFor(55.0), 0);
    EXPECT_EQ(one->toString().toStdString(), "0-:300");
}

} // namespace
} // namespace han
