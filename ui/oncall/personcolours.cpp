#include "personcolours.h"

#include <array>

namespace sitrep {

namespace {

constexpr std::array<QRgb, 10> fills {0xbfdbfe, 0xbbf7d0, 0xfde68a, 0xddd6fe, 0xfbcfe8,
                                      0xa5f3fc, 0xfed7aa, 0xd9f99d, 0xc7d2fe, 0xe5e7eb};

} // namespace

QColor PersonColours::fill(int person)
{
    return person < 0 ? gap() : QColor(fills.at(std::size_t(person) % fills.size()));
}

QColor PersonColours::edge(int person)
{
    return fill(person).darker(160);
}

QColor PersonColours::gap()
{
    return QColor(0xfecaca);
}

} // namespace sitrep
