#include "personcolours.h"

#include <array>

namespace sitrep {

namespace {

constexpr std::array<QRgb, 10> lightFills {0xbfdbfe, 0xbbf7d0, 0xfde68a, 0xddd6fe, 0xfbcfe8,
                                           0xa5f3fc, 0xfed7aa, 0xd9f99d, 0xc7d2fe, 0xe5e7eb};
constexpr std::array<QRgb, 10> darkFills {0x1e3a8a, 0x14532d, 0x713f12, 0x4c1d95, 0x831843,
                                          0x164e63, 0x7c2d12, 0x365314, 0x312e81, 0x374151};

bool isDark(ColourScheme scheme)
{
    return scheme == ColourScheme::Dark;
}

} // namespace

QColor PersonColours::fill(int person, ColourScheme scheme)
{
    if (person < 0)
        return gap(scheme);
    const auto &fills = isDark(scheme) ? darkFills : lightFills;
    return QColor(fills.at(std::size_t(person) % fills.size()));
}

QColor PersonColours::edge(int person, ColourScheme scheme)
{
    return isDark(scheme) ? fill(person, scheme).lighter(170) : fill(person, scheme).darker(160);
}

QColor PersonColours::gap(ColourScheme scheme)
{
    return QColor(isDark(scheme) ? 0x7f1d1d : 0xfecaca);
}

QColor PersonColours::text(ColourScheme scheme)
{
    return QColor(isDark(scheme) ? 0xf9fafb : 0x111827);
}

QColor PersonColours::gapText(ColourScheme scheme)
{
    return QColor(isDark(scheme) ? 0xfee2e2 : 0x991b1b);
}

int PersonColours::count()
{
    return int(lightFills.size());
}

} // namespace sitrep
