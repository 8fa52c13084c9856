#pragma once

#include <QDialog>

class QMenuBar;

class QAction;

namespace sitrep {

// Help → Keyboard shortcuts: read from the actions themselves, so the list is never out of date.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    // Every action of a menu bar's menus, submenus flattened (this list, the command palette).
    [[nodiscard]] static QList<QAction *> actionsOf(const QMenuBar &bar);
};

} // namespace sitrep
