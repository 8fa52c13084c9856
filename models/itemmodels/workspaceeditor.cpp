#include "workspaceeditor.h"

#include "services/checklistservice.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"

namespace sitrep {

namespace {

template<typename T> QString problemOf(const Result<T> &result)
{
    return result ? QString() : result.error();
}

// The first redo() is the push itself: the action has already been carried out.
class ServiceCommand : public QUndoCommand
{
public:
    using Step = std::function<QString()>;
    ServiceCommand(const QString &name, Step redo, Step undo, WorkspaceEditor &editor)
        : QUndoCommand(name), m_redo(std::move(redo)), m_undo(std::move(undo)), m_editor(editor)
    { }

    void redo() override
    {
        if (std::exchange(m_done, false))
            return;
        report(m_redo());
    }
    void undo() override { report(m_undo()); }

private:
    void report(const QString &problem)
    {
        if (problem.isEmpty())
            return;
        // The world moved on (say, the incident was resolved meanwhile): this step can no
        // longer be replayed, so it leaves the stack rather than pretend.
        setObsolete(true);
        Q_EMIT m_editor.failed(problem);
    }

    Step m_redo;
    Step m_undo;
    WorkspaceEditor &m_editor;
    bool m_done = true;
};

} // namespace

WorkspaceEditor::WorkspaceEditor(IncidentId incidentId, IncidentService &incidents,
                                 TimelineService &timeline, ChecklistService &checklists,
                                 QString author, QObject *parent)
    : QObject(parent),
      m_incidentId(incidentId),
      m_incidents(incidents),
      m_timeline(timeline),
      m_checklists(checklists),
      m_author(std::move(author))
{ }

bool WorkspaceEditor::perform(const QString &name, const Step &redo, const Step &undo)
{
    const QString problem = redo();
    if (!problem.isEmpty()) {
        Q_EMIT failed(problem);
        return false;
    }
    m_stack.push(new ServiceCommand(name, redo, undo, *this));
    return true;
}

bool WorkspaceEditor::addEntry(TimelineKind kind, const QString &text, const QDateTime &at,
                               bool key)
{
    // The entry's id is known only once it exists; redo after undo restores that same entry.
    auto id = std::make_shared<qint64>(0);
    return perform(
            tr("Add %1").arg(timelineKindName(kind)),
            [=, this] {
                if (*id != 0)
                    return problemOf(m_timeline.restore(*id));
                const Result<TimelineEvent> added
                        = m_timeline.add(m_incidentId, kind, text, at, key, m_author);
                if (added)
                    *id = added.value().id;
                return problemOf(added);
            },
            [=, this] { return problemOf(m_timeline.remove(*id)); });
}

bool WorkspaceEditor::editEntry(const TimelineEvent &entry, const QDateTime &at, TimelineKind kind,
                                const QString &text)
{
    const qint64 id = entry.id;
    return perform(
            tr("Edit %1 entry").arg(timelineKindName(entry.kind)),
            [=, this] { return problemOf(m_timeline.edit(id, at, kind, text, m_author)); },
            [=, this] {
                return problemOf(m_timeline.edit(id, entry.at, entry.kind, entry.text, m_author));
            });
}

bool WorkspaceEditor::setKey(const TimelineEvent &entry, bool key)
{
    const qint64 id = entry.id;
    return perform(
            key ? tr("Mark as key event") : tr("Unmark key event"),
            [=, this] { return problemOf(m_timeline.setKey(id, key)); },
            [=, this] { return problemOf(m_timeline.setKey(id, !key)); });
}

bool WorkspaceEditor::deleteEntry(const TimelineEvent &entry)
{
    const qint64 id = entry.id;
    return perform(
            tr("Delete %1 entry").arg(timelineKindName(entry.kind)),
            [=, this] { return problemOf(m_timeline.remove(id)); },
            [=, this] { return problemOf(m_timeline.restore(id)); });
}

bool WorkspaceEditor::restoreEntry(const TimelineEvent &entry)
{
    const qint64 id = entry.id;
    return perform(
            tr("Restore %1 entry").arg(timelineKindName(entry.kind)),
            [=, this] { return problemOf(m_timeline.restore(id)); },
            [=, this] { return problemOf(m_timeline.remove(id)); });
}

bool WorkspaceEditor::setTicked(const QString &itemKey, const QString &itemText, bool ticked)
{
    const auto tick
            = [=, this] { return problemOf(m_checklists.tick(m_incidentId, itemKey, m_author)); };
    const auto untick
            = [=, this] { return problemOf(m_checklists.untick(m_incidentId, itemKey, m_author)); };
    return ticked ? perform(tr("Tick \"%1\"").arg(itemText), tick, untick)
                  : perform(tr("Untick \"%1\"").arg(itemText), untick, tick);
}

bool WorkspaceEditor::assignRole(IncidentRole role, const QString &person)
{
    const Result<Incident> incident = m_incidents.incident(m_incidentId);
    if (!incident) {
        Q_EMIT failed(incident.error());
        return false;
    }
    const QString previous = roleHolder(incident.value(), role);
    return perform(
            tr("Assign %1").arg(roleName(role)),
            [=, this] {
                return problemOf(m_incidents.assignRole(m_incidentId, role, person, m_author));
            },
            [=, this] {
                return problemOf(m_incidents.assignRole(m_incidentId, role, previous, m_author));
            });
}

bool WorkspaceEditor::addResponder(const QString &person)
{
    return perform(
            tr("Add responder %1").arg(person),
            [=, this] {
                return problemOf(m_incidents.addResponder(m_incidentId, person, m_author));
            },
            [=, this] {
                return problemOf(m_incidents.removeResponder(m_incidentId, person, m_author));
            });
}

bool WorkspaceEditor::removeResponder(const QString &person)
{
    return perform(
            tr("Remove responder %1").arg(person),
            [=, this] {
                return problemOf(m_incidents.removeResponder(m_incidentId, person, m_author));
            },
            [=, this] {
                return problemOf(m_incidents.addResponder(m_incidentId, person, m_author));
            });
}

} // namespace sitrep
