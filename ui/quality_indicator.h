// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy_quality.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace han::ui {

// How an hour's (or a period's) energy quality shows to people: a word, an icon whose shape
// alone tells the four apart (so it reads without colour), and a tooltip that says where the
// number came from.
class QualityIndicator
{
    Q_DECLARE_TR_FUNCTIONS(QualityIndicator)

public:
    // "measured", "estimated", "missing", "suspect", translated.
    static QString text(EnergyQuality quality);
    // What the word means for an hour's values.
    static QString explanation(EnergyQuality quality);
    // Filled disc with a tick (measured), half-filled ring (estimated), hollow grey ring with
    // a dash (missing), amber triangle with "!" (suspect). Drawn once, then cached.
    static QIcon icon(EnergyQuality quality);
};

} // namespace han::ui
