#pragma once

#include <QString>

namespace sitrep {

// Keys that sort a list by plain string comparison and always leave room between two
// neighbours, so an item put between two others takes a key between theirs and no other item
// is renumbered: two consoles that insert at once never rewrite each other's items.
class FractionalKey
{
public:
    // A key after `before` and before `after` (empty: no bound on that side). Needs
    // `before < after` when both are given; a key made here never ends in the smallest digit,
    // so there is always a key between it and the next.
    [[nodiscard]] static QString between(const QString &before, const QString &after);
};

} // namespace sitrep
