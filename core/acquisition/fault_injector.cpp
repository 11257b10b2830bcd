// SPDX-License-Identifier: GPL-3.0-or-later
#include "fault_injector.h"

#include <array>
#include <cmath>

namespace han {

FaultInjector::FaultInjector(const FaultSettings& settings, std::uint64_t seed,
                             std::int64_t startUtcMs)
    : m_settings(settings), m_startUtcMs(startUtcMs),
      m_unplugPeriodMs(settings.unplugEveryHours > 0
                           ? std::llround(settings.unplugEveryHours * 3'600'000.0)
                           : 0),
      m_random(SimulatorRandom::derive(seed, 3))
{
}

bool FaultInjector::isUnplugged(std::int64_t utcMs) const
{
    if (m_unplugPeriodMs <= 0 || m_settings.unplugSeconds <= 0)
        return false;
    const std::int64_t elapsed = utcMs - m_startUtcMs;
    if (elapsed < m_unplugPeriodMs)
        return false;
    return elapsed % m_unplugPeriodMs < std::int64_t{m_settings.unplugSeconds} * 1000;
}

void FaultInjector::apply(SimulatedFrame& frame)
{
    const QByteArray& intact = frame.intact;
    frame.damage = SimulatedFrame::Damage::None;
    frame.damageAt = -1;
    frame.noiseBytes = 0;
    if (!m_settings.any()) {
        frame.wire = intact;
        return;
    }
    const auto size = static_cast<std::int64_t>(intact.size());
    // Every draw is made for every frame, so the damage of one frame does not depend on what
    // happened to the ones before it.
    const bool bitFlip = m_random.chance(m_settings.bitFlip);
    const bool drop = m_random.chance(m_settings.drop);
    const bool noise = m_random.chance(m_settings.noise);
    const bool truncate = m_random.chance(m_settings.truncate);
    const std::int64_t bit = m_random.uniformInt(0, size * 8 - 1);
    // Inside the flags (see the class comment); a frame is never shorter than 11 bytes.
    const std::int64_t dropAt = m_random.uniformInt(1, size - 2);
    const std::int64_t keep = m_random.uniformInt(1, size - 2);
    const auto noiseBytes = static_cast<int>(m_random.uniformInt(1, 64));
    std::array<std::uint64_t, 8> noiseBits{};
    for (std::uint64_t& word : noiseBits)
        word = m_random.bits();

    if (isUnplugged(frame.sentAtUtc.toMSecsSinceEpoch())) {
        frame.damage = SimulatedFrame::Damage::Unplugged;
        frame.wire.clear();
    } else if (bitFlip) {
        frame.damage = SimulatedFrame::Damage::BitFlip;
        frame.damageAt = bit;
        frame.wire = intact;
        frame.wire[static_cast<qsizetype>(bit / 8)] =
            static_cast<char>(frame.wire[static_cast<qsizetype>(bit / 8)] ^ (1 << (bit % 8)));
    } else if (drop) {
        frame.damage = SimulatedFrame::Damage::Drop;
        frame.damageAt = dropAt;
        frame.wire = intact;
        frame.wire.remove(static_cast<qsizetype>(dropAt), 1);
    } else if (noise) {
        frame.damage = SimulatedFrame::Damage::Noise;
        frame.noiseBytes = noiseBytes;
        frame.wire.clear();
        frame.wire.reserve(noiseBytes + intact.size());
        for (int i = 0; i < noiseBytes; ++i) {
            const std::uint64_t word = noiseBits[static_cast<std::size_t>(i / 8)];
            frame.wire.append(static_cast<char>((word >> (8 * (i % 8))) & 0xFF));
        }
        frame.wire.append(intact);
    } else if (truncate) {
        frame.damage = SimulatedFrame::Damage::Truncate;
        frame.damageAt = keep;
        frame.wire = intact.left(static_cast<qsizetype>(keep));
    } else {
        frame.wire = intact;
    }
}

} // namespace han
