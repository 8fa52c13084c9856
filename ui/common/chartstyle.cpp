#include "chartstyle.h"

#include <QChart>
#include <QPalette>

namespace sitrep {

QColor ChartStyle::colour(Series series, ColourScheme scheme)
{
    const bool dark = scheme == ColourScheme::Dark;
    switch (series) {
    case Series::Primary:
        return QColor(dark ? 0x64b5f6 : 0x1565c0);
    case Series::Good:
        return QColor(dark ? 0x81c784 : 0x2e7d32);
    case Series::Caution:
        return QColor(dark ? 0xffd54f : 0xb26a00);
    case Series::Bad:
        return QColor(dark ? 0xef9a9a : 0xc62828);
    case Series::Alternate:
        return QColor(dark ? 0xffb74d : 0xe65100);
    case Series::Reference:
        return QColor(dark ? 0xbdbdbd : 0x757575);
    case Series::Previous:
        return QColor(0x8a8a8a); // mid-grey reads on both backgrounds
    }
    return Qt::gray;
}

void ChartStyle::theme(QChart *chart, const QPalette &palette)
{
    const bool dark = Tones::schemeOf(palette) == ColourScheme::Dark;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
}

} // namespace sitrep
