#pragma once

#include <QColor>
#include <QPalette>

namespace sitrep {

enum class ColourScheme { Light, Dark };

// What a colour says rather than which colour it is. Each tone has a light and a dark
// variant, chosen by the palette it is drawn on, so text in a tone keeps a WCAG contrast of
// at least 4.5:1 on that palette's base and window (tst_tone checks every pair).
enum class Tone {
    Danger,     // failed, overdue, a problem in a form
    Warning,    // needs attention: partly done, unsaved
    Success,    // holds, delivered, saved
    Info,       // informative: monitoring, a note
    Secondary,  // text that matters less: done items, sent messages
    Faint,      // text that no longer counts: superseded entries
    Code,       // Markdown code spans
    Marker,     // Markdown markup (#, *, -)
    DangerFill, // the background of an overdue row; the palette's text and Danger read on it
};

// The two banners above the board: a warning (amber) and an alarm (red).
enum class Banner { Notice, Alarm };

struct BannerColours
{
    QColor background;
    QColor text;
    QColor border;
};

struct Tones
{
    // Qt 6.4 has no colour scheme API: a palette is dark when its window is.
    [[nodiscard]] static ColourScheme schemeOf(const QPalette &palette);
    // The scheme of the application's palette, for item models, which paint with it.
    [[nodiscard]] static ColourScheme current();

    [[nodiscard]] static QColor colour(Tone tone, ColourScheme scheme);
    [[nodiscard]] static QColor colour(Tone tone) { return colour(tone, current()); }
    [[nodiscard]] static BannerColours banner(Banner banner, ColourScheme scheme);

    // WCAG 2 contrast ratio of two opaque colours, 1 to 21.
    [[nodiscard]] static double contrast(const QColor &a, const QColor &b);
};

} // namespace sitrep
