#pragma once

#include "itemmodels/tone.h"

#include <QColor>

class QChart;
class QPalette;

namespace sitrep {

// What a chart's line or bar stands for; each has a light and a dark variant with at least
// 3:1 against the chart's background, the contrast WCAG asks of graphics (tst_tone).
enum class Series {
    Primary,   // the measured value: SLI, burn rate, budget left, MTTA
    Good,      // within budget, automated detection
    Caution,   // ticket-level burn
    Bad,       // page-level burn, the target line, incidents
    Alternate, // a second warning, manual detection
    Reference, // ideal burn-down
    Previous,  // the previous period's bars
};

struct ChartStyle
{
    [[nodiscard]] static QColor colour(Series series, ColourScheme scheme);
    // Qt Charts' light or dark theme by the palette's scheme, on the palette's own base so a
    // chart sits on the page like any other view. Resets series colours: call before adding.
    static void theme(QChart *chart, const QPalette &palette);
};

} // namespace sitrep
