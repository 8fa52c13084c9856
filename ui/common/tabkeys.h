#pragma once

#include <QKeySequence>
#include <QList>

class QTabWidget;
class QWidget;

namespace sitrep {

// One chord per tab: the key shows the tab and puts the keyboard in it (its first control, on
// the first row of a list), so a page of tools is reachable without the mouse. The key is
// added to the tab's tooltip. The keys work while the focus is inside `scope`.
struct TabKeys
{
    // keys.at(i) is tab i's key.
    static void bind(QWidget *scope, QTabWidget *tabs, const QList<QKeySequence> &keys);
    // Moves the focus to the page's focus proxy, else to its first control a person can tab to.
    static void focusFirstControl(QWidget *page);
};

} // namespace sitrep
