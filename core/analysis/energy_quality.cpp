// SPDX-License-Identifier: GPL-3.0-or-later
#include "energy_quality.h"

namespace han {

const char* energyQualityName(EnergyQuality quality)
{
    switch (quality) {
    case EnergyQuality::Measured:
        return "measured";
    case EnergyQuality::Estimated:
        return "estimated";
    case EnergyQuality::Missing:
        return "missing";
    case EnergyQuality::Suspect:
        return "suspect";
    }
    return "missing";
}

namespace {

int rank(EnergyQuality quality)
{
    switch (quality) {
    case EnergyQuality::Measured:
        return 0;
    case EnergyQuality::Estimated:
        return 1;
    case EnergyQuality::Suspect:
        return 2;
    case EnergyQuality::Missing:
        return 3;
    }
    return 3;
}

} // namespace

EnergyQuality worseQuality(EnergyQuality a, EnergyQuality b)
{
    return rank(b) > rank(a) ? b : a;
}

} // namespace han
