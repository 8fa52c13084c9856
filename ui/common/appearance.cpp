#include "appearance.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace sitrep {

namespace {

QPalette dark()
{
    const QColor window(0x31363b);
    const QColor text(0xeff0f1);
    const QColor disabledText(0x7f8489);
    QPalette p;
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, disabled ? disabledText : text);
        p.setColor(group, QPalette::Base, QColor(0x232629));
        p.setColor(group, QPalette::AlternateBase, window);
        p.setColor(group, QPalette::ToolTipBase, window);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, QColor(0xa1a9b1));
        p.setColor(group, QPalette::Text, disabled ? disabledText : text);
        p.setColor(group, QPalette::Button, window);
        p.setColor(group, QPalette::ButtonText, disabled ? disabledText : text);
        p.setColor(group, QPalette::BrightText, Qt::white);
        p.setColor(group, QPalette::Light, QColor(0x474d54));
        p.setColor(group, QPalette::Midlight, QColor(0x3b4045));
        p.setColor(group, QPalette::Mid, QColor(0x5a6068));
        p.setColor(group, QPalette::Dark, QColor(0x202326));
        p.setColor(group, QPalette::Shadow, QColor(0x141618));
        // Darker than Breeze's #3daee9, so light text on a selection keeps 4.5:1.
        p.setColor(group, QPalette::Highlight, disabled ? QColor(0x3b4045) : QColor(0x1f5f99));
        p.setColor(group, QPalette::HighlightedText, disabled ? disabledText : text);
        p.setColor(group, QPalette::Link, QColor(0x7cb8f0));
        p.setColor(group, QPalette::LinkVisited, QColor(0xc29ce0));
    }
    return p;
}

} // namespace

std::optional<Appearance::Choice> Appearance::parse(QStringView text)
{
    if (text == u"system")
        return Choice::System;
    if (text == u"light")
        return Choice::Light;
    if (text == u"dark")
        return Choice::Dark;
    return std::nullopt;
}

QPalette Appearance::palette(ColourScheme scheme)
{
    if (scheme == ColourScheme::Dark)
        return dark();
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette light = fusion->standardPalette();
    // Fusion's selection (#308cc6) gives white text 3.7:1; this blue gives 5.2:1.
    for (auto group : {QPalette::Active, QPalette::Inactive})
        light.setColor(group, QPalette::Highlight, QColor(0x2563eb));
    return light;
}

void Appearance::apply(QApplication &app, Choice choice)
{
    if (choice == Choice::System)
        return;
    // Fusion draws every control from the palette; a desktop's own style may not.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(palette(choice == Choice::Dark ? ColourScheme::Dark : ColourScheme::Light));
}

} // namespace sitrep
