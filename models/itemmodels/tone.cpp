#include "tone.h"

#include <cmath>

#include <QGuiApplication>

namespace sitrep {

namespace {

struct Variants
{
    QRgb light;
    QRgb dark;
};

// Tailwind's scale: the 700–800 shades on light palettes, the 200–300 shades on dark ones.
Variants variants(Tone tone)
{
    switch (tone) {
    case Tone::Danger:
        return {0xb91c1c, 0xfca5a5};
    case Tone::Warning:
        return {0x92400e, 0xfcd34d};
    case Tone::Success:
        return {0x166534, 0x86efac};
    case Tone::Info:
        return {0x1d4ed8, 0x93c5fd};
    case Tone::Secondary:
        return {0x4b5563, 0xd1d5db};
    case Tone::Faint:
        return {0x5f6673, 0xa3aab6};
    case Tone::Code:
        return {0x8a2b57, 0xf9a8d4};
    case Tone::Marker:
        return {0x555b66, 0xaab1bc};
    case Tone::DangerFill:
        return {0xfde2e2, 0x4c1d1d};
    }
    return {0x000000, 0xffffff};
}

double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    return 0.2126 * linear(colour.red()) + 0.7152 * linear(colour.green())
            + 0.0722 * linear(colour.blue());
}

} // namespace

ColourScheme Tones::schemeOf(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? ColourScheme::Dark
                                                             : ColourScheme::Light;
}

ColourScheme Tones::current()
{
    // Without a GUI application (sitrepctl, model tests) there is no palette to ask.
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance())
            ? schemeOf(QGuiApplication::palette())
            : ColourScheme::Light;
}

QColor Tones::colour(Tone tone, ColourScheme scheme)
{
    const Variants v = variants(tone);
    return QColor::fromRgb(scheme == ColourScheme::Dark ? v.dark : v.light);
}

BannerColours Tones::banner(Banner banner, ColourScheme scheme)
{
    const bool dark = scheme == ColourScheme::Dark;
    if (banner == Banner::Notice)
        return dark ? BannerColours {QColor(0x451a03), QColor(0xfde68a), QColor(0xb45309)}
                    : BannerColours {QColor(0xfef3c7), QColor(0x78350f), QColor(0xf59e0b)};
    return dark ? BannerColours {QColor(0x450a0a), QColor(0xfecaca), QColor(0xef4444)}
                : BannerColours {QColor(0xfee2e2), QColor(0x7f1d1d), QColor(0xef4444)};
}

double Tones::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace sitrep
