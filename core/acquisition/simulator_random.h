// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>
#include <random>

namespace han {

// The simulator's source of chance. std::mt19937_64's output is fixed by the standard, but the
// std distributions are not (libstdc++, libc++ and MSVC differ), so the distributions are written
// out here: the same seed gives the same bytes with every compiler.
class SimulatorRandom
{
public:
    explicit SimulatorRandom(std::uint64_t seed) : m_engine(seed) {}

    // splitmix64's finaliser: neighbouring inputs (seed 1, seed 2; day n, day n+1) give
    // unrelated outputs, so sub-streams derived from one seed do not echo each other.
    static constexpr std::uint64_t mix(std::uint64_t x)
    {
        x += 0x9E3779B97F4A7C15ULL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
        return x ^ (x >> 31);
    }
    // An independent stream of `seed`, named by `stream` (a constant or a day number).
    static constexpr std::uint64_t derive(std::uint64_t seed, std::uint64_t stream)
    {
        return mix(mix(seed) ^ mix(stream ^ 0x5DEECE66DULL));
    }

    std::uint64_t bits() { return m_engine(); }
    // [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // [low, high], both included. The modulo bias is below 2^-40 for any range used here.
    std::int64_t uniformInt(std::int64_t low, std::int64_t high)
    {
        const auto span = static_cast<std::uint64_t>(high - low) + 1U;
        return low + static_cast<std::int64_t>(m_engine() % span);
    }
    bool chance(double probability) { return uniform() < probability; }
    // Standard normal (Box-Muller; the second value is thrown away to keep no hidden state).
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]: log() stays finite
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }

    static constexpr double kPi = 3.14159265358979323846;

private:
    std::mt19937_64 m_engine;
};

} // namespace han
