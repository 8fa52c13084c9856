#pragma once

#include "itemmodels/tone.h"

#include <optional>

#include <QPalette>

class QApplication;

namespace sitrep {

// The colour scheme the console is drawn in: the desktop's (the default), or light or dark
// whatever the desktop says (screenshots, tests, a dark war room on a light desktop). Light
// and dark are Qt's Fusion style with its own palette, or with one after KDE's Breeze Dark.
struct Appearance
{
    enum class Choice { System, Light, Dark };

    // "system", "light" or "dark".
    [[nodiscard]] static std::optional<Choice> parse(QStringView text);
    [[nodiscard]] static QPalette palette(ColourScheme scheme);
    static void apply(QApplication &app, Choice choice);
};

} // namespace sitrep
