// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: a capacity ladder as text ("0-2:415;2-5:655;…"), which comes from the
// command line (`han-cli capacity --set-steps`) and from the history file. Whatever it holds,
// the parser either refuses it with a message or returns a valid ladder that survives a round
// trip through its own text form.

#include "capacity_ladder.h"

#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const auto ladder = han::CapacityLadder::fromString(text, &error);
    if (!ladder) {
        if (error.isEmpty())
            std::abort(); // refused without saying why
        return 0;
    }
    const auto& steps = ladder->steps();
    // A ladder starts at 0, its steps follow each other without gaps, only the last is open.
    if (steps.empty() || steps.front().fromKw != 0.0 || steps.back().toKw.has_value())
        std::abort();
    for (std::size_t i = 0; i + 1 < steps.size(); ++i) {
        if (!steps[i].toKw || *steps[i].toKw != steps[i + 1].fromKw)
            std::abort();
    }
    for (const auto& step : steps) {
        if (!std::isfinite(step.fromKw) || !std::isfinite(step.monthlyPrice))
            std::abort();
        (void)ladder->stepIndexFor(step.fromKw);
    }
    const auto again = han::CapacityLadder::fromString(ladder->toString());
    if (!again || again->toString() != ladder->toString())
        std::abort(); // the stored form does not read back as the same ladder
    return 0;
}
