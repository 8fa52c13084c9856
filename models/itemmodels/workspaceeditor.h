#pragma once

#include "domain/incidentrole.h"
#include "domain/timelineevent.h"

#include <QObject>
#include <QUndoStack>

namespace sitrep {

class ChecklistService;
class IncidentService;
class TimelineService;

// Every edit made in one incident's workspace, undoable. Each edit is carried out through the
// services first and only then pushed onto the undo stack, so a refused edit leaves nothing
// to undo; undo and redo go through the services again and so leave timeline entries and edit
// history like any other change. Refusals are reported through failed().
class WorkspaceEditor : public QObject
{
    Q_OBJECT
public:
    WorkspaceEditor(IncidentId incidentId, IncidentService &incidents, TimelineService &timeline,
                    ChecklistService &checklists, QString author, QObject *parent = nullptr);

    [[nodiscard]] IncidentId incidentId() const { return m_incidentId; }
    [[nodiscard]] QUndoStack &undoStack() { return m_stack; }

    bool addEntry(TimelineKind kind, const QString &text, const QDateTime &at, bool key);
    bool editEntry(const TimelineEvent &entry, const QDateTime &at, TimelineKind kind,
                   const QString &text);
    bool setKey(const TimelineEvent &entry, bool key);
    bool deleteEntry(const TimelineEvent &entry);
    bool restoreEntry(const TimelineEvent &entry);
    bool setTicked(const QString &itemKey, const QString &itemText, bool ticked);
    bool assignRole(IncidentRole role, const QString &person);
    bool addResponder(const QString &person);
    bool removeResponder(const QString &person);

Q_SIGNALS:
    void failed(const QString &problem);

private:
    // An action as the stack replays it: empty on success, otherwise the reason it failed.
    using Step = std::function<QString()>;
    // Runs `redo` now; if it worked, pushes it with its inverse under `name`.
    bool perform(const QString &name, const Step &redo, const Step &undo);

    IncidentId m_incidentId;
    IncidentService &m_incidents;
    TimelineService &m_timeline;
    ChecklistService &m_checklists;
    QString m_author;
    QUndoStack m_stack;
};

} // namespace sitrep
