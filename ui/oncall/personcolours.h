#pragma once

#include "itemmodels/tone.h"

#include <QColor>

namespace sitrep {

// A colour per person on a schedule, by their place in it: distinct for the first ten people
// and repeating after; -1 (nobody) is the gap red. Light schemes get light fills under dark
// text, dark schemes deep fills under light text, 4.5:1 either way (tst_tone).
class PersonColours
{
public:
    [[nodiscard]] static QColor fill(int person, ColourScheme scheme);
    [[nodiscard]] static QColor edge(int person, ColourScheme scheme);
    [[nodiscard]] static QColor gap(ColourScheme scheme);
    // Names written on a fill or on the gap.
    [[nodiscard]] static QColor text(ColourScheme scheme);
    [[nodiscard]] static QColor gapText(ColourScheme scheme);
    [[nodiscard]] static int count();
};

} // namespace sitrep
