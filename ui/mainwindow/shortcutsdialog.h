#pragma once

#include <QDialog>

class QAction;

namespace sitrep {

// Help → Keyboard shortcuts: read from the actions themselves, so the list is never out of date.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace sitrep
