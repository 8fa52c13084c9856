#pragma once

#include <QString>

namespace sitrep {

// What the person at this console chose in Settings, kept in the settings file (non-secret).
struct Preferences
{
    // The person at this console: the commander of what they declare. Empty: the operating
    // system's full name for the user.
    QString name;
    QString colourScheme = QStringLiteral("system"); // system, light or dark
    QString language;                                // empty: the system's; "en", "de"

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace sitrep
