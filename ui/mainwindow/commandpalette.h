#pragma once

#include "domain/incident.h"

#include <QDialog>

class QAction;
class QLineEdit;
class QTreeView;

namespace sitrep {

class CommandPaletteModel;
class IncidentTableModel;

// Ctrl+K: type a few letters of any action or incident, pick it with the arrow keys and Enter.
// Actions are triggered as their menu item would be; an incident opens its workspace.
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    CommandPalette(const QList<QAction *> &actions, const IncidentTableModel &incidents,
                   QWidget *parent = nullptr);

Q_SIGNALS:
    void incidentChosen(sitrep::IncidentId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();
    void selectFirst();

    QList<QAction *> m_actions;
    CommandPaletteModel *m_model;
    QLineEdit *m_search;
    QTreeView *m_list;
};

} // namespace sitrep
