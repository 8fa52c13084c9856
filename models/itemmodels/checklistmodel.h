#pragma once

#include "domain/checklist.h"
#include "domain/clock.h"
#include "domain/incident.h"

#include <QAbstractListModel>

namespace sitrep {

class ChecklistService;
class WorkspaceEditor;

// One incident's response checklists as a list: a heading row per phase, then its items,
// checkable. Items past their due time and not ticked are highlighted; ticking goes through
// the WorkspaceEditor (undoable, recorded on the timeline).
class ChecklistModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ItemKeyRole = Qt::UserRole + 1, IsPhaseRole, IsOverdueRole, DueRole };

    ChecklistModel(IncidentId incidentId, ChecklistService &checklists, WorkspaceEditor &editor,
                   const Clock &clock, QObject *parent = nullptr);

    QString reload();
    // Due times passed: tell views the highlight may have changed.
    void refreshTimes();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        QString phase; // heading rows
        std::optional<ChecklistEntry> entry;
    };

    IncidentId m_incidentId;
    ChecklistService &m_checklists;
    WorkspaceEditor &m_editor;
    const Clock &m_clock;
    QList<Row> m_rows;
};

} // namespace sitrep
