#pragma once

#include "itemmodels/tone.h"

#include <functional>

#include <QObject>

class QWidget;

namespace sitrep {

// Colours a widget in a tone of the application's scheme, and again whenever the
// application's palette changes (the desktop switched to dark), so no label keeps a light
// scheme's red on a dark window. The style lives in a child of the widget: setting another
// tone, or clearing it, replaces it.
class ToneStyle : public QObject
{
    Q_OBJECT
public:
    // Text in the tone, bold where it must be seen at once.
    static void text(QWidget *widget, Tone tone, bool bold = false);
    // A banner: its background, text and a border.
    static void banner(QWidget *widget, Banner banner);
    // Any style sheet made for the current scheme.
    using Sheet = std::function<QString(ColourScheme)>;
    static void sheet(QWidget *widget, Sheet sheet);
    static void clear(QWidget *widget);

    // "color: #rrggbb;" for a tone in the current scheme, for rich text built on the spot.
    [[nodiscard]] static QString css(Tone tone);
    // Rich text in a tone of the current scheme.
    [[nodiscard]] static QString span(const QString &html, Tone tone, bool bold = false);
    // Rich text made with css() or span() holds the colours of the scheme it was made in:
    // `redraw` makes it again whenever the scheme changes, for as long as `owner` lives.
    static void redrawOnSchemeChange(QObject *owner, std::function<void()> redraw);

private:
    ToneStyle(QWidget *widget, Sheet sheet);
    void apply();
    // The widget's tone, if it has one, stops following the scheme.
    static void detach(QWidget *widget);

    QWidget *m_widget;
    Sheet m_sheet;
};

} // namespace sitrep
