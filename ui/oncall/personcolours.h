#pragma once

#include <QColor>

namespace sitrep {

// A colour per person on a schedule, by their place in it: light fills that keep dark text
// readable, distinct for the first ten people and repeating after. -1 (nobody) is the gap red.
class PersonColours
{
public:
    [[nodiscard]] static QColor fill(int person);
    [[nodiscard]] static QColor edge(int person);
    [[nodiscard]] static QColor gap();
};

} // namespace sitrep
